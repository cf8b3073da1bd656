#pragma once

#include "core/journal/journalentry.h"
#include "core/journal/journalversion.h"

#include <QList>
#include <QSqlQuery>
#include <QString>

#include <optional>

class CatalogConnection;

// What the journal needs to know of a photo it refers to: where its file is now, and whether the
// catalog can still show it.
struct JournalPhotoFile
{
    qint64 id = 0;
    QString path;
    bool missing = false; // the file is gone from disk (the photo is still in the catalog)
};

// The SQL of the journal: the journal_entries and journal_entry_versions tables, and the few
// facts about photos, events and galleries that entries refer to. Bound to one connection, so to
// one thread.
class JournalRepository
{
public:
    explicit JournalRepository(const CatalogConnection &connection);

    QList<JournalEntry> list() const; // newest day first, then newest made first
    QList<JournalEntry> listOfEvent(qint64 eventId) const;
    std::optional<JournalEntry> entry(qint64 entryId) const;
    // The id the next insert without an id gets (AUTOINCREMENT never hands out an id twice).
    qint64 nextEntryId() const;

    // With id 0 a new id is taken; otherwise that id (undo brings an entry back as it was).
    // Returns the id, or 0 on error. A cover photo or an event no longer in the catalog is
    // written as none.
    qint64 insertEntry(const JournalEntry &entry);
    bool updateEntry(const JournalEntry &entry);
    // Only the body and updated_at: the one statement autosave runs, prepared once.
    bool updateBody(qint64 entryId, const QString &body, const QDateTime &updatedAt);
    bool removeEntry(qint64 entryId); // its versions go with it

    QList<JournalVersion> versions(qint64 entryId) const; // newest first
    std::optional<JournalVersion> version(qint64 versionId) const;
    std::optional<JournalVersion> latestVersion(qint64 entryId) const;
    qint64 insertVersion(const JournalVersion &version); // returns the id, or 0 on error

    // The photos whose file has this name (any folder, case-insensitive), lowest id first: how
    // an imported post's images are found in the catalog.
    QList<qint64> photosNamed(const QString &fileName) const;
    std::optional<JournalPhotoFile> photoFile(qint64 photoId) const;
    bool photoExists(qint64 photoId) const;
    bool eventExists(qint64 eventId) const;
    bool galleryExists(qint64 galleryId) const;

    QString lastError() const { return m_lastError; }

private:
    QList<JournalEntry> select(const QString &where, const QVariantList &values) const;
    bool exists(const QString &table, qint64 id) const;
    bool exec(QSqlQuery &query) const;

    const CatalogConnection &m_connection;
    QSqlQuery m_updateBody;
    mutable QString m_lastError;
};
