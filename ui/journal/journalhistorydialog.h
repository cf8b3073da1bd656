#pragma once

#include "core/journal/journalversion.h"

#include <QDialog>
#include <QList>

class CatalogConnection;
class JournalPreview;
class JournalService;
class QListWidget;
class QPushButton;
class ThumbnailService;

// History… of a journal entry: its earlier versions, newest first, each with when and why it was
// kept; the one chosen shows rendered beside the list, and Restore takes it back (the editor
// pushes that onto the undo stack: restoring is undoable, and what is there now is kept first).
class JournalHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    JournalHistoryDialog(const JournalService &journal, ThumbnailService &thumbnails,
                         const CatalogConnection &connection, qint64 entryId,
                         QWidget *parent = nullptr);

    // The version chosen for restoring (once accepted), else 0.
    qint64 chosenVersionId() const;
    QListWidget *list() const { return m_list; }
    JournalPreview *preview() const { return m_preview; }

    // "Saved", "While typing": why a version was kept, for the list.
    static QString reasonText(JournalVersionReason reason);

private:
    void showVersion(int row);

    QList<JournalVersion> m_versions;
    QListWidget *m_list;
    JournalPreview *m_preview;
    QPushButton *m_restore;
};
