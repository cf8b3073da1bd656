#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QStyledItemDelegate>

class ThumbnailService;
struct ThumbnailRequest;

// Paints one cell of the photo grid: the thumbnail, fitted and sharp at the screen's pixel ratio,
// fading in as it arrives; a placeholder while it is being made; a broken-photo tile with the
// reason when the file cannot be read or is missing; the file name below.
class PhotoGridDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    static constexpr int FadeMilliseconds = 180;

    explicit PhotoGridDelegate(ThumbnailService &thumbnails, QObject *parent = nullptr);

    void setThumbnailSize(int size) { m_thumbnailSize = size; }
    int thumbnailSize() const { return m_thumbnailSize; }
    // The cell for a thumbnail size: thumbnail, padding and one caption line.
    QSize cellSize() const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // What to ask the thumbnail service for this cell on a screen of this pixel ratio.
    ThumbnailRequest thumbnailRequest(const QModelIndex &index, qreal devicePixelRatio) const;

    // A thumbnail became ready: it fades in from now. Returns whether fades are running.
    void startFade(qint64 photoId);
    bool isFading() const;

private:
    void paintThumbnail(QPainter *painter, const QRect &frame, const QImage &image,
                        qint64 photoId) const;
    void paintPlaceholder(QPainter *painter, const QStyleOptionViewItem &option,
                          const QRect &frame) const;
    void paintProblem(QPainter *painter, const QStyleOptionViewItem &option, const QRect &frame,
                      const QString &title, const QString &reason) const;
    qreal fadeOpacity(qint64 photoId) const;

    ThumbnailService &m_thumbnails;
    int m_thumbnailSize = 160;
    QElapsedTimer m_clock;
    mutable QHash<qint64, qint64> m_fadeStartedAt; // photo id -> m_clock ms
};
