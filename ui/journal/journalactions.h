#pragma once

#include "core/library/photosource.h"
#include "ui/journal/journaleditorpage.h"

#include <QList>
#include <QObject>
#include <QPoint>
#include <QPointer>

class CatalogConnection;
class EventService;
class GalleryService;
class JournalService;
class QAction;
class QMenu;
class QUndoStack;
class QWidget;
class ThumbnailService;

// The journal in the library window: the entry editor page (which the window shows in the grid's
// place), the Journal menu (new and delete entry, the editor's own actions) and the File menu's
// Markdown post import and export. New and delete go onto the window's undo stack; an import is
// not an edit (delete the entry to take it back). The window tells it what the grid shows, and
// hears from it which source to show next.
class JournalActions : public QObject
{
    Q_OBJECT

public:
    JournalActions(JournalService &journal, const EventService &events, QUndoStack &undoStack,
                   ThumbnailService &thumbnails, const CatalogConnection &connection,
                   QWidget &window);

    JournalEditorPage *editor() const { return m_editor; }
    void addToMenu(QMenu *menu) const;
    void addToFileMenu(QMenu *menu) const;

    // What the window shows now: the editor shows this entry (0: the grid shows a source of
    // photos, of this event or none).
    void setShownSource(const PhotoSource &source);
    // Writes the entry being edited and keeps a version; before the window and its services go.
    void close();

    QAction *newEntryAction() const { return m_newEntry; }
    QAction *deleteEntryAction() const { return m_deleteEntry; }
    QAction *importPostAction() const { return m_importPost; }
    QAction *exportEntryAction() const { return m_exportEntry; }

    // A file name for an entry's export: "2019-05-25-kubecon-barcelona.md".
    static QString suggestedFileName(const QString &title, const QDate &date);

public slots:
    // A new entry for the event shown (or the entry's event), else one that stands alone.
    void newEntry();
    // The entry shown; asks first; undoable.
    void deleteEntry();
    void deleteEntryWithId(qint64 entryId);
    void importPost();
    // The entry's id, or 0 (an error message was shown).
    qint64 importPostFile(const QString &path);
    void exportEntry();
    void exportEntryWithId(qint64 entryId);
    // The sidebar's menu on an entry: new, export, delete, then moreActions (the publishing
    // export's) after a separator.
    void showEntryMenu(qint64 entryId, const QPoint &globalPosition,
                       const QList<QAction *> &moreActions = {});
    // False when writing failed (an error message was shown).
    bool exportEntryTo(qint64 entryId, const QString &path);

signals:
    // The window should show this (a new or imported entry, or where a deleted one was).
    void sourceRequested(const PhotoSource &source);
    void message(const QString &text);

private:
    void updateActions();

    JournalService &m_journal;
    const EventService &m_events;
    QUndoStack &m_undoStack;
    QWidget &m_window;
    GalleryService *m_galleries;
    QPointer<JournalEditorPage> m_editor;
    PhotoSource m_shown;

    QAction *m_newEntry;
    QAction *m_deleteEntry;
    QAction *m_importPost;
    QAction *m_exportEntry;
};
