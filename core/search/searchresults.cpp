#include "core/search/searchresults.h"

const QList<SearchHit> &SearchResults::hits(SearchKind kind) const
{
    switch (kind) {
    case SearchKind::Entry:
        return entries;
    case SearchKind::Photo:
        return photos;
    case SearchKind::Event:
        return events;
    case SearchKind::Gallery:
        return galleries;
    }
    return entries;
}

QList<SearchHit> &SearchResults::hits(SearchKind kind)
{
    return const_cast<QList<SearchHit> &>(std::as_const(*this).hits(kind));
}

int SearchResults::count(SearchKind kind) const
{
    switch (kind) {
    case SearchKind::Entry:
        return entryCount;
    case SearchKind::Photo:
        return photoCount;
    case SearchKind::Event:
        return eventCount;
    case SearchKind::Gallery:
        return galleryCount;
    }
    return 0;
}
