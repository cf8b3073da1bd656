#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QSize>
#include <QString>

// A picture a camera or an editor stored inside a photo file beside the photo itself: EXIF
// thumbnails, maker-note previews, a RAW file's JPEG renderings, TIFF sub-images.
struct EmbeddedPreview
{
    QByteArray data;   // the encoded preview; empty when there is none
    QByteArray format; // QImageReader's name for it: "jpeg", "tiff"...
    QSize size;        // in the photo's stored orientation

    bool isNull() const { return data.isEmpty(); }
};

struct EmbeddedPreviewResult
{
    EmbeddedPreview preview;
    QSize photoSize; // the photo's stored size as exiv2 reads it; invalid when not stated
    QString error;   // translated; set when the file could not be read at all
};

// Finds embedded previews with exiv2's PreviewManager, which knows where each camera maker puts
// them (that is why RAW thumbnails come from here). Every exiv2 exception becomes an error value.
// Thread-safe: one reader may be used from many threads at once.
class EmbeddedPreviewReader
{
    Q_DECLARE_TR_FUNCTIONS(EmbeddedPreviewReader)

public:
    enum class Fallback
    {
        None,    // no preview unless one is big enough
        Largest, // else the largest there is (a RAW file has nothing better to show)
    };

    EmbeddedPreviewReader();

    // The smallest preview big enough for boundingSize (in the stored orientation: scaled down
    // to fit it, the preview is not enlarged) that shows the whole picture: its shape must match
    // photoShape, or when that is invalid the largest preview's (cameras letterbox the small
    // thumbnails of 3:2 photos into 4:3 ones with black bars). An invalid boundingSize takes the
    // largest. `bytes` may be the whole file or, for a JPEG, its segments up to the scan.
    EmbeddedPreviewResult read(QByteArrayView bytes, QSize boundingSize, QSize photoShape = {},
                               Fallback fallback = Fallback::None) const;
};
