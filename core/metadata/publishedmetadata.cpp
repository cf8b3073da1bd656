#include "core/metadata/publishedmetadata.h"

#include "core/metadata/exiv2compat.h"
#include "core/metadata/exiv2init.h"
#include "core/metadata/jpegsegments.h"

#include <QSet>

#include <mutex>

namespace {

constexpr int App1 = 0xe1;
constexpr int App2 = 0xe2;
constexpr int App13 = 0xed;
constexpr qsizetype MaximumPayload = 65533;

const QByteArray exifHeader("Exif\0\0", 6);
const QByteArray xmpHeader("http://ns.adobe.com/xap/1.0/\0", 29);
const QByteArray iccHeader("ICC_PROFILE\0", 12);
const QByteArray photoshopHeader("Photoshop 3.0\0", 14);

// What a published image may say with the private setting: how it was taken and whose it is.
// 0x8827 is ISOSpeedRatings in exiv2 0.27 and PhotographicSensitivity in newer tag tables.
const QSet<QString> &privateWhitelist()
{
    static const QSet<QString> keys = {
        QStringLiteral("Exif.Image.Make"),
        QStringLiteral("Exif.Image.Model"),
        QStringLiteral("Exif.Image.Artist"),
        QStringLiteral("Exif.Image.Copyright"),
        QStringLiteral("Exif.Image.ImageDescription"),
        QStringLiteral("Exif.Photo.ExifVersion"),
        // The colour space the pixels are in: how to show them, not who took them.
        QStringLiteral("Exif.Photo.ColorSpace"),
        QStringLiteral("Exif.Photo.LensMake"),
        QStringLiteral("Exif.Photo.LensModel"),
        QStringLiteral("Exif.Photo.LensSpecification"),
        QStringLiteral("Exif.Photo.ExposureTime"),
        QStringLiteral("Exif.Photo.ExposureProgram"),
        QStringLiteral("Exif.Photo.ExposureBiasValue"),
        QStringLiteral("Exif.Photo.ExposureMode"),
        QStringLiteral("Exif.Photo.FNumber"),
        QStringLiteral("Exif.Photo.ISOSpeedRatings"),
        QStringLiteral("Exif.Photo.PhotographicSensitivity"),
        QStringLiteral("Exif.Photo.FocalLength"),
        QStringLiteral("Exif.Photo.FocalLengthIn35mmFilm"),
        QStringLiteral("Exif.Photo.DateTimeOriginal"),
        QStringLiteral("Exif.Photo.SubSecTimeOriginal"),
        QStringLiteral("Exif.Photo.OffsetTimeOriginal"),
        QStringLiteral("Exif.Photo.DateTimeDigitized"),
        QStringLiteral("Exif.Photo.SubSecTimeDigitized"),
        QStringLiteral("Exif.Photo.OffsetTimeDigitized"),
        QStringLiteral("Exif.Photo.OffsetTime"),
    };
    return keys;
}

QByteArray toBytes(const std::string &text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

// The APP2 ICC_PROFILE segments of a JPEG, as they are (each keeps its chunk number).
QList<QByteArrayView> iccSegmentsOf(QByteArrayView bytes)
{
    QList<QByteArrayView> segments;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype at = 2;
    while (at + 4 <= size && p[at] == 0xff) {
        const unsigned char marker = p[at + 1];
        if (marker == 0xda || marker == 0xd9)
            break;
        if (marker == 0xff) {
            ++at;
            continue;
        }
        const qsizetype length = (qsizetype(p[at + 2]) << 8) | p[at + 3];
        if (length < 2 || at + 2 + length > size)
            break;
        const QByteArrayView payload = bytes.sliced(at + 4, length - 2);
        if (marker == App2 && payload.startsWith(iccHeader))
            segments.append(payload);
        at += 2 + length;
    }
    return segments;
}

// A profile in as many APP2 chunks as it needs ("ICC_PROFILE\0", number, count, data).
QList<JpegAppSegment> iccSegments(const QByteArray &profile)
{
    QList<JpegAppSegment> segments;
    constexpr qsizetype chunk = MaximumPayload - 14;
    const qsizetype count = (profile.size() + chunk - 1) / chunk;
    if (count == 0 || count > 255)
        return segments;
    for (qsizetype i = 0; i < count; ++i) {
        QByteArray payload = iccHeader;
        payload.append(char(i + 1));
        payload.append(char(count));
        payload.append(profile.mid(i * chunk, chunk));
        segments.append({App2, payload});
    }
    return segments;
}

// The orientation is applied to the pixels; the EXIF thumbnail (IFD1) would show them as they
// were stored and is not wanted at all.
void makeUpright(Exiv2::ExifData &exif)
{
    Exiv2::ExifThumb(exif).erase();
    for (auto it = exif.begin(); it != exif.end();) {
        if (it->groupName() == "Thumbnail" || it->groupName() == "Image2")
            it = exif.erase(it);
        else
            ++it;
    }
    exif["Exif.Image.Orientation"] = uint16_t(1);
}

Exiv2::ExifData whitelisted(const Exiv2::ExifData &source)
{
    Exiv2::ExifData kept;
    for (const Exiv2::Exifdatum &datum : source) {
        if (privateWhitelist().contains(QString::fromStdString(datum.key())))
            kept.add(datum);
    }
    return kept;
}

void removeMakerNotes(Exiv2::ExifData &exif)
{
    for (auto it = exif.begin(); it != exif.end();) {
        if (Exiv2::ExifTags::isMakerGroup(it->groupName()) || it->key() == "Exif.Photo.MakerNote")
            it = exif.erase(it);
        else
            ++it;
    }
}

// The EXIF APP1 payload, or empty when even without maker notes it does not fit one segment.
QByteArray exifPayload(Exiv2::ExifData exif)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        Exiv2::Blob blob;
        Exiv2::ExifParser::encode(blob, Exiv2::littleEndian, exif);
        if (qsizetype(blob.size()) + exifHeader.size() <= MaximumPayload) {
            QByteArray payload = exifHeader;
            payload.append(reinterpret_cast<const char *>(blob.data()), qsizetype(blob.size()));
            return payload;
        }
        // Maker notes are what makes an EXIF block large; without them it fits.
        removeMakerNotes(exif);
    }
    return {};
}

QByteArray xmpPayload(const Exiv2::XmpData &xmp)
{
    if (xmp.empty())
        return {};
    std::string packet;
    {
        const std::lock_guard lock(xmpToolkitMutex());
        if (Exiv2::XmpParser::encode(packet, xmp, Exiv2::XmpParser::useCompactFormat) != 0)
            return {};
    }
    QByteArray payload = xmpHeader + toBytes(packet);
    // An XMP packet larger than one segment needs Extended XMP, which few readers follow: such a
    // packet is left out rather than cut.
    return payload.size() <= MaximumPayload ? payload : QByteArray();
}

Exiv2::XmpData privateXmp(const QString &title, const QString &description)
{
    Exiv2::XmpData xmp;
    if (!title.isEmpty())
        xmp["Xmp.dc.title"] = "lang=x-default " + title.toStdString();
    if (!description.isEmpty())
        xmp["Xmp.dc.description"] = "lang=x-default " + description.toStdString();
    return xmp;
}

QByteArray iptcPayload(const Exiv2::IptcData &iptc)
{
    if (iptc.empty())
        return {};
    const Exiv2::DataBuf encoded = Exiv2::IptcParser::encode(iptc);
    const auto [data, size] = Exiv2Compat::bytesOf(encoded);
    if (size == 0)
        return {};
    // One Photoshop image resource, "8BIM" 0x0404 with an empty name, padded to an even size.
    QByteArray payload = photoshopHeader;
    payload.append("8BIM\x04\x04\0\0", 8);
    const quint32 length = quint32(size);
    payload.append(char(length >> 24)).append(char(length >> 16)).append(char(length >> 8));
    payload.append(char(length));
    payload.append(data, qsizetype(size));
    if (size % 2)
        payload.append('\0');
    return payload.size() <= MaximumPayload ? payload : QByteArray();
}

} // namespace

struct PublishedMetadata::Data
{
    Privacy privacy = Privacy::Private;
    Exiv2::ExifData exif;            // upright, filtered; the pixel size is set per image
    QByteArray privateExif;          // Private: the same for every size, so encoded once
    QList<JpegAppSegment> following; // XMP, IPTC, ICC
};

PublishedMetadata PublishedMetadata::read(const QString &path, QByteArrayView fileBytes,
                                          Privacy privacy, const QString &title,
                                          const QString &description, const QByteArray &iccProfile)
{
    ensureExiv2Initialized();
    auto data = std::make_shared<Data>();
    data->privacy = privacy;
    Exiv2::ExifData exif;
    Exiv2::XmpData xmp;
    Exiv2::IptcData iptc;
    QList<JpegAppSegment> icc;
    try {
        if (!fileBytes.isEmpty()) {
            // A JPEG: its segments straight to exiv2's parsers, without exiv2's image layer
            // (and its slow XMP decoder when the XMP is not wanted).
            const JpegSegments segments = scanJpegSegments(fileBytes);
            if (!segments.exif.isEmpty())
                Exiv2Compat::decodeExif(exif,
                                        reinterpret_cast<const std::byte *>(segments.exif.data()),
                                        std::size_t(segments.exif.size()));
            if (privacy == Privacy::Everything) {
                if (!segments.xmp.isEmpty()) {
                    const std::lock_guard lock(xmpToolkitMutex());
                    Exiv2::XmpParser::decode(
                        xmp, std::string(segments.xmp.data(), std::size_t(segments.xmp.size())));
                }
                QByteArray storage;
                const QByteArrayView iim = iptcFromPhotoshop(segments.photoshop, storage);
                if (!iim.isEmpty())
                    Exiv2Compat::decodeIptc(iptc, reinterpret_cast<const std::byte *>(iim.data()),
                                            std::size_t(iim.size()));
            }
            for (const QByteArrayView segment : iccSegmentsOf(fileBytes))
                icc.append({App2, segment.toByteArray()});
        } else {
            const std::lock_guard lock(xmpToolkitMutex());
            auto image = Exiv2::ImageFactory::open(path.toStdString());
            image->readMetadata();
            exif = image->exifData();
            xmp = image->xmpData();
            iptc = image->iptcData();
        }
    } catch (const Exiv2Compat::Error &) {
        exif.clear();
        xmp.clear();
        iptc.clear();
    } catch (const std::exception &) {
        exif.clear();
        xmp.clear();
        iptc.clear();
    }
    if (icc.isEmpty() && !iccProfile.isEmpty())
        icc = iccSegments(iccProfile);

    try {
        if (privacy == Privacy::Private) {
            data->exif = whitelisted(exif);
            makeUpright(data->exif);
            data->privateExif = exifPayload(data->exif);
            xmp = privateXmp(title, description);
        } else {
            data->exif = exif;
            makeUpright(data->exif);
            if (xmp.findKey(Exiv2::XmpKey("Xmp.tiff.Orientation")) != xmp.end())
                xmp["Xmp.tiff.Orientation"] = "1";
        }
        if (const QByteArray payload = xmpPayload(xmp); !payload.isEmpty())
            data->following.append({App1, payload});
        if (privacy == Privacy::Everything) {
            if (const QByteArray payload = iptcPayload(iptc); !payload.isEmpty())
                data->following.append({App13, payload});
        }
    } catch (const Exiv2Compat::Error &) {
        data->following.clear();
    } catch (const std::exception &) {
        data->following.clear();
    }
    data->following.append(icc);
    PublishedMetadata metadata;
    metadata.m_data = std::move(data);
    return metadata;
}

QList<JpegAppSegment> PublishedMetadata::segments(QSize pixelSize) const
{
    QList<JpegAppSegment> segments;
    if (!m_data)
        return segments;
    QByteArray exif = m_data->privateExif;
    if (m_data->privacy == Privacy::Everything) {
        try {
            Exiv2::ExifData sized = m_data->exif;
            // Only where the source said it: the size of this image, not the original's.
            if (sized.findKey(Exiv2::ExifKey("Exif.Photo.PixelXDimension")) != sized.end())
                sized["Exif.Photo.PixelXDimension"] = uint32_t(pixelSize.width());
            if (sized.findKey(Exiv2::ExifKey("Exif.Photo.PixelYDimension")) != sized.end())
                sized["Exif.Photo.PixelYDimension"] = uint32_t(pixelSize.height());
            exif = exifPayload(sized);
        } catch (const Exiv2Compat::Error &) {
            exif.clear();
        } catch (const std::exception &) {
            exif.clear();
        }
    }
    if (!exif.isEmpty())
        segments.append({App1, exif});
    segments.append(m_data->following);
    return segments;
}
