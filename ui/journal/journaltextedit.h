#pragma once

#include <QList>
#include <QPlainTextEdit>

class CatalogConnection;
class MarkdownHighlighter;

// The Markdown body of a journal entry as the user types it: highlighted (MarkdownHighlighter),
// with the document's own undo (Ctrl+Z while it has focus), and photos dragged in from the grid
// (PhotoMimeData's ids) become references `![alt](photo:ID)` where they are dropped, the alt text
// from the photo's title or else its file name. Plain text pasted or dropped stays plain text.
class JournalTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit JournalTextEdit(const CatalogConnection &connection, QWidget *parent = nullptr);

    MarkdownHighlighter *highlighter() const { return m_highlighter; }

    // The Markdown that refers to these photos, one paragraph each; ids no longer in the catalog
    // are left out.
    QString photoReferences(const QList<qint64> &photoIds) const;
    // Inserts at the cursor, as one step of the text's undo, on lines of its own.
    void insertBlock(const QString &markdown);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;

private:
    const CatalogConnection &m_connection;
    MarkdownHighlighter *m_highlighter;
};
