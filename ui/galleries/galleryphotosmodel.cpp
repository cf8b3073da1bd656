#include "ui/galleries/galleryphotosmodel.h"

#include "core/catalog/photosummaryrepository.h"
#include "core/library/photogridmodel.h"

#include <QDir>

GalleryPhotosModel::GalleryPhotosModel(const CatalogConnection &connection, QObject *parent)
    : QAbstractListModel(parent)
    , m_connection(connection)
{}

int GalleryPhotosModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_photos.size());
}

QVariant GalleryPhotosModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PhotoSummary &photo = m_photos.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case PhotoGridModel::FileNameRole:
        return photo.fileName();
    case Qt::ToolTipRole:
        return QDir::toNativeSeparators(photo.path);
    case PhotoGridModel::PhotoIdRole:
        return photo.id;
    case PhotoGridModel::PathRole:
        return photo.path;
    case PhotoGridModel::TakenAtRole:
        return photo.takenLocal;
    case PhotoGridModel::TakenOffsetRole:
        return photo.takenOffsetSeconds ? QVariant(*photo.takenOffsetSeconds) : QVariant();
    case PhotoGridModel::ImportedAtRole:
        return photo.importedAt;
    case PhotoGridModel::OrientationRole:
        return photo.orientation;
    case PhotoGridModel::PixelSizeRole:
        // As the grid's model: orientations 5 to 8 swap width and height on screen.
        return photo.orientation >= 5 ? photo.pixelSize.transposed() : photo.pixelSize;
    case PhotoGridModel::StateRole:
        return int(photo.state);
    case PhotoGridModel::StateReasonRole:
        return photo.stateReason;
    case PhotoGridModel::IdentityKeyRole:
        return photo.identityKey;
    default:
        return {};
    }
}

void GalleryPhotosModel::setPhotoIds(const QList<qint64> &photoIds)
{
    QList<qint64> ids;
    QHash<qint64, int> order;
    for (qint64 id : photoIds) {
        if (id != 0 && !order.contains(id)) {
            order.insert(id, int(ids.size()));
            ids.append(id);
        }
    }
    QList<PhotoSummary> found = PhotoSummaryRepository(m_connection).listByIds(ids, {});
    // The repository answers in no particular order: the gallery's order it is.
    std::sort(found.begin(), found.end(), [&order](const PhotoSummary &a, const PhotoSummary &b) {
        return order.value(a.id) < order.value(b.id);
    });
    beginResetModel();
    m_photos = std::move(found);
    m_rowOfPhoto.clear();
    for (int row = 0; row < m_photos.size(); ++row)
        m_rowOfPhoto.insert(m_photos.at(row).id, row);
    endResetModel();
}

int GalleryPhotosModel::rowOfPhoto(qint64 photoId) const
{
    return m_rowOfPhoto.value(photoId, -1);
}

std::optional<PhotoSummary> GalleryPhotosModel::summary(qint64 photoId) const
{
    const int row = rowOfPhoto(photoId);
    if (row < 0)
        return std::nullopt;
    return m_photos.at(row);
}
