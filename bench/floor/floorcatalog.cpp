#include "bench/floor/floorcatalog.h"

#include <QFile>
#include <QSqlError>
#include <QVariant>

#include <optional>

namespace {

const QString kConnectionName = QStringLiteral("corkboard-bench-floor");

template <typename T> QVariant optional(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant text(const QString &value)
{
    return value.isEmpty() ? QVariant() : QVariant(value);
}

} // namespace

FloorCatalog::FloorCatalog()
    : m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnectionName))
{}

FloorCatalog::~FloorCatalog()
{
    m_insert = QSqlQuery();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(kConnectionName);
}

QString FloorCatalog::create(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    m_db.setDatabaseName(path);
    if (!m_db.open())
        return m_db.lastError().text();
    QSqlQuery query(m_db);
    // What a catalog uses: WAL, and fsync at checkpoints rather than at every commit.
    for (const QString &statement :
         {QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=NORMAL"),
          QStringLiteral(
              "CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT NOT NULL UNIQUE, "
              "size INTEGER NOT NULL, modified_ms INTEGER NOT NULL, hash INTEGER, "
              "taken_at TEXT, sub_second TEXT, utc_offset TEXT, make TEXT, model TEXT, lens TEXT, "
              "serial_number TEXT, orientation INTEGER, width INTEGER, height INTEGER, "
              "iso INTEGER, f_number REAL, exposure_time REAL, focal_length REAL, "
              "latitude REAL, longitude REAL, altitude REAL)")}) {
        if (!query.exec(statement))
            return query.lastError().text();
    }
    if (!m_db.transaction())
        return m_db.lastError().text();
    m_insert = QSqlQuery(m_db);
    if (!m_insert.prepare(QStringLiteral(
            "INSERT INTO photos (path, size, modified_ms, hash, taken_at, sub_second, utc_offset, "
            "make, model, lens, serial_number, orientation, width, height, iso, f_number, "
            "exposure_time, focal_length, latitude, longitude, altitude) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return m_insert.lastError().text();
    return {};
}

QString FloorCatalog::insert(const FloorRecord &record)
{
    int i = 0;
    m_insert.bindValue(i++, record.path);
    m_insert.bindValue(i++, record.size);
    m_insert.bindValue(i++, record.modifiedMs);
    // SQLite integers are signed: the hash's bits go in as they are.
    m_insert.bindValue(i++, record.hash ? QVariant(static_cast<qint64>(record.hash)) : QVariant());
    m_insert.bindValue(i++, text(record.takenAt));
    m_insert.bindValue(i++, text(record.subSecond));
    m_insert.bindValue(i++, text(record.utcOffset));
    m_insert.bindValue(i++, text(record.make));
    m_insert.bindValue(i++, text(record.model));
    m_insert.bindValue(i++, text(record.lens));
    m_insert.bindValue(i++, text(record.serialNumber));
    m_insert.bindValue(i++, optional(record.orientation));
    m_insert.bindValue(i++, optional(record.width));
    m_insert.bindValue(i++, optional(record.height));
    m_insert.bindValue(i++, optional(record.iso));
    m_insert.bindValue(i++, optional(record.fNumber));
    m_insert.bindValue(i++, optional(record.exposureTime));
    m_insert.bindValue(i++, optional(record.focalLength));
    m_insert.bindValue(i++, optional(record.latitude));
    m_insert.bindValue(i++, optional(record.longitude));
    m_insert.bindValue(i++, optional(record.altitude));
    return m_insert.exec() ? QString() : m_insert.lastError().text();
}

QString FloorCatalog::commit()
{
    m_insert.finish();
    return m_db.commit() ? QString() : m_db.lastError().text();
}
