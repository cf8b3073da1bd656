#include "tests/support/testphotofactory.h"

#include "core/metadata/exiv2compat.h"
#include "core/metadata/metadatareader.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTest>

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

// The Windows Explorer tags (XPTitle, XPKeywords...) are BYTE arrays holding UCS-2LE text; exiv2
// parses BYTE values from a list of numbers (and fails on a trailing space).
std::string ucs2ByteList(const QString &text)
{
    std::string list;
    for (const QChar c : text + QChar(0)) {
        if (!list.empty())
            list += ' ';
        list += std::to_string(c.unicode() & 0xff) + ' ' + std::to_string(c.unicode() >> 8);
    }
    return list;
}

// Bags and sequences get one item per ';'-separated part; everything else one value.
void addXmp(Exiv2::XmpData &xmp, const QString &key, const QString &value)
{
    const Exiv2::XmpKey xmpKey(key.toStdString());
    const Exiv2::TypeId type = Exiv2::XmpProperties::propertyType(xmpKey);
    if (type == Exiv2::xmpBag || type == Exiv2::xmpSeq) {
        auto array = Exiv2::Value::create(type);
        for (const QString &item : value.split(QLatin1Char(';')))
            array->read(item.toStdString());
        xmp.add(xmpKey, array.get());
    } else {
        xmp[key.toStdString()] = value.toStdString();
    }
}

void applyTags(Exiv2::Image &image, const QList<QPair<QString, QString>> &tags)
{
    Exiv2::ExifData &exif = image.exifData();
    Exiv2::XmpData &xmp = image.xmpData();
    Exiv2::IptcData &iptc = image.iptcData();
    for (const auto &[key, value] : tags) {
        const std::string k = key.toStdString();
        if (key.startsWith(QLatin1String("Exif.Image.XP"))) {
            exif[k] = ucs2ByteList(value);
        } else if (key.startsWith(QLatin1String("Exif."))) {
            exif[k] = value.toStdString();
        } else if (key.startsWith(QLatin1String("Xmp."))) {
            addXmp(xmp, key, value);
        } else if (key.startsWith(QLatin1String("Iptc."))) {
            const Exiv2::IptcKey iptcKey(k);
            for (const QString &item : value.split(QLatin1Char(';'))) {
                auto datum = Exiv2::Value::create(
                    Exiv2::IptcDataSets::dataSetType(iptcKey.tag(), iptcKey.record()));
                datum->read(item.toStdString());
                iptc.add(iptcKey, datum.get());
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

// exiv2's XMP toolkit must be set up with its lock before anything uses it; MetadataReader's
// constructor does that, once per process.
void initializeExiv2()
{
    static const MetadataReader reader;
    Q_UNUSED(reader);
}

} // namespace

namespace TestPhotoFactory {

MetadataReadResult writeAndRead(const QString &path, const TestPhotoSpec &spec,
                                const MetadataReader &reader)
{
    const QString error = write(path, spec);
    if (!error.isEmpty()) {
        MetadataReadResult failed;
        failed.error = QStringLiteral("test photo not written: ") + error;
        return failed;
    }
    return reader.read(path);
}

QString currentPhotoName()
{
    return QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".jpg");
}

QString write(const QString &path, const TestPhotoSpec &spec)
{
    initializeExiv2();
    const QByteArray encoded = encode(makeImage(spec), spec.format);
    if (encoded.isEmpty())
        return QStringLiteral("could not encode %1").arg(QString::fromLatin1(spec.format));
    try {
        // exiv2 edits the bytes in memory; we write them through QFile so any path works.
        auto image = Exiv2Compat::openImage(
            reinterpret_cast<const std::byte *>(encoded.constData()), std::size_t(encoded.size()));
        image->readMetadata();
        applyTags(*image, spec.tags);
        image->writeMetadata();
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return file.errorString();
        Exiv2Compat::copyIo(image->io(), file);
        return {};
    } catch (const std::exception &error) {
        return QString::fromUtf8(error.what());
    }
}

QString writeSidecar(const QString &path, const QList<QPair<QString, QString>> &xmpTags)
{
    initializeExiv2();
    try {
        Exiv2::XmpData xmp;
        for (const auto &[key, value] : xmpTags)
            addXmp(xmp, key, value);
        std::string packet;
        if (Exiv2::XmpParser::encode(packet, xmp) != 0)
            return QStringLiteral("could not encode the XMP packet");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return file.errorString();
        file.write(packet.data(), static_cast<qint64>(packet.size()));
        return {};
    } catch (const std::exception &error) {
        return QString::fromUtf8(error.what());
    }
}

} // namespace TestPhotoFactory
