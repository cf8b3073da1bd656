#include "ui/journal/journalactions.h"

#include "core/catalog/catalogconnection.h"
#include "core/events/eventservice.h"
#include "core/galleries/galleryservice.h"
#include "core/journal/journaleditcommand.h"
#include "core/journal/journalservice.h"
#include "core/journal/markdownpostexporter.h"
#include "ui/journal/journaleditorpage.h"
#include "ui/journal/journalfrontmatterform.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

JournalActions::JournalActions(JournalService &journal, const EventService &events,
                               QUndoStack &undoStack, ThumbnailService &thumbnails,
                               const CatalogConnection &connection, QWidget &window)
    : QObject(&window)
    , m_journal(journal)
    , m_events(events)
    , m_undoStack(undoStack)
    , m_window(window)
    , m_galleries(new GalleryService(connection, this))
    , m_editor(
          new JournalEditorPage(journal, events, *m_galleries, undoStack, thumbnails, connection))
{
    m_newEntry =
        new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Entry"), this);
    m_newEntry->setShortcut(QKeySequence::New);
    m_newEntry->setStatusTip(tr("A new journal entry for the event shown, or one on its own"));
    m_deleteEntry =
        new QAction(QIcon::fromTheme(QStringLiteral("edit-delete")), tr("&Delete Entry…"), this);
    m_deleteEntry->setStatusTip(tr("Delete the entry shown (undoable)"));
    m_importPost = new QAction(tr("Import &Markdown Post…"), this);
    m_importPost->setStatusTip(tr("A Markdown post with YAML front matter as a new journal entry"));
    m_exportEntry = new QAction(tr("&Export Entry as Markdown…"), this);
    m_exportEntry->setStatusTip(tr("The entry shown as a Markdown post with YAML front matter"));
    for (QAction *action : {m_newEntry, m_deleteEntry, m_importPost, m_exportEntry}) {
        action->setShortcutContext(Qt::WindowShortcut);
        window.addAction(action);
    }
    connect(m_newEntry, &QAction::triggered, this, &JournalActions::newEntry);
    connect(m_deleteEntry, &QAction::triggered, this, &JournalActions::deleteEntry);
    connect(m_importPost, &QAction::triggered, this, &JournalActions::importPost);
    connect(m_exportEntry, &QAction::triggered, this, &JournalActions::exportEntry);
    connect(m_editor, &JournalEditorPage::message, this, &JournalActions::message);
    connect(&journal, &JournalService::entriesChanged, this, &JournalActions::updateActions);
    // The entry on screen went (its making undone, or deleted elsewhere): once the sidebar has
    // dropped its row, show all photos rather than an editor of nothing.
    connect(&journal, &JournalService::entriesChanged, this, [this]() {
        if (m_shown.kind != PhotoSource::Kind::JournalEntry || m_journal.entry(m_shown.entryId))
            return;
        QTimer::singleShot(0, this, [this]() {
            if (m_shown.kind == PhotoSource::Kind::JournalEntry &&
                !m_journal.entry(m_shown.entryId))
                emit sourceRequested(PhotoSource::allPhotos());
        });
    });
    updateActions();
}

void JournalActions::addToMenu(QMenu *menu) const
{
    menu->addAction(m_newEntry);
    menu->addAction(m_deleteEntry);
    menu->addSeparator();
    menu->addAction(m_editor->insertPhotoAction());
    menu->addAction(m_editor->insertGalleryAction());
    menu->addSeparator();
    menu->addAction(m_editor->saveAction());
    menu->addAction(m_editor->historyAction());
    menu->addAction(m_editor->previewAction());
}

void JournalActions::addToFileMenu(QMenu *menu) const
{
    menu->addAction(m_importPost);
    menu->addAction(m_exportEntry);
}

void JournalActions::setShownSource(const PhotoSource &source)
{
    m_shown = source;
    m_editor->setEntry(source.kind == PhotoSource::Kind::JournalEntry ? source.entryId : 0);
    updateActions();
}

void JournalActions::close()
{
    // The editor is the window's (in its stack) and may be gone first as the window goes.
    if (m_editor)
        m_editor->closeEntry();
}

void JournalActions::updateActions()
{
    const bool entry =
        m_shown.kind == PhotoSource::Kind::JournalEntry && m_journal.entry(m_shown.entryId);
    m_deleteEntry->setEnabled(entry);
    m_exportEntry->setEnabled(entry);
}

QString JournalActions::suggestedFileName(const QString &title, const QDate &date)
{
    // Jekyll's post names: the day, then the title in lower case with dashes.
    QString slug;
    for (const QChar c : title.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            slug.append(c);
        else if ((c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_')) &&
                 !slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug.append(QLatin1Char('-'));
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    if (slug.isEmpty())
        slug = QStringLiteral("entry");
    const QString day = (date.isValid() ? date : QDate::currentDate()).toString(Qt::ISODate);
    return QStringLiteral("%1-%2.md").arg(day, slug);
}

void JournalActions::newEntry()
{
    JournalEntry fields;
    if (m_shown.kind == PhotoSource::Kind::Event) {
        fields.eventId = m_shown.eventId;
    } else if (m_shown.kind == PhotoSource::Kind::JournalEntry) {
        if (const std::optional<JournalEntry> shown = m_journal.entry(m_shown.entryId))
            fields.eventId = shown->eventId;
    }
    // The day it tells of: its event's first day, else today.
    fields.date = QDate::currentDate();
    if (fields.eventId != 0) {
        if (const std::optional<EventSummary> event = m_events.event(fields.eventId);
            event && event->hasDates())
            fields.date = event->firstLocalTime().date();
    }
    // Most people write their whole journal themselves: the author of the newest entry.
    if (const QList<JournalEntry> entries = m_journal.entries(); !entries.isEmpty())
        fields.author = entries.constFirst().author;
    m_editor->flush();
    const JournalEdit edit = m_journal.create(fields);
    if (edit.isEmpty()) {
        QMessageBox::warning(&m_window, tr("New Entry"),
                             tr("The entry could not be made: %1").arg(m_journal.lastError()));
        return;
    }
    const qint64 entryId = edit.focusEntryId ? edit.focusEntryId : edit.entriesAfter.firstKey();
    m_undoStack.push(new JournalEditCommand(m_journal, edit));
    emit sourceRequested(PhotoSource::journalEntry(entryId));
    // A new entry is named first.
    m_editor->form()->titleEdit()->setFocus(Qt::ShortcutFocusReason);
}

void JournalActions::deleteEntry()
{
    if (m_shown.kind == PhotoSource::Kind::JournalEntry)
        deleteEntryWithId(m_shown.entryId);
}

void JournalActions::deleteEntryWithId(qint64 entryId)
{
    m_editor->flush();
    const std::optional<JournalEntry> entry = m_journal.entry(entryId);
    if (!entry)
        return;
    const auto answer =
        QMessageBox::question(&m_window, tr("Delete Entry"),
                              tr("Delete the journal entry “%1”? Edit ▸ Undo brings it back.")
                                  .arg(JournalService::displayTitle(*entry)),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const JournalEdit edit = m_journal.deleteEntry(entry->id);
    if (edit.isEmpty()) {
        emit message(tr("The entry could not be deleted: %1").arg(m_journal.lastError()));
        return;
    }
    const bool shown = m_shown == PhotoSource::journalEntry(entry->id);
    if (shown)
        m_editor->closeEntry();
    m_undoStack.push(new JournalEditCommand(m_journal, edit));
    if (shown)
        emit sourceRequested(entry->eventId ? PhotoSource::event(entry->eventId)
                                            : PhotoSource::allPhotos());
}

void JournalActions::showEntryMenu(qint64 entryId, const QPoint &globalPosition,
                                   const QList<QAction *> &moreActions)
{
    QMenu menu(&m_window);
    menu.addAction(m_newEntry);
    menu.addSeparator();
    menu.addAction(m_exportEntry->text(), this, [this, entryId]() { exportEntryWithId(entryId); });
    menu.addAction(m_deleteEntry->icon(), m_deleteEntry->text(), this,
                   [this, entryId]() { deleteEntryWithId(entryId); });
    if (!moreActions.isEmpty()) {
        menu.addSeparator();
        menu.addActions(moreActions);
    }
    menu.exec(globalPosition);
}

void JournalActions::importPost()
{
    QSettings settings;
    const QString folder =
        settings
            .value(QStringLiteral("journal/importFolder"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path =
        QFileDialog::getOpenFileName(&m_window, tr("Import Markdown Post"), folder,
                                     tr("Markdown posts (*.md *.markdown *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("journal/importFolder"), QFileInfo(path).absolutePath());
    importPostFile(path);
}

qint64 JournalActions::importPostFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(&m_window, tr("Import Markdown Post"),
                             tr("“%1” could not be read: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return 0;
    }
    const QString text = QString::fromUtf8(file.readAll());
    m_editor->flush();
    const qint64 eventId = m_shown.kind == PhotoSource::Kind::Event ? m_shown.eventId : 0;
    const qint64 entryId = m_journal.importPost(text, eventId, QFileInfo(path).fileName());
    if (entryId == 0) {
        QMessageBox::warning(&m_window, tr("Import Markdown Post"),
                             tr("“%1” could not be imported: %2")
                                 .arg(QDir::toNativeSeparators(path), m_journal.lastError()));
        return 0;
    }
    emit sourceRequested(PhotoSource::journalEntry(entryId));
    emit message(tr("Imported “%1” as a journal entry.").arg(QFileInfo(path).fileName()));
    return entryId;
}

void JournalActions::exportEntry()
{
    if (m_shown.kind == PhotoSource::Kind::JournalEntry)
        exportEntryWithId(m_shown.entryId);
}

void JournalActions::exportEntryWithId(qint64 entryId)
{
    m_editor->flush();
    const std::optional<JournalEntry> entry = m_journal.entry(entryId);
    if (!entry)
        return;
    QSettings settings;
    const QString folder =
        settings
            .value(QStringLiteral("journal/exportFolder"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    const QString path = QFileDialog::getSaveFileName(
        &m_window, tr("Export Entry as Markdown"),
        QDir(folder).filePath(suggestedFileName(entry->title, entry->date)),
        tr("Markdown posts (*.md)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("journal/exportFolder"), QFileInfo(path).absolutePath());
    if (exportEntryTo(entry->id, path))
        emit message(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

bool JournalActions::exportEntryTo(qint64 entryId, const QString &path)
{
    m_editor->flush();
    const std::optional<JournalEntry> entry = m_journal.entry(entryId);
    if (!entry)
        return false;
    // All or nothing: a failed write leaves no half post behind (nor a clobbered older one).
    QSaveFile file(path);
    const QByteArray data = MarkdownPostExporter::exportEntry(*entry).toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        QMessageBox::warning(&m_window, tr("Export Entry as Markdown"),
                             tr("The entry could not be written to “%1”: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    return true;
}
