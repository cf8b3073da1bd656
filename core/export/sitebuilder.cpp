#include "core/export/sitebuilder.h"

#include "core/export/exportfilenames.h"
#include "core/export/exporttheme.h"
#include "core/export/sitepagecontext.h"
#include "core/export/themetemplates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QSaveFile>

namespace {

const QString kIndexPage = QStringLiteral("index.html");

// Every file of the site by its path in the output folder, made in full before the first is
// written: a theme that fails on the last page leaves the folder as it was.
struct SiteFiles
{
    QMap<QString, QByteArray> pages;
    QMap<QString, QByteArray> assets;
};

// The page file of each gallery and entry: the subject is index.html, the others are
// "gallery-<slug>.html" and "entry-<slug>.html", unique within the export; an entry's export is
// its one page. The order of the
// content decides who gets "-2" when two titles meet, and it is the same on every re-export,
// so a page keeps its name (and its links stay good).
SitePageContext::Links pageLinks(const ExportContent &content)
{
    SitePageContext::Links links;
    ExportFileNames names;
    names.reserve(kIndexPage);
    for (const ExportGallery &gallery : content.galleries) {
        // An entry's galleries are drawn inside its text: a page of their own would be one that
        // nothing links to.
        if (content.subject.kind == ExportSubject::Kind::Entry)
            break;
        const bool isIndex = content.subject.kind == ExportSubject::Kind::Gallery &&
                             content.subject.id == gallery.gallery.id;
        links.galleries.insert(
            gallery.gallery.id,
            isIndex ? kIndexPage
                    : names.unique(QStringLiteral("gallery-") +
                                   ExportFileNames::slug(gallery.title,
                                                         QString::number(gallery.gallery.id)) +
                                   QStringLiteral(".html")));
    }
    for (const ExportEntry &entry : content.entries) {
        const bool isIndex = content.subject.kind == ExportSubject::Kind::Entry &&
                             content.subject.id == entry.entry.id;
        links.entries.insert(
            entry.entry.id,
            isIndex
                ? kIndexPage
                : names.unique(QStringLiteral("entry-") +
                               ExportFileNames::slug(entry.title, QString::number(entry.entry.id)) +
                               QStringLiteral(".html")));
    }
    return links;
}

bool makePages(const ExportContent &content, const SitePageContext &context,
               const SitePageContext::Links &links, const ThemeTemplates &templates,
               SiteFiles &files, QString *error)
{
    auto add = [&](const QString &page, const QString &templateName,
                   const kainjow::mustache::data &data) {
        const std::optional<QString> html = templates.render(templateName, data, error);
        if (!html)
            return false;
        files.pages.insert(page, html->toUtf8());
        return true;
    };
    if (content.subject.kind == ExportSubject::Kind::Event) {
        if (content.events.isEmpty()) {
            *error = SiteBuilder::tr("The event to publish is no longer in the catalog.");
            return false;
        }
        if (!add(kIndexPage, QStringLiteral("event"),
                 context.eventPage(content.events.constFirst(), true)))
            return false;
    }
    for (const ExportGallery &gallery : content.galleries) {
        const QString page = links.galleries.value(gallery.gallery.id);
        if (page.isEmpty())
            continue;
        if (!add(page, QStringLiteral("gallery"), context.galleryPage(gallery, page == kIndexPage)))
            return false;
    }
    for (const ExportEntry &entry : content.entries) {
        const QString page = links.entries.value(entry.entry.id);
        const std::optional<kainjow::mustache::data> data =
            context.entryPage(entry, page == kIndexPage, error);
        if (!data || !add(page, QStringLiteral("entry"), *data))
            return false;
    }
    if (!files.pages.contains(kIndexPage)) {
        *error = content.subject.kind == ExportSubject::Kind::Gallery
                     ? SiteBuilder::tr("The gallery to publish is no longer in the catalog.")
                     : SiteBuilder::tr("The journal entry to publish is no longer in the catalog.");
        return false;
    }
    return true;
}

bool readAssets(const ExportTheme &theme, SiteFiles &files, QString *error)
{
    for (auto it = theme.assets().cbegin(); it != theme.assets().cend(); ++it) {
        const QString target = QStringLiteral("assets/") + it.key();
        if (!ExportFileNames::staysInside(target))
            continue; // a theme file whose name could not be written safely is left out
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly)) {
            *error = SiteBuilder::tr("The theme file %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(it.value()), file.errorString());
            return false;
        }
        files.assets.insert(target, file.readAll());
    }
    return true;
}

enum class WriteResult
{
    Written,
    Unchanged,
    Failed,
};

// Writes `bytes` to `path` unless the file already holds exactly them: an unchanged page keeps
// its date, so a sync to a host (rsync, a git commit) sees only what changed. QSaveFile: a page
// is either the old one or the new one, never half of it.
WriteResult writeIfChanged(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile existing(path);
    if (existing.size() == bytes.size() && existing.open(QIODevice::ReadOnly) &&
        existing.readAll() == bytes)
        return WriteResult::Unchanged;
    existing.close();
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = SiteBuilder::tr("The folder %1 cannot be made.")
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return WriteResult::Failed;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = SiteBuilder::tr("%1 cannot be written: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return WriteResult::Failed;
    }
    return WriteResult::Written;
}

} // namespace

bool SiteBuilder::build(const ExportContent &content, const QHash<qint64, PhotoRenditions> &images,
                        const ExportOptions &options, ExportReport &report)
{
    QString error;
    const std::optional<ExportTheme> theme = ExportTheme::load(options.theme, &error);
    const std::optional<ThemeTemplates> templates =
        theme ? ThemeTemplates::compile(*theme,
                                        {QStringLiteral("event"), QStringLiteral("gallery"),
                                         QStringLiteral("entry"), QStringLiteral("_photo"),
                                         QStringLiteral("_gallery")},
                                        &error)
              : std::nullopt;
    if (!templates) {
        report.error = error;
        return false;
    }

    const SitePageContext::Links links = pageLinks(content);
    const SitePageContext context(content, images, options, links, *templates);
    SiteFiles files;
    if (!makePages(content, context, links, *templates, files, &error) ||
        !readAssets(*theme, files, &error)) {
        report.error = error;
        return false;
    }

    const QDir output(options.outputDirectory);
    if (!output.mkpath(QStringLiteral("."))) {
        report.error = tr("The folder %1 cannot be made.")
                           .arg(QDir::toNativeSeparators(options.outputDirectory));
        return false;
    }
    for (auto it = files.pages.cbegin(); it != files.pages.cend(); ++it) {
        switch (writeIfChanged(output.filePath(it.key()), it.value(), &error)) {
        case WriteResult::Written:
            ++report.pagesWritten;
            break;
        case WriteResult::Unchanged:
            ++report.pagesUnchanged;
            break;
        case WriteResult::Failed:
            report.error = error;
            return false;
        }
    }
    for (auto it = files.assets.cbegin(); it != files.assets.cend(); ++it) {
        if (writeIfChanged(output.filePath(it.key()), it.value(), &error) == WriteResult::Failed) {
            report.error = error;
            return false;
        }
    }
    report.outputDirectory = output.absolutePath();
    report.entryPoint = output.absoluteFilePath(kIndexPage);
    return true;
}
