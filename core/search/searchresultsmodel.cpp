#include "core/search/searchresultsmodel.h"

#include <array>

namespace {

// The order of the groups: what people write first, then what they took and where.
constexpr std::array<SearchKind, 4> kKindOrder = {SearchKind::Entry, SearchKind::Photo,
                                                  SearchKind::Event, SearchKind::Gallery};

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void SearchResultsModel::setResults(const QString &query, const SearchResults &results)
{
    beginResetModel();
    m_query = query;
    m_results = results;
    m_rows.clear();
    for (const SearchKind kind : kKindOrder) {
        const QList<SearchHit> &hits = m_results.hits(kind);
        if (hits.isEmpty())
            continue;
        m_rows.append({kind, -1});
        for (int hit = 0; hit < hits.size(); ++hit)
            m_rows.append({kind, hit});
    }
    endResetModel();
}

void SearchResultsModel::clear()
{
    setResults({}, {});
}

bool SearchResultsModel::hasHits() const
{
    return !m_rows.isEmpty();
}

QString SearchResultsModel::kindName(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Entry:
        return tr("Journal Entries");
    case SearchKind::Photo:
        return tr("Photos");
    case SearchKind::Event:
        return tr("Events");
    case SearchKind::Gallery:
        return tr("Galleries");
    }
    return {};
}

int SearchResultsModel::firstHitRow() const
{
    return nextHitRow(-1, 1);
}

int SearchResultsModel::nextHitRow(int row, int step) const
{
    for (int next = row + step; next >= 0 && next < m_rows.size(); next += step) {
        if (m_rows.at(next).hit >= 0)
            return next;
    }
    return row;
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (row.hit < 0) {
        switch (role) {
        case Qt::DisplayRole:
            return kindName(row.kind);
        case Qt::AccessibleTextRole:
            return tr("%1: %n found", nullptr, m_results.count(row.kind)).arg(kindName(row.kind));
        case IsHeadingRole:
            return true;
        case KindRole:
            return static_cast<int>(row.kind);
        case CountRole:
            return m_results.count(row.kind);
        case ShownCountRole:
            return static_cast<int>(m_results.hits(row.kind).size());
        default:
            return {};
        }
    }
    const SearchHit &hit = m_results.hits(row.kind).at(row.hit);
    switch (role) {
    case Qt::DisplayRole:
        return hit.title;
    case Qt::ToolTipRole:
    case SnippetRole:
        return hit.snippet;
    case Qt::AccessibleTextRole:
        return hit.snippet.isEmpty() ? hit.title : hit.title + QStringLiteral(": ") + hit.snippet;
    case IsHeadingRole:
        return false;
    case KindRole:
        return static_cast<int>(row.kind);
    case IdRole:
        return hit.id;
    case SnippetHtmlRole:
        return hit.snippetHtml();
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return Qt::NoItemFlags;
    if (m_rows.at(index.row()).hit < 0)
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IsHeadingRole, "isHeading");
    names.insert(KindRole, "kind");
    names.insert(IdRole, "id");
    names.insert(SnippetRole, "snippet");
    names.insert(SnippetHtmlRole, "snippetHtml");
    names.insert(CountRole, "count");
    names.insert(ShownCountRole, "shownCount");
    return names;
}
