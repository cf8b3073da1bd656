#include "core/journal/markdownpostimporter.h"

#include "core/journal/markdownrenderer.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <md4c.h>
#include <yaml-cpp/yaml.h>

namespace {

// The front matter keys that have a field of their own; "layout" is the blog's and is dropped.
const QStringList kKnownKeys = {QStringLiteral("title"),    QStringLiteral("author"),
                                QStringLiteral("date"),     QStringLiteral("categories"),
                                QStringLiteral("category"), QStringLiteral("tags"),
                                QStringLiteral("image"),    QStringLiteral("layout")};

QString scalar(const YAML::Node &node)
{
    return node && node.IsScalar() ? QString::fromStdString(node.Scalar()) : QString();
}

// A list, or (as Jekyll reads it) one string of space-separated words.
QStringList words(const YAML::Node &node)
{
    QStringList list;
    if (node.IsSequence()) {
        for (const YAML::Node &item : node) {
            if (const QString word = scalar(item).trimmed(); !word.isEmpty())
                list.append(word);
        }
    } else if (node.IsScalar()) {
        list = scalar(node).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    return list;
}

int pixels(const YAML::Node &node)
{
    return scalar(node).remove(QStringLiteral("px")).trimmed().toInt();
}

// The spans (UTF-16 offsets, begin and end) of raw HTML in Markdown, as md4c reads it with HTML
// on: what is inside code blocks and code spans is text, not HTML, and is left alone.
QList<std::pair<qsizetype, qsizetype>> htmlSpans(const QString &markdown)
{
    struct Collector
    {
        const char *begin = nullptr;
        const char *end = nullptr;
        QList<std::pair<qsizetype, qsizetype>> bytes;
    };
    const QByteArray input = markdown.toUtf8();
    Collector collector{input.constData(), input.constData() + input.size(), {}};
    MD_PARSER parser{};
    parser.flags = MD_DIALECT_GITHUB;
    parser.enter_block = [](MD_BLOCKTYPE, void *, void *) { return 0; };
    parser.leave_block = [](MD_BLOCKTYPE, void *, void *) { return 0; };
    parser.enter_span = [](MD_SPANTYPE, void *, void *) { return 0; };
    parser.leave_span = [](MD_SPANTYPE, void *, void *) { return 0; };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *data) {
        auto *self = static_cast<Collector *>(data);
        // Indentation md4c adds of its own does not point into the input.
        if (type == MD_TEXT_HTML && text >= self->begin && text + size <= self->end)
            self->bytes.append({text - self->begin, text - self->begin + size});
        return 0;
    };
    md_parse(input.constData(), MD_SIZE(input.size()), &parser, &collector);

    QList<std::pair<qsizetype, qsizetype>> spans;
    for (const auto &[begin, end] : std::as_const(collector.bytes)) {
        spans.append({QString::fromUtf8(input.constData(), begin).size(),
                      QString::fromUtf8(input.constData(), end).size()});
    }
    return spans;
}

bool insideHtml(const QList<std::pair<qsizetype, qsizetype>> &spans, qsizetype position)
{
    return std::any_of(spans.cbegin(), spans.cend(), [position](const auto &span) {
        return position >= span.first && position < span.second;
    });
}

QString attribute(const QString &tag, const QString &name)
{
    const QRegularExpression pattern(
        QStringLiteral("\\b%1\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))").arg(name),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(tag);
    if (!match.hasMatch())
        return {};
    for (int i = 1; i <= 3; ++i) {
        if (match.capturedStart(i) >= 0)
            return match.captured(i);
    }
    return {};
}

QString fileNameOf(const QString &source)
{
    const QString path = QUrl(source).path();
    return QFileInfo(path.isEmpty() ? source : path).fileName();
}

QString markdownImage(const QString &alt, const QString &url)
{
    QString escapedAlt = alt;
    escapedAlt.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('['), QStringLiteral("\\["))
        .replace(QLatin1Char(']'), QStringLiteral("\\]"));
    const bool needsBrackets = url.contains(QLatin1Char(' ')) || url.contains(QLatin1Char('(')) ||
                               url.contains(QLatin1Char(')'));
    return QStringLiteral("![%1](%2)")
        .arg(escapedAlt, needsBrackets ? QLatin1Char('<') + url + QLatin1Char('>') : url);
}

// The text of the last heading before `position`: the title of a gallery under it.
QString headingBefore(const QString &body, qsizetype position)
{
    static const QRegularExpression heading(QStringLiteral("^#{1,6}[ \\t]+(.+?)[ \\t#]*$"),
                                            QRegularExpression::MultilineOption);
    QString title;
    for (auto it = heading.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedStart() >= position)
            break;
        title = match.captured(1);
    }
    return title;
}

} // namespace

std::pair<QString, QString> MarkdownPostImporter::splitFrontMatter(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (normalized.startsWith(QChar(0xFEFF)))
        normalized.remove(0, 1);
    static const QRegularExpression opening(QStringLiteral("\\A---[ \\t]*\\n"));
    static const QRegularExpression closing(QStringLiteral("^(?:---|\\.\\.\\.)[ \\t]*$"),
                                            QRegularExpression::MultilineOption);
    const QRegularExpressionMatch open = opening.match(normalized);
    if (!open.hasMatch())
        return {QString(), normalized};
    const QRegularExpressionMatch close = closing.match(normalized, open.capturedEnd());
    if (!close.hasMatch())
        return {QString(), normalized};
    const QString yaml =
        normalized.mid(open.capturedEnd(), close.capturedStart() - open.capturedEnd());
    qsizetype bodyStart = close.capturedEnd();
    if (normalized.mid(bodyStart, 1) == QLatin1String("\n"))
        ++bodyStart; // the end of the closing line
    if (normalized.mid(bodyStart, 1) == QLatin1String("\n"))
        ++bodyStart; // the blank line that separates the front matter from the text
    return {yaml, normalized.mid(bodyStart)};
}

std::optional<JournalEntry> MarkdownPostImporter::parse(const QString &text,
                                                        const QString &fileName) const
{
    m_error.clear();
    const auto [yaml, body] = splitFrontMatter(text);
    JournalEntry entry;
    YAML::Node root;
    try {
        root = YAML::Load(yaml.toStdString());
    } catch (const YAML::Exception &error) {
        m_error = tr("The front matter of the post is not valid YAML: %1")
                      .arg(QString::fromStdString(error.what()));
        return std::nullopt;
    }
    if (root && !root.IsNull() && !root.IsMap()) {
        m_error = tr("The front matter of the post is not a list of keys and values.");
        return std::nullopt;
    }

    try {
        YAML::Emitter extra;
        extra << YAML::BeginMap;
        bool hasExtra = false;
        for (const auto &pair : root) {
            const QString key = scalar(pair.first);
            const YAML::Node &value = pair.second;
            if (!kKnownKeys.contains(key)) {
                extra << YAML::Key << pair.first << YAML::Value << value;
                hasExtra = true;
            } else if (key == QLatin1String("title")) {
                entry.title = scalar(value).trimmed();
            } else if (key == QLatin1String("author")) {
                entry.author = value.IsMap() ? scalar(value["name"]) : scalar(value).trimmed();
            } else if (key == QLatin1String("date")) {
                entry.date = QDate::fromString(scalar(value).left(10), Qt::ISODate);
            } else if (key == QLatin1String("categories") || key == QLatin1String("category")) {
                entry.categories += words(value);
            } else if (key == QLatin1String("tags")) {
                entry.tags = words(value);
            } else if (key == QLatin1String("image")) {
                const bool isMap = value.IsMap();
                const QString source = isMap ? scalar(value["path"]) : scalar(value);
                entry.cover.photoId = matchPhoto(source);
                if (entry.cover.photoId == 0)
                    entry.cover.path = source;
                if (isMap) {
                    entry.cover.alt = scalar(value["alt"]);
                    entry.cover.width = pixels(value["width"]);
                    entry.cover.height = pixels(value["height"]);
                }
            }
        }
        extra << YAML::EndMap;
        if (hasExtra)
            entry.extraFrontMatter = QString::fromUtf8(extra.c_str());
    } catch (const YAML::Exception &error) {
        m_error = tr("The front matter of the post cannot be read: %1")
                      .arg(QString::fromStdString(error.what()));
        return std::nullopt;
    }

    if (!entry.date.isValid()) {
        static const QRegularExpression jekyllName(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})-"));
        const QRegularExpressionMatch match = jekyllName.match(QFileInfo(fileName).fileName());
        if (match.hasMatch())
            entry.date = QDate::fromString(match.captured(1), Qt::ISODate);
    }
    entry.body = convertHtml(body);
    return entry;
}

qint64 MarkdownPostImporter::matchPhoto(const QString &source) const
{
    if (source.isEmpty())
        return 0;
    if (const std::optional<qint64> id = MarkdownRenderer::photoId(source))
        return *id;
    return m_photoMatcher ? m_photoMatcher(fileNameOf(source)) : 0;
}

QString MarkdownPostImporter::convertHtml(const QString &body) const
{
    static const QRegularExpression gallery(
        QStringLiteral("<div\\b[^>]*\\bclass\\s*=\\s*[\"'][^\"']*\\bfull-screen-gallery\\b[^>]*>"
                       ".*?</div\\s*>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    // An image, and the link around it that opens the full image, if any.
    static const QRegularExpression image(
        QStringLiteral("(<a\\b[^>]*>\\s*)?<img\\b[^>]*>(\\s*</a\\s*>)?"),
        QRegularExpression::CaseInsensitiveOption);

    const QList<std::pair<qsizetype, qsizetype>> html = htmlSpans(body);
    struct Replacement
    {
        qsizetype start = 0;
        qsizetype length = 0;
        QString text;
    };
    QList<Replacement> replacements;
    QList<std::pair<qsizetype, qsizetype>> galleries; // left alone by the image pass
    for (auto it = gallery.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (!insideHtml(html, match.capturedStart()))
            continue;
        galleries.append({match.capturedStart(), match.capturedEnd()});
        const QString converted =
            convertGallery(match.captured(), headingBefore(body, match.capturedStart()));
        if (!converted.isEmpty())
            replacements.append({match.capturedStart(), match.capturedLength(), converted});
    }
    for (auto it = image.globalMatch(body); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const qsizetype start = match.capturedStart();
        if (!insideHtml(html, start) || insideHtml(galleries, start))
            continue;
        QString converted = convertImage(match.captured());
        // A link that only opened a different picture stays around it, as text.
        const QString link = match.captured(1);
        const QString href = attribute(link, QStringLiteral("href"));
        if (!link.isEmpty() &&
            fileNameOf(href) != fileNameOf(attribute(match.captured(), QStringLiteral("src"))))
            converted = link + converted + match.captured(2);
        replacements.append({start, match.capturedLength(), converted});
    }

    std::sort(replacements.begin(), replacements.end(),
              [](const Replacement &a, const Replacement &b) { return a.start > b.start; });
    QString converted = body;
    for (const Replacement &replacement : std::as_const(replacements))
        converted.replace(replacement.start, replacement.length, replacement.text);
    return converted;
}

QString MarkdownPostImporter::convertGallery(const QString &html, const QString &title) const
{
    static const QRegularExpression img(QStringLiteral("<img\\b[^>]*>"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression width(QStringLiteral("\\bwidth\\s*:\\s*([0-9.]+)px"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (!m_galleryMaker)
        return {};
    QList<ImportedGalleryPhoto> photos;
    for (auto it = img.globalMatch(html); it.hasNext();) {
        const QString tag = it.next().captured();
        ImportedGalleryPhoto photo;
        photo.photoId = matchPhoto(attribute(tag, QStringLiteral("src")));
        if (photo.photoId == 0)
            return {}; // a photo the catalog does not have: keep the list as it was written
        const QRegularExpressionMatch size = width.match(attribute(tag, QStringLiteral("style")));
        if (size.hasMatch())
            photo.width = size.captured(1).toDouble();
        photos.append(photo);
    }
    if (photos.isEmpty())
        return {};
    const qint64 galleryId = m_galleryMaker(title, photos);
    if (galleryId == 0)
        return {};
    return MarkdownRenderer::galleryBlock(galleryId).chopped(1); // the list's own line end stays
}

QString MarkdownPostImporter::convertImage(const QString &tag) const
{
    static const QRegularExpression img(QStringLiteral("<img\\b[^>]*>"),
                                        QRegularExpression::CaseInsensitiveOption);
    const QString imgTag = img.match(tag).captured();
    const QString source = attribute(imgTag, QStringLiteral("src"));
    const QString alt = attribute(imgTag, QStringLiteral("alt"));
    const qint64 photoId = matchPhoto(source);
    return markdownImage(alt, photoId != 0 ? MarkdownRenderer::photoUrl(photoId) : source);
}
