#pragma once

#include "core/export/exportcontent.h"
#include "core/export/exportoptions.h"
#include "core/export/exportreport.h"
#include "core/export/imagerendition.h"

#include <QCoreApplication>
#include <QHash>

// A Jekyll post of an export, as the reference post is written by hand: _posts/YYYY-MM-DD-slug.md
// with its front matter (layout, title, author, categories, tags, image path/width/height/alt),
// the body in Markdown with photo references turned into the published images' URLs, and each
// gallery as the `<div class="full-screen-gallery stickynote">` list the reference's theme styles.
// The images are under options.jekyllImageFolder (what ImageRenditionMaker made).
class JekyllPostWriter
{
    Q_DECLARE_TR_FUNCTIONS(JekyllPostWriter)

public:
    static bool write(const ExportContent &content, const QHash<qint64, PhotoRenditions> &images,
                      const ExportOptions &options, ExportReport &report);
};
