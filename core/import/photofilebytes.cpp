#include "core/import/photofilebytes.h"

#include "core/import/contentidentity.h"

namespace {

// Metadata segments beyond this are not worth reading piecemeal: map the file instead.
constexpr qint64 MaxJpegHeaderBytes = 4 * 1024 * 1024;

// Where the JPEG's start-of-scan segment ends, if the segments before it are all in `head`;
// 0 when more bytes are needed; -1 when the marker structure is not one we can follow.
qint64 endOfScanHeader(QByteArrayView head, qint64 &needed)
{
    const auto *p = reinterpret_cast<const unsigned char *>(head.data());
    const qint64 size = head.size();
    qint64 at = 2; // after SOI
    while (true) {
        if (at + 4 > size) {
            needed = at + 4;
            return 0;
        }
        if (p[at] != 0xff)
            return -1;
        const unsigned char marker = p[at + 1];
        if (marker == 0xff) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xd8 || marker == 0xd9 || marker == 0x01 ||
            (marker >= 0xd0 && marker <= 0xd7))
            return -1; // a second SOI, an early EOI or a restart marker: let the reader judge
        const qint64 length = (qint64(p[at + 2]) << 8) | p[at + 3];
        if (length < 2)
            return -1;
        const qint64 next = at + 2 + length;
        if (marker == 0xda) { // SOS: everything the reader needs comes before the scan data
            if (next > size) {
                needed = next;
                return 0;
            }
            return next;
        }
        at = next;
    }
}

} // namespace

QString PhotoFileBytes::load(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly))
        return tr("Cannot open the file: %1").arg(m_file.errorString());
    m_fileSize = m_file.size();
    if (m_fileSize == 0)
        return {};
    if (loadJpegSegments() || mapWhole())
        return {};
    return tr("Cannot read the file: %1").arg(m_file.errorString());
}

bool PhotoFileBytes::loadJpegSegments()
{
    // A small file is read whole: cheaper than working out which part of it is needed.
    const bool small = m_fileSize <= 2 * ContentIdentity::EdgeBytes;
    m_head = m_file.read(small ? m_fileSize : ContentIdentity::EdgeBytes);
    if (m_head.size() < 4 || uchar(m_head[0]) != 0xff || uchar(m_head[1]) != 0xd8)
        return false;
    if (small) {
        m_metadata = m_head;
        return m_head.size() == m_fileSize;
    }
    qint64 end = 0;
    while (true) {
        qint64 needed = 0;
        end = endOfScanHeader(m_head, needed);
        if (end < 0 || needed > MaxJpegHeaderBytes || needed > m_fileSize)
            return false;
        if (end > 0)
            break;
        const QByteArray more = m_file.read(std::max(needed, m_head.size() * 2) - m_head.size());
        if (more.isEmpty())
            return false;
        m_head.append(more);
    }
    if (m_fileSize > m_head.size()) {
        const qint64 tailSize = std::min<qint64>(ContentIdentity::EdgeBytes, m_fileSize);
        if (!m_file.seek(m_fileSize - tailSize))
            return false;
        m_tail = m_file.read(tailSize);
        if (m_tail.size() != tailSize)
            return false;
    }
    m_metadata = QByteArrayView(m_head).first(end);
    return true;
}

bool PhotoFileBytes::mapWhole()
{
    m_head.clear();
    m_tail.clear();
    if (const uchar *mapped = m_file.map(0, m_fileSize)) {
        m_metadata = QByteArrayView(mapped, m_fileSize);
        return true;
    }
    // Not mappable (some network file systems): read it.
    if (!m_file.seek(0))
        return false;
    m_head = m_file.readAll();
    m_metadata = m_head;
    return m_head.size() == m_fileSize;
}

QByteArray PhotoFileBytes::identityKey() const
{
    if (!isPartial())
        return ContentIdentity::identityKey(m_metadata);
    // Partial only for files larger than 2 * EdgeBytes, whose first EdgeBytes were read; the
    // tail was read too, unless the head already reaches the end of the file.
    const QByteArrayView head = QByteArrayView(m_head).first(ContentIdentity::EdgeBytes);
    const QByteArrayView tail = m_tail.isEmpty()
                                    ? QByteArrayView(m_head).last(ContentIdentity::EdgeBytes)
                                    : QByteArrayView(m_tail);
    return ContentIdentity::identityKey(m_fileSize, head, tail);
}
