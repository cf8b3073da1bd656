#include "core/metadata/imageformat.h"

#include <QTest>

Q_DECLARE_METATYPE(ImageFormat)

namespace {

QByteArray bytes(const char *data, qsizetype size)
{
    return {data, size};
}

// An ISO-BMFF 'ftyp' box: major brand, minor version 0, compatible brands.
QByteArray ftyp(const QByteArray &major, const QList<QByteArray> &compatible)
{
    QByteArray box;
    const auto size = quint32(16 + 4 * compatible.size());
    box.append(char(size >> 24))
        .append(char(size >> 16))
        .append(char(size >> 8))
        .append(char(size));
    box.append("ftyp").append(major).append(QByteArray(4, '\0'));
    for (const QByteArray &brand : compatible)
        box.append(brand);
    return box + QByteArray::fromHex("0000000c6d657461") + QByteArray(4, '\0');
}

} // namespace

class TestImageFormat : public QObject
{
    Q_OBJECT

private slots:
    void detect_data();
    void detect();
    void namesRoundTrip();
    void rawFormats();
    void photoSuffixes_data();
    void photoSuffixes();
};

void TestImageFormat::detect_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<ImageFormat>("expected");

    const QByteArray jpeg = bytes("\xff\xd8\xff\xe1\x00\x10"
                                  "Exif\0\0",
                                  14);
    const QByteArray tiffLe = bytes("II*\0\x08\0\0\0", 8);
    const QByteArray tiffBe = bytes("MM\0*\0\0\0\x08", 8);
    QTest::newRow("jpeg") << jpeg << "jpg" << ImageFormat::Jpeg;
    QTest::newRow("jpeg-named-png") << jpeg << "png" << ImageFormat::Jpeg;
    QTest::newRow("jpeg-named-nef") << jpeg << "nef" << ImageFormat::Jpeg;
    QTest::newRow("text-named-jpg")
        << QByteArray("Hello, this is text, not a photo.\n") << "jpg" << ImageFormat::Unknown;
    QTest::newRow("empty") << QByteArray() << "jpg" << ImageFormat::Unknown;
    QTest::newRow("jpeg-cut-in-magic") << bytes("\xff\xd8", 2) << "jpg" << ImageFormat::Unknown;
    QTest::newRow("png") << bytes("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR", 16) << "png"
                         << ImageFormat::Png;
    QTest::newRow("png-named-jpg") << bytes("\x89PNG\r\n\x1a\n", 8) << "jpg" << ImageFormat::Png;
    QTest::newRow("tiff-le") << tiffLe << "tif" << ImageFormat::Tiff;
    QTest::newRow("tiff-be") << tiffBe << "tiff" << ImageFormat::Tiff;
    QTest::newRow("tiff-no-suffix") << tiffLe << "" << ImageFormat::Tiff;
    QTest::newRow("tiff-unknown-suffix") << tiffLe << "bin" << ImageFormat::Tiff;
    QTest::newRow("bigtiff") << bytes("II+\0\x08\0\0\0", 8) << "tif" << ImageFormat::Unknown;
    QTest::newRow("bigtiff-be") << bytes("MM\0+\0\x08\0\0", 8) << "tif" << ImageFormat::Unknown;
    QTest::newRow("nef") << tiffBe << "nef" << ImageFormat::Nef;
    QTest::newRow("nrw") << tiffLe << "NRW" << ImageFormat::Nrw;
    QTest::newRow("arw") << tiffLe << "arw" << ImageFormat::Arw;
    QTest::newRow("sr2") << tiffLe << "sr2" << ImageFormat::Sr2;
    QTest::newRow("pef") << tiffLe << "pef" << ImageFormat::Pef;
    QTest::newRow("srw") << tiffLe << "srw" << ImageFormat::Srw;
    QTest::newRow("dng-upper-case") << tiffLe << "DNG" << ImageFormat::Dng;
    QTest::newRow("erf") << tiffLe << "erf" << ImageFormat::Erf;
    QTest::newRow("3fr") << tiffLe << "3fr" << ImageFormat::ThreeFr;
    QTest::newRow("cr2") << bytes("II*\0\x10\0\0\0CR\x02\0", 12) << "cr2" << ImageFormat::Cr2;
    QTest::newRow("cr2-named-tif")
        << bytes("II*\0\x10\0\0\0CR\x02\0", 12) << "tif" << ImageFormat::Cr2;
    QTest::newRow("orf-ro") << bytes("IIRO\x08\0\0\0", 8) << "orf" << ImageFormat::Orf;
    QTest::newRow("orf-rs") << bytes("IIRS\x08\0\0\0", 8) << "orf" << ImageFormat::Orf;
    QTest::newRow("orf-be") << bytes("MMOR\0\0\0\x08", 8) << "orf" << ImageFormat::Orf;
    QTest::newRow("rw2") << bytes("IIU\0\x08\0\0\0", 8) << "rw2" << ImageFormat::Rw2;
    QTest::newRow("crw") << bytes("II\x1a\0\0\0HEAPCCDR\x02\0", 16) << "crw" << ImageFormat::Crw;
    QTest::newRow("raf") << QByteArray("FUJIFILMCCD-RAW 0201FF383501") << "raf" << ImageFormat::Raf;
    QTest::newRow("mrw") << bytes("\0MRM\0\0\0\x10", 8) << "mrw" << ImageFormat::Mrw;
    QTest::newRow("webp") << bytes("RIFF\x24\0\0\0WEBPVP8 ", 16) << "webp" << ImageFormat::WebP;
    QTest::newRow("riff-avi") << bytes("RIFF\x24\0\0\0AVI LIST", 16) << "webp"
                              << ImageFormat::Unknown;
    QTest::newRow("heic") << ftyp("heic", {"mif1", "heic"}) << "heic" << ImageFormat::Heic;
    QTest::newRow("heic-sequence") << ftyp("hevc", {"msf1"}) << "heic" << ImageFormat::Heic;
    QTest::newRow("heix-is-heif") << ftyp("heix", {"mif1", "heix"}) << "hif" << ImageFormat::Heif;
    QTest::newRow("mif1-heic-is-heif")
        << ftyp("mif1", {"mif1", "heic"}) << "heic" << ImageFormat::Heif;
    QTest::newRow("mif1-avif-is-avif")
        << ftyp("mif1", {"mif1", "avif"}) << "avif" << ImageFormat::Avif;
    QTest::newRow("avif") << ftyp("avif", {"mif1", "miaf"}) << "avif" << ImageFormat::Avif;
    QTest::newRow("avif-sequence") << ftyp("avis", {"msf1"}) << "avif" << ImageFormat::Avif;
    QTest::newRow("cr3") << ftyp("crx ", {"crx ", "isom"}) << "cr3" << ImageFormat::Cr3;
    QTest::newRow("mp4-named-jpg")
        << ftyp("isom", {"isom", "mp41"}) << "jpg" << ImageFormat::Unknown;
    QTest::newRow("jpeg2000") << bytes("\0\0\0\x0cjP  \r\n\x87\n", 12) << "jp2"
                              << ImageFormat::Unknown;
}

void TestImageFormat::detect()
{
    QFETCH(QByteArray, head);
    QFETCH(QString, suffix);
    QFETCH(ImageFormat, expected);
    QCOMPARE(detectImageFormat(head, suffix), expected);
}

void TestImageFormat::namesRoundTrip()
{
    const QStringList expected = {
        QStringLiteral("JPEG"), QStringLiteral("PNG"),  QStringLiteral("TIFF"),
        QStringLiteral("WEBP"), QStringLiteral("HEIC"), QStringLiteral("HEIF"),
        QStringLiteral("AVIF"), QStringLiteral("DNG"),  QStringLiteral("CR2"),
        QStringLiteral("CR3"),  QStringLiteral("CRW"),  QStringLiteral("NEF"),
        QStringLiteral("NRW"),  QStringLiteral("ARW"),  QStringLiteral("SR2"),
        QStringLiteral("ORF"),  QStringLiteral("RW2"),  QStringLiteral("RAF"),
        QStringLiteral("PEF"),  QStringLiteral("SRW"),  QStringLiteral("MRW"),
        QStringLiteral("ERF"),  QStringLiteral("3FR"),
    };
    // The enum lists the formats in the same order, after Unknown.
    for (int i = 0; i < expected.size(); ++i) {
        const auto format = static_cast<ImageFormat>(i + 1);
        QCOMPARE(imageFormatName(format), expected.at(i));
        QCOMPARE(imageFormatFromName(expected.at(i)), format);
        QCOMPARE(imageFormatFromName(expected.at(i).toLower()), format);
    }
    QVERIFY(imageFormatName(ImageFormat::Unknown).isEmpty());
    QCOMPARE(imageFormatFromName(u"GIF"), ImageFormat::Unknown);
    QCOMPARE(imageFormatFromName(u""), ImageFormat::Unknown);
}

void TestImageFormat::rawFormats()
{
    for (ImageFormat format :
         {ImageFormat::Unknown, ImageFormat::Jpeg, ImageFormat::Png, ImageFormat::Tiff,
          ImageFormat::WebP, ImageFormat::Heic, ImageFormat::Heif, ImageFormat::Avif})
        QVERIFY2(!isRawFormat(format), qPrintable(imageFormatName(format)));
    for (ImageFormat format :
         {ImageFormat::Dng, ImageFormat::Cr2, ImageFormat::Cr3, ImageFormat::Crw, ImageFormat::Nef,
          ImageFormat::Nrw, ImageFormat::Arw, ImageFormat::Sr2, ImageFormat::Orf, ImageFormat::Rw2,
          ImageFormat::Raf, ImageFormat::Pef, ImageFormat::Srw, ImageFormat::Mrw, ImageFormat::Erf,
          ImageFormat::ThreeFr})
        QVERIFY2(isRawFormat(format), qPrintable(imageFormatName(format)));
}

void TestImageFormat::photoSuffixes_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<bool>("photo");
    for (const char *suffix :
         {"jpg", "jpeg", "jpe", "jfif", "png", "tif", "tiff", "webp", "heic", "heif",
          "hif", "avif", "dng", "cr2",  "cr3", "crw", "nef",  "nrw",  "arw",  "sr2",
          "srf", "orf",  "rw2", "raf",  "pef", "srw", "mrw",  "erf",  "3fr",  "x3f"})
        QTest::newRow(suffix) << QString::fromLatin1(suffix) << true;
    // Images Corkboard does not read count too, so an import reports them instead of skipping.
    QTest::newRow("jpeg 2000") << "jp2" << true;
    QTest::newRow("gif") << "gif" << true;
    QTest::newRow("upper-case") << "JPG" << true;
    QTest::newRow("mixed-case") << "HeIc" << true;
    QTest::newRow("xmp") << "xmp" << false;
    QTest::newRow("txt") << "txt" << false;
    QTest::newRow("mp4") << "mp4" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("with-dot") << ".jpg" << false;
}

void TestImageFormat::photoSuffixes()
{
    QFETCH(QString, suffix);
    QFETCH(bool, photo);
    QCOMPARE(isPhotoSuffix(suffix), photo);
}

QTEST_GUILESS_MAIN(TestImageFormat)
#include "tst_imageformat.moc"
