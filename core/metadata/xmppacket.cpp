#include "core/metadata/xmppacket.h"

#include "core/metadata/metadatatext.h"

#include <QXmlStreamReader>

#include <algorithm>
#include <array>

namespace {

const QLatin1StringView rdfNs("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
const QLatin1StringView xmlNs("http://www.w3.org/XML/1998/namespace");

struct PropertyName
{
    QLatin1StringView ns;
    QLatin1StringView name;
    XmpTag tag;
};

const QLatin1StringView dcNs("http://purl.org/dc/elements/1.1/");
const QLatin1StringView xmpNs("http://ns.adobe.com/xap/1.0/");
const QLatin1StringView photoshopNs("http://ns.adobe.com/photoshop/1.0/");
const QLatin1StringView tiffNs("http://ns.adobe.com/tiff/1.0/");
const QLatin1StringView exifNs("http://ns.adobe.com/exif/1.0/");
const QLatin1StringView exifExNs("http://cipa.jp/exif/1.0/");
const QLatin1StringView auxNs("http://ns.adobe.com/exif/1.0/aux/");

const auto propertyNames = std::to_array<PropertyName>({
    {exifNs, QLatin1StringView("DateTimeOriginal"), XmpTag::ExifDateTimeOriginal},
    {photoshopNs, QLatin1StringView("DateCreated"), XmpTag::PhotoshopDateCreated},
    {xmpNs, QLatin1StringView("CreateDate"), XmpTag::XmpCreateDate},
    {tiffNs, QLatin1StringView("Orientation"), XmpTag::TiffOrientation},
    {tiffNs, QLatin1StringView("Make"), XmpTag::TiffMake},
    {tiffNs, QLatin1StringView("Model"), XmpTag::TiffModel},
    {auxNs, QLatin1StringView("Lens"), XmpTag::AuxLens},
    {exifExNs, QLatin1StringView("LensModel"), XmpTag::ExifExLensModel},
    {auxNs, QLatin1StringView("SerialNumber"), XmpTag::AuxSerialNumber},
    {exifExNs, QLatin1StringView("BodySerialNumber"), XmpTag::ExifExBodySerialNumber},
    {xmpNs, QLatin1StringView("Rating"), XmpTag::XmpRating},
    {dcNs, QLatin1StringView("title"), XmpTag::DcTitle},
    {dcNs, QLatin1StringView("description"), XmpTag::DcDescription},
    {dcNs, QLatin1StringView("subject"), XmpTag::DcSubject},
    {exifNs, QLatin1StringView("ISOSpeedRatings"), XmpTag::ExifIsoSpeedRatings},
    {exifExNs, QLatin1StringView("PhotographicSensitivity"), XmpTag::ExifExPhotographicSensitivity},
    {exifNs, QLatin1StringView("FNumber"), XmpTag::ExifFNumber},
    {exifNs, QLatin1StringView("ExposureTime"), XmpTag::ExifExposureTime},
    {exifNs, QLatin1StringView("FocalLength"), XmpTag::ExifFocalLength},
    {exifNs, QLatin1StringView("GPSLatitude"), XmpTag::ExifGpsLatitude},
    {exifNs, QLatin1StringView("GPSLongitude"), XmpTag::ExifGpsLongitude},
    {exifNs, QLatin1StringView("GPSAltitude"), XmpTag::ExifGpsAltitude},
    {exifNs, QLatin1StringView("GPSAltitudeRef"), XmpTag::ExifGpsAltitudeRef},
    {exifNs, QLatin1StringView("GPSTimeStamp"), XmpTag::ExifGpsTimeStamp},
});

const PropertyName *findProperty(QStringView ns, QStringView name)
{
    const auto found =
        std::find_if(std::begin(propertyNames), std::end(propertyNames),
                     [&](const PropertyName &p) { return p.name == name && p.ns == ns; });
    return found == std::end(propertyNames) ? nullptr : found;
}

class PacketReader
{
public:
    PacketReader(QByteArrayView packet, XmpProperties &out)
        : m_xml(QByteArray::fromRawData(packet.data(), packet.size()))
        , m_out(out)
    {
        m_xml.setNamespaceProcessing(true);
    }

    bool read()
    {
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement() && m_xml.namespaceUri() == rdfNs) {
                if (m_xml.name() == QLatin1StringView("RDF"))
                    readRdf();
                else
                    m_xml.skipCurrentElement();
            }
        }
        // Padding or junk after a complete packet does not spoil what it said.
        return !m_xml.hasError() || m_rdfComplete;
    }

private:
    void readRdf()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.namespaceUri() == rdfNs && m_xml.name() == QLatin1StringView("Description"))
                readDescription();
            else
                m_xml.skipCurrentElement();
        }
        m_rdfComplete = !m_xml.hasError();
    }

    // <rdf:Description exif:FNumber="28/10" ...> <dc:title>...</dc:title> </rdf:Description>
    void readDescription()
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        for (const QXmlStreamAttribute &attribute : attributes) {
            if (const PropertyName *name = findProperty(attribute.namespaceUri(), attribute.name()))
                store(name->tag, attribute.value().toString(), {});
        }
        while (m_xml.readNextStartElement()) {
            if (const PropertyName *name = findProperty(m_xml.namespaceUri(), m_xml.name()))
                readProperty(name->tag);
            else
                m_xml.skipCurrentElement();
        }
    }

    // A property element: simple text, an rdf:Bag/Seq/Alt of rdf:li, or a qualified value
    // (rdf:Description with rdf:value). Structures and resources are not values we read.
    void readProperty(XmpTag tag)
    {
        const QXmlStreamAttributes attributes = m_xml.attributes();
        if (attributes.hasAttribute(rdfNs, QLatin1StringView("resource")) ||
            attributes.value(rdfNs, QLatin1StringView("parseType")) ==
                QLatin1StringView("Resource")) {
            m_xml.skipCurrentElement();
            return;
        }
        QString text;
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isCharacters()) {
                text += m_xml.text();
            } else if (m_xml.isEndElement()) {
                store(tag, text, {});
                return;
            } else if (m_xml.isStartElement()) {
                readPropertyValue(tag);
                m_xml.skipCurrentElement(); // the rest of the property element
                return;
            }
        }
    }

    void readPropertyValue(XmpTag tag)
    {
        const QStringView kind = m_xml.name();
        if (m_xml.namespaceUri() != rdfNs) {
            m_xml.skipCurrentElement();
            return;
        }
        if (kind == QLatin1StringView("Bag") || kind == QLatin1StringView("Seq") ||
            kind == QLatin1StringView("Alt")) {
            const bool alternative = kind == QLatin1StringView("Alt");
            QStringList items;
            QString preferred;
            while (m_xml.readNextStartElement()) {
                if (m_xml.namespaceUri() != rdfNs || m_xml.name() != QLatin1StringView("li")) {
                    m_xml.skipCurrentElement();
                    continue;
                }
                const bool isDefault = m_xml.attributes().value(xmlNs, QLatin1StringView("lang")) ==
                                       QLatin1StringView("x-default");
                QString item = MetadataText::cleaned(
                    m_xml.readElementText(QXmlStreamReader::SkipChildElements));
                if (isDefault && preferred.isEmpty())
                    preferred = item;
                if (!item.isEmpty())
                    items.append(std::move(item));
            }
            const QString first = items.isEmpty() ? QString() : items.first();
            store(tag, alternative && !preferred.isEmpty() ? preferred : first,
                  alternative ? QStringList() : items);
        } else if (kind == QLatin1StringView("Description")) {
            QString value = m_xml.attributes().value(rdfNs, QLatin1StringView("value")).toString();
            while (m_xml.readNextStartElement()) {
                if (m_xml.namespaceUri() == rdfNs && m_xml.name() == QLatin1StringView("value"))
                    value = m_xml.readElementText(QXmlStreamReader::SkipChildElements);
                else
                    m_xml.skipCurrentElement();
            }
            store(tag, value, {});
        } else {
            m_xml.skipCurrentElement();
        }
    }

    // The first value of a property wins, as exiv2's look-ups would have it.
    void store(XmpTag tag, const QString &text, QStringList items)
    {
        XmpProperty &property = m_out.properties[std::size_t(tag)];
        if (property.present)
            return;
        property.present = true;
        property.text = MetadataText::cleaned(text);
        if (items.isEmpty() && !property.text.isEmpty())
            items.append(property.text);
        property.items = std::move(items);
    }

    QXmlStreamReader m_xml;
    XmpProperties &m_out;
    bool m_rdfComplete = false;
};

} // namespace

bool parseXmpPacket(QByteArrayView packet, XmpProperties &out)
{
    PacketReader reader(packet, out);
    if (reader.read())
        return true;
    out = XmpProperties();
    return false;
}
