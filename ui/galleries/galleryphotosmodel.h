#pragma once

#include "core/catalog/photosummary.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

#include <optional>

class CatalogConnection;

// The photos of one gallery's notes, in the gallery's order, as rows with PhotoGridModel's roles:
// what the full-screen viewer steps through and where the board finds what a thumbnail request
// needs (identity key, orientation). Notes whose photo left the catalog have no row.
class GalleryPhotosModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit GalleryPhotosModel(const CatalogConnection &connection, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // Reads these photos (the notes' photos in order; 0 and repeats are skipped) afresh.
    void setPhotoIds(const QList<qint64> &photoIds);
    int rowOfPhoto(qint64 photoId) const;
    std::optional<PhotoSummary> summary(qint64 photoId) const;

private:
    const CatalogConnection &m_connection;
    QList<PhotoSummary> m_photos;
    QHash<qint64, int> m_rowOfPhoto;
};
