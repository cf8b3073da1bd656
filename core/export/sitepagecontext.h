#pragma once

#include "core/export/exportcontent.h"
#include "core/export/exportoptions.h"
#include "core/export/imagerendition.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>
#include <kainjow/mustache.hpp>
#include <optional>

class ThemeTemplates;

// Turns what an export publishes into the data the theme's templates read (docs/themes.md lists
// it). Every text from the catalog goes in as text, for {{ }} to escape where it lands; the only
// HTML it hands over (the fields ending in "Html") is md4c's, with raw HTML off, or made here from
// escaped parts. Absent values are `false`, never empty text, so {{#caption}}...{{/caption}}
// shows only when there is a caption and a name never falls through to an outer section's.
class SitePageContext
{
    Q_DECLARE_TR_FUNCTIONS(SitePageContext)

public:
    // Where each page is, by gallery and entry id (flat: "gallery-paris.html", "index.html").
    struct Links
    {
        QHash<qint64, QString> galleries;
        QHash<qint64, QString> entries;
    };

    SitePageContext(const ExportContent &content, const QHash<qint64, PhotoRenditions> &images,
                    const ExportOptions &options, const Links &links,
                    const ThemeTemplates &templates);

    // The data of a page: the event, a gallery or an entry, with what every page has.
    kainjow::mustache::data eventPage(const ExportEvent &event, bool isIndex) const;
    kainjow::mustache::data galleryPage(const ExportGallery &gallery, bool isIndex) const;
    // nullopt with *error when the entry's body needs a partial that fails.
    std::optional<kainjow::mustache::data> entryPage(const ExportEntry &entry, bool isIndex,
                                                     QString *error) const;

    // One photo as the _photo partial shows it. `sizes` is the img's sizes attribute (how wide
    // it is drawn); `group` the lightbox's sequence it belongs to.
    kainjow::mustache::data photo(qint64 photoId, const QString &sizes, const QString &group,
                                  const QString &caption = {}, const QString &alt = {}) const;
    // One gallery as the _gallery partial shows it: its board and notes.
    kainjow::mustache::data gallery(const ExportGallery &gallery) const;

    // Whether every file of the photo's images is inside the output folder.
    static bool staysInside(const PhotoRenditions &renditions);

private:
    kainjow::mustache::data common(const QString &pageTitle, bool isIndex) const;
    kainjow::mustache::data gallerySummary(const ExportGallery &gallery) const;
    kainjow::mustache::data entrySummary(const ExportEntry &entry) const;
    QString bodyHtml(const ExportEntry &entry, QString *error) const;
    QString indexTitle() const;

    const ExportContent &m_content;
    const QHash<qint64, PhotoRenditions> &m_images;
    const ExportOptions &m_options;
    const Links &m_links;
    const ThemeTemplates &m_templates;
    QHash<qint64, const ExportGallery *> m_galleriesById;
};
