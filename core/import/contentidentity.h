#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// How Corkboard recognises a file's content without reading all of it. Hashing every byte of
// every photo is what makes other managers slow to index; the identity key reads at most 128 KiB
// (size + head + tail), which tells photos apart in practice because the head holds the EXIF
// block with its timestamps and the tail the end of the compressed image. Only when two keys
// collide is the full content hash computed to confirm a duplicate.
namespace ContentIdentity {

inline constexpr qsizetype EdgeBytes = qsizetype(64) * 1024;

// 16 bytes: XXH3-128 of the size, the first EdgeBytes and the last EdgeBytes (of every byte, for
// files of up to 2 * EdgeBytes).
QByteArray identityKey(QByteArrayView bytes);
// The same key from the parts of a file larger than 2 * EdgeBytes: its size, its first EdgeBytes
// and its last EdgeBytes.
QByteArray identityKey(qint64 fileSize, QByteArrayView head, QByteArrayView tail);
// 16 bytes: XXH3-128 of every byte.
QByteArray contentHash(QByteArrayView bytes);
// contentHash() of a file on disk, mapped through QFile; empty when it cannot be read.
QByteArray contentHashOfFile(const QString &path);

} // namespace ContentIdentity
