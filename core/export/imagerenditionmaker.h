#pragma once

#include "core/export/exportcontent.h"
#include "core/export/exportmanifest.h"
#include "core/export/exportoptions.h"
#include "core/export/imagerendition.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The published images of one photo: decoded once (a JPEG by libjpeg at the smallest of its
// M/8 scales that still covers the largest size, anything else by PhotoDecoder), turned upright,
// then each size made from the one above it (the largest from the decode), encoded as JPEG with
// the metadata the options allow (PublishedMetadata). Thread-safe: the export runs one photo per
// thread of its pool. Files are "<folder>/<slug of the file name>-<photo id>-<longest side>.jpg",
// written atomically; the original's copy is "<folder>/<slug>-<photo id>-original.<ext>".
class ImageRenditionMaker
{
    Q_DECLARE_TR_FUNCTIONS(ImageRenditionMaker)

public:
    struct Result
    {
        PhotoRenditions renditions;
        QList<ExportManifestFile> files; // what is now in the folder for it, for the manifest
        int imagesMade = 0;              // files written now
    };

    // imageFolder: relative to options.outputDirectory ("images", or the Jekyll image folder).
    // A photo that cannot be published gives renditions.error and no files.
    static Result make(const ExportPhoto &photo, const ExportOptions &options,
                       const QString &imageFolder);

    // The images an earlier export made of this photo with these options, when every one of them
    // is still in the folder as it was written; nullopt when any must be made again.
    static std::optional<Result> reused(const ExportPhoto &photo, const ExportOptions &options,
                                        const QString &imageFolder, const ExportManifest &manifest);

    // The sizes asked for, largest first, each once and never 0 or less.
    static QList<int> sizeBounds(const ExportOptions &options);
};
