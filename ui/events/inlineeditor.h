#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;

// Text that reads as a label and turns into an editor where it stands: a click (or Enter, F2 or
// Space while it has focus) starts editing; Enter commits, Esc cancels, leaving the field commits.
// In MultiLine mode Shift+Enter starts a new line. Emits edited() once per commit that changed the
// text; the owner turns that into an undoable edit and sets the new text when it is applied.
class InlineEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        SingleLine,
        MultiLine,
    };

    explicit InlineEditor(Mode mode, QWidget *parent = nullptr);

    QString text() const { return m_text; }
    // Shown (muted) while the text is empty, and in the empty editor.
    void setPlaceholderText(const QString &text);
    void setLabelFont(const QFont &font);
    bool isEditing() const;
    // The label, for tests and for styling.
    QLabel *label() const { return m_label; }
    QWidget *editor() const;

public slots:
    // Replaces the text shown; an edit in progress is left alone.
    void setText(const QString &text);
    void startEditing();
    void commit();
    void cancel();

signals:
    void edited(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    QString editorText() const;
    void showEditor(bool editing);
    void showLabel();
    void updateLabel();

    Mode m_mode;
    QString m_text;
    QString m_placeholder;
    QVBoxLayout *m_layout;
    QLabel *m_label;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_lines = nullptr;
    bool m_editing = false;
};
