#include "ui/events/inlineeditor.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QVBoxLayout>

InlineEditor::InlineEditor(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_layout(new QVBoxLayout(this))
    , m_label(new QLabel(this))
{
    // Label and editor share the place; only the one shown counts in the layout, so the label
    // takes one line and the description's editor its four only while it is open.
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(mode == Mode::MultiLine);
    m_label->setCursor(Qt::IBeamCursor);
    m_label->setToolTip(tr("Click to edit"));
    m_label->installEventFilter(this);
    m_layout->addWidget(m_label);
    if (mode == Mode::SingleLine) {
        m_line = new QLineEdit(this);
        m_line->installEventFilter(this);
        m_line->hide();
        m_layout->addWidget(m_line);
    } else {
        m_lines = new QPlainTextEdit(this);
        m_lines->setTabChangesFocus(true);
        // A few lines to write in; the header grows while it is open.
        m_lines->setFixedHeight(m_lines->fontMetrics().lineSpacing() * 4 + 12);
        m_lines->installEventFilter(this);
        m_lines->hide();
        m_layout->addWidget(m_lines);
    }
    // The label takes the focus in the tab chain; Enter or F2 on it starts editing.
    setFocusPolicy(Qt::TabFocus);
    updateLabel();
}

QWidget *InlineEditor::editor() const
{
    return m_line ? static_cast<QWidget *>(m_line) : m_lines;
}

bool InlineEditor::isEditing() const
{
    return m_editing;
}

void InlineEditor::setPlaceholderText(const QString &text)
{
    m_placeholder = text;
    if (m_line)
        m_line->setPlaceholderText(text);
    else
        m_lines->setPlaceholderText(text);
    updateLabel();
}

void InlineEditor::setLabelFont(const QFont &font)
{
    m_label->setFont(font);
    editor()->setFont(font);
    if (m_lines)
        m_lines->setFixedHeight(m_lines->fontMetrics().lineSpacing() * 4 + 12);
}

void InlineEditor::setText(const QString &text)
{
    m_text = text;
    updateLabel();
}

void InlineEditor::updateLabel()
{
    const bool empty = m_text.trimmed().isEmpty();
    m_label->setText(empty ? m_placeholder : m_text);
    // The placeholder is a hint, not content: muted like the placeholder of an empty field.
    m_label->setForegroundRole(empty ? QPalette::PlaceholderText : QPalette::WindowText);
}

QString InlineEditor::editorText() const
{
    return m_line ? m_line->text() : m_lines->toPlainText();
}

void InlineEditor::startEditing()
{
    if (m_editing || !isEnabled())
        return;
    m_editing = true;
    if (m_line) {
        m_line->setText(m_text);
        m_line->selectAll();
    } else {
        m_lines->setPlainText(m_text);
        m_lines->selectAll();
    }
    showEditor(true);
    editor()->setFocus(Qt::OtherFocusReason);
}

void InlineEditor::commit()
{
    if (!m_editing)
        return;
    const QString edited = editorText();
    showLabel();
    if (edited != m_text) {
        // Shown at once; the owner sets the text the edit really gave once it is applied (or
        // the old one again when it was refused).
        setText(edited);
        emit this->edited(edited);
    }
}

void InlineEditor::cancel()
{
    if (!m_editing)
        return;
    showLabel();
}

void InlineEditor::showLabel()
{
    m_editing = false;
    const bool hadFocus = editor()->hasFocus();
    showEditor(false);
    // Keep the keyboard here after Enter or Esc, so Tab and F2 go on from this field.
    if (hadFocus)
        setFocus(Qt::OtherFocusReason);
}

void InlineEditor::showEditor(bool editing)
{
    // Show before hiding, so that the focus never falls out of the field in between.
    if (editing) {
        editor()->show();
        m_label->hide();
    } else {
        m_label->show();
        editor()->hide();
    }
}

void InlineEditor::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    // The label cannot show that it has the keyboard: the field draws the focus frame for it.
    if (!hasFocus() || m_editing)
        return;
    QStylePainter painter(this);
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.backgroundColor = palette().color(QPalette::Window);
    painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
}

void InlineEditor::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void InlineEditor::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

void InlineEditor::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_F2:
    case Qt::Key_Space:
        if (!m_editing) {
            startEditing();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

bool InlineEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_label) {
        if (event->type() == QEvent::MouseButtonRelease &&
            static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton) {
            startEditing();
            return true;
        }
        return QWidget::eventFilter(watched, event);
    }
    if (watched != editor() || !m_editing)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            cancel();
            return true;
        }
        // Enter commits, and goes no further (a line edit passes it on to its parent, which
        // would start editing again). In the description Shift+Enter is the new line.
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(m_lines && (key->modifiers() & Qt::ShiftModifier))) {
            commit();
            return true;
        }
        break;
    }
    case QEvent::ShortcutOverride: {
        // Esc and Enter belong to the editor while it is open, not to window shortcuts.
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape || key->key() == Qt::Key_Return ||
            key->key() == Qt::Key_Enter) {
            event->accept();
            return true;
        }
        break;
    }
    case QEvent::FocusOut:
        // Leaving the field keeps what was typed, as in a form; a popup (the editor's own
        // context menu) is not leaving it.
        if (static_cast<QFocusEvent *>(event)->reason() != Qt::PopupFocusReason)
            commit();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}
