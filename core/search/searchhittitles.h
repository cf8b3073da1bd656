#pragma once

#include "core/search/searchresults.h"

class CatalogConnection;

// Titles for the hits that have none, as the rest of the app names those things: a photo by its
// file name, an event by its dates ("20–22 May 2026"), "Untitled Entry", "Untitled Gallery". The
// index holds only what users wrote; looking up the few hits shown costs one query per kind.
class SearchHitTitles
{
public:
    explicit SearchHitTitles(const CatalogConnection &connection);

    void fill(SearchResults &results) const;

private:
    void fillPhotos(QList<SearchHit> &hits) const;
    void fillEvents(QList<SearchHit> &hits) const;

    const CatalogConnection &m_connection;
};
