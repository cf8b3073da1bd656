#include "core/metadata/metadatatext.h"

#include <QTest>

using OptionalDouble = std::optional<double>;
Q_DECLARE_METATYPE(OptionalDouble)

namespace {

std::string_view view(const QByteArray &bytes)
{
    return {bytes.constData(), std::size_t(bytes.size())};
}

} // namespace

class TestMetadataText : public QObject
{
    Q_OBJECT

private slots:
    void utf8Validity_data();
    void utf8Validity();
    void legacy_data();
    void legacy();
    void ucs2();
    void cleaned();
    void readable();
    void numbers_data();
    void numbers();
};

void TestMetadataText::utf8Validity_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("Canon EOS 5D") << true;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("two-byte") << QByteArray("Portr\xc3\xa4tt") << true;
    QTest::newRow("three-byte") << QByteArray("\xe4\xbc\x9a\xe5\xa0\xb4") << true;
    QTest::newRow("four-byte") << QByteArray("\xf0\x9f\x8e\x89") << true;
    QTest::newRow("latin1") << QByteArray("Portr\xe4tt") << false;
    QTest::newRow("cut-sequence") << QByteArray("\xe4\xbc") << false;
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("past-unicode") << QByteArray("\xf4\x90\x80\x80") << false;
}

void TestMetadataText::utf8Validity()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(MetadataText::isValidUtf8(view(bytes)), valid);
}

void TestMetadataText::legacy_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QTest::newRow("utf8-exif") << QByteArray("Portr\xc3\xa4tt p\xc3\xa5 Eva") << "Porträtt på Eva";
    QTest::newRow("latin1-iptc") << QByteArray("G\xf6teborg") << "Göteborg";
    QTest::newRow("padded-with-spaces")
        << QByteArray("OLYMPUS DIGITAL CAMERA         ") << "OLYMPUS DIGITAL CAMERA";
    QTest::newRow("nul-terminated") << QByteArray("Canon\0\0\0junk", 13) << "Canon";
    QTest::newRow("blank") << QByteArray("                               ") << "";
    QTest::newRow("control-junk") << QByteArray("\x19miley green faced fu\xff\xd8(\xff\xed") << "";
    QTest::newRow("multi-line") << QByteArray("line one\nline two\n   ") << "line one\nline two";
}

void TestMetadataText::legacy()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    QCOMPARE(MetadataText::decodeLegacy(view(bytes)), expected);
}

void TestMetadataText::ucs2()
{
    const QByteArray title("\xc9\0t\0\xe9\0 \0\x1a\x4f\x34\x58\0\0garbage", 18);
    QCOMPARE(MetadataText::decodeUcs2Le(view(title)), QStringLiteral("Été 会場"));
    QCOMPARE(MetadataText::decodeUcs2Le(view(QByteArray("a", 1))), QString());
    QCOMPARE(MetadataText::decodeUtf8(view(QByteArray("  caf\xc3\xa9  "))), QStringLiteral("café"));
}

void TestMetadataText::cleaned()
{
    QCOMPARE(MetadataText::cleaned(QStringLiteral("  a b  ")), QStringLiteral("a b"));
    QCOMPARE(MetadataText::cleaned(QString(QChar(0)) + QLatin1Char('x') + QChar(0)),
             QStringLiteral("x"));
    QCOMPARE(MetadataText::cleaned(QStringLiteral("\t\n")), QString());
    QCOMPARE(MetadataText::cleaned(QString()), QString());
}

void TestMetadataText::readable()
{
    QVERIFY(MetadataText::isReadableText(QStringLiteral("Team dinner\n\tat eight")));
    QVERIFY(!MetadataText::isReadableText(QString()));
    QVERIFY(!MetadataText::isReadableText(QStringLiteral("abc\x01")));
    QVERIFY(!MetadataText::isReadableText(QString(QChar::ReplacementCharacter)));
}

void TestMetadataText::numbers_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<OptionalDouble>("expected");
    QTest::newRow("rational") << QByteArray("28/10") << OptionalDouble(2.8);
    QTest::newRow("decimal") << QByteArray("2.8") << OptionalDouble(2.8);
    QTest::newRow("integer-padded") << QByteArray(" 400 ") << OptionalDouble(400.0);
    QTest::newRow("negative") << QByteArray("-1") << OptionalDouble(-1.0);
    QTest::newRow("zero-denominator") << QByteArray("1/0") << OptionalDouble();
    QTest::newRow("words") << QByteArray("f/5,6") << OptionalDouble();
    QTest::newRow("units") << QByteArray("105,0 mm") << OptionalDouble();
    QTest::newRow("empty") << QByteArray() << OptionalDouble();
}

void TestMetadataText::numbers()
{
    QFETCH(QByteArray, text);
    QFETCH(OptionalDouble, expected);
    QCOMPARE(MetadataText::parseNumber(view(text)), expected);
    QCOMPARE(MetadataText::parseNumber(QString::fromLatin1(text)), expected);
}

QTEST_GUILESS_MAIN(TestMetadataText)
#include "tst_metadatatext.moc"
