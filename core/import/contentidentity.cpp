#include "core/import/contentidentity.h"

#include <QFile>
#include <QtEndian>

#include <xxhash.h>

namespace {

QByteArray digestBytes(const XXH128_hash_t &hash)
{
    QByteArray bytes(16, Qt::Uninitialized);
    XXH128_canonical_t canonical;
    XXH128_canonicalFromHash(&canonical, hash);
    memcpy(bytes.data(), canonical.digest, sizeof(canonical.digest));
    return bytes;
}

} // namespace

namespace ContentIdentity {

QByteArray identityKey(QByteArrayView bytes)
{
    if (bytes.size() <= 2 * EdgeBytes)
        return identityKey(bytes.size(), bytes, {});
    return identityKey(bytes.size(), bytes.first(EdgeBytes), bytes.last(EdgeBytes));
}

QByteArray identityKey(qint64 fileSize, QByteArrayView head, QByteArrayView tail)
{
    XXH3_state_t *state = XXH3_createState();
    XXH3_128bits_reset(state);
    const quint64 size = qToLittleEndian(static_cast<quint64>(fileSize));
    XXH3_128bits_update(state, &size, sizeof(size));
    XXH3_128bits_update(state, head.data(), static_cast<size_t>(head.size()));
    XXH3_128bits_update(state, tail.data(), static_cast<size_t>(tail.size()));
    QByteArray key = digestBytes(XXH3_128bits_digest(state));
    XXH3_freeState(state);
    return key;
}

QByteArray contentHash(QByteArrayView bytes)
{
    return digestBytes(XXH3_128bits(bytes.data(), static_cast<size_t>(bytes.size())));
}

QByteArray contentHashOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    if (file.size() == 0)
        return contentHash({});
    if (const uchar *mapped = file.map(0, file.size()))
        return contentHash(QByteArrayView(mapped, file.size()));
    // Not mappable (a pipe, some network file systems): stream it.
    XXH3_state_t *state = XXH3_createState();
    XXH3_128bits_reset(state);
    QByteArray chunk;
    while (!(chunk = file.read(1 << 20)).isEmpty())
        XXH3_128bits_update(state, chunk.constData(), static_cast<size_t>(chunk.size()));
    QByteArray hash = digestBytes(XXH3_128bits_digest(state));
    XXH3_freeState(state);
    return hash;
}

} // namespace ContentIdentity
