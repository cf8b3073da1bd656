#pragma once

#include <QtGlobal>

#include <array>

// The sizes thumbnails are made and cached at, in device pixels (the longest edge). A view asks
// for any size; rounding it up to a bucket keeps a zoom slider from making a new thumbnail at
// every step, and the view scales the bucket down to what it paints.
namespace ThumbnailBucket {

inline constexpr std::array<int, 4> sizes{128, 256, 512, 1024};

// The smallest bucket at least pixelSize; the largest for anything bigger (a thumbnail larger
// than 1024 px is the full-screen viewer's job).
constexpr int forPixelSize(int pixelSize)
{
    for (const int size : sizes) {
        if (pixelSize <= size)
            return size;
    }
    return sizes.back();
}

} // namespace ThumbnailBucket
