#include "bench/thumbnails/previewembedder.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QSaveFile>
#include <QtConcurrent>

#include <numeric>

namespace {

void append16(QByteArray &out, quint32 value)
{
    out.append(char(value & 0xff)).append(char((value >> 8) & 0xff));
}

void append32(QByteArray &out, quint32 value)
{
    append16(out, value & 0xffff);
    append16(out, value >> 16);
}

// Where the leading APPn segments end: the MPF index goes after them, as cameras place it.
qsizetype endOfApplicationSegments(const QByteArray &jpeg)
{
    qsizetype at = 2;
    while (at + 4 <= jpeg.size() && uchar(jpeg[at]) == 0xff && uchar(jpeg[at + 1]) >= 0xe0 &&
           uchar(jpeg[at + 1]) <= 0xef)
        at += 2 + ((qsizetype(uchar(jpeg[at + 2])) << 8) | uchar(jpeg[at + 3]));
    return qMin(at, jpeg.size());
}

// CIPA DC-007: APP2 "MPF\0", a little-endian MP header, an index IFD (version, number of images,
// entries) and two 16-byte entries: the photo (offset 0) and the large thumbnail, whose offset
// counts from the MP header.
QByteArray withPreview(const QByteArray &photo, const QByteArray &preview)
{
    constexpr int app2Length = 2 + 4 + 50 + 32;
    const qsizetype insertAt = endOfApplicationSegments(photo);
    const qint64 photoSize = photo.size() + 2 + app2Length;
    const qint64 headerStart = insertAt + 2 + 2 + 4;
    QByteArray app2("\xff\xe2", 2);
    app2.append(char(app2Length >> 8)).append(char(app2Length & 0xff));
    app2.append("MPF\0II*\0", 8);
    append32(app2, 8);
    append16(app2, 3);
    append16(app2, 0xb000);
    append16(app2, 7);
    append32(app2, 4);
    app2.append("0100", 4);
    append16(app2, 0xb001);
    append16(app2, 4);
    append32(app2, 1);
    append32(app2, 2);
    append16(app2, 0xb002);
    append16(app2, 7);
    append32(app2, 32);
    append32(app2, 50);
    append32(app2, 0);
    append32(app2, 0x20030000); // representative baseline primary image
    append32(app2, quint32(photoSize));
    append32(app2, 0);
    append32(app2, 0);
    append32(app2, 0x00010002); // large thumbnail (full HD class)
    append32(app2, quint32(preview.size()));
    append32(app2, quint32(photoSize - headerStart));
    append32(app2, 0);
    return photo.first(insertAt) + app2 + photo.sliced(insertAt) + preview;
}

QString writeOne(const QString &photo, const QString &target, int size)
{
    QFile file(photo);
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("%1: %2").arg(photo, file.errorString());
    const QByteArray bytes = file.readAll();
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "jpeg");
    reader.setScaledSize(reader.size().scaled(size, size, Qt::KeepAspectRatio));
    const QImage scaled = reader.read();
    if (scaled.isNull())
        return QStringLiteral("%1: %2").arg(photo, reader.errorString());
    QByteArray preview;
    QBuffer previewBuffer(&preview);
    previewBuffer.open(QIODevice::WriteOnly);
    scaled.save(&previewBuffer, "jpeg", 85);
    QSaveFile out(target);
    if (!out.open(QIODevice::WriteOnly))
        return QStringLiteral("%1: %2").arg(target, out.errorString());
    out.write(withPreview(bytes, preview));
    if (!out.commit())
        return QStringLiteral("%1: %2").arg(target, out.errorString());
    return {};
}

} // namespace

namespace PreviewEmbedder {

QString writeAll(const QStringList &photos, const QString &out, int size)
{
    if (!QDir().mkpath(out))
        return QStringLiteral("cannot make %1").arg(out);
    QList<int> indexes(photos.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    const QStringList errors = QtConcurrent::blockingMapped(indexes, [&](int index) {
        const QString target = QDir(out).filePath(QStringLiteral("%1-%2")
                                                      .arg(index, 5, 10, QLatin1Char('0'))
                                                      .arg(QFileInfo(photos.at(index)).fileName()));
        if (QFileInfo::exists(target))
            return QString(); // written by an earlier run
        return writeOne(photos.at(index), target, size);
    });
    for (const QString &error : errors) {
        if (!error.isEmpty())
            return error;
    }
    return {};
}

} // namespace PreviewEmbedder
