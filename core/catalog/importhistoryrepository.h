#pragma once

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

class CatalogConnection;

// One run of the importer, as the "Recent imports" list and the CLI show it.
struct ImportRecord
{
    qint64 id = 0;
    QDateTime startedAt;
    QDateTime finishedAt; // invalid: the import is running, or was killed before it finished
    QStringList roots;
    int imported = 0;
    int updated = 0;
    int unchanged = 0;
    int duplicates = 0;
    int failed = 0;
    int missing = 0;
    bool cancelled = false;
};

// An import and the photos of the catalog that came with it: a photo that a later import updated
// counts for the later one.
struct ImportPhotoCount
{
    ImportRecord import;
    int photoCount = 0;
};

// All SQL about the history of imports.
class ImportHistoryRepository
{
public:
    explicit ImportHistoryRepository(const CatalogConnection &connection);

    // Records the start of an import; returns its id, or 0 on error.
    qint64 begin(const QStringList &roots, const QDateTime &startedAt);
    bool finish(const ImportRecord &record);
    std::optional<ImportRecord> find(qint64 id) const;
    QList<ImportRecord> recent(int limit) const;
    // The last `limit` imports that brought photos still in the catalog, newest first.
    QList<ImportPhotoCount> recentWithPhotos(int limit) const;
    // Every path ever given to an import, once each, as recorded (cleaned, absolute).
    QStringList roots() const;

private:
    const CatalogConnection &m_connection;
};
