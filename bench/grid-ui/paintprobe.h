#pragma once

#include <QElapsedTimer>
#include <QObject>

// Watches a widget's paint events and tells when the first one has finished: the event filter
// sees a paint before the widget handles it, so the end is taken at the next turn of the event
// loop, after the widget has painted and its window has been flushed to the screen.
class PaintProbe : public QObject
{
    Q_OBJECT

public:
    explicit PaintProbe(QWidget *widget);

    bool hasPainted() const { return m_painted; }

signals:
    // The first paint event is over (emitted once).
    void firstPaintFinished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
    bool m_seen = false;
    bool m_painted = false;
};
