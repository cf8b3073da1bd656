#include "core/galleries/noteplacement.h"

#include <cmath>
#include <numbers>

QRectF NotePlacement::bounds() const
{
    const double radians = rotation * std::numbers::pi / 180.0;
    const double c = std::abs(std::cos(radians));
    const double s = std::abs(std::sin(radians));
    const double width = rect.width() * c + rect.height() * s;
    const double height = rect.width() * s + rect.height() * c;
    const QPointF centre = rect.center();
    return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height);
}
