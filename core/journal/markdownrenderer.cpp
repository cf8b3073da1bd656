#include "core/journal/markdownrenderer.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>

#include <md4c.h>

namespace {

constexpr unsigned kParserFlags = MD_DIALECT_GITHUB | MD_FLAG_NOHTML;

void appendEscaped(QByteArray &out, const char *text, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        switch (text[i]) {
        case '&':
            out.append("&amp;");
            break;
        case '<':
            out.append("&lt;");
            break;
        case '>':
            out.append("&gt;");
            break;
        case '"':
            out.append("&quot;");
            break;
        default:
            out.append(text[i]);
        }
    }
}

void appendEscaped(QByteArray &out, const QByteArray &text)
{
    appendEscaped(out, text.constData(), text.size());
}

// An attribute as md4c hands it over: runs of text, entities and NUL characters. Entities stay
// entities (they are HTML as they stand); NULs become U+FFFD as CommonMark asks.
QByteArray attributeText(const MD_ATTRIBUTE &attribute)
{
    QByteArray text;
    for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
        const MD_OFFSET begin = attribute.substr_offsets[i];
        const MD_OFFSET end = attribute.substr_offsets[i + 1];
        if (attribute.substr_types[i] == MD_TEXT_NULLCHAR)
            text.append("\xEF\xBF\xBD");
        else
            text.append(attribute.text + begin, end - begin);
    }
    return text;
}

// A link or image URL made safe to follow from a preview: script and data URLs are dropped
// (raw HTML is off to keep scripts out; a javascript: link would let them back in).
QByteArray safeUrl(const QByteArray &url)
{
    static const QRegularExpression unsafe(QStringLiteral("^\\s*(javascript|vbscript|data):"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (unsafe.match(QString::fromUtf8(url)).hasMatch())
        return QByteArrayLiteral("#");
    QByteArray safe;
    for (char c : url) {
        if (c == ' ')
            safe.append("%20");
        else
            safe.append(c);
    }
    return safe;
}

// A fenced block whose info string begins with the word "gallery".
bool isGalleryInfo(const QByteArray &info)
{
    const QByteArray first = info.trimmed().split(' ').constFirst();
    return first.compare("gallery", Qt::CaseInsensitive) == 0;
}

// md4c calls these as it walks the document; the HTML goes into `out`.
struct HtmlWriter
{
    HtmlWriter(const MarkdownRenderer::PhotoResolver &photos,
               const MarkdownRenderer::PhotoRenderer &photoHtml,
               const MarkdownRenderer::GalleryRenderer &galleries)
        : photoResolver(photos)
        , photoRenderer(photoHtml)
        , galleryRenderer(galleries)
    {}

    const MarkdownRenderer::PhotoResolver &photoResolver;
    const MarkdownRenderer::PhotoRenderer &photoRenderer;
    const MarkdownRenderer::GalleryRenderer &galleryRenderer;
    QByteArray out;

    // Inside an image, text is its alt text, collected until the image ends; images may nest
    // (an image in an image's alt text), their tags do not show.
    int imageDepth = 0;
    QByteArray imageAlt;
    QByteArray imageSrc;
    QByteArray imageTitle;
    // Inside a link to a photo no longer in the catalog: its text goes in a marker.
    QList<bool> linkIsMissingPhoto;
    // Inside a gallery block: its content, for the id.
    bool inGallery = false;
    QByteArray galleryInfo;
    QByteArray galleryContent;

    void enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_DOC:
        case MD_BLOCK_HTML:
            break;
        case MD_BLOCK_QUOTE:
            out.append("<blockquote>\n");
            break;
        case MD_BLOCK_UL:
            out.append("<ul>\n");
            break;
        case MD_BLOCK_OL: {
            const auto *ol = static_cast<const MD_BLOCK_OL_DETAIL *>(detail);
            if (ol->start == 1)
                out.append("<ol>\n");
            else
                out.append("<ol start=\"" + QByteArray::number(ol->start) + "\">\n");
            break;
        }
        case MD_BLOCK_LI: {
            const auto *li = static_cast<const MD_BLOCK_LI_DETAIL *>(detail);
            if (!li->is_task) {
                out.append("<li>");
            } else {
                out.append("<li class=\"task-list-item\"><input type=\"checkbox\" disabled");
                out.append(li->task_mark == ' ' ? ">" : " checked>");
            }
            break;
        }
        case MD_BLOCK_HR:
            out.append("<hr>\n");
            break;
        case MD_BLOCK_H:
            out.append("<h" +
                       QByteArray::number(static_cast<const MD_BLOCK_H_DETAIL *>(detail)->level) +
                       ">");
            break;
        case MD_BLOCK_CODE: {
            const auto *code = static_cast<const MD_BLOCK_CODE_DETAIL *>(detail);
            const QByteArray info = attributeText(code->info);
            if (isGalleryInfo(info)) {
                inGallery = true;
                galleryInfo = info;
                galleryContent.clear();
                break;
            }
            out.append("<pre><code");
            if (code->lang.text) {
                out.append(" class=\"language-");
                appendEscaped(out, attributeText(code->lang));
                out.append("\"");
            }
            out.append(">");
            break;
        }
        case MD_BLOCK_P:
            out.append("<p>");
            break;
        case MD_BLOCK_TABLE:
            out.append("<table>\n");
            break;
        case MD_BLOCK_THEAD:
            out.append("<thead>\n");
            break;
        case MD_BLOCK_TBODY:
            out.append("<tbody>\n");
            break;
        case MD_BLOCK_TR:
            out.append("<tr>\n");
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD: {
            out.append(type == MD_BLOCK_TH ? "<th" : "<td");
            switch (static_cast<const MD_BLOCK_TD_DETAIL *>(detail)->align) {
            case MD_ALIGN_LEFT:
                out.append(" align=\"left\"");
                break;
            case MD_ALIGN_CENTER:
                out.append(" align=\"center\"");
                break;
            case MD_ALIGN_RIGHT:
                out.append(" align=\"right\"");
                break;
            case MD_ALIGN_DEFAULT:
                break;
            }
            out.append(">");
            break;
        }
        }
    }

    void leaveBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_DOC:
        case MD_BLOCK_HTML:
            break;
        case MD_BLOCK_QUOTE:
            out.append("</blockquote>\n");
            break;
        case MD_BLOCK_UL:
            out.append("</ul>\n");
            break;
        case MD_BLOCK_OL:
            out.append("</ol>\n");
            break;
        case MD_BLOCK_LI:
            out.append("</li>\n");
            break;
        case MD_BLOCK_HR:
            break;
        case MD_BLOCK_H:
            out.append("</h" +
                       QByteArray::number(static_cast<const MD_BLOCK_H_DETAIL *>(detail)->level) +
                       ">\n");
            break;
        case MD_BLOCK_CODE:
            if (inGallery) {
                inGallery = false;
                writeGallery();
            } else {
                out.append("</code></pre>\n");
            }
            break;
        case MD_BLOCK_P:
            out.append("</p>\n");
            break;
        case MD_BLOCK_TABLE:
            out.append("</table>\n");
            break;
        case MD_BLOCK_THEAD:
            out.append("</thead>\n");
            break;
        case MD_BLOCK_TBODY:
            out.append("</tbody>\n");
            break;
        case MD_BLOCK_TR:
            out.append("</tr>\n");
            break;
        case MD_BLOCK_TH:
            out.append("</th>\n");
            break;
        case MD_BLOCK_TD:
            out.append("</td>\n");
            break;
        }
    }

    void enterSpan(MD_SPANTYPE type, void *detail)
    {
        if (imageDepth > 0) {
            if (type == MD_SPAN_IMG)
                ++imageDepth;
            return;
        }
        switch (type) {
        case MD_SPAN_EM:
            out.append("<em>");
            break;
        case MD_SPAN_STRONG:
            out.append("<strong>");
            break;
        case MD_SPAN_A: {
            const auto *a = static_cast<const MD_SPAN_A_DETAIL *>(detail);
            QByteArray href = attributeText(a->href);
            bool missing = false;
            if (const auto id = MarkdownRenderer::photoId(QString::fromUtf8(href))) {
                const std::optional<QString> url =
                    photoResolver ? photoResolver(*id) : std::nullopt;
                missing = !url.has_value();
                href = url.value_or(QString()).toUtf8();
            }
            linkIsMissingPhoto.append(missing);
            if (missing) {
                out.append("<span class=\"corkboard-missing\">");
                break;
            }
            out.append("<a href=\"");
            appendEscaped(out, safeUrl(href));
            out.append("\"");
            if (a->title.text) {
                out.append(" title=\"");
                appendEscaped(out, attributeText(a->title));
                out.append("\"");
            }
            out.append(">");
            break;
        }
        case MD_SPAN_IMG: {
            const auto *img = static_cast<const MD_SPAN_IMG_DETAIL *>(detail);
            imageDepth = 1;
            imageAlt.clear();
            imageSrc = attributeText(img->src);
            imageTitle = img->title.text ? attributeText(img->title) : QByteArray();
            break;
        }
        case MD_SPAN_CODE:
            out.append("<code>");
            break;
        case MD_SPAN_DEL:
            out.append("<del>");
            break;
        case MD_SPAN_U:
            out.append("<u>");
            break;
        case MD_SPAN_LATEXMATH:
        case MD_SPAN_LATEXMATH_DISPLAY:
        case MD_SPAN_WIKILINK:
            break; // not enabled
        }
    }

    void leaveSpan(MD_SPANTYPE type)
    {
        if (imageDepth > 0) {
            if (type == MD_SPAN_IMG && --imageDepth == 0)
                writeImage();
            return;
        }
        switch (type) {
        case MD_SPAN_EM:
            out.append("</em>");
            break;
        case MD_SPAN_STRONG:
            out.append("</strong>");
            break;
        case MD_SPAN_A:
            out.append(!linkIsMissingPhoto.isEmpty() && linkIsMissingPhoto.takeLast() ? "</span>"
                                                                                      : "</a>");
            break;
        case MD_SPAN_CODE:
            out.append("</code>");
            break;
        case MD_SPAN_DEL:
            out.append("</del>");
            break;
        case MD_SPAN_U:
            out.append("</u>");
            break;
        case MD_SPAN_IMG:
        case MD_SPAN_LATEXMATH:
        case MD_SPAN_LATEXMATH_DISPLAY:
        case MD_SPAN_WIKILINK:
            break;
        }
    }

    void text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size)
    {
        if (inGallery) {
            galleryContent.append(text, size);
            return;
        }
        QByteArray &target = imageDepth > 0 ? imageAlt : out;
        switch (type) {
        case MD_TEXT_NULLCHAR:
            target.append("\xEF\xBF\xBD");
            break;
        case MD_TEXT_BR:
            target.append(imageDepth > 0 ? " " : "<br>\n");
            break;
        case MD_TEXT_SOFTBR:
            target.append(imageDepth > 0 ? " " : "\n");
            break;
        case MD_TEXT_ENTITY:
            target.append(text, size); // a valid entity, and HTML as it stands
            break;
        default:
            appendEscaped(target, text, size);
        }
    }

    void writeImage()
    {
        const std::optional<qint64> id = MarkdownRenderer::photoId(QString::fromUtf8(imageSrc));
        QByteArray src = imageSrc;
        if (id && photoRenderer) {
            // Inside any link, a photo's own link to its large image would nest links.
            if (const std::optional<QString> html = photoRenderer(*id, QString::fromUtf8(imageAlt),
                                                                  !linkIsMissingPhoto.isEmpty())) {
                out.append(html->toUtf8());
                return;
            }
        }
        if (id) {
            const std::optional<QString> url = photoResolver ? photoResolver(*id) : std::nullopt;
            if (!url) {
                // The alt text is already escaped HTML; the marker's words are plain text.
                out.append("<span class=\"corkboard-missing\" data-photo=\"" +
                           QByteArray::number(*id) + "\">");
                appendEscaped(out, MarkdownRenderer::missingPhotoText(*id).toUtf8());
                if (!imageAlt.isEmpty())
                    out.append(" (" + imageAlt + ")");
                out.append("</span>");
                return;
            }
            src = url->toUtf8();
        }
        out.append("<img src=\"");
        appendEscaped(out, safeUrl(src));
        out.append("\" alt=\"" + imageAlt + "\"");
        if (id)
            out.append(" data-photo=\"" + QByteArray::number(*id) + "\"");
        if (!imageTitle.isEmpty()) {
            out.append(" title=\"");
            appendEscaped(out, imageTitle);
            out.append("\"");
        }
        out.append(">");
    }

    void writeGallery()
    {
        const std::optional<qint64> id = MarkdownRenderer::galleryId(
            QString::fromUtf8(galleryInfo), QString::fromUtf8(galleryContent));
        const std::optional<QString> html =
            id && galleryRenderer ? galleryRenderer(*id) : std::nullopt;
        if (html) {
            out.append(html->toUtf8());
            if (!out.endsWith('\n'))
                out.append('\n');
            return;
        }
        out.append("<div class=\"corkboard-missing\" data-gallery=\"" +
                   QByteArray::number(id.value_or(0)) + "\">");
        appendEscaped(out, MarkdownRenderer::missingGalleryText(id.value_or(0)).toUtf8());
        out.append("</div>\n");
    }
};

} // namespace

QString MarkdownRenderer::toHtml(const QString &markdown) const
{
    const QByteArray input = markdown.toUtf8();
    HtmlWriter writer(m_photoResolver, m_photoRenderer, m_galleryRenderer);
    writer.out.reserve(input.size() + input.size() / 4);

    MD_PARSER parser{};
    parser.flags = kParserFlags;
    parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *self) {
        static_cast<HtmlWriter *>(self)->enterBlock(type, detail);
        return 0;
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void *detail, void *self) {
        static_cast<HtmlWriter *>(self)->leaveBlock(type, detail);
        return 0;
    };
    parser.enter_span = [](MD_SPANTYPE type, void *detail, void *self) {
        static_cast<HtmlWriter *>(self)->enterSpan(type, detail);
        return 0;
    };
    parser.leave_span = [](MD_SPANTYPE type, void *, void *self) {
        static_cast<HtmlWriter *>(self)->leaveSpan(type);
        return 0;
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self) {
        static_cast<HtmlWriter *>(self)->text(type, text, size);
        return 0;
    };
    md_parse(input.constData(), MD_SIZE(input.size()), &parser, &writer);
    return QString::fromUtf8(writer.out);
}

std::optional<qint64> MarkdownRenderer::photoId(QStringView url)
{
    const QStringView trimmed = url.trimmed();
    if (!trimmed.startsWith(u"photo:", Qt::CaseInsensitive))
        return std::nullopt;
    bool ok = false;
    const qint64 id = trimmed.mid(6).toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

QString MarkdownRenderer::photoUrl(qint64 photoId)
{
    return QStringLiteral("photo:%1").arg(photoId);
}

std::optional<qint64> MarkdownRenderer::galleryId(QStringView info, QStringView content)
{
    const QList<QStringView> words = info.trimmed().split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.first().compare(u"gallery", Qt::CaseInsensitive) != 0)
        return std::nullopt;
    const QStringView id = words.size() > 1 ? words.at(1) : content.trimmed();
    bool ok = false;
    const qint64 value = id.toLongLong(&ok);
    return ok && value > 0 ? std::optional<qint64>(value) : std::nullopt;
}

QString MarkdownRenderer::galleryBlock(qint64 galleryId)
{
    return QStringLiteral("```gallery %1\n```\n").arg(galleryId);
}

QString MarkdownRenderer::escaped(QStringView text)
{
    return text.toString().toHtmlEscaped();
}

QString MarkdownRenderer::missingPhotoText(qint64 photoId)
{
    return tr("Photo %1 is no longer in the catalog.").arg(photoId);
}

QString MarkdownRenderer::missingGalleryText(qint64 galleryId)
{
    return tr("Gallery %1 is no longer in the catalog.").arg(galleryId);
}
