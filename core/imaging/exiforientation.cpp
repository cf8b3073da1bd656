#include "core/imaging/exiforientation.h"

#include <QTransform>

namespace ExifOrientation {

bool swapsAxes(int orientation)
{
    return orientation >= 5 && orientation <= 8;
}

QSize displayedSize(QSize storedSize, int orientation)
{
    return swapsAxes(orientation) ? storedSize.transposed() : storedSize;
}

QImage applied(const QImage &stored, int orientation)
{
    // The tag names where the stored first row and first column belong: 2 and 4 mirror, 3 turns
    // half a turn, 6 and 8 a quarter; 5 (transpose) and 7 (transverse) are a quarter turn
    // clockwise followed by a mirror. QImage rotates quarter turns with its fast memrotate.
    const auto quarterTurn = [&stored](qreal degrees) {
        return stored.transformed(QTransform().rotate(degrees));
    };
    switch (orientation) {
    case 2:
        return stored.mirrored(true, false);
    case 3:
        return stored.mirrored(true, true);
    case 4:
        return stored.mirrored(false, true);
    case 5:
        return quarterTurn(90).mirrored(true, false);
    case 6:
        return quarterTurn(90);
    case 7:
        return quarterTurn(90).mirrored(false, true);
    case 8:
        return quarterTurn(270);
    default:
        return stored;
    }
}

} // namespace ExifOrientation
