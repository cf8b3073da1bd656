#include "core/catalog/photosummaryrepository.h"

#include "core/catalog/catalogconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>
#include <QVariant>

#include <memory>

namespace {

// Qt's SQLite driver costs about 0.1 us per value on top of SQLite's own work, so the query asks
// for few columns: times leave SQLite as milliseconds since the epoch (julianday() parses the
// stored ISO text in C, sparing a QString and a QDateTime::fromString() per row), and the small
// integers come packed in one (see kPacked). 210866760000000 is the Unix epoch as a Julian day in
// milliseconds.
const auto kSelect =
    QStringLiteral("SELECT id, path, "
                   "CAST(round(julianday(taken_local) * 86400000.0) AS INTEGER) - 210866760000000, "
                   "taken_offset_s, "
                   "CAST(round(julianday(imported_at) * 86400000.0) AS INTEGER) - 210866760000000, "
                   "import_id, identity_key, "
                   "state | (ifnull(orientation, 0) << 2) | (min(ifnull(width, 0), 16777215) << 6) "
                   "| (min(ifnull(height, 0), 16777215) << 30), "
                   "state_reason, taken_instant_ms, "
                   "(instant_offset_s + 65536) | (offset_source << 17), clock_shift_s FROM photos");

enum Column
{
    IdColumn,
    PathColumn,
    TakenMsColumn,
    TakenOffsetColumn,
    ImportedMsColumn,
    ImportIdColumn,
    IdentityKeyColumn,
    PackedColumn, // state: bits 0-1, orientation: 2-5, width: 6-29, height: 30-53; 0 when unknown
    StateReasonColumn,
    InstantColumn,
    InstantPackedColumn, // instant_offset_s + 65536: bits 0-16, offset_source: 17-; NULL untimed
    ClockShiftColumn,
};

// Below this many ids a list is read on one connection: a second one would not pay for itself.
constexpr qint64 kParallelIdSpan = 20000;

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
    if (filter.eventId != 0) {
        conditions.append(QStringLiteral("event_id = ?"));
        values << filter.eventId;
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
    QStringList conditions = filterConditions(filter, values);
    QList<PhotoSummary> photos;

    // Turning 100,000 rows into QVariants costs Qt's driver several times what SQLite spends on
    // the query, and that work splits: a whole-catalog list of a big catalog reads the upper half
    // of the ids on a second connection, on a thread of its own, meanwhile. (Folder and import
    // lists are answered by an index and are smaller; an in-memory catalog has no second
    // connection.)
    const bool wholeCatalog = filter.folderPath.isEmpty() && filter.importId == 0 &&
                              filter.states != PhotoSummaryFilter::States::Problems;
    const QString databasePath = m_connection.databasePath();
    qint64 middle = 0;
    if (wholeCatalog && QThread::idealThreadCount() > 1 && !databasePath.isEmpty() &&
        databasePath != QLatin1String(":memory:")) {
        QSqlQuery range(m_connection.database());
        if (range.exec(QStringLiteral("SELECT min(id), max(id) FROM photos")) && range.next() &&
            range.value(1).toLongLong() - range.value(0).toLongLong() >= kParallelIdSpan) {
            middle = (range.value(0).toLongLong() + range.value(1).toLongLong()) / 2;
        }
    }
    if (middle == 0) {
        select(conditions.join(QLatin1String(" AND ")), values, photos);
        return photos;
    }

    QList<PhotoSummary> upper;
    bool upperRead = false;
    QString upperError;
    const std::unique_ptr<QThread> helper(QThread::create([&] {
        CatalogConnection connection(databasePath);
        if (upperError = connection.open(); !upperError.isEmpty())
            return;
        const PhotoSummaryRepository repository(connection);
        upperRead = repository.select(
            (conditions + QStringList{QStringLiteral("id > ?")}).join(QLatin1String(" AND ")),
            values + QVariantList{middle}, upper);
        upperError = repository.lastError();
    }));
    helper->start();
    const bool lowerRead =
        select((conditions + QStringList{QStringLiteral("id <= ?")}).join(QLatin1String(" AND ")),
               values + QVariantList{middle}, photos);
    helper->wait();
    if (!upperRead) {
        // The second connection failed (a locked or vanished file): read the rest on this one.
        upper.clear();
        select((conditions + QStringList{QStringLiteral("id > ?")}).join(QLatin1String(" AND ")),
               values + QVariantList{middle}, upper);
    }
    if (!lowerRead)
        return {};
    photos.append(std::move(upper));
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
        const qint64 packed = query.value(PackedColumn).toLongLong();
        photo.state = static_cast<PhotoState>(packed & 0x3);
        if (const int orientation = (packed >> 2) & 0xf; orientation != 0)
            photo.orientation = orientation;
        const int width = (packed >> 6) & 0xffffff;
        const int height = (packed >> 30) & 0xffffff;
        if (width > 0 && height > 0)
            photo.pixelSize = QSize(width, height);
        photo.stateReason = query.value(StateReasonColumn).toString();
        if (const QVariant instant = query.value(InstantColumn); !instant.isNull()) {
            photo.takenInstantMs = instant.toLongLong();
            const qint64 placed = query.value(InstantPackedColumn).toLongLong();
            photo.instantOffsetSeconds = int(placed & 0x1ffff) - 65536;
            photo.offsetSource = int(placed >> 17);
        }
        photo.clockShiftSeconds = query.value(ClockShiftColumn).toInt();
    }
    return true;
}
