#pragma once

#include <QGraphicsTextItem>

// The caption of a note as an editor, where the caption stands and turned with the note: Enter
// keeps the text, Esc gives the old one back, clicking elsewhere keeps it. One line: a caption
// is a line under a photo.
class CaptionEditor : public QGraphicsTextItem
{
    Q_OBJECT

public:
    CaptionEditor(const QString &caption, double width, QGraphicsItem *parent);

    QString caption() const;

signals:
    // keep: Enter or focus left; otherwise Esc.
    void finished(bool keep);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    bool m_done = false;
};
