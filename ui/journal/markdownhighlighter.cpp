#include "ui/journal/markdownhighlighter.h"

#include <QColor>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QPalette>

MarkdownHighlighter::MarkdownHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_fence(QStringLiteral("^\\s{0,3}(`{3,}|~{3,})\\s*(\\S*)"))
    , m_headingLine(QStringLiteral("^\\s{0,3}#{1,6}(\\s.*)?$"))
    , m_quoteLine(QStringLiteral("^\\s{0,3}>.*$"))
    , m_listItem(QStringLiteral("^\\s*([-*+]|\\d+[.)])\\s"))
    , m_inlineCode(QStringLiteral("`[^`]+`"))
    , m_strongText(QStringLiteral("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1"))
    , m_emphasisText(QStringLiteral("(?<![*_\\w])([*_])(?=\\S)([^*_]+?)(?<=\\S)\\1(?![*_\\w])"))
    , m_strikeText(QStringLiteral("~~(?=\\S)(.+?)(?<=\\S)~~"))
    , m_linkText(QStringLiteral("!?\\[[^\\]]*\\]\\([^)]*\\)"))
    , m_photoReference(QStringLiteral("!?\\[[^\\]]*\\]\\(\\s*photo:\\d+[^)]*\\)"))
    , m_autolink(QStringLiteral("<(https?|mailto):[^>\\s]+>|\\bhttps?://[^\\s<>()]+"))
{
    // Colours that read on light and dark palettes: the link colour of the palette, and a warm
    // tone for Corkboard's own references.
    const QPalette palette = QGuiApplication::palette();
    m_heading.setFontWeight(QFont::Bold);
    m_heading.setForeground(palette.color(QPalette::Text));
    m_emphasis.setFontItalic(true);
    m_strong.setFontWeight(QFont::Bold);
    m_strike.setFontStrikeOut(true);
    m_code.setFontFamilies({QFontDatabase::systemFont(QFontDatabase::FixedFont).family()});
    m_code.setForeground(QColor(0x8a, 0x3f, 0x9e));
    m_link.setForeground(palette.color(QPalette::Link));
    m_reference.setForeground(QColor(0xc0, 0x5a, 0x00));
    m_reference.setFontWeight(QFont::DemiBold);
    m_quote.setForeground(palette.color(QPalette::PlaceholderText));
    m_quote.setFontItalic(true);
    m_listMarker.setForeground(palette.color(QPalette::Link));
    m_listMarker.setFontWeight(QFont::Bold);
}

void MarkdownHighlighter::applyPattern(const QString &text, const QRegularExpression &pattern,
                                       const QTextCharFormat &format, int group)
{
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        setFormat(int(match.capturedStart(group)), int(match.capturedLength(group)), format);
    }
}

void MarkdownHighlighter::highlightBlock(const QString &text)
{
    const int previous = qMax(previousBlockState(), 0);
    const QRegularExpressionMatch fence = m_fence.match(text);
    if (previous != Normal) {
        // Inside a fence everything is code (or the gallery's own lines) up to the closing one.
        setFormat(0, int(text.size()), previous == InGalleryFence ? m_reference : m_code);
        setCurrentBlockState(fence.hasMatch() && fence.captured(2).isEmpty() ? Normal : previous);
        return;
    }
    if (fence.hasMatch()) {
        const bool gallery =
            fence.captured(2).compare(QLatin1String("gallery"), Qt::CaseInsensitive) == 0;
        setFormat(0, int(text.size()), gallery ? m_reference : m_code);
        setCurrentBlockState(gallery ? InGalleryFence : InCodeFence);
        return;
    }
    setCurrentBlockState(Normal);

    if (m_headingLine.match(text).hasMatch()) {
        setFormat(0, int(text.size()), m_heading);
        return;
    }
    if (m_quoteLine.match(text).hasMatch())
        setFormat(0, int(text.size()), m_quote);
    if (const QRegularExpressionMatch item = m_listItem.match(text); item.hasMatch())
        setFormat(int(item.capturedStart(1)), int(item.capturedLength(1)), m_listMarker);
    applyInline(text);
}

void MarkdownHighlighter::applyInline(const QString &text)
{
    // Later formats win where they overlap: code spans and references last, as they are literal.
    applyPattern(text, m_emphasisText, m_emphasis);
    applyPattern(text, m_strongText, m_strong);
    applyPattern(text, m_strikeText, m_strike);
    applyPattern(text, m_linkText, m_link);
    applyPattern(text, m_autolink, m_link);
    applyPattern(text, m_photoReference, m_reference);
    applyPattern(text, m_inlineCode, m_code);
}
