#include "core/library/photolistmodel.h"

#include "core/catalog/photorepository.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace {

bool takenBefore(const PhotoRecord &a, const PhotoRecord &b)
{
    const QString ta =
        a.metadata.takenAt ? a.metadata.takenAt->sortableWallTimeString() : QString();
    const QString tb =
        b.metadata.takenAt ? b.metadata.takenAt->sortableWallTimeString() : QString();
    if (ta.isEmpty() != tb.isEmpty())
        return !ta.isEmpty(); // photos without a time go last
    if (ta != tb)
        return ta < tb;
    return a.path < b.path;
}

} // namespace

PhotoListModel::PhotoListModel(const CatalogConnection &connection, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connection(connection)
{
    reload();
}

int PhotoListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_photos.size());
}

int PhotoListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PhotoListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PhotoRecord &photo = m_photos.at(index.row());
    if (role == PhotoIdRole)
        return photo.id;
    if (role == PathRole)
        return photo.path;
    if (role == Qt::ToolTipRole)
        return QDir::toNativeSeparators(photo.path);
    if (role != Qt::DisplayRole)
        return {};
    const PhotoMetadata &m = photo.metadata;
    switch (index.column()) {
    case TakenColumn:
        return m.takenAt ? QStringLiteral("%1 %2")
                               .arg(m.takenAt->wallTimeString().replace(QLatin1Char('T'),
                                                                        QLatin1Char(' ')),
                                    m.takenAt->offsetString())
                               .trimmed()
                         : tr("Unknown");
    case CameraColumn:
        return m.model.isEmpty() ? m.make : m.model;
    case FileColumn:
        return QFileInfo(photo.path).fileName();
    case StateColumn:
        switch (photo.state) {
        case PhotoState::Ok:
            return tr("OK");
        case PhotoState::Missing:
            return tr("Missing");
        case PhotoState::Unreadable:
            return tr("Unreadable: %1").arg(photo.stateReason);
        }
    }
    return {};
}

QVariant PhotoListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TakenColumn:
        return tr("Taken");
    case CameraColumn:
        return tr("Camera");
    case FileColumn:
        return tr("File");
    case StateColumn:
        return tr("State");
    }
    return {};
}

void PhotoListModel::reload()
{
    beginResetModel();
    m_photos = PhotoRepository(m_connection).list(PhotoRepository::Order::TakenAt);
    endResetModel();
}

void PhotoListModel::refreshPhotos(const QList<qint64> &photoIds)
{
    const QList<PhotoRecord> changed = PhotoRepository(m_connection).listByIds(photoIds);
    for (const PhotoRecord &photo : changed) {
        const auto existing = std::find_if(m_photos.begin(), m_photos.end(),
                                           [&](const PhotoRecord &p) { return p.id == photo.id; });
        if (existing != m_photos.end()) {
            const int row = static_cast<int>(existing - m_photos.begin());
            beginRemoveRows({}, row, row);
            m_photos.removeAt(row);
            endRemoveRows();
        }
        const auto position =
            std::upper_bound(m_photos.begin(), m_photos.end(), photo, takenBefore);
        const int row = static_cast<int>(position - m_photos.begin());
        beginInsertRows({}, row, row);
        m_photos.insert(row, photo);
        endInsertRows();
    }
}
