#pragma once

#include <QImage>
#include <QSize>

// EXIF orientation (1-8): how the stored pixels must be turned to be seen upright. Values outside
// 1-8 (a missing or damaged tag) mean "as stored". Photos are decoded in their stored orientation
// and turned last, when they are small.
namespace ExifOrientation {

// 5-8 turn the picture a quarter, so the displayed width is the stored height.
bool swapsAxes(int orientation);
// The size of a stored image once shown upright, or of a displayed size once stored.
QSize displayedSize(QSize storedSize, int orientation);
// The stored pixels turned upright.
QImage applied(const QImage &stored, int orientation);

} // namespace ExifOrientation
