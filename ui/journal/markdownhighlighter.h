#pragma once

#include <QRegularExpression>
#include <QSyntaxHighlighter>
#include <QTextCharFormat>

// Markdown as the journal editor shows it while the user types: headings, emphasis, inline code
// and fenced blocks, links, and Corkboard's references (`![alt](photo:42)`, ```` ```gallery 12
// ````) in a colour of their own, so a photo or a gallery in the text is easy to spot. Line by
// line, as QSyntaxHighlighter works; the block state carries "inside a fence" to the next line.
class MarkdownHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    // Block states: outside any fence, inside a code fence, inside a gallery block.
    enum State
    {
        Normal = 0,
        InCodeFence = 1,
        InGalleryFence = 2,
    };

    explicit MarkdownHighlighter(QTextDocument *document);

    // The formats, for tests and for a palette change.
    QTextCharFormat headingFormat() const { return m_heading; }
    QTextCharFormat emphasisFormat() const { return m_emphasis; }
    QTextCharFormat strongFormat() const { return m_strong; }
    QTextCharFormat codeFormat() const { return m_code; }
    QTextCharFormat linkFormat() const { return m_link; }
    QTextCharFormat referenceFormat() const { return m_reference; }

protected:
    void highlightBlock(const QString &text) override;

private:
    void applyInline(const QString &text);
    void applyPattern(const QString &text, const QRegularExpression &pattern,
                      const QTextCharFormat &format, int group = 0);

    QTextCharFormat m_heading;
    QTextCharFormat m_emphasis;
    QTextCharFormat m_strong;
    QTextCharFormat m_strike;
    QTextCharFormat m_code;
    QTextCharFormat m_link;
    QTextCharFormat m_reference;
    QTextCharFormat m_quote;
    QTextCharFormat m_listMarker;

    QRegularExpression m_fence;
    QRegularExpression m_headingLine;
    QRegularExpression m_quoteLine;
    QRegularExpression m_listItem;
    QRegularExpression m_inlineCode;
    QRegularExpression m_strongText;
    QRegularExpression m_emphasisText;
    QRegularExpression m_strikeText;
    QRegularExpression m_linkText;
    QRegularExpression m_photoReference;
    QRegularExpression m_autolink;
};
