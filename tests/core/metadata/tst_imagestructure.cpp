#include "core/metadata/bmffboxes.h"
#include "core/metadata/imagestructure.h"
#include "core/metadata/jpegsegments.h"

#include <QTest>

Q_DECLARE_METATYPE(ImageFormat)
Q_DECLARE_METATYPE(ImageStructure)

namespace {

QByteArray bytes(std::initializer_list<quint32> values)
{
    QByteArray result;
    for (const quint32 value : values)
        result.append(char(value & 0xff));
    return result;
}

QByteArray be16(quint16 v)
{
    return bytes({quint32(v) >> 8, v});
}

QByteArray be32(quint32 v)
{
    return bytes({v >> 24, v >> 16, v >> 8, v});
}

QByteArray le32(quint32 v)
{
    return bytes({v, v >> 8, v >> 16, v >> 24});
}

QByteArray segment(unsigned char marker, const QByteArray &payload)
{
    return bytes({0xff, marker}) + be16(quint16(payload.size() + 2)) + payload;
}

QByteArray box(const char *type, const QByteArray &payload)
{
    return be32(quint32(payload.size() + 8)) + QByteArray(type, 4) + payload;
}

QByteArray fullBox(const char *type, int version, const QByteArray &payload)
{
    return box(type, bytes({quint32(version), 0, 0, 0}) + payload);
}

QByteArray ispe(quint32 width, quint32 height)
{
    return fullBox("ispe", 0, be32(width) + be32(height));
}

QByteArray infe(quint16 id, const char *type, const QByteArray &extra = {})
{
    return fullBox("infe", 2,
                   be16(id) + be16(0) + QByteArray(type, 4) + QByteArray(1, '\0') + extra);
}

const QByteArray tiffHeader("II*\0\x08\0\0\0", 8);
const QByteArray exifPayload = QByteArray("Exif\0\0", 6) + tiffHeader + QByteArray("\x01\0", 2) +
                               QByteArray(12, '\0') + QByteArray(4, '\0');
const QByteArray xmpPayload = "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"/>";

// A HEIF file whose metadata items are located the way libheif writes them: version 1 'iloc'
// with a base offset per item plus an extent offset, which exiv2 0.27 misreads. The XMP item
// lives in 'idat' (construction method 1).
QByteArray heifFile()
{
    const QByteArray iinf =
        fullBox("iinf", 0,
                be16(3) + infe(1, "hvc1") + infe(2, "Exif") +
                    infe(3, "mime", "application/rdf+xml" + QByteArray(1, '\0')));
    const QByteArray iprp =
        box("iprp", box("ipco", ispe(512, 512) + ispe(4032, 3024)) +
                        fullBox("ipma", 0,
                                be32(1) + be16(1) + QByteArray(1, 1) + QByteArray(1, char(0x82))));
    const QByteArray idat = box("idat", xmpPayload);
    const auto ilocFor = [&](quint32 exifBase) {
        // offset_size 4, length_size 4, base_offset_size 4, index_size 0; three items.
        QByteArray items = be16(0x4440) + be16(3);
        items += be16(1) + be16(0) + be16(0) + be32(0) + be16(1) + be32(0) + be32(0);
        items += be16(2) + be16(0) + be16(0) + be32(exifBase) + be16(1) + be32(4) +
                 be32(quint32(exifPayload.size() + 4));
        items += be16(3) + be16(1) + be16(0) + be32(0) + be16(1) + be32(0) +
                 be32(quint32(xmpPayload.size()));
        return fullBox("iloc", 1, items);
    };
    const QByteArray ftyp = box("ftyp", QByteArray("heic\0\0\0\0mif1heic", 16));
    const auto metaFor = [&](quint32 exifBase) {
        return fullBox("meta", 0,
                       fullBox("hdlr", 0, QByteArray(20, '\0')) + fullBox("pitm", 0, be16(1)) +
                           iinf + ilocFor(exifBase) + iprp + idat);
    };
    // The Exif item sits in 'mdat', after ftyp and meta, whose size does not depend on the offset.
    const quint32 mdatPayload = quint32(ftyp.size() + metaFor(0).size() + 8);
    const QByteArray exifItem = be32(6) + exifPayload;
    return ftyp + metaFor(mdatPayload) + box("mdat", QByteArray(4, 'x') + exifItem);
}

} // namespace

class TestImageStructure : public QObject
{
    Q_OBJECT

private slots:
    void jpegSegments();
    void jpegPhotoshopIptc();
    void structure_data();
    void structure();
    void heifPrimaryImageSize();
    void heifMetadataItems();
    void bmffBoxReaderStopsAtDamage();
};

void TestImageStructure::jpegSegments()
{
    const QByteArray sof =
        QByteArray(1, 8) + be16(480) + be16(640) + QByteArray(1, 3) + QByteArray(9, 0);
    const QByteArray jpeg =
        QByteArray("\xff\xd8", 2) + segment(0xe0, QByteArray("JFIF\0\1\1", 7)) +
        segment(0xe1, exifPayload) +
        QByteArray(3, '\0') // padding some writers leave between segments
        + segment(0xe1, QByteArray("http://ns.adobe.com/xap/1.0/\0", 29) + xmpPayload) +
        segment(0xc0, sof) + segment(0xda, QByteArray(10, 0)) + "scan data";
    const JpegSegments segments = scanJpegSegments(jpeg);
    QCOMPARE(segments.structure, ImageStructure::Sound);
    QCOMPARE(segments.width, 640);
    QCOMPARE(segments.height, 480);
    QCOMPARE(segments.exif.toByteArray(), exifPayload.mid(6));
    QCOMPARE(segments.xmp.toByteArray(), xmpPayload);
    QVERIFY(segments.photoshop.isEmpty());

    QCOMPARE(scanJpegSegments(jpeg.left(30)).structure, ImageStructure::Truncated);
    QCOMPARE(scanJpegSegments(QByteArray("\xff\xd8\xff\xd9", 4)).structure,
             ImageStructure::Damaged);
    QCOMPARE(scanJpegSegments(QByteArray("\xff\xd8\xff\xe1\0\x01", 6)).structure,
             ImageStructure::Damaged);
    // 0xff00 is a stuffed byte inside scan data: a file whose SOS marker is gone.
    QCOMPARE(scanJpegSegments(QByteArray("\xff\xd8\xff\x00\x00\x10", 6)).structure,
             ImageStructure::Damaged);
}

void TestImageStructure::jpegPhotoshopIptc()
{
    const QByteArray iptc("\x1c\x02\x19\0\x05istio", 10);
    // An unrelated resource with an odd-length name first, then IPTC-IIM (0x0404).
    const QByteArray resources = QByteArray("8BIM") + be16(0x0425) +
                                 QByteArray("\x03"
                                            "abc",
                                            4) +
                                 be32(3) + QByteArray("xyz\0", 4) + QByteArray("8BIM") +
                                 be16(0x0404) + QByteArray(2, '\0') + be32(quint32(iptc.size())) +
                                 iptc;
    const QList<QByteArrayView> whole{resources};
    QByteArray storage;
    QCOMPARE(iptcFromPhotoshop(whole, storage).toByteArray(), iptc);

    // Split across two APP13 segments.
    const QByteArray first = resources.left(17);
    const QByteArray second = resources.mid(17);
    QByteArray joined;
    QCOMPARE(iptcFromPhotoshop({first, second}, joined).toByteArray(), iptc);

    QByteArray none;
    QVERIFY(iptcFromPhotoshop({QByteArrayView(resources).first(30)}, none).isEmpty());
    QVERIFY(iptcFromPhotoshop({}, none).isEmpty());
}

void TestImageStructure::structure_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ImageFormat>("format");
    QTest::addColumn<ImageStructure>("expected");

    const QByteArray ifd = QByteArray("\x01\0", 2) + QByteArray(12, '\0') + QByteArray(4, '\0');
    QTest::newRow("tiff") << tiffHeader + ifd << ImageFormat::Tiff << ImageStructure::Sound;
    QTest::newRow("tiff-ifd-in-header")
        << QByteArray("II*\0\x04\0\0\0\x01\0", 10) + QByteArray(16, 0) << ImageFormat::Tiff
        << ImageStructure::Damaged;
    QTest::newRow("tiff-ifd-past-end")
        << tiffHeader + QByteArray("\x09\0", 2) << ImageFormat::Tiff << ImageStructure::Truncated;
    QTest::newRow("tiff-empty-ifd")
        << tiffHeader + QByteArray(6, '\0') << ImageFormat::Tiff << ImageStructure::Damaged;
    QTest::newRow("orf-like-tiff")
        << QByteArray("IIRO\x08\0\0\0", 8) + ifd << ImageFormat::Orf << ImageStructure::Sound;

    const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    const QByteArray ihdr = be32(13) + "IHDR" + QByteArray(13, 1) + be32(0);
    const QByteArray iend = be32(0) + "IEND" + be32(0);
    QTest::newRow("png") << signature + ihdr + iend << ImageFormat::Png << ImageStructure::Sound;
    QTest::newRow("png-no-iend") << signature + ihdr << ImageFormat::Png
                                 << ImageStructure::Truncated;
    QTest::newRow("png-chunk-past-end") << signature + ihdr + be32(1000) + "tEXt" + "abc"
                                        << ImageFormat::Png << ImageStructure::Truncated;
    QTest::newRow("png-iccp-first") << signature + be32(0) + "iCCP" + be32(0) + iend
                                    << ImageFormat::Png << ImageStructure::Damaged;

    const QByteArray vp8 = QByteArray("VP8L") + le32(5) + QByteArray(5, 1) + QByteArray(1, 0);
    QTest::newRow("webp-odd-chunk-padded") << QByteArray("RIFF") + le32(4 + 14) + "WEBP" + vp8
                                           << ImageFormat::WebP << ImageStructure::Sound;
    QTest::newRow("webp-riff-past-end") << QByteArray("RIFF") + le32(4000) + "WEBP" + vp8
                                        << ImageFormat::WebP << ImageStructure::Truncated;
    QTest::newRow("webp-chunk-past-riff") << QByteArray("RIFF") + le32(4 + 8) + "WEBP" + vp8
                                          << ImageFormat::WebP << ImageStructure::Truncated;

    QTest::newRow("heif") << heifFile() << ImageFormat::Heic << ImageStructure::Sound;
    QTest::newRow("heif-cut") << heifFile().left(100) << ImageFormat::Heic
                              << ImageStructure::Truncated;
    QTest::newRow("bmff-without-ftyp")
        << box("mdat", "x") << ImageFormat::Heic << ImageStructure::Damaged;
    QTest::newRow("bmff-box-smaller-than-header")
        << box("ftyp", "heic") + be32(4) + "meta" << ImageFormat::Heic << ImageStructure::Damaged;

    QTest::newRow("mrw") << QByteArray("\0MRM", 4) + be32(4) + "PRD " << ImageFormat::Mrw
                         << ImageStructure::Sound;
    QTest::newRow("mrw-cut") << QByteArray("\0MRM", 4) + be32(400) << ImageFormat::Mrw
                             << ImageStructure::Truncated;
    QTest::newRow("raf-jpeg-past-end") << QByteArray("FUJIFILMCCD-RAW ").leftJustified(84, '\0') +
                                              be32(100) + be32(5000) + QByteArray(8, '\0')
                                       << ImageFormat::Raf << ImageStructure::Truncated;
    QTest::newRow("unknown") << QByteArray("text") << ImageFormat::Unknown
                             << ImageStructure::Damaged;
}

void TestImageStructure::structure()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ImageFormat, format);
    QFETCH(ImageStructure, expected);
    QCOMPARE(checkImageStructure(bytes, format), expected);
}

void TestImageStructure::heifPrimaryImageSize()
{
    // The primary item's extent, not the first 'ispe' in the file (a tile's or a thumbnail's).
    const auto size = bmffPrimaryImageSize(heifFile());
    QVERIFY(size);
    QCOMPARE(*size, QSize(4032, 3024));
    QVERIFY(!bmffPrimaryImageSize(box("ftyp", "heic")));
    QVERIFY(!bmffPrimaryImageSize(heifFile().left(120)));
}

void TestImageStructure::heifMetadataItems()
{
    const QByteArray file = heifFile();
    const BmffMetadataItems items = bmffMetadataItems(file);
    QCOMPARE(items.exif.toByteArray(), be32(6) + exifPayload);
    QCOMPARE(items.xmp.toByteArray(), xmpPayload);
    // Cut before the Exif item: its location points past the end, so it is not offered.
    const BmffMetadataItems cut = bmffMetadataItems(QByteArrayView(file).first(file.size() - 10));
    QVERIFY(cut.exif.isEmpty());
    QCOMPARE(cut.xmp.toByteArray(), xmpPayload);
}

void TestImageStructure::bmffBoxReaderStopsAtDamage()
{
    const QByteArray bytes = box("ftyp", "heic") + be32(3) + "bad!" + box("mdat", "x");
    BmffBoxReader reader(bytes, 0, bytes.size());
    const auto first = reader.next();
    QVERIFY(first && first->is("ftyp"));
    QVERIFY(!reader.next());
    QVERIFY(reader.damaged());

    const QByteArray large = be32(1) + "mdat" + be32(0) + be32(24) + "payload!";
    BmffBoxReader largeReader(large, 0, large.size());
    const auto mdat = largeReader.next();
    QVERIFY(mdat && mdat->is("mdat") && !mdat->truncated);
    QCOMPARE(mdat->payload, 16);
    QCOMPARE(mdat->end, 24);
}

QTEST_GUILESS_MAIN(TestImageStructure)
#include "tst_imagestructure.moc"
