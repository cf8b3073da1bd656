#pragma once

#include "core/catalog/photorecord.h"

#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

class CatalogConnection;

// What the importer needs to know of a file already in the catalog to skip or match it.
struct PhotoFingerprint
{
    qint64 id = 0;
    qint64 fileSize = 0;
    qint64 fileModifiedMs = 0;
    QByteArray identityKey;
    PhotoState state = PhotoState::Ok;
    QString stateReason;
};

// All SQL about photos. Bound to one connection, so to one thread. Statements used in loops are
// prepared once and reused.
class PhotoRepository
{
public:
    enum class Order
    {
        TakenAt,
        Path,
        ImportedAt
    };

    explicit PhotoRepository(const CatalogConnection &connection);

    // Returns the new id, or 0 on error (lastError()).
    qint64 insert(const PhotoRecord &photo);
    // Rewrites the file facts and metadata of an existing photo (the file changed on disk).
    bool update(const PhotoRecord &photo);
    // The file was found under a new path (moved or renamed): keep the photo, follow the file.
    bool relocate(qint64 id, const QString &newPath, qint64 fileSize, qint64 fileModifiedMs);
    bool setState(qint64 id, PhotoState state, const QString &reason = {});
    bool setContentHash(qint64 id, const QByteArray &hash);

    std::optional<PhotoRecord> find(qint64 id) const;
    std::optional<PhotoRecord> findByPath(const QString &path) const;
    QList<PhotoRecord> list(Order order = Order::TakenAt) const;
    QList<PhotoRecord> listByIds(const QList<qint64> &ids) const;
    int count() const;
    // Every photo's fingerprint by path: one query, for an import to classify thousands of files.
    QHash<QString, PhotoFingerprint> fingerprintsByPath() const;

    QString lastError() const { return m_lastError; }

private:
    enum class KeywordWrite
    {
        NewPhoto,
        ReplaceExisting
    };
    bool writeKeywords(qint64 photoId, const QStringList &keywords, KeywordWrite mode);
    bool bindAndExec(QSqlQuery &query, const PhotoRecord &photo);
    QList<PhotoRecord> select(const QString &whereAndOrder, const QVariantList &values) const;

    const CatalogConnection &m_connection;
    QSqlQuery m_insert;
    QSqlQuery m_update;
    QSqlQuery m_deleteKeywords;
    QSqlQuery m_insertKeyword;
    QSqlQuery m_findKeyword;
    QSqlQuery m_linkKeyword;
    mutable QString m_lastError;
};
