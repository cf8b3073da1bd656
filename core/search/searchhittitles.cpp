#include "core/search/searchhittitles.h"

#include "core/catalog/catalogconnection.h"
#include "core/catalog/sqlidlist.h"
#include "core/events/eventservice.h"
#include "core/galleries/galleryservice.h"
#include "core/journal/journalservice.h"

#include <QFileInfo>
#include <QHash>
#include <QSqlQuery>

SearchHitTitles::SearchHitTitles(const CatalogConnection &connection)
    : m_connection(connection)
{}

void SearchHitTitles::fill(SearchResults &results) const
{
    for (SearchHit &hit : results.entries) {
        if (hit.title.isEmpty())
            hit.title = JournalService::displayTitle(JournalEntry{});
    }
    for (SearchHit &hit : results.galleries) {
        if (hit.title.isEmpty())
            hit.title = GalleryService::displayTitle(Gallery{});
    }
    fillPhotos(results.photos);
    fillEvents(results.events);
}

void SearchHitTitles::fillPhotos(QList<SearchHit> &hits) const
{
    QList<qint64> ids;
    for (const SearchHit &hit : hits) {
        if (hit.title.isEmpty())
            ids.append(hit.id);
    }
    if (ids.isEmpty())
        return;
    QSqlQuery query(m_connection.database());
    QHash<qint64, QString> names;
    if (query.exec(
            QStringLiteral("SELECT id, path FROM photos WHERE id IN (%1)").arg(sqlIdList(ids)))) {
        while (query.next())
            names.insert(query.value(0).toLongLong(),
                         QFileInfo(query.value(1).toString()).fileName());
    }
    for (SearchHit &hit : hits) {
        if (hit.title.isEmpty())
            hit.title = names.value(hit.id);
    }
}

void SearchHitTitles::fillEvents(QList<SearchHit> &hits) const
{
    const EventService events(m_connection);
    for (SearchHit &hit : hits) {
        if (!hit.title.isEmpty())
            continue;
        if (const std::optional<EventSummary> event = events.event(hit.id))
            hit.title = EventService::displayTitle(*event);
    }
}
