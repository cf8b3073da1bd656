#include "bench/generator/baseimagerenderer.h"

#include "bench/generator/benchrandom.h"

#include <QBuffer>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QRadialGradient>

#include <algorithm>
#include <cmath>
#include <vector>

namespace {

// Camera JPEG "fine" quality; with the grain below a 12 MP frame comes out at 3-5 MB.
constexpr int kJpegQuality = 94;
constexpr int kThumbnailQuality = 80;

QColor hsv(double hue, double saturation, double value)
{
    return QColor::fromHsvF(static_cast<float>(std::fmod(hue + 360.0, 360.0) / 360.0),
                            static_cast<float>(std::clamp(saturation, 0.0, 1.0)),
                            static_cast<float>(std::clamp(value, 0.0, 1.0)));
}

void paintScene(QImage &image, BenchRandom &random)
{
    const int width = image.width();
    const int height = image.height();
    const bool evening = random.chance(0.3);
    const double horizon = height * random.uniform(0.35, 0.6);

    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);

    QLinearGradient sky(0, 0, 0, horizon);
    if (evening) {
        sky.setColorAt(0, hsv(random.uniform(230, 260), 0.6, 0.25));
        sky.setColorAt(0.6, hsv(random.uniform(290, 330), 0.45, 0.55));
        sky.setColorAt(1, hsv(random.uniform(15, 35), 0.7, 0.9));
    } else {
        sky.setColorAt(0, hsv(random.uniform(200, 220), random.uniform(0.5, 0.7), 0.75));
        sky.setColorAt(1, hsv(random.uniform(190, 210), 0.15, 0.95));
    }
    painter.fillRect(QRectF(0, 0, width, horizon + 2), sky);

    // Hills or skyline, far layers paler, each a jagged silhouette.
    const double groundHue = random.uniform(20, 140);
    for (int layer = 0; layer < 3; ++layer) {
        QPainterPath path;
        const double base = horizon + layer * height * 0.04;
        path.moveTo(0, height);
        double x = 0;
        while (x <= width) {
            path.lineTo(x, base - random.uniform(0.02, 0.18) * height / (layer + 1));
            x += random.uniform(40, 220);
        }
        path.lineTo(width, height);
        path.closeSubpath();
        QLinearGradient fill(0, base - height * 0.2, 0, height);
        fill.setColorAt(0, hsv(groundHue + layer * 12, 0.25 + layer * 0.15,
                               (evening ? 0.35 : 0.7) - layer * 0.12));
        fill.setColorAt(1, hsv(groundHue + layer * 20, 0.5, (evening ? 0.1 : 0.3)));
        painter.fillPath(path, fill);
    }

    // Things in the scene: people-sized blobs, windows, bokeh lights, each softly shaded.
    const int objects = random.range(25, 70);
    for (int i = 0; i < objects; ++i) {
        const double cx = random.uniform(0, width);
        const double cy = random.uniform(horizon * 0.8, height);
        const double radius = random.uniform(20, 380);
        QRadialGradient shade(cx - radius / 3, cy - radius / 3, radius * 1.3);
        const QColor color = hsv(random.uniform(0, 360), random.uniform(0.2, 0.9),
                                 random.uniform(0.2, evening ? 1.0 : 0.9));
        shade.setColorAt(0, color.lighter(140));
        shade.setColorAt(1, color.darker(180));
        painter.setBrush(shade);
        if (random.chance(0.5))
            painter.drawEllipse(QPointF(cx, cy), radius, radius * random.uniform(0.6, 2.2));
        else
            painter.drawRoundedRect(QRectF(cx, cy, radius * 1.5, radius * random.uniform(0.5, 3)),
                                    radius / 8, radius / 8);
    }
}

// Smooth random variation on a lattice, interpolated per row: the mottling of foliage, walls and
// fabric that gives a photo its mid-frequency detail.
class ValueNoise
{
public:
    ValueNoise(int width, int height, int cell, BenchRandom &random)
        : m_cell(cell)
        , m_columns(width / cell + 2)
        , m_rows(height / cell + 2)
        , m_lattice(static_cast<size_t>(m_columns) * m_rows)
    {
        for (float &value : m_lattice)
            value = static_cast<float>(random.uniform(-1, 1));
        m_row.resize(m_columns);
    }

    // Prepares row y; then at(x) is cheap.
    void beginRow(int y)
    {
        const int cellRow = y / m_cell;
        const float t = smooth(static_cast<float>(y % m_cell) / m_cell);
        const float *top = &m_lattice[static_cast<size_t>(cellRow) * m_columns];
        const float *bottom = top + m_columns;
        for (int i = 0; i < m_columns; ++i)
            m_row[i] = top[i] + (bottom[i] - top[i]) * t;
    }

    float at(int x) const
    {
        const int cellColumn = x / m_cell;
        const float t = smooth(static_cast<float>(x % m_cell) / m_cell);
        return m_row[cellColumn] + (m_row[cellColumn + 1] - m_row[cellColumn]) * t;
    }

private:
    static float smooth(float t) { return t * t * (3 - 2 * t); }

    int m_cell;
    int m_columns;
    int m_rows;
    std::vector<float> m_lattice;
    std::vector<float> m_row;
};

// Texture at three scales plus per-pixel sensor grain (brightness and a little colour).
void addTextureAndGrain(QImage &image, BenchRandom &random)
{
    ValueNoise coarse(image.width(), image.height(), 48, random);
    ValueNoise medium(image.width(), image.height(), 7, random);
    ValueNoise fine(image.width(), image.height(), 3, random);
    quint64 grainState = random.next() | 1U;
    for (int y = 0; y < image.height(); ++y) {
        coarse.beginRow(y);
        medium.beginRow(y);
        fine.beginRow(y);
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            // xorshift64: a generator call per pixel must be cheap; 36 million of them per image.
            grainState ^= grainState << 13;
            grainState ^= grainState >> 7;
            grainState ^= grainState << 17;
            // Three uniform draws summed: grain of about 4 levels (sigma), roughly Gaussian.
            const int luma = static_cast<int>((grainState & 7U) + ((grainState >> 3) & 7U) +
                                              ((grainState >> 12) & 7U)) -
                             10;
            const int texture =
                static_cast<int>(coarse.at(x) * 14 + medium.at(x) * 7 + fine.at(x) * 5) + luma;
            const int chromaRed = static_cast<int>((grainState >> 8) & 3U) - 1;
            const int chromaBlue = static_cast<int>((grainState >> 10) & 3U) - 1;
            const QRgb pixel = line[x];
            line[x] = qRgb(std::clamp(qRed(pixel) + texture + chromaRed, 0, 255),
                           std::clamp(qGreen(pixel) + texture, 0, 255),
                           std::clamp(qBlue(pixel) + texture + chromaBlue, 0, 255));
        }
    }
}

QByteArray encodeJpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return bytes;
}

} // namespace

namespace BaseImageRenderer {

BaseImage render(int variant, quint64 seed)
{
    BenchRandom random(seed ^ (0x5851f42d4c957f2dULL * static_cast<quint64>(variant + 1)));
    QImage image(kPhotoSize, QImage::Format_RGB32);
    paintScene(image, random);
    addTextureAndGrain(image, random);
    BaseImage base;
    base.jpeg = encodeJpeg(image, kJpegQuality);
    base.thumbnail =
        encodeJpeg(image.scaled(kThumbnailSize, Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
                   kThumbnailQuality);
    return base;
}

} // namespace BaseImageRenderer
