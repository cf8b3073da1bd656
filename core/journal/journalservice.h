#pragma once

#include "core/journal/journaledit.h"
#include "core/journal/journalentry.h"
#include "core/journal/journalversion.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class CatalogConnection;
class GalleryRepository;
class JournalRepository;

// Everything the app does with journal entries, on the GUI thread's catalog connection: reading
// them, building edits of their fields (each a before/after JournalEdit, so that
// JournalEditCommand can undo it) and applying them; keeping the body as the user types
// (saveDraft(), driven by JournalAutosaver) and earlier versions to go back to; importing a
// Markdown post; and rendering a body with its photos and galleries resolved.
class JournalService : public QObject
{
    Q_OBJECT

public:
    explicit JournalService(const CatalogConnection &connection, QObject *parent = nullptr);
    ~JournalService() override;

    // Reading.
    QList<JournalEntry> entries() const; // newest day first
    QList<JournalEntry> entriesOfEvent(qint64 eventId) const;
    std::optional<JournalEntry> entry(qint64 entryId) const;
    QList<JournalVersion> versions(qint64 entryId) const; // newest first
    // Its title, or "Untitled Entry" while it has none.
    static QString displayTitle(const JournalEntry &entry);
    // The body as HTML (MarkdownRenderer): photos by their file's URL, galleries as lists of
    // their photos, and a marker for what is no longer in the catalog.
    QString renderHtml(const QString &markdown) const;
    QString lastError() const { return m_lastError; }

    // Building edits. Each returns an empty edit when nothing would change or on an error
    // (lastError() says which). Nothing is written until apply().
    //
    // A new entry with these fields (its id is taken here). eventId 0: it stands alone.
    JournalEdit create(const JournalEntry &fields) const;
    JournalEdit rename(qint64 entryId, const QString &title) const;
    JournalEdit setAuthor(qint64 entryId, const QString &author) const;
    JournalEdit setDate(qint64 entryId, QDate date) const; // invalid: none
    JournalEdit setCategories(qint64 entryId, const QStringList &categories) const;
    JournalEdit setTags(qint64 entryId, const QStringList &tags) const;
    JournalEdit setCover(qint64 entryId, const JournalCover &cover) const;
    JournalEdit setEvent(qint64 entryId, qint64 eventId) const; // 0: stands alone
    // The title and body of an earlier version again; what is there now is kept as a version
    // first, so restoring never loses text.
    JournalEdit restoreVersion(qint64 versionId) const;
    JournalEdit deleteEntry(qint64 entryId) const;

    // Writes one side of an edit (after when forward, before when not) in one transaction and
    // signals. Of an entry that exists on both sides, only the fields the edit changes are
    // written: undoing a rename must not undo the typing done since. False on error.
    bool apply(const JournalEdit &edit, bool forward);

    // Autosave: writes the body now, in a transaction of its own (one UPDATE), and signals
    // bodySaved. Cheap enough to run every second while the user types.
    bool saveDraft(qint64 entryId, const QString &body);
    // Keeps the entry's title and body as it is now as a version, unless the newest version
    // already holds that text. Returns the version's id (the newest one's when nothing new was
    // kept), 0 on error.
    qint64 keepVersion(qint64 entryId, JournalVersionReason reason);

    // Imports a Markdown post with YAML front matter (MarkdownPostImporter) as a new entry of
    // this event (0: none): its images are matched to catalog photos by file name, its sticky-note
    // photo lists become galleries, in one transaction. `fileName` ("2019-05-25-kubecon.md") gives
    // the date when the front matter has none. Returns the new entry's id, 0 on error. An import
    // is not an edit: delete the entry to take it back.
    qint64 importPost(const QString &text, qint64 eventId = 0, const QString &fileName = {});

signals:
    // An entry was made, deleted or had a field changed (not its body while typing).
    void entriesChanged();
    void entryChanged(qint64 entryId);
    void bodySaved(qint64 entryId);

private:
    JournalEdit editEntry(qint64 entryId, const QString &text,
                          const std::function<void(JournalEntry &)> &change) const;
    qint64 keepVersion(const JournalEntry &entry, JournalVersionReason reason);
    QString galleryHtml(qint64 galleryId, bool *found) const;

    const CatalogConnection &m_connection;
    std::unique_ptr<JournalRepository> m_repository;
    std::unique_ptr<GalleryRepository> m_galleries;
    mutable QString m_lastError;
};
