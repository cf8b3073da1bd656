#pragma once

#include "core/catalog/photorecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class CatalogConnection;

// The photos of the catalog as a table, ordered by time taken. Lives in core (no widgets) so it
// is tested headless; the views in ui/ only show it.
class PhotoListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TakenColumn,
        CameraColumn,
        FileColumn,
        StateColumn,
        ColumnCount
    };
    enum Role
    {
        PhotoIdRole = Qt::UserRole + 1,
        PathRole
    };

    explicit PhotoListModel(const CatalogConnection &connection, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

public slots:
    void reload();
    // Adds or refreshes these photos (an import committed them) without resetting the view.
    void refreshPhotos(const QList<qint64> &photoIds);

private:
    const CatalogConnection &m_connection;
    QList<PhotoRecord> m_photos;
};
