#pragma once

#include "core/catalog/photosummary.h"

#include <QList>
#include <QString>

class CatalogConnection;

// Which photos a summary query returns. The library's PhotoSource maps onto it; the catalog does
// not know about sidebars.
struct PhotoSummaryFilter
{
    enum class States
    {
        All,
        Ok,       // PhotoState::Ok only
        Problems, // Missing and Unreadable
    };

    States states = States::All;
    QString folderPath;  // when set: photos in this folder and the folders below it
    qint64 importId = 0; // when set: photos brought in by this import
    qint64 eventId = 0;  // when set: photos of this event
};

// The grid's queries: PhotoSummary values for a whole source at once, in no particular order (the
// model sorts them in memory, which is cheaper than ORDER BY on 100,000 rows and lets it re-sort
// without asking again).
class PhotoSummaryRepository
{
public:
    explicit PhotoSummaryRepository(const CatalogConnection &connection);

    QList<PhotoSummary> list(const PhotoSummaryFilter &filter) const;
    // The photos among `ids` that pass the filter; the others are gone or belong elsewhere.
    QList<PhotoSummary> listByIds(const QList<qint64> &ids, const PhotoSummaryFilter &filter) const;

    QString lastError() const { return m_lastError; }

private:
    bool select(const QString &where, const QVariantList &values, QList<PhotoSummary> &out) const;

    const CatalogConnection &m_connection;
    mutable QString m_lastError;
};
