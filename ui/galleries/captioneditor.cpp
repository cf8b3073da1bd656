#include "ui/galleries/captioneditor.h"

#include <QKeyEvent>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>

CaptionEditor::CaptionEditor(const QString &caption, double width, QGraphicsItem *parent)
    : QGraphicsTextItem(caption, parent)
{
    setTextInteractionFlags(Qt::TextEditorInteraction);
    setTextWidth(width);
    QTextOption option = document()->defaultTextOption();
    option.setAlignment(Qt::AlignHCenter);
    option.setWrapMode(QTextOption::NoWrap);
    document()->setDefaultTextOption(option);
    setAcceptDrops(false);
    setZValue(1);
}

QString CaptionEditor::caption() const
{
    // One line, whatever was pasted.
    return toPlainText().simplified();
}

void CaptionEditor::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        m_done = true;
        emit finished(true);
        event->accept();
        return;
    case Qt::Key_Escape:
        m_done = true;
        emit finished(false);
        event->accept();
        return;
    default:
        QGraphicsTextItem::keyPressEvent(event);
    }
}

void CaptionEditor::focusOutEvent(QFocusEvent *event)
{
    QGraphicsTextItem::focusOutEvent(event);
    // A popup (the context menu of the text) takes focus without ending the edit.
    if (!m_done && event->reason() != Qt::PopupFocusReason) {
        m_done = true;
        emit finished(true);
    }
}
