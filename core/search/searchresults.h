#pragma once

#include "core/search/searchhit.h"

#include <QList>
#include <QString>

// What one search found, grouped by kind, best first within each.
struct SearchResults
{
    QList<SearchHit> entries;
    QList<SearchHit> photos;
    QList<SearchHit> events;
    QList<SearchHit> galleries;
    // How many things of each kind matched in all, beyond the hits kept.
    int entryCount = 0;
    int photoCount = 0;
    int eventCount = 0;
    int galleryCount = 0;

    const QList<SearchHit> &hits(SearchKind kind) const;
    QList<SearchHit> &hits(SearchKind kind);
    int count(SearchKind kind) const;
    bool isEmpty() const
    {
        return entries.isEmpty() && photos.isEmpty() && events.isEmpty() && galleries.isEmpty();
    }
};
