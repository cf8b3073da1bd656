#pragma once

#include <QSize>
#include <QtGlobal>

// When a smaller picture stored beside a photo (an EXIF thumbnail, an MPF large thumbnail, a
// HEIF thumbnail item) may stand in for it. Private to core/imaging.
namespace PreviewFit {

// Scaled down to fit boundingSize, the preview would not be enlarged: it reaches the box's width
// or its height. An invalid boundingSize (full size) wants the photo itself.
inline bool bigEnough(QSize preview, QSize boundingSize)
{
    return boundingSize.isValid() && !preview.isEmpty() &&
           (preview.width() >= boundingSize.width() || preview.height() >= boundingSize.height());
}

// The same shape within 2 %, so the preview shows the whole picture: cameras letterbox the
// thumbnails of 3:2 photos into 4:3 ones with black bars, and previews are rounded to whole
// pixels (HEVC-coded ones to even sizes).
inline bool sameShape(QSize a, QSize b)
{
    if (a.isEmpty() || b.isEmpty())
        return false;
    return qAbs(double(a.width()) * b.height() - double(a.height()) * b.width()) <=
           0.02 * double(a.width()) * b.height();
}

} // namespace PreviewFit
