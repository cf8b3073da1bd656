#include "core/export/jekyllpostbody.h"

#include "core/export/jekylltext.h"
#include "core/journal/markdownrenderer.h"

#include <QByteArray>
#include <QList>

#include <algorithm>
#include <md4c.h>

namespace {

// As MarkdownRenderer parses: what the app shows as a reference is what is replaced here.
constexpr unsigned kParserFlags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;
// The same with raw HTML recognised: where the user wrote HTML, which the app shows as text.
constexpr unsigned kHtmlParserFlags = kParserFlags & ~unsigned(MD_FLAG_NOHTML);

// One replacement in the source, in UTF-8 bytes.
struct Edit
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QByteArray text;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool escapedIn(const QByteArray &src, qsizetype i)
{
    int backslashes = 0;
    for (qsizetype j = i - 1; j >= 0 && src.at(j) == '\\'; --j)
        ++backslashes;
    return backslashes % 2 == 1;
}

// Where a text chunk md4c reports is in the source; nullopt for one it made (an entity's
// character, a replacement for NUL).
std::optional<qsizetype> sourceOffset(const QByteArray &src, const MD_CHAR *text, MD_SIZE size)
{
    if (text < src.constData() || text + size > src.constData() + src.size())
        return std::nullopt;
    return text - src.constData();
}

// What an escaped character (textEscapes) becomes.
QByteArray escaped(char c)
{
    return c == '<' ? QByteArrayLiteral("&lt;") : QByteArrayLiteral("&#123;");
}

// Runs md4c over the source, handing each text chunk to `onText`.
template <typename OnText> void walkText(const QByteArray &source, unsigned flags, OnText onText)
{
    MD_PARSER parser{};
    parser.flags = flags;
    parser.enter_block = [](MD_BLOCKTYPE, void *, void *) { return 0; };
    parser.leave_block = [](MD_BLOCKTYPE, void *, void *) { return 0; };
    parser.enter_span = [](MD_SPANTYPE, void *, void *) { return 0; };
    parser.leave_span = [](MD_SPANTYPE, void *, void *) { return 0; };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self) {
        (*static_cast<OnText *>(self))(type, text, size);
        return 0;
    };
    md_parse(source.constData(), MD_SIZE(source.size()), &parser, &onText);
}

// Where a "<" could begin a tag for kramdown (whose tag names are XML's: "_", ":" and letters
// beyond ASCII too) or for a browser.
bool beginsTag(const QByteArray &src, qsizetype lessThan)
{
    if (lessThan + 1 >= src.size())
        return false;
    const auto c = static_cast<unsigned char>(src.at(lessThan + 1));
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '/' || c == '!' || c == '?' ||
           c == '_' || c == ':' || c >= 0x80;
}

// The "<" of raw HTML that the app shows as text (md4c without HTML reads them as plain text):
// those md4c reads as HTML when it may, in an HTML block or an inline tag, and any other that
// kramdown, whose idea of a tag is wider, or a browser could take for one. Each becomes "&lt;",
// which Markdown shows as "<", so the post shows what the app does and runs none of it. "<" in
// code, in a link's address or an autolink's brackets, and a backslash-escaped one stay.
// So does "{:" in text, which kramdown would read as its attribute list or extension
// (`{: onclick="..."}`, `{::nomarkdown}`): its "{" becomes "&#123;".
QList<qsizetype> textEscapes(const QByteArray &src)
{
    QList<std::pair<qsizetype, qsizetype>> html; // [begin, end) of what md4c reads as HTML
    walkText(src, kHtmlParserFlags, [&](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size) {
        if (type != MD_TEXT_HTML)
            return;
        if (const std::optional<qsizetype> at = sourceOffset(src, text, size))
            html.append({*at, *at + qsizetype(size)});
    });
    std::sort(html.begin(), html.end());
    const auto inHtml = [&html](qsizetype i) {
        // The last range that begins at i or before.
        auto it =
            std::upper_bound(html.cbegin(), html.cend(), i,
                             [](qsizetype at, const auto &range) { return at < range.first; });
        return it != html.cbegin() && i < std::prev(it)->second;
    };
    QList<qsizetype> openings;
    walkText(src, kParserFlags, [&](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size) {
        if (type != MD_TEXT_NORMAL)
            return;
        const std::optional<qsizetype> at = sourceOffset(src, text, size);
        if (!at)
            return;
        for (qsizetype i = *at; i < *at + qsizetype(size); ++i) {
            if (escapedIn(src, i))
                continue;
            const bool tag = src.at(i) == '<' && (inHtml(i) || beginsTag(src, i));
            const bool kramdownSyntax =
                src.at(i) == '{' && i + 1 < src.size() && src.at(i + 1) == ':';
            if (tag || kramdownSyntax)
                openings.append(i);
        }
    });
    std::sort(openings.begin(), openings.end());
    openings.erase(std::unique(openings.begin(), openings.end()), openings.end());
    return openings;
}

// md4c walks the document; this records where its photo references and gallery blocks are in the
// source. md4c hands over attributes without escapes or entities as pointers into the source
// (photo:42 and "gallery 12" always are), which is how their place is known; one that is not
// there was written with escapes, which Corkboard never writes, and is left as it is.
struct ReferenceFinder
{
    ReferenceFinder(const QByteArray &source, const JekyllPostBody::PhotoUrl &photos,
                    const JekyllPostBody::GalleryHtml &galleries,
                    const JekyllPostBody::PhotoAlt &alts)
        : src(source)
        , escapes(textEscapes(source))
        , photoUrl(photos)
        , galleryHtml(galleries)
        , photoAlt(alts)
    {}

    const QByteArray &src;
    const QList<qsizetype> escapes; // sorted, textEscapes
    const JekyllPostBody::PhotoUrl &photoUrl;
    const JekyllPostBody::GalleryHtml &galleryHtml;
    const JekyllPostBody::PhotoAlt &photoAlt;
    QList<Edit> edits;

    // Inside a gallery block.
    bool inGallery = false;
    qsizetype galleryInfoBegin = -1;
    QByteArray galleryInfo;
    QByteArray galleryContent;
    qsizetype galleryContentEnd = -1; // after its last character in the source
    char fenceChar = '`';

    std::optional<qsizetype> offsetOf(const char *p) const
    {
        if (p == nullptr || p < src.constData() || p >= src.constData() + src.size())
            return std::nullopt;
        return p - src.constData();
    }

    bool escapedAt(qsizetype i) const { return escapedIn(src, i); }

    // The source from begin to end with its raw HTML and kramdown's syntax shown as text.
    QByteArray sourceText(qsizetype begin, qsizetype end) const
    {
        QByteArray out;
        qsizetype at = begin;
        for (auto it = std::lower_bound(escapes.cbegin(), escapes.cend(), begin);
             it != escapes.cend() && *it < end; ++it) {
            out.append(src.constData() + at, *it - at);
            out.append(escaped(src.at(*it)));
            at = *it + 1;
        }
        out.append(src.constData() + at, end - at);
        return out;
    }

    qsizetype lineStart(qsizetype i) const
    {
        const qsizetype newline = i > 0 ? src.lastIndexOf('\n', i - 1) : -1;
        return newline + 1;
    }

    qsizetype lineEnd(qsizetype i) const
    {
        const qsizetype newline = src.indexOf('\n', i);
        return newline < 0 ? src.size() : newline;
    }

    // A line that holds nothing but blanks and blockquote markers.
    bool isBlankLine(qsizetype begin, qsizetype end) const
    {
        for (qsizetype i = begin; i < end; ++i) {
            if (!isSpace(src.at(i)) && src.at(i) != '>')
                return false;
        }
        return true;
    }

    static QByteArray markerText(const QString &text)
    {
        return JekyllText::markdown(text).toUtf8();
    }

    // ---- photos ----

    // Where an inline link or image is in the source: "[" (after the "!" of an image), "]" and
    // the ")" that ends it.
    struct InlineSpan
    {
        qsizetype open = -1;
        qsizetype closeBracket = -1;
        qsizetype closeParen = -1; // -1: not an inline span after all

        bool isValid() const { return closeParen >= 0; }
    };

    // From the "(" before the URL: back to the matching "[", on past the URL and the title to ")".
    InlineSpan inlineSpan(qsizetype openParen, qsizetype afterUrl, const MD_ATTRIBUTE &title,
                          bool isImage) const
    {
        InlineSpan span;
        span.closeBracket = openParen - 1;
        int depth = 0;
        for (qsizetype q = span.closeBracket - 1; q >= 0; --q) {
            const char c = src.at(q);
            if ((c != '[' && c != ']') || escapedAt(q))
                continue;
            if (c == ']') {
                ++depth;
            } else if (depth == 0) {
                span.open = q;
                break;
            } else {
                --depth;
            }
        }
        qsizetype q = afterUrl;
        if (title.text != nullptr) {
            if (const std::optional<qsizetype> titleBegin = offsetOf(title.text))
                q = *titleBegin + title.size + 1; // after its closing quote
            else
                q = skipQuoted(q);
        }
        while (q < src.size() && isSpace(src.at(q)))
            ++q;
        const bool closed = q < src.size() && src.at(q) == ')';
        const bool bang = span.open > 0 && src.at(span.open - 1) == '!';
        if (span.open >= 0 && closed && bang == isImage)
            span.closeParen = q;
        return span;
    }

    void photoReference(const MD_ATTRIBUTE &url, const MD_ATTRIBUTE &title, bool isImage)
    {
        const std::optional<qint64> id =
            MarkdownRenderer::photoId(QString::fromUtf8(url.text, url.size));
        const std::optional<qsizetype> begin = offsetOf(url.text);
        if (!id || !begin)
            return;
        const qsizetype urlBegin = *begin;
        const qsizetype urlEnd = urlBegin + url.size;
        const std::optional<QString> published = photoUrl(*id, !isImage);
        const QByteArray marker = markerText(MarkdownRenderer::missingPhotoText(*id));

        // `<photo:42>`: the destination of an inline link or definition, or an autolink.
        const bool angled = urlBegin > 0 && src.at(urlBegin - 1) == '<' && urlEnd < src.size() &&
                            src.at(urlEnd) == '>';
        const qsizetype before = angled ? urlBegin - 1 : urlBegin;
        const qsizetype after = angled ? urlEnd + 1 : urlEnd;
        qsizetype p = before - 1;
        while (p >= 0 && isSpace(src.at(p)))
            --p;
        const bool isInline = p >= 1 && src.at(p) == '(' && src.at(p - 1) == ']';
        const bool definition = p >= 1 && src.at(p) == ':' && src.at(p - 1) == ']';
        const InlineSpan span = isInline ? inlineSpan(p, after, title, isImage) : InlineSpan();

        if (published) {
            const QByteArray link = published->toUtf8();
            if (angled && !isInline && !definition) { // an autolink shows its address
                edits.append({before, after, '[' + link + "](" + link + ')'});
                return;
            }
            edits.append({urlBegin, urlEnd, link});
            // An image the writer gave no words: the photo's own, as the site's pages do.
            if (isImage && span.isValid() &&
                src.mid(span.open + 1, span.closeBracket - span.open - 1).trimmed().isEmpty()) {
                if (const QString alt = photoAlt ? photoAlt(*id) : QString(); !alt.isEmpty())
                    edits.append({span.open + 1, span.closeBracket, markerText(alt)});
            }
            return;
        }
        if (angled && !isInline && !definition) {
            edits.append({before, after, marker});
            return;
        }
        if (!span.isValid()) {
            // A definition used elsewhere: the uses cannot be told apart from here, so the
            // address alone goes, and they show their words.
            edits.append({urlBegin, urlEnd, QByteArrayLiteral("#")});
            return;
        }
        if (isImage) {
            QByteArray text = marker;
            const QByteArray alt = sourceText(span.open + 1, span.closeBracket).trimmed();
            if (!alt.isEmpty())
                text += " (" + alt + ')';
            edits.append({span.open - 1, span.closeParen + 1, text});
        } else {
            // The link's words stay, as words, followed by the marker.
            edits.append({span.open, span.open + 1, {}});
            edits.append({span.closeBracket, span.closeParen + 1, " (" + marker + ')'});
        }
    }

    // After a quoted title that md4c had to unescape: where it ends.
    qsizetype skipQuoted(qsizetype q) const
    {
        while (q < src.size() && isSpace(src.at(q)))
            ++q;
        if (q >= src.size())
            return q;
        const char open = src.at(q);
        const char close = open == '(' ? ')' : open;
        if (open != '"' && open != '\'' && open != '(')
            return q;
        for (++q; q < src.size(); ++q) {
            if (src.at(q) == close && !escapedAt(q))
                return q + 1;
        }
        return q;
    }

    // ---- galleries ----

    void enterCode(const MD_BLOCK_CODE_DETAIL &code)
    {
        if (code.fence_char == 0 || code.info.text == nullptr)
            return;
        const QByteArray info(code.info.text, code.info.size);
        const QByteArray first = info.trimmed().split(' ').constFirst();
        if (first.compare("gallery", Qt::CaseInsensitive) != 0)
            return;
        const std::optional<qsizetype> infoBegin = offsetOf(code.info.text);
        if (!infoBegin)
            return;
        inGallery = true;
        galleryInfoBegin = *infoBegin;
        galleryInfo = info;
        galleryContent.clear();
        galleryContentEnd = *infoBegin + code.info.size;
        fenceChar = code.fence_char;
    }

    void codeText(const MD_CHAR *text, MD_SIZE size)
    {
        galleryContent.append(text, size);
        if (const std::optional<qsizetype> at = offsetOf(text))
            galleryContentEnd = std::max(galleryContentEnd, *at + qsizetype(size));
    }

    void leaveCode()
    {
        if (!inGallery)
            return;
        inGallery = false;

        // The opening fence: back from the info string over blanks and the fence's characters.
        qsizetype fenceBegin = galleryInfoBegin;
        while (fenceBegin > 0 && (src.at(fenceBegin - 1) == ' ' || src.at(fenceBegin - 1) == '\t'))
            --fenceBegin;
        int fenceLength = 0;
        while (fenceBegin > 0 && src.at(fenceBegin - 1) == fenceChar) {
            --fenceBegin;
            ++fenceLength;
        }
        if (fenceLength < 3)
            return;

        // The closing fence is the first line after the content with anything on it (content
        // lines with text are all behind galleryContentEnd); without one the block runs on to
        // where its content ends, as an unclosed fence does.
        qsizetype blockEnd = lineEnd(galleryContentEnd);
        for (qsizetype line = blockEnd + 1; line < src.size();) {
            const qsizetype end = lineEnd(line);
            if (!isBlankLine(line, end)) {
                if (isClosingFence(line, end, fenceLength))
                    blockEnd = end;
                break;
            }
            line = end + 1;
        }

        const std::optional<qint64> id = MarkdownRenderer::galleryId(
            QString::fromUtf8(galleryInfo), QString::fromUtf8(galleryContent));
        const std::optional<QString> html = id ? galleryHtml(*id) : std::nullopt;
        const QByteArray block =
            html ? html->toUtf8()
                 : markerText(MarkdownRenderer::missingGalleryText(id.value_or(0)));

        // What stands before the fence on its line: indentation, or a quote's or a list item's
        // marker. The HTML's other lines get the same, with a list marker's width as blanks.
        const qsizetype start = lineStart(fenceBegin);
        QByteArray prefix = src.mid(start, fenceBegin - start);
        const bool topLevel = isBlankLine(start, fenceBegin) && !prefix.contains('>');
        for (char &c : prefix) {
            if (c != '>' && c != '\t')
                c = ' ';
        }
        // A text written with CRLF gets its lines so; the fence's own CR stays where it was.
        const qsizetype next = blockEnd + 1;
        const bool crlf = blockEnd > fenceBegin && src.at(blockEnd - 1) == '\r';
        if (crlf)
            --blockEnd;
        const QByteArray newline = crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n");
        QByteArray text = block;
        text.replace("\n", newline + prefix);
        // An HTML block begins after a blank line and ends at one: set the gallery apart so that
        // neither the paragraph before nor the one after runs into it.
        if (topLevel) {
            if (start > 0 && !isBlankLine(lineStart(start - 1), start - 1))
                text.prepend(newline + prefix);
            if (next < src.size() && !isBlankLine(next, lineEnd(next)))
                text.append(newline);
        }
        edits.append({fenceBegin, blockEnd, text});
    }

    bool isClosingFence(qsizetype begin, qsizetype end, int openingLength) const
    {
        qsizetype i = begin;
        while (i < end && (isSpace(src.at(i)) || src.at(i) == '>'))
            ++i;
        int length = 0;
        while (i < end && src.at(i) == fenceChar) {
            ++i;
            ++length;
        }
        if (length < openingLength)
            return false;
        return isBlankLine(i, end);
    }

    // ---- md4c's callbacks ----

    void enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        if (type == MD_BLOCK_CODE)
            enterCode(*static_cast<const MD_BLOCK_CODE_DETAIL *>(detail));
    }

    void leaveBlock(MD_BLOCKTYPE type)
    {
        if (type == MD_BLOCK_CODE)
            leaveCode();
    }

    void enterSpan(MD_SPANTYPE type, void *detail)
    {
        if (type == MD_SPAN_A) {
            const auto *a = static_cast<const MD_SPAN_A_DETAIL *>(detail);
            photoReference(a->href, a->title, false);
        } else if (type == MD_SPAN_IMG) {
            const auto *img = static_cast<const MD_SPAN_IMG_DETAIL *>(detail);
            photoReference(img->src, img->title, true);
        }
    }

    void text(const MD_CHAR *text, MD_SIZE size)
    {
        if (inGallery)
            codeText(text, size);
    }

    // The source with the edits made. An edit inside another (an image in a missing photo's
    // alt text) goes with the outer one, as does raw HTML's "<" where a reference begins.
    QByteArray result()
    {
        for (const qsizetype at : escapes)
            edits.append({at, at + 1, escaped(src.at(at))});
        std::stable_sort(edits.begin(), edits.end(),
                         [](const Edit &a, const Edit &b) { return a.begin < b.begin; });
        QByteArray out;
        out.reserve(src.size() + src.size() / 4);
        qsizetype at = 0;
        for (const Edit &edit : std::as_const(edits)) {
            if (edit.begin < at)
                continue;
            out.append(src.constData() + at, edit.begin - at);
            out.append(edit.text);
            at = edit.end;
        }
        out.append(src.constData() + at, src.size() - at);
        return out;
    }
};

} // namespace

QString JekyllPostBody::convert(const QString &markdown, const PhotoUrl &photoUrl,
                                const GalleryHtml &galleryHtml, const PhotoAlt &photoAlt)
{
    const QByteArray source = markdown.toUtf8();
    ReferenceFinder finder(source, photoUrl, galleryHtml, photoAlt);

    MD_PARSER parser{};
    parser.flags = kParserFlags;
    parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *self) {
        static_cast<ReferenceFinder *>(self)->enterBlock(type, detail);
        return 0;
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void *, void *self) {
        static_cast<ReferenceFinder *>(self)->leaveBlock(type);
        return 0;
    };
    parser.enter_span = [](MD_SPANTYPE type, void *detail, void *self) {
        static_cast<ReferenceFinder *>(self)->enterSpan(type, detail);
        return 0;
    };
    parser.leave_span = [](MD_SPANTYPE, void *, void *) { return 0; };
    parser.text = [](MD_TEXTTYPE, const MD_CHAR *text, MD_SIZE size, void *self) {
        static_cast<ReferenceFinder *>(self)->text(text, size);
        return 0;
    };
    md_parse(source.constData(), MD_SIZE(source.size()), &parser, &finder);
    return QString::fromUtf8(finder.result());
}
