#include "tools/demo-photos/daylight.h"

#include <algorithm>

QColor mixColors(const QColor &a, const QColor &b, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    const auto mix = [t](int x, int y) { return static_cast<int>(x + (y - x) * t + 0.5); };
    return QColor(mix(a.red(), b.red()), mix(a.green(), b.green()), mix(a.blue(), b.blue()),
                  mix(a.alpha(), b.alpha()));
}

QColor inLight(const QColor &color, const QColor &light)
{
    return QColor(color.red() * light.red() / 255, color.green() * light.green() / 255,
                  color.blue() * light.blue() / 255);
}

Daylight Daylight::at(TimeOfDay time)
{
    // Hand-picked from photographs of the Mediterranean coast in late spring.
    switch (time) {
    case TimeOfDay::Dawn:
        return {QColor(0x4a5a8c),
                QColor(0xc9a2b8),
                QColor(0xf8c39a),
                QColor(0xffe2b8),
                0.08,
                QColor(0xf3b9a8),
                QColor(0x8e8fb0),
                QColor(0x3d4a6e),
                QColor(0x8b86a6),
                QColor(0x463f5c),
                QColor(0xf6d2c0),
                false,
                false};
    case TimeOfDay::Morning:
        return {QColor(0x4f8fd6),
                QColor(0x8dbde8),
                QColor(0xd6ecf7),
                QColor(0xfffbee),
                0.45,
                QColor(0xffffff),
                QColor(0x6fb3d9),
                QColor(0x1f6f9e),
                QColor(0x9fb7c7),
                QColor(0x4d6a58),
                QColor(0xfff4e6),
                false,
                false};
    case TimeOfDay::Midday:
        return {QColor(0x2a76d2),
                QColor(0x5fa4e6),
                QColor(0xb6dcf4),
                QColor(0xffffff),
                0.85,
                QColor(0xffffff),
                QColor(0x3aa2cf),
                QColor(0x11698f),
                QColor(0x8fb0c4),
                QColor(0x3f6b4f),
                QColor(0xffffff),
                false,
                false};
    case TimeOfDay::Afternoon:
        return {QColor(0x3a80cc),
                QColor(0x78b0e0),
                QColor(0xdbe9ef),
                QColor(0xfff6dc),
                0.55,
                QColor(0xfffaf0),
                QColor(0x4a9fc8),
                QColor(0x1a5f88),
                QColor(0xa3b3bf),
                QColor(0x4a6650),
                QColor(0xfff0d8),
                false,
                false};
    case TimeOfDay::GoldenHour:
        return {QColor(0x5a7fb5),
                QColor(0xc8b49a),
                QColor(0xffcf7a),
                QColor(0xfff0b8),
                0.18,
                QColor(0xffe0b0),
                QColor(0xd9a96a),
                QColor(0x3f5f80),
                QColor(0xb49a8a),
                QColor(0x5a4640),
                QColor(0xffd9a0),
                false,
                false};
    case TimeOfDay::Sunset:
        return {QColor(0x34386e),
                QColor(0xc4527a),
                QColor(0xff9a4d),
                QColor(0xffe08a),
                0.04,
                QColor(0xf08a8a),
                QColor(0xe07a5a),
                QColor(0x3a2f58),
                QColor(0x7a4a6a),
                QColor(0x2e1f38),
                QColor(0xffb08a),
                true,
                false};
    case TimeOfDay::BlueHour:
        return {QColor(0x121c4a),
                QColor(0x2f3f84),
                QColor(0x8a7fb0),
                QColor(0xf2f0e0),
                0.55,
                QColor(0x5a5f94),
                QColor(0x3b4680),
                QColor(0x141c40),
                QColor(0x2e3566),
                QColor(0x121630),
                QColor(0x8f93c0),
                true,
                false};
    case TimeOfDay::Night:
        return {QColor(0x050818),
                QColor(0x0d1434),
                QColor(0x243060),
                QColor(0xf4f1dc),
                0.7,
                QColor(0x2a3058),
                QColor(0x1a2450),
                QColor(0x060a1c),
                QColor(0x141a38),
                QColor(0x070910),
                QColor(0x5a5f80),
                true,
                true};
    }
    return at(TimeOfDay::Midday);
}
