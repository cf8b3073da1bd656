#include "core/metadata/bmffboxes.h"

#include <cstring>

namespace {

quint32 be32(QByteArrayView bytes, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data()) + at;
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint16 be16(QByteArrayView bytes, qsizetype at)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data()) + at;
    return quint16((p[0] << 8) | p[1]);
}

// Finds the first child box of the given type in [begin, end).
std::optional<BmffBox> findChild(QByteArrayView bytes, qsizetype begin, qsizetype end,
                                 std::string_view type)
{
    BmffBoxReader reader(bytes, begin, end);
    while (const auto box = reader.next()) {
        if (box->is(type) && !box->truncated)
            return box;
    }
    return std::nullopt;
}

// Full boxes start with a version byte and 24 bits of flags.
constexpr qsizetype fullBoxHeader = 4;

// Reads big-endian integers of 0 to 8 bytes (the 'iloc' box sizes its fields), with bounds.
class FieldReader
{
public:
    FieldReader(QByteArrayView bytes, qsizetype at, qsizetype end)
        : m_bytes(bytes)
        , m_at(at)
        , m_end(end)
    {}

    bool ok() const { return m_ok; }
    qsizetype position() const { return m_at; }

    quint64 read(int size)
    {
        if (!m_ok || size < 0 || size > 8 || m_end - m_at < size) {
            m_ok = false;
            return 0;
        }
        quint64 value = 0;
        for (int i = 0; i < size; ++i)
            value = (value << 8) | static_cast<unsigned char>(m_bytes[m_at + i]);
        m_at += size;
        return value;
    }

private:
    QByteArrayView m_bytes;
    qsizetype m_at;
    qsizetype m_end;
    bool m_ok = true;
};

struct ItemLocation
{
    int constructionMethod = 0;
    quint64 offset = 0;
    quint64 length = 0;
};

// The location of one item from 'iloc' (ISO/IEC 14496-12, 8.11.3), when it is a single extent.
std::optional<ItemLocation> findItemLocation(QByteArrayView bytes, const BmffBox &iloc, quint32 id)
{
    FieldReader reader(bytes, iloc.payload, iloc.end);
    const auto version = int(reader.read(1));
    reader.read(3); // flags
    const quint64 sizes = reader.read(2);
    const int offsetSize = int(sizes >> 12) & 0xf;
    const int lengthSize = int(sizes >> 8) & 0xf;
    const int baseOffsetSize = int(sizes >> 4) & 0xf;
    const int indexSize = version == 1 || version == 2 ? int(sizes) & 0xf : 0;
    const quint64 items = reader.read(version < 2 ? 2 : 4);
    for (quint64 i = 0; i < items && reader.ok(); ++i) {
        const quint64 itemId = reader.read(version < 2 ? 2 : 4);
        ItemLocation location;
        if (version == 1 || version == 2)
            location.constructionMethod = int(reader.read(2) & 0xf);
        reader.read(2); // data reference index
        const quint64 baseOffset = reader.read(baseOffsetSize);
        const quint64 extents = reader.read(2);
        for (quint64 e = 0; e < extents && reader.ok(); ++e) {
            reader.read(indexSize);
            location.offset = baseOffset + reader.read(offsetSize);
            location.length = reader.read(lengthSize);
        }
        if (reader.ok() && itemId == id)
            return extents == 1 ? std::optional<ItemLocation>(location) : std::nullopt;
    }
    return std::nullopt;
}

QByteArrayView itemBytes(QByteArrayView bytes, const std::optional<BmffBox> &iloc,
                         const std::optional<BmffBox> &idat, quint32 id)
{
    if (!iloc || id == 0)
        return {};
    const auto location = findItemLocation(bytes, *iloc, id);
    if (!location)
        return {};
    qsizetype begin = 0;
    qsizetype end = bytes.size();
    if (location->constructionMethod == 1) { // offsets into the 'idat' box
        if (!idat)
            return {};
        begin = idat->payload;
        end = idat->end;
    } else if (location->constructionMethod != 0) {
        return {};
    }
    const auto available = quint64(end - begin);
    if (location->offset > available || location->length > available - location->offset ||
        location->length == 0)
        return {};
    return bytes.sliced(begin + qsizetype(location->offset), qsizetype(location->length));
}

} // namespace

bool BmffBox::is(std::string_view name) const
{
    return name == std::string_view(type.data(), type.size());
}

BmffBoxReader::BmffBoxReader(QByteArrayView bytes, qsizetype begin, qsizetype end)
    : m_bytes(bytes)
    , m_pos(begin)
    , m_end(qMin(end, bytes.size()))
{}

std::optional<BmffBox> BmffBoxReader::next()
{
    if (m_damaged || m_pos >= m_end)
        return std::nullopt;
    if (m_end - m_pos < 8) {
        m_damaged = true;
        return std::nullopt;
    }
    BmffBox box;
    std::memcpy(box.type.data(), m_bytes.data() + m_pos + 4, box.type.size());
    quint64 size = be32(m_bytes, m_pos);
    qsizetype header = 8;
    if (size == 1) { // 64-bit size follows the type
        if (m_end - m_pos < 16) {
            m_damaged = true;
            return std::nullopt;
        }
        size = (quint64(be32(m_bytes, m_pos + 8)) << 32) | be32(m_bytes, m_pos + 12);
        header = 16;
    } else if (size == 0) { // the box runs to the end of its container
        size = quint64(m_end - m_pos);
    }
    if (size < quint64(header)) {
        m_damaged = true;
        return std::nullopt;
    }
    box.payload = m_pos + header;
    if (size > quint64(m_end - m_pos)) {
        box.truncated = true;
        box.end = m_end;
    } else {
        box.end = m_pos + qsizetype(size);
    }
    m_pos = box.end;
    return box;
}

BmffMetadataItems bmffMetadataItems(QByteArrayView bytes)
{
    BmffMetadataItems items;
    const auto meta = findChild(bytes, 0, bytes.size(), "meta");
    if (!meta || meta->end - meta->payload < fullBoxHeader)
        return items;
    const qsizetype metaChildren = meta->payload + fullBoxHeader;
    const auto iinf = findChild(bytes, metaChildren, meta->end, "iinf");
    if (!iinf || iinf->end - iinf->payload < fullBoxHeader + 2)
        return items;

    // 'iinf' lists 'infe' boxes; versions 2 and 3 carry the item type (and a MIME type).
    const qsizetype entriesAt = iinf->payload + fullBoxHeader + (bytes[iinf->payload] == 0 ? 2 : 4);
    quint32 exifId = 0;
    quint32 xmpId = 0;
    BmffBoxReader entries(bytes, entriesAt, iinf->end);
    while (const auto infe = entries.next()) {
        if (!infe->is("infe") || infe->truncated)
            continue;
        FieldReader reader(bytes, infe->payload, infe->end);
        const auto version = int(reader.read(1));
        reader.read(3);
        if (version < 2)
            continue;
        const auto id = quint32(reader.read(version == 2 ? 2 : 4));
        reader.read(2); // protection index
        const quint64 type = reader.read(4);
        if (!reader.ok())
            continue;
        if (type == 0x45786966) { // "Exif"
            exifId = id;
        } else if (type == 0x6d696d65) { // "mime": item name, then the content type
            const QByteArrayView rest =
                bytes.sliced(reader.position(), infe->end - reader.position());
            const qsizetype nameEnd = rest.indexOf('\0');
            if (nameEnd >= 0 && rest.sliced(nameEnd + 1).startsWith("application/rdf+xml"))
                xmpId = id;
        }
    }
    const auto iloc = findChild(bytes, metaChildren, meta->end, "iloc");
    const auto idat = findChild(bytes, metaChildren, meta->end, "idat");
    items.exif = itemBytes(bytes, iloc, idat, exifId);
    items.xmp = itemBytes(bytes, iloc, idat, xmpId);
    return items;
}

std::optional<QSize> bmffPrimaryImageSize(QByteArrayView bytes)
{
    const auto meta = findChild(bytes, 0, bytes.size(), "meta");
    if (!meta || meta->end - meta->payload < fullBoxHeader)
        return std::nullopt;
    const qsizetype metaChildren = meta->payload + fullBoxHeader;

    const auto pitm = findChild(bytes, metaChildren, meta->end, "pitm");
    if (!pitm || pitm->end - pitm->payload < fullBoxHeader + 2)
        return std::nullopt;
    const bool pitmV0 = bytes[pitm->payload] == 0;
    if (!pitmV0 && pitm->end - pitm->payload < fullBoxHeader + 4)
        return std::nullopt;
    const quint32 primary = pitmV0 ? be16(bytes, pitm->payload + fullBoxHeader)
                                   : be32(bytes, pitm->payload + fullBoxHeader);

    const auto iprp = findChild(bytes, metaChildren, meta->end, "iprp");
    if (!iprp)
        return std::nullopt;
    const auto ipco = findChild(bytes, iprp->payload, iprp->end, "ipco");
    const auto ipma = findChild(bytes, iprp->payload, iprp->end, "ipma");
    if (!ipco || !ipma || ipma->end - ipma->payload < fullBoxHeader + 4)
        return std::nullopt;

    // ipma: for each item, the 1-based indexes of its properties in ipco.
    const int version = static_cast<unsigned char>(bytes[ipma->payload]);
    const bool wideIndexes = (bytes[ipma->payload + 3] & 1) != 0;
    qsizetype at = ipma->payload + fullBoxHeader;
    const quint32 entries = be32(bytes, at);
    at += 4;
    for (quint32 entry = 0; entry < entries; ++entry) {
        const qsizetype idSize = version < 1 ? 2 : 4;
        if (ipma->end - at < idSize + 1)
            return std::nullopt;
        const quint32 item = idSize == 2 ? be16(bytes, at) : be32(bytes, at);
        const int associations = static_cast<unsigned char>(bytes[at + idSize]);
        at += idSize + 1;
        const qsizetype indexSize = wideIndexes ? 2 : 1;
        if (ipma->end - at < associations * indexSize)
            return std::nullopt;
        if (item != primary) {
            at += associations * indexSize;
            continue;
        }
        for (int a = 0; a < associations; ++a, at += indexSize) {
            const int index = wideIndexes ? (be16(bytes, at) & 0x7fff)
                                          : (static_cast<unsigned char>(bytes[at]) & 0x7f);
            BmffBoxReader properties(bytes, ipco->payload, ipco->end);
            std::optional<BmffBox> property;
            for (int i = 0; i < index; ++i)
                property = properties.next();
            if (!property || !property->is("ispe") || property->truncated ||
                property->end - property->payload < fullBoxHeader + 8)
                continue;
            const quint32 width = be32(bytes, property->payload + fullBoxHeader);
            const quint32 height = be32(bytes, property->payload + fullBoxHeader + 4);
            if (width == 0 || height == 0 || width > 1'000'000 || height > 1'000'000)
                return std::nullopt;
            return QSize(int(width), int(height));
        }
        return std::nullopt;
    }
    return std::nullopt;
}
