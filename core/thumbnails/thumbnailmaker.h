#pragma once

#include "core/thumbnails/thumbnailqueue.h"

#include <QImage>
#include <QString>

class ThumbnailDiskCache;

struct ThumbnailResult
{
    ThumbnailJob job; // what was asked, without its source image
    QImage image;     // null when the photo could not be decoded
    QString error;    // translated; set when image is null
};

// The work of one job, on a worker thread: the disk cache, else a larger thumbnail scaled down,
// else a decode (which tries the file's embedded previews first, see PhotoDecoder); what was
// made is stored on disk for the next session.
class ThumbnailMaker
{
public:
    // disk may be null (no disk cache); so may the job's identity key (nothing to store under).
    static ThumbnailResult make(ThumbnailJob job, ThumbnailDiskCache *disk);
};
