#include "core/catalog/photorepository.h"

#include "core/catalog/catalogconnection.h"

#include <QSqlError>
#include <QSqlRecord>
#include <QStringList>

namespace {

// Column order shared by INSERT, UPDATE and SELECT; the binding code below follows it.
const QStringList kMetadataColumns = {
    QStringLiteral("format"),        QStringLiteral("width"),
    QStringLiteral("height"),        QStringLiteral("orientation"),
    QStringLiteral("taken_local"),   QStringLiteral("taken_offset_s"),
    QStringLiteral("taken_source"),  QStringLiteral("make"),
    QStringLiteral("model"),         QStringLiteral("lens"),
    QStringLiteral("serial_number"), QStringLiteral("iso"),
    QStringLiteral("f_number"),      QStringLiteral("exposure_time"),
    QStringLiteral("focal_length"),  QStringLiteral("gps_latitude"),
    QStringLiteral("gps_longitude"), QStringLiteral("gps_altitude"),
    QStringLiteral("gps_time_utc"),  QStringLiteral("rating"),
    QStringLiteral("title"),         QStringLiteral("description"),
    QStringLiteral("sidecar_path"),
};
const QStringList kFileColumns = {
    QStringLiteral("path"),         QStringLiteral("file_size"),    QStringLiteral("file_mtime_ms"),
    QStringLiteral("identity_key"), QStringLiteral("content_hash"),
};
const QStringList kRecordColumns = {
    QStringLiteral("imported_at"),
    QStringLiteral("import_id"),
    QStringLiteral("state"),
    QStringLiteral("state_reason"),
};

template <typename T> QVariant optionalValue(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant();
}

QVariant textValue(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

std::optional<int> intValue(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

std::optional<double> doubleValue(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

QString selectColumns()
{
    return QStringLiteral("id, ") + (kFileColumns + kMetadataColumns + kRecordColumns).join(u", ");
}

PhotoRecord recordFromQuery(const QSqlQuery &query)
{
    PhotoRecord photo;
    int column = 0;
    auto next = [&]() { return query.value(column++); };
    photo.id = next().toLongLong();
    photo.path = next().toString();
    photo.fileSize = next().toLongLong();
    photo.fileModifiedMs = next().toLongLong();
    photo.identityKey = next().toByteArray();
    photo.contentHash = next().toByteArray();

    PhotoMetadata &m = photo.metadata;
    m.format = imageFormatFromName(next().toString());
    m.width = intValue(next());
    m.height = intValue(next());
    m.orientation = intValue(next());
    const QString takenLocal = next().toString();
    const std::optional<int> takenOffset = intValue(next());
    const QString takenSource = next().toString();
    m.takenAt = TakenTime::fromSortableString(takenLocal, takenOffset, takenSource);
    m.make = next().toString();
    m.model = next().toString();
    m.lens = next().toString();
    m.serialNumber = next().toString();
    m.iso = intValue(next());
    m.fNumber = doubleValue(next());
    m.exposureTime = doubleValue(next());
    m.focalLength = doubleValue(next());
    m.gpsLatitude = doubleValue(next());
    m.gpsLongitude = doubleValue(next());
    m.gpsAltitude = doubleValue(next());
    const QVariant gpsTime = next();
    if (!gpsTime.isNull())
        m.gpsTimeUtc = QDateTime::fromString(gpsTime.toString(), Qt::ISODateWithMs);
    m.rating = intValue(next());
    m.title = next().toString();
    m.description = next().toString();
    m.sidecarPath = next().toString();

    photo.importedAt = QDateTime::fromString(next().toString(), Qt::ISODateWithMs);
    photo.importId = next().toLongLong();
    photo.state = static_cast<PhotoState>(next().toInt());
    photo.stateReason = next().toString();
    return photo;
}

} // namespace

QString photoStateName(PhotoState state)
{
    switch (state) {
    case PhotoState::Ok:
        return QStringLiteral("ok");
    case PhotoState::Missing:
        return QStringLiteral("missing");
    case PhotoState::Unreadable:
        return QStringLiteral("unreadable");
    }
    return {};
}

PhotoRepository::PhotoRepository(const CatalogConnection &connection)
    : m_connection(connection)
    , m_insert(connection.database())
    , m_update(connection.database())
    , m_deleteKeywords(connection.database())
    , m_insertKeyword(connection.database())
    , m_findKeyword(connection.database())
    , m_linkKeyword(connection.database())
{
    const QStringList columns = kFileColumns + kMetadataColumns + kRecordColumns;
    QStringList placeholders;
    QStringList assignments;
    for (const QString &column : columns) {
        placeholders.append(QStringLiteral("?"));
        assignments.append(column + QStringLiteral(" = ?"));
    }
    m_insert.prepare(QStringLiteral("INSERT INTO photos (%1) VALUES (%2)")
                         .arg(columns.join(u", "), placeholders.join(u", ")));
    m_update.prepare(
        QStringLiteral("UPDATE photos SET %1 WHERE id = ?").arg(assignments.join(u", ")));
    m_deleteKeywords.prepare(QStringLiteral("DELETE FROM photo_keywords WHERE photo_id = ?"));
    m_insertKeyword.prepare(QStringLiteral("INSERT OR IGNORE INTO keywords (name) VALUES (?)"));
    m_findKeyword.prepare(QStringLiteral("SELECT id FROM keywords WHERE name = ?"));
    m_linkKeyword.prepare(QStringLiteral(
        "INSERT OR IGNORE INTO photo_keywords (photo_id, keyword_id, position) VALUES (?, ?, ?)"));
}

bool PhotoRepository::bindAndExec(QSqlQuery &query, const PhotoRecord &photo)
{
    const PhotoMetadata &m = photo.metadata;
    const QVariantList values = {
        photo.path,
        photo.fileSize,
        photo.fileModifiedMs,
        photo.identityKey,
        photo.contentHash.isEmpty() ? QVariant() : QVariant(photo.contentHash),
        m.format == ImageFormat::Unknown ? QVariant() : QVariant(imageFormatName(m.format)),
        optionalValue(m.width),
        optionalValue(m.height),
        optionalValue(m.orientation),
        m.takenAt ? QVariant(m.takenAt->sortableWallTimeString()) : QVariant(),
        m.takenAt ? optionalValue(m.takenAt->utcOffsetSeconds) : QVariant(),
        m.takenAt ? QVariant(m.takenAt->sourceTag) : QVariant(),
        textValue(m.make),
        textValue(m.model),
        textValue(m.lens),
        textValue(m.serialNumber),
        optionalValue(m.iso),
        optionalValue(m.fNumber),
        optionalValue(m.exposureTime),
        optionalValue(m.focalLength),
        optionalValue(m.gpsLatitude),
        optionalValue(m.gpsLongitude),
        optionalValue(m.gpsAltitude),
        m.gpsTimeUtc ? QVariant(m.gpsTimeUtc->toUTC().toString(Qt::ISODateWithMs)) : QVariant(),
        optionalValue(m.rating),
        textValue(m.title),
        textValue(m.description),
        textValue(m.sidecarPath),
        photo.importedAt.toUTC().toString(Qt::ISODateWithMs),
        photo.importId > 0 ? QVariant(photo.importId) : QVariant(),
        static_cast<int>(photo.state),
        textValue(photo.stateReason),
    };
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

qint64 PhotoRepository::insert(const PhotoRecord &photo)
{
    if (!bindAndExec(m_insert, photo))
        return 0;
    const qint64 id = m_insert.lastInsertId().toLongLong();
    if (!writeKeywords(id, photo.metadata.keywords, KeywordWrite::NewPhoto))
        return 0;
    return id;
}

bool PhotoRepository::update(const PhotoRecord &photo)
{
    const int idIndex =
        static_cast<int>(kFileColumns.size() + kMetadataColumns.size() + kRecordColumns.size());
    m_update.bindValue(idIndex, photo.id);
    return bindAndExec(m_update, photo) &&
           writeKeywords(photo.id, photo.metadata.keywords, KeywordWrite::ReplaceExisting);
}

bool PhotoRepository::writeKeywords(qint64 photoId, const QStringList &keywords, KeywordWrite mode)
{
    // A photo inserted a moment ago has no keywords to remove: skip the statement on imports.
    if (mode == KeywordWrite::ReplaceExisting) {
        m_deleteKeywords.bindValue(0, photoId);
        if (!m_deleteKeywords.exec()) {
            m_lastError = m_deleteKeywords.lastError().text();
            return false;
        }
    }
    for (int position = 0; position < keywords.size(); ++position) {
        const QString &keyword = keywords.at(position);
        m_insertKeyword.bindValue(0, keyword);
        m_findKeyword.bindValue(0, keyword);
        if (!m_insertKeyword.exec() || !m_findKeyword.exec() || !m_findKeyword.next()) {
            m_lastError = m_findKeyword.lastError().text();
            return false;
        }
        const qint64 keywordId = m_findKeyword.value(0).toLongLong();
        m_findKeyword.finish();
        m_linkKeyword.bindValue(0, photoId);
        m_linkKeyword.bindValue(1, keywordId);
        m_linkKeyword.bindValue(2, position);
        if (!m_linkKeyword.exec()) {
            m_lastError = m_linkKeyword.lastError().text();
            return false;
        }
    }
    return true;
}

bool PhotoRepository::relocate(qint64 id, const QString &newPath, qint64 fileSize,
                               qint64 fileModifiedMs)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("UPDATE photos SET path = ?, file_size = ?, file_mtime_ms = ?, "
                                 "state = 0, state_reason = NULL WHERE id = ?"));
    query.addBindValue(newPath);
    query.addBindValue(fileSize);
    query.addBindValue(fileModifiedMs);
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool PhotoRepository::setState(qint64 id, PhotoState state, const QString &reason)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("UPDATE photos SET state = ?, state_reason = ? WHERE id = ?"));
    query.addBindValue(static_cast<int>(state));
    query.addBindValue(textValue(reason));
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

bool PhotoRepository::setContentHash(qint64 id, const QByteArray &hash)
{
    QSqlQuery query(m_connection.database());
    query.prepare(QStringLiteral("UPDATE photos SET content_hash = ? WHERE id = ?"));
    query.addBindValue(hash);
    query.addBindValue(id);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QList<PhotoRecord> PhotoRepository::select(const QString &whereAndOrder,
                                           const QVariantList &values) const
{
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM photos %2").arg(selectColumns(), whereAndOrder));
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<PhotoRecord> photos;
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return photos;
    }
    while (query.next())
        photos.append(recordFromQuery(query));
    query.finish();

    // Keywords in one pass for all the photos selected.
    if (photos.isEmpty())
        return photos;
    QHash<qint64, qsizetype> indexById;
    for (qsizetype i = 0; i < photos.size(); ++i)
        indexById.insert(photos.at(i).id, i);
    QSqlQuery keywords(m_connection.database());
    keywords.setForwardOnly(true);
    const QString photoFilter =
        photos.size() == 1 ? QStringLiteral("WHERE pk.photo_id = %1").arg(photos.first().id)
                           : QString();
    keywords.exec(QStringLiteral("SELECT pk.photo_id, k.name FROM photo_keywords pk "
                                 "JOIN keywords k ON k.id = pk.keyword_id %1 "
                                 "ORDER BY pk.photo_id, pk.position")
                      .arg(photoFilter));
    while (keywords.next()) {
        const auto it = indexById.constFind(keywords.value(0).toLongLong());
        if (it != indexById.cend())
            photos[*it].metadata.keywords.append(keywords.value(1).toString());
    }
    return photos;
}

std::optional<PhotoRecord> PhotoRepository::find(qint64 id) const
{
    const QList<PhotoRecord> photos = select(QStringLiteral("WHERE id = ?"), {id});
    return photos.isEmpty() ? std::nullopt : std::optional<PhotoRecord>(photos.first());
}

std::optional<PhotoRecord> PhotoRepository::findByPath(const QString &path) const
{
    const QList<PhotoRecord> photos = select(QStringLiteral("WHERE path = ?"), {path});
    return photos.isEmpty() ? std::nullopt : std::optional<PhotoRecord>(photos.first());
}

QList<PhotoRecord> PhotoRepository::list(Order order) const
{
    switch (order) {
    case Order::TakenAt:
        // Photos without a time go last, in path order.
        return select(QStringLiteral("ORDER BY taken_local IS NULL, taken_local, path"), {});
    case Order::Path:
        return select(QStringLiteral("ORDER BY path"), {});
    case Order::ImportedAt:
        return select(QStringLiteral("ORDER BY imported_at, id"), {});
    }
    return {};
}

QList<PhotoRecord> PhotoRepository::listByIds(const QList<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    QStringList idTexts;
    idTexts.reserve(ids.size());
    for (qint64 id : ids)
        idTexts.append(QString::number(id));
    return select(QStringLiteral("WHERE id IN (%1) ORDER BY id").arg(idTexts.join(u',')), {});
}

int PhotoRepository::count() const
{
    QSqlQuery query(m_connection.database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM photos")) || !query.next())
        return 0;
    return query.value(0).toInt();
}

QHash<QString, PhotoFingerprint> PhotoRepository::fingerprintsByPath() const
{
    QHash<QString, PhotoFingerprint> fingerprints;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT path, id, file_size, file_mtime_ms, identity_key, "
                                   "state, state_reason FROM photos"))) {
        m_lastError = query.lastError().text();
        return fingerprints;
    }
    while (query.next()) {
        PhotoFingerprint fingerprint;
        fingerprint.id = query.value(1).toLongLong();
        fingerprint.fileSize = query.value(2).toLongLong();
        fingerprint.fileModifiedMs = query.value(3).toLongLong();
        fingerprint.identityKey = query.value(4).toByteArray();
        fingerprint.state = static_cast<PhotoState>(query.value(5).toInt());
        fingerprint.stateReason = query.value(6).toString();
        fingerprints.insert(query.value(0).toString(), fingerprint);
    }
    return fingerprints;
}
