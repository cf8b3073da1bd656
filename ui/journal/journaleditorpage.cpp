#include "ui/journal/journaleditorpage.h"

#include "core/events/eventservice.h"
#include "core/galleries/galleryservice.h"
#include "core/journal/journalautosaver.h"
#include "core/journal/journaleditcommand.h"
#include "core/journal/journalservice.h"
#include "core/journal/markdownrenderer.h"
#include "ui/journal/journalfrontmatterform.h"
#include "ui/journal/journalhistorydialog.h"
#include "ui/journal/journalpreview.h"
#include "ui/journal/journaltextedit.h"
#include "ui/journal/photochooserdialog.h"

#include <QAction>
#include <QEvent>
#include <QInputDialog>
#include <QLabel>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

JournalEditorPage::JournalEditorPage(JournalService &journal, const EventService &events,
                                     const GalleryService &galleries, QUndoStack &undoStack,
                                     ThumbnailService &thumbnails,
                                     const CatalogConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_galleries(galleries)
    , m_undoStack(undoStack)
    , m_thumbnails(thumbnails)
    , m_connection(connection)
    , m_autosaver(new JournalAutosaver(journal, this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_toolBar(new QToolBar(this))
    , m_form(new JournalFrontMatterForm(journal, events, thumbnails, connection, this))
    , m_text(new JournalTextEdit(connection, this))
    , m_preview(new JournalPreview(journal, thumbnails, connection, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_empty->setText(tr("This journal entry is no longer in the catalog.\n"
                        "Choose another in the sidebar, or make a new one (Ctrl+N)."));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    // Shortcuts work while the editor is on screen, wherever its keyboard focus is.
    auto makeAction = [this](const QString &iconName, const QString &text,
                             const QKeySequence &shortcut, const QString &tip) {
        auto *action = new QAction(QIcon::fromTheme(iconName), text, this);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(
            QStringLiteral("%1 (%2)").arg(tip, shortcut.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    m_insertPhoto = makeAction(QStringLiteral("insert-image"), tr("Insert &Photo…"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                               tr("Insert photos from the catalog at the cursor"));
    m_insertGallery = makeAction(QStringLiteral("view-list-icons"), tr("Insert &Gallery…"),
                                 QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G),
                                 tr("Insert one of the galleries at the cursor"));
    m_history = makeAction(QStringLiteral("document-open-recent"), tr("&History…"),
                           QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H),
                           tr("Earlier versions of this entry, to look at or restore"));
    m_showPreview = makeAction(QStringLiteral("document-preview"), tr("Show Pre&view"),
                               QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                               tr("Show the rendered entry beside the text"));
    m_showPreview->setCheckable(true);
    m_save = makeAction(QStringLiteral("document-save"), tr("&Save Version"),
                        QKeySequence(QKeySequence::Save),
                        tr("The text is saved as you type; this also keeps it as a version"));
    connect(m_insertPhoto, &QAction::triggered, this, &JournalEditorPage::chooseAndInsertPhotos);
    connect(m_insertGallery, &QAction::triggered, this, &JournalEditorPage::chooseAndInsertGallery);
    connect(m_history, &QAction::triggered, this, &JournalEditorPage::showHistory);
    connect(m_save, &QAction::triggered, this, &JournalEditorPage::saveVersion);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->addAction(m_insertPhoto);
    m_toolBar->addAction(m_insertGallery);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_history);
    m_toolBar->addAction(m_showPreview);

    m_splitter->addWidget(m_text);
    m_splitter->addWidget(m_preview);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({1, 1});

    auto *editor = new QWidget(this);
    auto *editorLayout = new QVBoxLayout(editor);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->setSpacing(0);
    editorLayout->addWidget(m_toolBar);
    editorLayout->addWidget(m_form);
    editorLayout->addWidget(m_splitter, 1);
    m_stack->addWidget(editor);
    m_stack->addWidget(m_empty);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    const bool previewShown =
        QSettings().value(QStringLiteral("journal/showPreview"), true).toBool();
    m_showPreview->setChecked(previewShown);
    m_preview->setVisible(previewShown);
    connect(m_showPreview, &QAction::toggled, this, [this](bool shown) {
        m_preview->setVisible(shown);
        QSettings().setValue(QStringLiteral("journal/showPreview"), shown);
        if (shown)
            m_preview->showMarkdown(m_text->toPlainText());
    });

    connect(m_text, &QPlainTextEdit::textChanged, this, &JournalEditorPage::onTextChanged);
    m_text->installEventFilter(this);
    connect(m_autosaver, &JournalAutosaver::saved, this, [this](qint64 entryId) {
        if (entryId == m_entryId)
            m_savedBody = m_typedBody;
    });
    connect(m_form, &JournalFrontMatterForm::editRequested, this, &JournalEditorPage::push);
    connect(&journal, &JournalService::entryChanged, this, [this](qint64 entryId) {
        if (entryId == m_entryId)
            reload();
    });
    connect(&journal, &JournalService::entriesChanged, this, [this]() {
        if (m_entryId != 0)
            reload();
    });
    connect(&events, &EventService::eventsChanged, m_form, &JournalFrontMatterForm::reloadEvents);
    connect(m_autosaver, &JournalAutosaver::saveFailed, this, [this](qint64, const QString &error) {
        emit message(tr("The entry could not be saved: %1").arg(error));
    });
    updateActions();
}

JournalEditorPage::~JournalEditorPage()
{
    closeEntry();
}

void JournalEditorPage::setEntry(qint64 entryId)
{
    if (entryId == m_entryId)
        return;
    m_autosaver->setEntry(entryId); // writes and keeps the previous one
    m_entryId = entryId;
    reload();
}

void JournalEditorPage::closeEntry()
{
    m_autosaver->close();
    m_entryId = 0;
    m_loadedEntryId = 0;
    m_entryEventId = 0;
}

bool JournalEditorPage::flush()
{
    return m_autosaver->flush();
}

void JournalEditorPage::reload()
{
    const std::optional<JournalEntry> entry = m_entryId ? m_journal.entry(m_entryId) : std::nullopt;
    m_stack->setCurrentIndex(entry || m_entryId == 0 ? 0 : 1);
    m_form->setEntry(entry);
    m_entryEventId = entry ? entry->eventId : 0;
    const QString body = entry ? entry->body : QString();
    // The text is replaced only when the catalog's body changed behind the editor (another entry,
    // a version restored or its restore undone). An edit of another field leaves it alone: the
    // catalog may not have the last keystrokes yet, and they must not be lost.
    const bool changedBehind = m_loadedEntryId != m_entryId || body != m_savedBody;
    m_loadedEntryId = m_entryId;
    m_savedBody = body;
    if (changedBehind && body != m_text->toPlainText()) {
        m_loading = true;
        m_text->setPlainText(body);
        m_loading = false;
        m_preview->showMarkdown(body);
        // Whatever the autosaver still holds is older than this text: it must write this one.
        if (m_autosaver->hasPendingChanges())
            m_autosaver->bodyChanged(body);
    } else if (m_preview->toPlainText().isEmpty() && !body.isEmpty()) {
        m_preview->showMarkdown(body);
    }
    m_text->setEnabled(entry.has_value());
    updateActions();
}

bool JournalEditorPage::eventFilter(QObject *watched, QEvent *event)
{
    // Leaving the text (for a menu too: Edit > Undo) writes it, so that an edit of the entry made
    // from elsewhere starts from the text as it is on screen.
    if (watched == m_text && event->type() == QEvent::FocusOut)
        flush();
    return QWidget::eventFilter(watched, event);
}

void JournalEditorPage::onTextChanged()
{
    if (m_loading || m_entryId == 0)
        return;
    const QString body = m_text->toPlainText();
    m_typedBody = body;
    m_autosaver->bodyChanged(body);
    if (m_preview->isVisible())
        m_preview->scheduleMarkdown(body);
}

void JournalEditorPage::updateActions()
{
    const bool editing = m_entryId != 0 && m_text->isEnabled();
    for (QAction *action : {m_insertPhoto, m_insertGallery, m_history, m_save})
        action->setEnabled(editing);
}

void JournalEditorPage::push(const JournalEdit &edit)
{
    if (edit.isEmpty()) {
        if (!m_journal.lastError().isEmpty())
            emit message(m_journal.lastError());
        return;
    }
    flush();
    m_undoStack.push(new JournalEditCommand(m_journal, edit));
}

void JournalEditorPage::insertPhotos(const QList<qint64> &photoIds)
{
    m_text->insertBlock(m_text->photoReferences(photoIds));
    m_text->setFocus();
}

void JournalEditorPage::insertGallery(qint64 galleryId)
{
    m_text->insertBlock(MarkdownRenderer::galleryBlock(galleryId));
    m_text->setFocus();
}

void JournalEditorPage::chooseAndInsertPhotos()
{
    if (m_entryId == 0)
        return;
    // Not modal: the grid takes the place of this page, so the chooser is where photos are
    // dragged from into the text (to where they belong in it), besides Insert at the cursor.
    auto *dialog = new PhotoChooserDialog(m_connection, m_thumbnails, m_entryEventId, true, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const qint64 entryId = m_entryId;
    connect(dialog, &QDialog::accepted, this, [this, dialog, entryId]() {
        if (entryId == m_entryId)
            insertPhotos(dialog->chosenPhotoIds());
    });
    // Over the preview, not the text: the text is where the photos are dropped.
    const QWidget *side = m_preview->isVisible() ? static_cast<QWidget *>(m_preview) : m_text;
    const QRect area(side->mapToGlobal(QPoint(0, 0)), side->size());
    dialog->resize(qMax(area.width(), 420), qMax(area.height(), 360));
    dialog->move(m_preview->isVisible() ? area.topLeft()
                                        : area.topRight() - QPoint(dialog->width(), 0));
    dialog->show();
}

void JournalEditorPage::chooseAndInsertGallery()
{
    if (m_entryId == 0)
        return;
    QList<Gallery> galleries = m_galleries.galleries();
    if (galleries.isEmpty()) {
        emit message(tr("There are no galleries yet: make one from photos in the grid first."));
        return;
    }
    // The entry's own event's galleries first: those are the ones it most likely shows.
    std::stable_partition(galleries.begin(), galleries.end(), [this](const Gallery &gallery) {
        return m_entryEventId != 0 && gallery.eventId == m_entryEventId;
    });
    QStringList names;
    for (const Gallery &gallery : galleries)
        names.append(GalleryService::displayTitle(gallery));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Insert Gallery"), tr("Gallery to show at the cursor:"), names, 0, false, &ok);
    const qsizetype index = names.indexOf(chosen);
    if (ok && index >= 0)
        insertGallery(galleries.at(index).id);
}

void JournalEditorPage::showHistory()
{
    if (m_entryId == 0)
        return;
    flush();
    JournalHistoryDialog dialog(m_journal, m_thumbnails, m_connection, m_entryId, this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosenVersionId() != 0)
        restoreVersion(dialog.chosenVersionId());
}

void JournalEditorPage::restoreVersion(qint64 versionId)
{
    flush();
    push(m_journal.restoreVersion(versionId));
}

void JournalEditorPage::saveVersion()
{
    if (m_entryId == 0)
        return;
    if (m_autosaver->save())
        emit message(tr("Entry saved; this version is kept in its history."));
}
