#pragma once

// Reads the few XMP properties Corkboard uses straight from an XMP packet (RDF/XML), with
// QXmlStreamReader. exiv2 turns every property of a packet into an Xmpdatum through its
// namespace registry, which costs about 150 µs per kilobyte: 2 to 5 ms for the 10-25 KB packets
// Lightroom and Photoshop write, ten times the cost of everything else in a photo. This reader
// keeps what we need and skips the rest. Used for embedded packets and sidecars alike, so both
// are read the same way. Private to core/metadata.

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <array>
#include <cstddef>

enum class XmpTag
{
    ExifDateTimeOriginal,
    PhotoshopDateCreated,
    XmpCreateDate,
    TiffOrientation,
    TiffMake,
    TiffModel,
    AuxLens,
    ExifExLensModel,
    AuxSerialNumber,
    ExifExBodySerialNumber,
    XmpRating,
    DcTitle,
    DcDescription,
    DcSubject,
    ExifIsoSpeedRatings,
    ExifExPhotographicSensitivity,
    ExifFNumber,
    ExifExposureTime,
    ExifFocalLength,
    ExifGpsLatitude,
    ExifGpsLongitude,
    ExifGpsAltitude,
    ExifGpsAltitudeRef,
    ExifGpsTimeStamp,
    Count
};

struct XmpProperty
{
    bool present = false;
    // A simple value as written; for a language alternative the x-default entry (else the first);
    // for a bag or sequence its first item. Trimmed.
    QString text;
    // The items of a bag or sequence (blank items dropped); a simple value is one item.
    QStringList items;
};

struct XmpProperties
{
    std::array<XmpProperty, std::size_t(XmpTag::Count)> properties;

    // nullptr when the packet does not have the property.
    const XmpProperty *get(XmpTag tag) const
    {
        const XmpProperty &property = properties[std::size_t(tag)];
        return property.present ? &property : nullptr;
    }
};

// Parses an XMP packet. Returns false, with `out` left empty, when the packet is not well-formed
// (the embedded values of the file then stand alone, as with exiv2).
bool parseXmpPacket(QByteArrayView packet, XmpProperties &out);
