#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QFile>
#include <QString>

// The bytes of a photo file that an import needs: what the metadata reader parses, and the head
// and tail the identity key is made of.
//
// A JPEG keeps all of its metadata in the segments before the image scan, so for a JPEG only
// those segments and the last 64 KiB are read (two or three reads, about 150 KiB). Mapping every
// file instead costs more than exiv2's parsing once thousands of files are imported by several
// threads: each unmap stops every other thread of the process to flush its TLB. Other formats
// keep metadata anywhere in the file (TIFF offsets, BMFF boxes, PNG chunks) and are mapped whole.
class PhotoFileBytes
{
    Q_DECLARE_TR_FUNCTIONS(PhotoFileBytes)

public:
    // Returns an empty string on success, otherwise why the file could not be read.
    QString load(const QString &path);

    qint64 fileSize() const { return m_fileSize; }
    // All the file, or for a JPEG the part up to and including the start-of-scan header.
    QByteArrayView metadataBytes() const { return m_metadata; }
    bool isPartial() const { return m_metadata.size() < m_fileSize; }
    // ContentIdentity::identityKey() of the whole file.
    QByteArray identityKey() const;

private:
    bool loadJpegSegments();
    bool mapWhole();

    QFile m_file;
    qint64 m_fileSize = 0;
    QByteArray m_head; // read, not mapped: the JPEG segments
    QByteArray m_tail;
    QByteArrayView m_metadata;
};
