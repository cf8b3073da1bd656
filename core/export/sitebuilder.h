#pragma once

#include "core/export/exportcontent.h"
#include "core/export/exportoptions.h"
#include "core/export/exportreport.h"
#include "core/export/imagerendition.h"

#include <QCoreApplication>
#include <QHash>

// The static site of an export: index.html (the subject), a page per journal entry and per
// gallery, the theme's assets, all linked relatively so the folder works from the disk and on any
// host. Pages come from the theme's Mustache templates; every text from the catalog is escaped
// where it lands. A page whose text is unchanged is not rewritten.
class SiteBuilder
{
    Q_DECLARE_TR_FUNCTIONS(SiteBuilder)

public:
    // Writes into options.outputDirectory; images are what ImageRenditionMaker made, by photo id.
    // Returns false with report.error set when the theme or the folder fails.
    static bool build(const ExportContent &content, const QHash<qint64, PhotoRenditions> &images,
                      const ExportOptions &options, ExportReport &report);
};
