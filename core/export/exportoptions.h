#pragma once

#include "core/export/exportsubject.h"

#include <QList>
#include <QString>

enum class ExportFormat
{
    Html,   // a static site: index.html, entry and gallery pages, images/, assets/
    Jekyll, // _posts/YYYY-MM-DD-slug.md and the resized images under jekyllImageFolder
};

// Everything the export dialog and `corkboard-cli export` let the user choose.
struct ExportOptions
{
    ExportFormat format = ExportFormat::Html;
    ExportSubject subject;
    QString outputDirectory; // absolute; made when missing

    // A theme's folder name: a user theme (ExportTheme::availableThemes(), under
    // ExportTheme::userThemesDirectory()) laid over the built-in one file by file.
    QString theme = QStringLiteral("default");

    // Every photo is published at each of these sizes (the longest side, in pixels, never scaled
    // up), from one decode: the small ones fill the pages through srcset, the largest is what the
    // lightbox and a plain link open. 2000 rather than 2048: libjpeg decodes the usual 4000-pixel
    // photo straight to 2000 at its SIMD 1/2 scale, where 2048 needs its plain-C 5/8 scale and a
    // resize, a third more CPU per photo (docs/performance.md, "Publishing").
    QList<int> imageSizes = {480, 1024, 2000};
    int jpegQuality = 85; // 1..100

    // GPS position, camera and lens serial numbers and owner names left out of the published
    // images (the default, as the dialog says); the rest of the EXIF (camera, exposure, date)
    // stays. Off: the published images keep all their metadata.
    bool stripPrivateMetadata = true;
    bool includeOriginals = false; // copy each original file beside its resized images
    bool showExifLine = true;      // "Canon EOS 5D · 35 mm · f/2.8 · 1/200 s · ISO 400" under
                                   // each photo in the lightbox

    // Jekyll only: the folder under the site's root that holds the images, and so the start of
    // their URLs ("posts" gives /posts/kubecon_2.jpg, as the reference post has them).
    QString jekyllImageFolder = QStringLiteral("posts");

    friend bool operator==(const ExportOptions &, const ExportOptions &) = default;
};
