#include "core/journal/markdownpostexporter.h"

#include "core/journal/markdownrenderer.h"

#include <yaml-cpp/yaml.h>

namespace {

std::string utf8(const QString &text)
{
    return text.toStdString();
}

// Quoted always: a title like "yes", "1.0" or "KubeCon: day 2" must come back as that text.
void writeString(YAML::Emitter &out, const char *key, const QString &value)
{
    out << YAML::Key << key << YAML::Value << YAML::DoubleQuoted << utf8(value);
}

void writeList(YAML::Emitter &out, const char *key, const QStringList &values)
{
    out << YAML::Key << key << YAML::Value << YAML::Flow << YAML::BeginSeq;
    for (const QString &value : values)
        out << YAML::DoubleQuoted << utf8(value);
    out << YAML::EndSeq;
}

// Whether the YAML of an imported post's other keys sets `key` itself.
bool setsKey(const QString &yaml, const char *key)
{
    if (yaml.trimmed().isEmpty())
        return false;
    try {
        const YAML::Node node = YAML::Load(utf8(yaml));
        return node.IsMap() && node[key];
    } catch (const YAML::Exception &) {
        return false; // written back as it came; a key of ours beside it does no harm
    }
}

} // namespace

QString MarkdownPostExporter::exportEntry(const JournalEntry &entry)
{
    // A blank line after the front matter, which the importer takes as the separator.
    return frontMatter(entry) + QLatin1Char('\n') + entry.body;
}

QString MarkdownPostExporter::frontMatter(const JournalEntry &entry, const QString &layout)
{
    YAML::Emitter out;
    out.SetOutputCharset(YAML::EmitNonAscii); // "Café" as it is, not "\xe9"
    out << YAML::BeginMap;
    if (!layout.isEmpty() && !setsKey(entry.extraFrontMatter, "layout"))
        out << YAML::Key << "layout" << YAML::Value << utf8(layout);
    writeString(out, "title", entry.title);
    if (!entry.author.isEmpty())
        writeString(out, "author", entry.author);
    if (entry.date.isValid())
        out << YAML::Key << "date" << YAML::Value << utf8(entry.date.toString(Qt::ISODate));
    if (!entry.categories.isEmpty())
        writeList(out, "categories", entry.categories);
    if (!entry.tags.isEmpty())
        writeList(out, "tags", entry.tags);
    if (!entry.cover.isEmpty() || !entry.cover.alt.isEmpty()) {
        out << YAML::Key << "image" << YAML::Value << YAML::BeginMap;
        writeString(out, "path",
                    entry.cover.photoId != 0 ? MarkdownRenderer::photoUrl(entry.cover.photoId)
                                             : entry.cover.path);
        if (entry.cover.width > 0)
            out << YAML::Key << "width" << YAML::Value << entry.cover.width;
        if (entry.cover.height > 0)
            out << YAML::Key << "height" << YAML::Value << entry.cover.height;
        if (!entry.cover.alt.isEmpty())
            writeString(out, "alt", entry.cover.alt);
        out << YAML::EndMap;
    }
    out << YAML::EndMap;

    QString text = QStringLiteral("---\n") + QString::fromUtf8(out.c_str()) + QLatin1Char('\n');
    if (!entry.extraFrontMatter.isEmpty()) {
        text += entry.extraFrontMatter;
        if (!text.endsWith(QLatin1Char('\n')))
            text += QLatin1Char('\n');
    }
    return text + QStringLiteral("---\n");
}
