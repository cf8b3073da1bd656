#pragma once

#include <QFrame>
#include <QString>

// One line of text that shrinks with its parent instead of pushing it wider: paths and file names
// are elided (in the middle by default, so both the start and the extension stay visible) and the
// whole text is in the tooltip and on the clipboard with Copy from the context menu.
class ElidedLabel : public QFrame
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    Qt::TextElideMode elideMode() const { return m_elideMode; }
    void setElideMode(Qt::TextElideMode mode);
    // The text as shown now, elided to the current width.
    QString displayedText() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void updateToolTip();

    QString m_text;
    Qt::TextElideMode m_elideMode = Qt::ElideMiddle;
};
