#pragma once

#include <QByteArray>
#include <QImage>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>

// What a view asks for: one photo's thumbnail, fitting a square of pixelSize device pixels.
struct ThumbnailRequest
{
    qint64 photoId = 0;
    QString path;
    QByteArray identityKey; // content identity from the catalog: the disk cache key
    int orientation = 1;    // EXIF orientation from the catalog
    int pixelSize = 256;    // longest edge wanted, in device pixels
};

// Thumbnails for the views, made on the service's own thread pool; the GUI thread never decodes.
// thumbnail() answers from the memory cache at once or queues the work; thumbnailReady tells
// when to ask again. Requests for photos no longer visible are dropped before they start.
class ThumbnailService : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString cacheDirectory;                           // the disk cache, survives restarts
        qint64 diskCacheLimitBytes = 512LL * 1024 * 1024; // oldest entries pruned beyond it
        qint64 memoryCacheLimitBytes = 192LL * 1024 * 1024;
        int threadCount = 0; // 0: one per core
    };

    explicit ThumbnailService(const Settings &settings, QObject *parent = nullptr);
    ~ThumbnailService() override;

    // The best image in memory for this photo: the size asked for, or meanwhile another cached
    // size (the view scales it). A null image when none is cached yet; the request is then queued
    // unless it already failed.
    QImage thumbnail(const ThumbnailRequest &request);
    // Why this photo has no thumbnail, once decoding failed (a broken-photo tile shows it).
    std::optional<QString> failure(qint64 photoId) const;
    // The photos on screen now, in the order to serve them. Queued requests for any other photo
    // are dropped; the ones in the list move to the front.
    void setVisiblePhotos(const QList<qint64> &photoIds);

    void setDiskCacheLimit(qint64 bytes);
    qint64 diskCacheLimit() const;
    qint64 diskCacheSize() const;
    void clearDiskCache();

    // The size thumbnails are made at for a request of pixelSize: 128, 256, 512 or 1024 device
    // pixels on the longest edge (see ThumbnailBucket); never larger than the photo itself.
    static int bucketSize(int pixelSize);

signals:
    void thumbnailReady(qint64 photoId);
    void thumbnailFailed(qint64 photoId, const QString &reason);

private:
    class Private;
    std::unique_ptr<Private> d;
};
