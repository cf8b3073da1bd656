#pragma once

#include "core/catalog/photosummary.h"
#include "core/library/photosource.h"

#include <QAbstractListModel>
#include <QCollator>
#include <QHash>
#include <QList>

#include <optional>
#include <vector>

class CatalogConnection;

// The photos of one source (all photos, a folder, an import, the problems) as a flat list for the
// grid. Holds a small PhotoSummary per photo, so 100,000 photos load in one query and little
// memory. Thumbnails are not here: the grid's delegate asks the ThumbnailService.
class PhotoGridModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        PhotoIdRole = Qt::UserRole + 1, // qint64
        PathRole,                       // QString, absolute
        FileNameRole,                   // QString
        TakenAtRole,                    // QDateTime, local wall time; invalid when unknown
        TakenOffsetRole,                // int seconds, or an invalid QVariant when unknown
        ImportedAtRole,                 // QDateTime, UTC
        OrientationRole,                // int, EXIF 1-8
        PixelSizeRole,                  // QSize as displayed (after orientation); may be empty
        StateRole,                      // int, a PhotoState
        StateReasonRole,                // QString, why a problem photo is one
        IdentityKeyRole,                // QByteArray, the thumbnail cache key
    };
    enum class SortOrder
    {
        TakenAt,   // oldest first; photos without a time at the end, by name
        FileName,  // natural order, case-insensitive ("IMG_2" before "IMG_10")
        ImportedAt // the order they came in
    };
    Q_ENUM(SortOrder)

    // Loads right away: all photos, by time taken.
    explicit PhotoGridModel(const CatalogConnection &connection, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    PhotoSource source() const { return m_source; }
    void setSource(const PhotoSource &source); // resets the model
    SortOrder sortOrder() const { return m_order; }
    void setSortOrder(SortOrder order); // resets the model

    // The summary behind a row, for a delegate that paints thousands a second.
    const PhotoSummary &summaryAt(int row) const { return m_photos.at(m_rows.at(row)); }
    QModelIndex indexOfPhoto(qint64 photoId) const;

public slots:
    void reload();
    // These photos were added or changed (an import committed them): rows are inserted, updated
    // or removed to match the source, in sort order, without a reset, so selection survives.
    void refreshPhotos(const QList<qint64> &photoIds);

private:
    bool lessThan(int slotA, int slotB) const;
    void computeSortKeys();
    void computeSortKey(int slot);
    qint64 timeKey(const PhotoSummary &photo) const;
    const QCollatorSortKey &nameKey(int slot) const;
    void sortRows();
    int rowOfSlot(int slot) const;
    int takeSlot(PhotoSummary &&photo);
    void releaseSlot(int slot);
    void removePhotoRows(QList<int> rows);
    void updateRow(int row, PhotoSummary &&photo);
    void insertSlots(QList<int> newSlots);

    const CatalogConnection &m_connection;
    PhotoSource m_source = PhotoSource::allPhotos();
    SortOrder m_order = SortOrder::TakenAt;
    QCollator m_collator;
    // Summaries stay in the slot they were loaded into; rows are slot numbers in sort order, so
    // inserting a row into 100,000 moves 4-byte ints, not summaries. Released slots are reused.
    QList<PhotoSummary> m_photos;
    std::vector<int> m_rows;
    QHash<qint64, int> m_slotOfPhoto;
    QList<int> m_freeSlots;
    // Per slot: the time the order sorts on (ms), and the file name's collation key, made the first
    // time a comparison needs it: sorting by time needs few (equal times, photos without one).
    std::vector<qint64> m_timeKeys;
    mutable std::vector<std::optional<QCollatorSortKey>> m_nameKeys;
};
