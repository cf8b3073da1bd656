#include "core/metadata/xmppacket.h"

#include <QTest>

namespace {

QByteArray packet(const QByteArray &descriptions)
{
    return "<?xpacket begin=\"\xef\xbb\xbf\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
           "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
           "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n" +
           descriptions +
           "\n</rdf:RDF>\n</x:xmpmeta>\n"
           "<?xpacket end=\"w\"?>";
}

const QByteArray namespaces = " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
                              " xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
                              " xmlns:exif=\"http://ns.adobe.com/exif/1.0/\""
                              " xmlns:tiff=\"http://ns.adobe.com/tiff/1.0/\""
                              " xmlns:aux=\"http://ns.adobe.com/exif/1.0/aux/\"";

} // namespace

// The XMP reader against the RDF/XML spellings real writers use.
class TestXmpPacket : public QObject
{
    Q_OBJECT

private slots:
    void attributeForm();
    void elementForms();
    void languageAlternatives();
    void qualifiedAndStructuredValues();
    void severalDescriptionsFirstWins();
    void otherPrefixesSameNamespaces();
    void paddingAfterPacket();
    void malformed_data();
    void malformed();
};

void TestXmpPacket::attributeForm()
{
    XmpProperties xmp;
    QVERIFY(parseXmpPacket(packet("<rdf:Description rdf:about=\"\"" + namespaces +
                                  " xmp:Rating=\"4\" tiff:Orientation=\"6\""
                                  " exif:DateTimeOriginal=\"2019-05-21T09:05:07+02:00\"/>"),
                           xmp));
    QCOMPARE(xmp.get(XmpTag::XmpRating)->text, QStringLiteral("4"));
    QCOMPARE(xmp.get(XmpTag::TiffOrientation)->text, QStringLiteral("6"));
    QCOMPARE(xmp.get(XmpTag::ExifDateTimeOriginal)->text,
             QStringLiteral("2019-05-21T09:05:07+02:00"));
    QVERIFY(!xmp.get(XmpTag::DcTitle));
}

void TestXmpPacket::elementForms()
{
    XmpProperties xmp;
    QVERIFY(parseXmpPacket(
        packet("<rdf:Description rdf:about=\"\"" + namespaces +
               ">"
               "<tiff:Make>  Canon  </tiff:Make>"
               "<dc:subject><rdf:Bag><rdf:li>istio</rdf:li><rdf:li> </rdf:li>"
               "<rdf:li>caf\xc3\xa9 &amp; bar</rdf:li></rdf:Bag></dc:subject>"
               "<exif:ISOSpeedRatings>\n <rdf:Seq>\n  <rdf:li>400</rdf:li>\n </rdf:Seq>\n"
               "</exif:ISOSpeedRatings>"
               "<aux:Lens><![CDATA[EF 50mm <f/1.8>]]></aux:Lens>"
               "</rdf:Description>"),
        xmp));
    QCOMPARE(xmp.get(XmpTag::TiffMake)->text, QStringLiteral("Canon"));
    QCOMPARE(xmp.get(XmpTag::DcSubject)->items,
             (QStringList{QStringLiteral("istio"), QStringLiteral("café & bar")}));
    QCOMPARE(xmp.get(XmpTag::ExifIsoSpeedRatings)->items, QStringList{QStringLiteral("400")});
    QCOMPARE(xmp.get(XmpTag::AuxLens)->text, QStringLiteral("EF 50mm <f/1.8>"));
}

void TestXmpPacket::languageAlternatives()
{
    XmpProperties xmp;
    QVERIFY(parseXmpPacket(
        packet("<rdf:Description" + namespaces +
               ">"
               "<dc:title><rdf:Alt><rdf:li xml:lang=\"de-CH\">Der Goalie</rdf:li>"
               "<rdf:li xml:lang=\"x-default\">The goalie</rdf:li></rdf:Alt></dc:title>"
               "<dc:description><rdf:Alt><rdf:li xml:lang=\"fr\">Une fa\xc3\xa7"
               "ade</rdf:li></rdf:Alt></dc:description>"
               "</rdf:Description>"),
        xmp));
    QCOMPARE(xmp.get(XmpTag::DcTitle)->text, QStringLiteral("The goalie"));
    QCOMPARE(xmp.get(XmpTag::DcDescription)->text, QStringLiteral("Une façade"));
}

void TestXmpPacket::qualifiedAndStructuredValues()
{
    XmpProperties xmp;
    QVERIFY(parseXmpPacket(
        packet("<rdf:Description" + namespaces +
               ">"
               "<tiff:Model><rdf:Description><rdf:value>X-T3</rdf:value>"
               "<xmp:Identifier>ignored</xmp:Identifier></rdf:Description></tiff:Model>"
               "<xmp:CreateDate rdf:resource=\"http://example.com/\"/>"
               "<aux:SerialNumber rdf:parseType=\"Resource\"><dc:title>inner</dc:title>"
               "</aux:SerialNumber>"
               "<exif:Flash rdf:parseType=\"Resource\"><exif:Fired>True</exif:Fired></exif:Flash>"
               "<exif:FNumber>28/10</exif:FNumber>"
               "</rdf:Description>"),
        xmp));
    QCOMPARE(xmp.get(XmpTag::TiffModel)->text, QStringLiteral("X-T3"));
    QVERIFY(!xmp.get(XmpTag::XmpCreateDate));
    QVERIFY(!xmp.get(XmpTag::AuxSerialNumber));
    QVERIFY(!xmp.get(XmpTag::DcTitle)); // inside a structure, not the photo's title
    QCOMPARE(xmp.get(XmpTag::ExifFNumber)->text, QStringLiteral("28/10"));
}

void TestXmpPacket::severalDescriptionsFirstWins()
{
    XmpProperties xmp;
    QVERIFY(parseXmpPacket(packet("<rdf:Description" + namespaces +
                                  " xmp:Rating=\"2\"/>"
                                  "<rdf:Description" +
                                  namespaces +
                                  " xmp:Rating=\"5\""
                                  " tiff:Make=\"Nikon\"/>"),
                           xmp));
    QCOMPARE(xmp.get(XmpTag::XmpRating)->text, QStringLiteral("2"));
    QCOMPARE(xmp.get(XmpTag::TiffMake)->text, QStringLiteral("Nikon"));
}

void TestXmpPacket::otherPrefixesSameNamespaces()
{
    // Namespaces decide, not prefixes.
    XmpProperties xmp;
    QVERIFY(parseXmpPacket(packet("<rdf:Description xmlns:ns1=\"http://ns.adobe.com/xap/1.0/\""
                                  " xmlns:xap=\"http://ns.adobe.com/tiff/1.0/\""
                                  " ns1:Rating=\"3\" xap:Orientation=\"8\"/>"),
                           xmp));
    QCOMPARE(xmp.get(XmpTag::XmpRating)->text, QStringLiteral("3"));
    QCOMPARE(xmp.get(XmpTag::TiffOrientation)->text, QStringLiteral("8"));
}

void TestXmpPacket::paddingAfterPacket()
{
    XmpProperties xmp;
    QByteArray padded = packet("<rdf:Description" + namespaces + " xmp:Rating=\"1\"/>");
    padded.append(QByteArray(64, '\0'));
    QVERIFY(parseXmpPacket(padded, xmp));
    QCOMPARE(xmp.get(XmpTag::XmpRating)->text, QStringLiteral("1"));
}

void TestXmpPacket::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not-xml") << QByteArray("Just text");
    QTest::newRow("cut-short")
        << packet("<rdf:Description" + namespaces + " xmp:Rating=\"1\"/>").left(200);
    QTest::newRow("unclosed-property")
        << packet("<rdf:Description" + namespaces + "><xmp:Rating>3</rdf:Description>");
}

void TestXmpPacket::malformed()
{
    QFETCH(QByteArray, bytes);
    XmpProperties xmp;
    QVERIFY(!parseXmpPacket(bytes, xmp));
    for (int tag = 0; tag < int(XmpTag::Count); ++tag)
        QVERIFY(!xmp.get(XmpTag(tag)));
}

QTEST_GUILESS_MAIN(TestXmpPacket)
#include "tst_xmppacket.moc"
