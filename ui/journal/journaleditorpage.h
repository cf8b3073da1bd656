#pragma once

#include "core/journal/journaledit.h"

#include <QList>
#include <QWidget>

class CatalogConnection;
class EventService;
class GalleryService;
class JournalAutosaver;
class JournalFrontMatterForm;
class JournalPreview;
class JournalService;
class JournalTextEdit;
class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QToolBar;
class QUndoStack;
class ThumbnailService;

// The journal entry editor, shown in the grid's place when a journal entry is chosen: the front
// matter form on top, the Markdown text and its live preview side by side below. Field edits are
// JournalEdits on the window's undo stack; the text has its own undo while it has focus and is
// saved as the user types (JournalAutosaver): Ctrl+S keeps a version. Photos and galleries are
// inserted as references at the cursor.
class JournalEditorPage : public QWidget
{
    Q_OBJECT

public:
    JournalEditorPage(JournalService &journal, const EventService &events,
                      const GalleryService &galleries, QUndoStack &undoStack,
                      ThumbnailService &thumbnails, const CatalogConnection &connection,
                      QWidget *parent = nullptr);
    ~JournalEditorPage() override;

    // Shows this entry (0: none). What was typed in the previous one is written first and a
    // version of it kept.
    void setEntry(qint64 entryId);
    qint64 entryId() const { return m_entryId; }
    // Writes what is pending and keeps a version; the page shows no entry afterwards. Call before
    // the services go away.
    void closeEntry();
    // Writes what is pending now (before an edit is built from the catalog's state).
    bool flush();
    // Pushes an edit of the entries onto the undo stack; the text is written first.
    void push(const JournalEdit &edit);

    JournalFrontMatterForm *form() const { return m_form; }
    JournalTextEdit *textEdit() const { return m_text; }
    JournalPreview *preview() const { return m_preview; }
    JournalAutosaver *autosaver() const { return m_autosaver; }
    QToolBar *toolBar() const { return m_toolBar; }

    QAction *insertPhotoAction() const { return m_insertPhoto; }
    QAction *insertGalleryAction() const { return m_insertGallery; }
    QAction *historyAction() const { return m_history; }
    QAction *previewAction() const { return m_showPreview; }
    QAction *saveAction() const { return m_save; }

public slots:
    // At the cursor, each as `![alt](photo:ID)`.
    void insertPhotos(const QList<qint64> &photoIds);
    // At the cursor, as a gallery block.
    void insertGallery(qint64 galleryId);
    // Ask, then insert.
    void chooseAndInsertPhotos();
    void chooseAndInsertGallery();
    void showHistory();
    // Restores an earlier version of the entry shown, through the undo stack.
    void restoreVersion(qint64 versionId);
    // Ctrl+S: writes the text and keeps a version.
    void saveVersion();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // For the status bar: saved, or why not.
    void message(const QString &text);

private:
    void reload();
    void onTextChanged();
    void updateActions();

    JournalService &m_journal;
    const GalleryService &m_galleries;
    QUndoStack &m_undoStack;
    ThumbnailService &m_thumbnails;
    const CatalogConnection &m_connection;
    qint64 m_entryId = 0;
    qint64 m_entryEventId = 0;
    bool m_loading = false;     // the text is being set from the catalog, not typed
    qint64 m_loadedEntryId = 0; // the entry the text was last loaded from
    QString m_savedBody;        // the body as the catalog has it, as far as the editor knows
    QString m_typedBody;        // the text last handed to the autosaver

    JournalAutosaver *m_autosaver;
    QStackedWidget *m_stack;
    QLabel *m_empty;
    QToolBar *m_toolBar;
    JournalFrontMatterForm *m_form;
    JournalTextEdit *m_text;
    JournalPreview *m_preview;
    QSplitter *m_splitter;
    QAction *m_insertPhoto;
    QAction *m_insertGallery;
    QAction *m_history;
    QAction *m_showPreview;
    QAction *m_save;
};
