#include "core/journal/journalrepository.h"

#include "core/catalog/catalogconnection.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QVariant>

#include <algorithm>

namespace {

const QString entryColumns = QStringLiteral(
    "id, event_id, title, author, entry_date, categories, tags, cover_photo_id, cover_path, "
    "cover_alt, cover_width, cover_height, body, front_matter, created_at, updated_at");
const QString versionColumns = QStringLiteral("id, entry_id, saved_at, reason, title, body");

QString jsonArray(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList stringList(const QString &json)
{
    QStringList list;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
        list.append(value.toString());
    return list;
}

// Stored as ISO 8601 in UTC with milliseconds, so that text order is time order.
QString timestamp(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime readTimestamp(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QVariant nullIfZero(qint64 value)
{
    return value == 0 ? QVariant() : QVariant(value);
}

// Qt binds a null QString as SQL NULL; the text columns are NOT NULL, empty by default.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

JournalEntry readEntry(const QSqlQuery &query)
{
    JournalEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.eventId = query.value(1).toLongLong();
    entry.title = query.value(2).toString();
    entry.author = query.value(3).toString();
    entry.date = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    entry.categories = stringList(query.value(5).toString());
    entry.tags = stringList(query.value(6).toString());
    entry.cover.photoId = query.value(7).toLongLong();
    entry.cover.path = query.value(8).toString();
    entry.cover.alt = query.value(9).toString();
    entry.cover.width = query.value(10).toInt();
    entry.cover.height = query.value(11).toInt();
    entry.body = query.value(12).toString();
    entry.extraFrontMatter = query.value(13).toString();
    entry.createdAt = readTimestamp(query.value(14));
    entry.updatedAt = readTimestamp(query.value(15));
    return entry;
}

JournalVersion readVersion(const QSqlQuery &query)
{
    JournalVersion version;
    version.id = query.value(0).toLongLong();
    version.entryId = query.value(1).toLongLong();
    version.savedAt = readTimestamp(query.value(2));
    const int reason = query.value(3).toInt();
    version.reason = reason == 1   ? JournalVersionReason::Saved
                     : reason == 2 ? JournalVersionReason::Closed
                     : reason == 3 ? JournalVersionReason::BeforeRestore
                                   : JournalVersionReason::Typing;
    version.title = query.value(4).toString();
    version.body = query.value(5).toString();
    return version;
}

} // namespace

JournalRepository::JournalRepository(const CatalogConnection &connection)
    : m_connection(connection)
    , m_updateBody(connection.database())
{
    m_updateBody.prepare(
        QStringLiteral("UPDATE journal_entries SET body = ?, updated_at = ? WHERE id = ?"));
}

bool JournalRepository::exec(QSqlQuery &query) const
{
    if (query.exec())
        return true;
    m_lastError = query.lastError().text();
    return false;
}

QList<JournalEntry> JournalRepository::select(const QString &where,
                                              const QVariantList &values) const
{
    QList<JournalEntry> entries;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM journal_entries %2 "
                                 "ORDER BY entry_date IS NULL, entry_date DESC, id DESC")
                      .arg(entryColumns, where));
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!exec(query))
        return entries;
    while (query.next())
        entries.append(readEntry(query));
    return entries;
}

QList<JournalEntry> JournalRepository::list() const
{
    return select({}, {});
}

QList<JournalEntry> JournalRepository::listOfEvent(qint64 eventId) const
{
    return select(QStringLiteral("WHERE event_id = ?"), {eventId});
}

std::optional<JournalEntry> JournalRepository::entry(qint64 entryId) const
{
    const QList<JournalEntry> found = select(QStringLiteral("WHERE id = ?"), {entryId});
    return found.isEmpty() ? std::nullopt : std::optional<JournalEntry>(found.constFirst());
}

qint64 JournalRepository::nextEntryId() const
{
    QSqlQuery query(m_connection.database());
    qint64 last = 0;
    if (query.exec(
            QStringLiteral("SELECT seq FROM sqlite_sequence WHERE name = 'journal_entries'")) &&
        query.next())
        last = query.value(0).toLongLong();
    if (query.exec(QStringLiteral("SELECT max(id) FROM journal_entries")) && query.next())
        last = std::max(last, query.value(0).toLongLong());
    return last + 1;
}

qint64 JournalRepository::insertEntry(const JournalEntry &entry)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("INSERT INTO journal_entries (%1) VALUES "
                                 "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(entryColumns));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    query.addBindValue(nullIfZero(entry.id));
    query.addBindValue(eventExists(entry.eventId) ? nullIfZero(entry.eventId) : QVariant());
    query.addBindValue(notNull(entry.title));
    query.addBindValue(notNull(entry.author));
    query.addBindValue(entry.date.isValid() ? QVariant(entry.date.toString(Qt::ISODate))
                                            : QVariant());
    query.addBindValue(jsonArray(entry.categories));
    query.addBindValue(jsonArray(entry.tags));
    query.addBindValue(photoExists(entry.cover.photoId) ? nullIfZero(entry.cover.photoId)
                                                        : QVariant());
    query.addBindValue(notNull(entry.cover.path));
    query.addBindValue(notNull(entry.cover.alt));
    query.addBindValue(entry.cover.width > 0 ? QVariant(entry.cover.width) : QVariant());
    query.addBindValue(entry.cover.height > 0 ? QVariant(entry.cover.height) : QVariant());
    query.addBindValue(notNull(entry.body));
    query.addBindValue(notNull(entry.extraFrontMatter));
    query.addBindValue(timestamp(entry.createdAt.isValid() ? entry.createdAt : now));
    query.addBindValue(timestamp(entry.updatedAt.isValid() ? entry.updatedAt : now));
    if (!exec(query))
        return 0;
    return query.lastInsertId().toLongLong();
}

bool JournalRepository::updateEntry(const JournalEntry &entry)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral(
        "UPDATE journal_entries SET event_id = ?, title = ?, author = ?, entry_date = ?, "
        "categories = ?, tags = ?, cover_photo_id = ?, cover_path = ?, cover_alt = ?, "
        "cover_width = ?, cover_height = ?, body = ?, front_matter = ?, updated_at = ? "
        "WHERE id = ?"));
    query.addBindValue(eventExists(entry.eventId) ? nullIfZero(entry.eventId) : QVariant());
    query.addBindValue(notNull(entry.title));
    query.addBindValue(notNull(entry.author));
    query.addBindValue(entry.date.isValid() ? QVariant(entry.date.toString(Qt::ISODate))
                                            : QVariant());
    query.addBindValue(jsonArray(entry.categories));
    query.addBindValue(jsonArray(entry.tags));
    query.addBindValue(photoExists(entry.cover.photoId) ? nullIfZero(entry.cover.photoId)
                                                        : QVariant());
    query.addBindValue(notNull(entry.cover.path));
    query.addBindValue(notNull(entry.cover.alt));
    query.addBindValue(entry.cover.width > 0 ? QVariant(entry.cover.width) : QVariant());
    query.addBindValue(entry.cover.height > 0 ? QVariant(entry.cover.height) : QVariant());
    query.addBindValue(notNull(entry.body));
    query.addBindValue(notNull(entry.extraFrontMatter));
    query.addBindValue(
        timestamp(entry.updatedAt.isValid() ? entry.updatedAt : QDateTime::currentDateTimeUtc()));
    query.addBindValue(entry.id);
    return exec(query);
}

bool JournalRepository::updateBody(qint64 entryId, const QString &body, const QDateTime &updatedAt)
{
    m_updateBody.bindValue(0, notNull(body));
    m_updateBody.bindValue(1, timestamp(updatedAt));
    m_updateBody.bindValue(2, entryId);
    if (!exec(m_updateBody))
        return false;
    if (m_updateBody.numRowsAffected() != 1) {
        m_lastError = QStringLiteral("no journal entry %1").arg(entryId);
        return false;
    }
    return true;
}

bool JournalRepository::removeEntry(qint64 entryId)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("DELETE FROM journal_entries WHERE id = ?"));
    query.addBindValue(entryId);
    return exec(query);
}

QList<JournalVersion> JournalRepository::versions(qint64 entryId) const
{
    QList<JournalVersion> versions;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM journal_entry_versions WHERE entry_id = ? "
                                 "ORDER BY id DESC")
                      .arg(versionColumns));
    query.addBindValue(entryId);
    if (!exec(query))
        return versions;
    while (query.next())
        versions.append(readVersion(query));
    return versions;
}

std::optional<JournalVersion> JournalRepository::version(qint64 versionId) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM journal_entry_versions WHERE id = ?").arg(versionColumns));
    query.addBindValue(versionId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return readVersion(query);
}

std::optional<JournalVersion> JournalRepository::latestVersion(qint64 entryId) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("SELECT %1 FROM journal_entry_versions WHERE entry_id = ? "
                                 "ORDER BY id DESC LIMIT 1")
                      .arg(versionColumns));
    query.addBindValue(entryId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return readVersion(query);
}

qint64 JournalRepository::insertVersion(const JournalVersion &version)
{
    QSqlQuery query(m_connection.database());
    query.prepare(
        QStringLiteral("INSERT INTO journal_entry_versions "
                       "(entry_id, saved_at, reason, title, body) VALUES (?, ?, ?, ?, ?)"));
    query.addBindValue(version.entryId);
    query.addBindValue(
        timestamp(version.savedAt.isValid() ? version.savedAt : QDateTime::currentDateTimeUtc()));
    query.addBindValue(int(version.reason));
    query.addBindValue(notNull(version.title));
    query.addBindValue(notNull(version.body));
    if (!exec(query))
        return 0;
    return query.lastInsertId().toLongLong();
}

QList<qint64> JournalRepository::photosNamed(const QString &fileName) const
{
    QList<qint64> ids;
    if (fileName.isEmpty() || fileName.contains(QLatin1Char('/')))
        return ids;
    // The end of the path compared as text: LIKE would read the '_' of "kubecon_2.JPG" as a
    // wildcard. lower() folds ASCII only, which is what camera file names are made of.
    const QString suffix = QLatin1Char('/') + fileName;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM photos WHERE lower(substr(path, -?)) = lower(?) "
                                 "ORDER BY substr(path, -?) <> ?, id"));
    query.addBindValue(suffix.size());
    query.addBindValue(suffix);
    query.addBindValue(suffix.size());
    query.addBindValue(suffix);
    if (!exec(query))
        return ids;
    while (query.next())
        ids.append(query.value(0).toLongLong());
    return ids;
}

std::optional<JournalPhotoFile> JournalRepository::photoFile(qint64 photoId) const
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("SELECT id, path, state FROM photos WHERE id = ?"));
    query.addBindValue(photoId);
    if (!exec(query) || !query.next())
        return std::nullopt;
    return JournalPhotoFile{query.value(0).toLongLong(), query.value(1).toString(),
                            query.value(2).toInt() == 1};
}

bool JournalRepository::exists(const QString &table, qint64 id) const
{
    if (id == 0)
        return false;
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    return exec(query) && query.next();
}

bool JournalRepository::photoExists(qint64 photoId) const
{
    return exists(QStringLiteral("photos"), photoId);
}

bool JournalRepository::eventExists(qint64 eventId) const
{
    return exists(QStringLiteral("events"), eventId);
}

bool JournalRepository::galleryExists(qint64 galleryId) const
{
    return exists(QStringLiteral("galleries"), galleryId);
}
