#include "core/catalog/photosummaryrepository.h"

#include "core/catalog/catalogconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace {

// Times leave SQLite as milliseconds since the epoch: julianday() parses the stored ISO text in
// C, which spares a QString and a QDateTime::fromString() per row and per time. 210866760000000
// is the Unix epoch as a Julian day, in milliseconds.
const auto kSelect = QStringLiteral(
    "SELECT id, path, "
    "CAST(round(julianday(taken_local) * 86400000.0) AS INTEGER) - 210866760000000, "
    "taken_offset_s, "
    "CAST(round(julianday(imported_at) * 86400000.0) AS INTEGER) - 210866760000000, "
    "import_id, identity_key, orientation, width, height, state, state_reason FROM photos");

enum Column
{
    IdColumn,
    PathColumn,
    TakenMsColumn,
    TakenOffsetColumn,
    ImportedMsColumn,
    ImportIdColumn,
    IdentityKeyColumn,
    OrientationColumn,
    WidthColumn,
    HeightColumn,
    StateColumn,
    StateReasonColumn,
};

// Ids per statement: far below SQLite's limits, and a refresh batch (~128) fits in one.
constexpr qsizetype kIdsPerQuery = 500;

QStringList filterConditions(const PhotoSummaryFilter &filter, QVariantList &values)
{
    QStringList conditions;
    switch (filter.states) {
    case PhotoSummaryFilter::States::All:
        break;
    case PhotoSummaryFilter::States::Ok:
        conditions.append(QStringLiteral("state = 0"));
        break;
    case PhotoSummaryFilter::States::Problems:
        conditions.append(QStringLiteral("state <> 0"));
        break;
    }
    if (!filter.folderPath.isEmpty()) {
        // A range on path instead of LIKE 'dir/%': '%' and '_' in folder names need no escaping,
        // and the range is answered by the UNIQUE index on path. '0' is the character after '/'.
        QString prefix = filter.folderPath;
        if (!prefix.endsWith(QLatin1Char('/')))
            prefix += QLatin1Char('/');
        QString upper = prefix;
        upper.back() = QLatin1Char('0');
        conditions.append(QStringLiteral("path >= ? AND path < ?"));
        values << prefix << upper;
    }
    if (filter.importId != 0) {
        conditions.append(QStringLiteral("import_id = ?"));
        values << filter.importId;
    }
    return conditions;
}

QDateTime utcFromMs(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

} // namespace

PhotoSummaryRepository::PhotoSummaryRepository(const CatalogConnection &connection)
    : m_connection(connection)
{}

QList<PhotoSummary> PhotoSummaryRepository::list(const PhotoSummaryFilter &filter) const
{
    QVariantList values;
    const QStringList conditions = filterConditions(filter, values);
    QList<PhotoSummary> photos;
    select(conditions.join(QLatin1String(" AND ")), values, photos);
    return photos;
}

QList<PhotoSummary> PhotoSummaryRepository::listByIds(const QList<qint64> &ids,
                                                      const PhotoSummaryFilter &filter) const
{
    QList<PhotoSummary> photos;
    for (qsizetype first = 0; first < ids.size(); first += kIdsPerQuery) {
        QVariantList values;
        QStringList conditions = filterConditions(filter, values);
        // Numbers only, so they go into the text: one statement whatever the batch size.
        QStringList idTexts;
        const qsizetype last = std::min(ids.size(), first + kIdsPerQuery);
        for (qsizetype i = first; i < last; ++i)
            idTexts.append(QString::number(ids.at(i)));
        conditions.prepend(QStringLiteral("id IN (%1)").arg(idTexts.join(QLatin1Char(','))));
        if (!select(conditions.join(QLatin1String(" AND ")), values, photos))
            return {};
    }
    return photos;
}

bool PhotoSummaryRepository::select(const QString &where, const QVariantList &values,
                                    QList<PhotoSummary> &out) const
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.prepare(where.isEmpty() ? kSelect : kSelect + QStringLiteral(" WHERE ") + where)) {
        m_lastError = query.lastError().text();
        return false;
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    while (query.next()) {
        PhotoSummary &photo = out.emplace_back();
        photo.id = query.value(IdColumn).toLongLong();
        photo.path = query.value(PathColumn).toString();
        photo.takenLocal = utcFromMs(query.value(TakenMsColumn));
        if (const QVariant offset = query.value(TakenOffsetColumn); !offset.isNull())
            photo.takenOffsetSeconds = offset.toInt();
        photo.importedAt = utcFromMs(query.value(ImportedMsColumn));
        photo.importId = query.value(ImportIdColumn).toLongLong();
        photo.identityKey = query.value(IdentityKeyColumn).toByteArray();
        if (const QVariant orientation = query.value(OrientationColumn); !orientation.isNull())
            photo.orientation = orientation.toInt();
        const QVariant width = query.value(WidthColumn);
        const QVariant height = query.value(HeightColumn);
        if (!width.isNull() && !height.isNull())
            photo.pixelSize = QSize(width.toInt(), height.toInt());
        photo.state = static_cast<PhotoState>(query.value(StateColumn).toInt());
        photo.stateReason = query.value(StateReasonColumn).toString();
    }
    return true;
}
