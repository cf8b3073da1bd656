#include "tests/support/testphotofactory.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>

#include <exiv2/exiv2.hpp>

namespace {

QImage makeImage(const TestPhotoSpec &spec)
{
    QImage image(spec.size, QImage::Format_RGB32);
    image.fill(spec.color);
    // A few seeded rectangles so that photos differ in content, not only in their tags.
    QPainter painter(&image);
    quint32 state = static_cast<quint32>(spec.seed) * 2654435761U + 1U;
    for (int i = 0; i < 6; ++i) {
        state = state * 1664525U + 1013904223U;
        const int x = static_cast<int>(state % static_cast<quint32>(spec.size.width()));
        const int y = static_cast<int>((state >> 8) % static_cast<quint32>(spec.size.height()));
        painter.fillRect(x, y, spec.size.width() / 4 + 1, spec.size.height() / 4 + 1,
                         QColor::fromRgb(state | 0xff000000U));
    }
    return image;
}

void applyTags(Exiv2::Image &image, const QList<QPair<QString, QString>> &tags)
{
    Exiv2::ExifData &exif = image.exifData();
    Exiv2::XmpData &xmp = image.xmpData();
    Exiv2::IptcData &iptc = image.iptcData();
    for (const auto &[key, value] : tags) {
        const std::string k = key.toStdString();
        const std::string v = value.toStdString();
        if (key.startsWith(QLatin1String("Exif."))) {
            exif[k] = v;
        } else if (key.startsWith(QLatin1String("Xmp."))) {
            // "a;b;c" on a bag/seq key adds several items.
            if (key.endsWith(QLatin1String("subject")) || key.endsWith(QLatin1String("Keywords"))) {
                auto bag = Exiv2::Value::create(Exiv2::xmpBag);
                for (const QString &item : value.split(QLatin1Char(';')))
                    bag->read(item.toStdString());
                xmp.add(Exiv2::XmpKey(k), bag.get());
            } else {
                xmp[k] = v;
            }
        } else if (key.startsWith(QLatin1String("Iptc."))) {
            for (const QString &item : value.split(QLatin1Char(';'))) {
                auto datum = Exiv2::Value::create(Exiv2::IptcDataSets::dataSetType(
                    Exiv2::IptcKey(k).tag(), Exiv2::IptcKey(k).record()));
                datum->read(item.toStdString());
                iptc.add(Exiv2::IptcKey(k), datum.get());
            }
        }
    }
}

QByteArray encode(const QImage &image, const QByteArray &format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format.constData(), 90);
    return bytes;
}

} // namespace

namespace TestPhotoFactory {

QString write(const QString &path, const TestPhotoSpec &spec)
{
    const QByteArray encoded = encode(makeImage(spec), spec.format);
    if (encoded.isEmpty())
        return QStringLiteral("could not encode %1").arg(QString::fromLatin1(spec.format));
    try {
        // exiv2 edits the bytes in memory; we write them through QFile so any path works.
        auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(encoded.constData()),
                                               static_cast<long>(encoded.size()));
        image->readMetadata();
        applyTags(*image, spec.tags);
        image->writeMetadata();
        Exiv2::BasicIo &io = image->io();
        io.seek(0, Exiv2::BasicIo::beg);
        const Exiv2::DataBuf data = io.read(static_cast<long>(io.size()));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return file.errorString();
        file.write(reinterpret_cast<const char *>(data.pData_), data.size_);
        return {};
    } catch (const Exiv2::AnyError &error) {
        return QString::fromStdString(error.what());
    }
}

QString writeSidecar(const QString &path, const QList<QPair<QString, QString>> &xmpTags)
{
    try {
        Exiv2::XmpData xmp;
        for (const auto &[key, value] : xmpTags) {
            if (key.endsWith(QLatin1String("subject"))) {
                auto bag = Exiv2::Value::create(Exiv2::xmpBag);
                for (const QString &item : value.split(QLatin1Char(';')))
                    bag->read(item.toStdString());
                xmp.add(Exiv2::XmpKey(key.toStdString()), bag.get());
            } else {
                xmp[key.toStdString()] = value.toStdString();
            }
        }
        std::string packet;
        if (Exiv2::XmpParser::encode(packet, xmp) != 0)
            return QStringLiteral("could not encode the XMP packet");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return file.errorString();
        file.write(packet.data(), static_cast<qint64>(packet.size()));
        return {};
    } catch (const Exiv2::AnyError &error) {
        return QString::fromStdString(error.what());
    }
}

} // namespace TestPhotoFactory
