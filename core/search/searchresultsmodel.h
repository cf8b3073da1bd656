#pragma once

#include "core/search/searchresults.h"

#include <QAbstractListModel>

Q_DECLARE_METATYPE(SearchKind)

// What a search found, as the rows of the popup below the search field: for each kind with hits,
// in a fixed order (entries, photos, events, galleries), a heading with the kind's name and how
// many matched, then its hits, best first. Headings are neither selectable nor enabled, so a view
// steps over them; nextHitRow() does the same for keyboard navigation.
class SearchResultsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        IsHeadingRole = Qt::UserRole + 1, // bool
        KindRole,                         // int (SearchKind), of a heading and of a hit
        IdRole,                           // qint64, of a hit: the entry's, photo's... id
        SnippetRole,                      // QString, plain text
        SnippetHtmlRole,                  // QString, the matches in <b>
        CountRole,                        // int, of a heading: how many of its kind matched
        ShownCountRole,                   // int, of a heading: how many of them are listed
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    // Hits without a title must have one by now (SearchHitTitles).
    void setResults(const QString &query, const SearchResults &results);
    void clear();

    const QString &query() const { return m_query; }
    bool hasHits() const;
    // The name of a kind, plural, as its heading shows it: "Journal Entries".
    static QString kindName(SearchKind kind);

    // The first hit row, -1 when there is none.
    int firstHitRow() const;
    // The next hit row from `row` in direction `step` (+1 or -1) past headings, or `row` itself
    // when there is none that way. From -1 going down: the first hit.
    int nextHitRow(int row, int step) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        SearchKind kind = SearchKind::Entry;
        int hit = -1; // index into the kind's hits; -1 for the heading
    };

    QString m_query;
    SearchResults m_results;
    QList<Row> m_rows;
};
