#pragma once

#include <QByteArray>
#include <QSize>

// One encoded photograph that many bench photos share, and the EXIF thumbnail that goes with it.
struct BaseImage
{
    QByteArray jpeg;      // 12 MP, no metadata yet
    QByteArray thumbnail; // 160x120 JPEG, as cameras embed in IFD1
};

namespace BaseImageRenderer {

inline constexpr QSize kPhotoSize{4000, 3000};
inline constexpr QSize kThumbnailSize{160, 120};

// Paints a landscape-like scene (sky, hills, ground, lights and blobs) and covers it with
// texture and sensor grain, so that it compresses like a photograph (a few MB at the quality
// cameras use) rather than like a flat test card. Deterministic for (variant, seed).
BaseImage render(int variant, quint64 seed);

} // namespace BaseImageRenderer
