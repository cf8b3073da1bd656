#include "ui/library/mainwindow.h"

#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/events/eventservice.h"
#include "core/galleries/galleryservice.h"
#include "core/import/importjob.h"
#include "core/import/importreport.h"
#include "core/journal/journalservice.h"
#include "core/library/sidebar/eventssection.h"
#include "core/library/sidebar/folderssection.h"
#include "core/library/sidebar/galleriessection.h"
#include "core/library/sidebar/journalsection.h"
#include "core/library/sidebar/librarysection.h"
#include "core/library/sidebar/problemssection.h"
#include "core/library/sidebar/recentimportssection.h"
#include "core/library/sidebar/sidebarmodel.h"
#include "core/search/searchindexupdater.h"
#include "core/thumbnails/thumbnailservice.h"
#include "ui/events/eventactions.h"
#include "ui/events/eventeditor.h"
#include "ui/events/eventheader.h"
#include "ui/export/exportactions.h"
#include "ui/galleries/galleryactions.h"
#include "ui/galleries/galleryboardview.h"
#include "ui/galleries/gallerypage.h"
#include "ui/import/importcontroller.h"
#include "ui/info/photoinfopanel.h"
#include "ui/journal/journalactions.h"
#include "ui/journal/journaleditorpage.h"
#include "ui/library/emptylibraryview.h"
#include "ui/library/gridheader.h"
#include "ui/library/photogridview.h"
#include "ui/library/sidebarview.h"
#include "ui/preferences/appsettings.h"
#include "ui/preferences/preferencesdialog.h"
#include "ui/search/searchfield.h"
#include "ui/search/searchhitopener.h"
#include "ui/viewer/photoviewer.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSlider>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <array>

MainWindow::MainWindow(Catalog &catalog, ImportJob &importJob, ThumbnailService &thumbnails,
                       AppSettings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_catalog(catalog)
    , m_importJob(importJob)
    , m_thumbnails(thumbnails)
    , m_settings(settings)
    , m_photos(new PhotoGridModel(catalog.connection(), this))
    , m_events(new EventService(catalog.connection(), this))
    , m_galleries(new GalleryService(catalog.connection(), this))
    , m_journal(new JournalService(catalog.connection(), this))
    , m_undoStack(new QUndoStack(this))
    , m_eventEditor(new EventEditor(*m_events, *m_undoStack, this))
    , m_sidebarModel(new SidebarModel(this))
{
    setWindowTitle(tr("Corkboard"));
    setWindowIcon(QIcon::fromTheme(QStringLiteral("org.corkboard.Corkboard"),
                                   QIcon::fromTheme(QStringLiteral("folder-pictures"))));
    // Before the sidebar's own connection: the window must see which event the grid showed before
    // the sidebar reloads and moves its selection (see onEventsChanged()).
    connect(m_events, &EventService::eventsChanged, this, &MainWindow::onEventsChanged);
    m_sidebarModel->addSection(std::make_unique<LibrarySection>(catalog.connection()));
    m_sidebarModel->addSection(std::make_unique<EventsSection>(*m_events));
    m_sidebarModel->addSection(std::make_unique<GalleriesSection>(*m_galleries, m_events));
    m_sidebarModel->addSection(std::make_unique<JournalSection>(*m_journal, m_events));
    m_sidebarModel->addSection(std::make_unique<FoldersSection>(catalog.connection()));
    m_sidebarModel->addSection(std::make_unique<RecentImportsSection>(catalog.connection()));
    m_sidebarModel->addSection(std::make_unique<ProblemsSection>(catalog.connection()));
    m_sidebarModel->reload();

    createLayout();
    m_import = new ImportController(importJob, *this);
    m_eventActions = new EventActions(*m_eventEditor, *m_grid, *this);
    m_galleryActions = new GalleryActions(*m_galleries, *m_undoStack, *m_grid, *this);
    m_journalActions = new JournalActions(*m_journal, *m_events, *m_undoStack, m_thumbnails,
                                          catalog.connection(), *this);
    m_gridStack->addWidget(m_journalActions->editor());
    m_exportActions = new ExportActions(catalog, *this);
    createSearch();
    createMenus();
    connectModels();
    connectEvents();
    connectGalleries();
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // The editor writes what was typed while the journal service is still there.
    m_journalActions->close();
}

PhotoViewer *MainWindow::viewer() const
{
    return m_viewer;
}

void MainWindow::createLayout()
{
    m_sidebar = new SidebarView(this);
    m_sidebar->setModel(m_sidebarModel);
    m_sidebar->setMinimumWidth(160);

    auto *center = new QWidget(this);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    centerLayout->setSpacing(0);
    m_eventHeader = new EventHeader(*m_eventEditor, m_thumbnails, m_catalog.connection(), center);
    m_header = new GridHeader(center);
    m_gridStack = new QStackedWidget(center);
    m_grid = new PhotoGridView(m_thumbnails, m_gridStack);
    m_grid->setModel(m_photos);
    m_grid->setFrameShape(QFrame::NoFrame);
    m_empty = new EmptyLibraryView(m_gridStack);
    m_gridStack->addWidget(m_grid);
    m_gridStack->addWidget(m_empty);
    // A gallery shows as its board in the grid's place.
    m_galleryPage = new GalleryPage(*m_galleries, m_events, *m_undoStack, m_thumbnails,
                                    m_catalog.connection(), m_gridStack);
    m_gridStack->addWidget(m_galleryPage);
    centerLayout->addWidget(m_eventHeader);
    centerLayout->addWidget(m_header);
    centerLayout->addWidget(m_gridStack, 1);

    m_info = new PhotoInfoPanel(m_catalog.connection(), this);
    m_info->setMinimumWidth(220);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(center);
    m_splitter->addWidget(m_info);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setCollapsible(1, false);
    m_splitter->setSizes({220, 800, 280});
    setCentralWidget(m_splitter);

    // The thumbnail size, at the right of the status bar as in most photo browsers.
    m_sizeSlider = new QSlider(Qt::Horizontal, this);
    m_sizeSlider->setRange(PhotoGridView::MinimumThumbnailSize,
                           PhotoGridView::MaximumThumbnailSize);
    m_sizeSlider->setFixedWidth(140);
    m_sizeSlider->setToolTip(tr("Thumbnail size (Ctrl+wheel over the grid)"));
    m_sizeSlider->setAccessibleName(tr("Thumbnail size"));
    m_sizeSlider->setFocusPolicy(Qt::NoFocus);
    m_sizeSlider->setValue(m_grid->thumbnailSize());
    statusBar()->addPermanentWidget(m_sizeSlider);
    connect(m_sizeSlider, &QSlider::valueChanged, m_grid, &PhotoGridView::setThumbnailSize);
    connect(m_grid, &PhotoGridView::thumbnailSizeChanged, m_sizeSlider, &QSlider::setValue);
    connect(m_empty, &EmptyLibraryView::importRequested, this,
            [this]() { m_import->chooseFolder(); });
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *importFolder =
        file->addAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Folder…"),
                        m_import, &ImportController::chooseFolder);
    importFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    QAction *importFiles =
        file->addAction(tr("Import &Photos…"), m_import, &ImportController::chooseFiles);
    importFiles->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addSeparator();
    m_journalActions->addToFileMenu(file);
    file->addSeparator();
    m_exportActions->addToFileMenu(file);
    file->addSeparator();
    QAction *preferences = file->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")),
                                           tr("Pre&ferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    // "Undo Rename Event", "Redo Merge 2 Events": the stack names what it would do.
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    edit->addAction(undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    edit->addAction(redo);
    edit->addSeparator();
    QAction *selectAll = edit->addAction(tr("Select &All"), m_grid, &QAbstractItemView::selectAll);
    selectAll->setShortcut(QKeySequence::SelectAll);
    QAction *selectNone =
        edit->addAction(tr("Select &None"), m_grid, &QAbstractItemView::clearSelection);
    selectNone->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    edit->addSeparator();
    QAction *find = edit->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find…"),
                                    m_search, &SearchField::activate);
    find->setShortcuts(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *open =
        view->addAction(QIcon::fromTheme(QStringLiteral("view-fullscreen")), tr("&Open Photo"),
                        this, [this]() { openViewer(m_grid->currentIndex()); });
    // Enter itself is handled by the grid (activated); the menu shows it and F11 works anywhere.
    open->setShortcuts({QKeySequence(Qt::Key_F11)});
    open->setToolTip(tr("Show the current photo full screen (Enter)"));
    view->addSeparator();
    QMenu *sort = view->addMenu(tr("&Sort By"));
    m_sortActions = new QActionGroup(this);
    const std::array<std::pair<QString, PhotoGridModel::SortOrder>, 3> orders = {{
        {tr("&Time Taken"), PhotoGridModel::SortOrder::TakenAt},
        {tr("File &Name"), PhotoGridModel::SortOrder::FileName},
        {tr("&Import Order"), PhotoGridModel::SortOrder::ImportedAt},
    }};
    for (const auto &entry : orders) {
        const PhotoGridModel::SortOrder order = entry.second;
        QAction *action =
            sort->addAction(entry.first, this, [this, order]() { setSortOrder(order); });
        action->setCheckable(true);
        action->setData(QVariant::fromValue(order));
        m_sortActions->addAction(action);
    }
    QAction *larger =
        view->addAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("&Larger Thumbnails"), this,
                        [this]() { m_grid->setThumbnailSize(m_grid->thumbnailSize() + 32); });
    larger->setShortcuts(QKeySequence::ZoomIn);
    QAction *smaller =
        view->addAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("S&maller Thumbnails"),
                        this, [this]() { m_grid->setThumbnailSize(m_grid->thumbnailSize() - 32); });
    smaller->setShortcuts(QKeySequence::ZoomOut);
    view->addSeparator();
    QAction *showSidebar = view->addAction(tr("Show Side&bar"));
    showSidebar->setCheckable(true);
    showSidebar->setChecked(true);
    showSidebar->setShortcut(QKeySequence(Qt::Key_F9));
    connect(showSidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);
    QAction *showInfo = view->addAction(tr("Show &Info Panel"));
    showInfo->setCheckable(true);
    showInfo->setChecked(true);
    showInfo->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    connect(showInfo, &QAction::toggled, m_info, &QWidget::setVisible);
    // The checks follow the splitter's restored state.
    QTimer::singleShot(0, this, [this, showSidebar, showInfo]() {
        showSidebar->setChecked(m_sidebar->isVisibleTo(this));
        showInfo->setChecked(m_info->isVisibleTo(this));
    });

    QMenu *events = menuBar()->addMenu(tr("Even&ts"));
    m_eventActions->addToMenu(events);
    // Enabled states follow what is selected as the menu opens, too.
    connect(events, &QMenu::aboutToShow, m_eventActions, &EventActions::updateActions);

    QMenu *galleries = menuBar()->addMenu(tr("&Galleries"));
    m_galleryActions->addToMenu(galleries);
    connect(galleries, &QMenu::aboutToShow, m_galleryActions, &GalleryActions::updateActions);

    QMenu *journal = menuBar()->addMenu(tr("&Journal"));
    m_journalActions->addToMenu(journal);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Corkboard"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createSearch()
{
    // The search field at the top right, where desktop apps keep theirs (Ctrl+F, Edit > Find).
    auto *bar = new QToolBar(tr("Search"), this);
    bar->setObjectName(QStringLiteral("searchToolBar"));
    bar->setMovable(false);
    bar->toggleViewAction()->setVisible(false); // the only way to search: not to be hidden
    bar->setContextMenuPolicy(Qt::PreventContextMenu);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_search = new SearchField(m_catalog.connection(), bar);
    m_search->setFixedWidth(280);
    bar->addWidget(m_search);
    addToolBar(Qt::TopToolBarArea, bar);
    setUnifiedTitleAndToolBarOnMac(true);
    m_searchOpener = new SearchHitOpener(*m_sidebar, *m_grid, *m_events, this);
    connect(m_search, &SearchField::openRequested, m_searchOpener, &SearchHitOpener::open);
    connect(m_searchOpener, &SearchHitOpener::failed, this, &MainWindow::showStatusMessage);

    // The index catches up on a worker thread once an import is done and the window has shown
    // what it brought (a search would otherwise do it on this thread: 2 s for 100,000 photos),
    // and at start for what a session that quit during an import left.
    m_searchIndex = new SearchIndexUpdater(m_catalog.path(), this);
    connect(m_import, &ImportController::importFinished, m_searchIndex,
            [this]() { QTimer::singleShot(0, m_searchIndex, &SearchIndexUpdater::requestUpdate); });
    QTimer::singleShot(0, m_searchIndex, &SearchIndexUpdater::requestUpdate);
    // A search during an import finds what is indexed; the rest follows once the worker is done.
    connect(m_search, &SearchField::indexBehind, m_searchIndex, &SearchIndexUpdater::requestUpdate);
    connect(m_searchIndex, &SearchIndexUpdater::updated, m_search, &SearchField::refresh);
}

void MainWindow::connectModels()
{
    connect(m_sidebar, &SidebarView::sourceChosen, this, &MainWindow::showSource);
    connect(m_header, &GridHeader::sortOrderChosen, this, &MainWindow::setSortOrder);
    connect(m_grid, &QAbstractItemView::activated, this, &MainWindow::openViewer);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MainWindow::updateCurrentPhoto);
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateCurrentPhoto);
    connect(m_photos, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    connect(m_photos, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateEmptyState);
    connect(m_photos, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateEmptyState);

    // While an import runs the grid takes each committed chunk; the sidebar's counts follow a
    // second later, once per burst, so 400 photos don't mean 400 recounts.
    connect(&m_importJob, &ImportJob::photosCommitted, m_photos, &PhotoGridModel::refreshPhotos);
    m_sidebarRefresh.setSingleShot(true);
    m_sidebarRefresh.setInterval(1000);
    connect(&m_sidebarRefresh, &QTimer::timeout, m_sidebarModel, &SidebarModel::reload);
    connect(&m_importJob, &ImportJob::photosCommitted, &m_sidebarRefresh,
            qOverload<>(&QTimer::start));
    connect(m_import, &ImportController::importFinished, this, [this](const ImportReport &report) {
        m_sidebarRefresh.stop();
        followImportedEvents(report);
        m_sidebarModel->reload();
        m_photos->reload(); // photos marked missing or fixed by a re-import change sources
    });
}

void MainWindow::connectEvents()
{
    connect(m_events, &EventService::photosChanged, this, &MainWindow::onEventPhotosChanged);
    connect(m_eventEditor, &EventEditor::failed, this, &MainWindow::showStatusMessage);
    connect(m_eventEditor, &EventEditor::focusRequested, this,
            [this](qint64 eventId) { m_sidebar->selectSource(PhotoSource::event(eventId)); });
    connect(m_eventActions, &EventActions::renameRequested, this, &MainWindow::renameEvent);
    connect(m_journalActions, &JournalActions::sourceRequested, m_sidebar,
            &SidebarView::selectSource);
    connect(m_journalActions, &JournalActions::message, this, &MainWindow::showStatusMessage);
    connect(m_exportActions, &ExportActions::message, this, &MainWindow::showStatusMessage);
    connect(m_eventActions, &EventActions::regrouped, this, &MainWindow::showRegroupResult);
    connect(m_eventHeader, &EventHeader::clockCorrectionRequested, m_eventActions,
            &EventActions::correctClock);
    m_eventHeader->setCoverAction(m_eventActions->setCoverAction());
    connect(m_sidebar, &SidebarView::photosDropped, this,
            [this](const QList<qint64> &photoIds, qint64 eventId) {
                m_eventEditor->push(m_events->movePhotos(photoIds, eventId));
            });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, m_eventActions,
            &EventActions::updateActions);
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, m_eventActions,
            &EventActions::updateActions);

    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_grid, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        m_galleryActions->updateActions();
        m_eventActions->showGridMenu(
            m_grid->viewport()->mapToGlobal(position),
            {m_galleryActions->newGalleryAction(), m_galleryActions->addToGalleryAction()});
    });
    m_sidebar->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_sidebar, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        const auto source =
            m_sidebar->indexAt(position).data(SidebarModel::SourceRole).value<PhotoSource>();
        const QPoint global = m_sidebar->viewport()->mapToGlobal(position);
        // Export… for the row clicked, at the end of its menu (a gallery's menu has only it).
        QObject menuActions;
        QAction *exportAction = m_exportActions->makeActionFor(source, &menuActions);
        if (source.kind == PhotoSource::Kind::Event) {
            m_eventActions->showEventMenu(source.eventId, global, {exportAction});
        } else if (source.kind == PhotoSource::Kind::JournalEntry) {
            m_journalActions->showEntryMenu(source.entryId, global, {exportAction});
        } else if (source.kind == PhotoSource::Kind::Gallery) {
            QMenu menu(this);
            menu.addAction(exportAction);
            menu.exec(global);
        }
    });
}

void MainWindow::connectGalleries()
{
    connect(m_galleryActions, &GalleryActions::failed, this, &MainWindow::showStatusMessage);
    connect(m_galleryPage->board(), &GalleryBoardView::failed, this,
            &MainWindow::showStatusMessage);
    // A new gallery is shown at once, its board taking the keys (F2 names it).
    connect(m_galleryActions, &GalleryActions::galleryCreated, this, [this](qint64 galleryId) {
        if (m_sidebar->selectSource(PhotoSource::gallery(galleryId)))
            m_galleryPage->board()->setFocus();
    });
    connect(m_galleryActions, &GalleryActions::renameRequested, m_galleryPage,
            &GalleryPage::startRenaming);
    connect(m_sidebar, &SidebarView::photosDroppedOnGallery, this,
            [this](const QList<qint64> &photoIds, qint64 galleryId) {
                m_galleryActions->addPhotosTo(galleryId, photoIds);
            });
    // The info panel shows the photo of the note selected on the board.
    connect(m_galleryPage->board(), &GalleryBoardView::currentPhotoChanged, this,
            [this](qint64 photoId) {
                if (m_photos->source().kind != PhotoSource::Kind::Gallery)
                    return;
                if (photoId)
                    m_info->showPhoto(photoId);
                else
                    m_info->clear();
            });
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, m_galleryActions,
            &GalleryActions::updateActions);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, m_galleryActions,
            &GalleryActions::updateActions);
    // The gallery on screen was deleted (or its making undone): once the sidebar has dropped its
    // row, show all photos rather than an empty board.
    connect(m_galleries, &GalleryService::galleriesChanged, this, [this]() {
        const PhotoSource shown = m_photos->source();
        if (shown.kind != PhotoSource::Kind::Gallery || m_galleries->gallery(shown.galleryId))
            return;
        QTimer::singleShot(0, this, [this]() {
            if (m_photos->source().kind == PhotoSource::Kind::Gallery &&
                !m_galleries->gallery(m_photos->source().galleryId))
                m_sidebar->selectSource(PhotoSource::allPhotos());
        });
    });
}

void MainWindow::onEventsChanged()
{
    // The event on screen may be gone (merged away, or undone). The sidebar is about to drop its
    // row and select a neighbour; once everything has settled, show where its photos went.
    const PhotoSource shown = m_photos->source();
    if (shown.kind != PhotoSource::Kind::Event || m_events->event(shown.eventId))
        return;
    const qint64 current = m_grid->currentIndex().data(PhotoGridModel::PhotoIdRole).toLongLong();
    QTimer::singleShot(0, this, [this, current]() {
        const qint64 event = current ? m_events->eventOfPhoto(current) : 0;
        if (!(event && m_sidebar->selectSource(PhotoSource::event(event))))
            m_sidebar->selectSource(PhotoSource::allPhotos());
        const QModelIndex photo = m_photos->indexOfPhoto(current);
        if (photo.isValid()) {
            m_grid->setCurrentIndex(photo);
            m_grid->scrollTo(photo);
        }
    });
}

void MainWindow::onEventPhotosChanged(const QList<qint64> &photoIds)
{
    // Photos changed event or place on the timeline: the grid follows without a reset where it
    // can (an event's grid gains and loses rows; the timeline re-sorts).
    if (photoIds.isEmpty())
        m_photos->reload();
    else
        m_photos->refreshPhotos(photoIds);
    updateEmptyState();
    if (photoIds.isEmpty() || photoIds.contains(m_info->photoId()))
        updateCurrentPhoto();
}

void MainWindow::followImportedEvents(const ImportReport &report)
{
    // The import placed its photos on the timeline and grouped them into events itself, on its
    // own connection: the service did not signal, so what shows events reads them again.
    m_eventHeader->refresh();
    m_eventActions->refresh();
    // Its regrouping may have removed automatic events that edits on the undo stack name;
    // undoing those would fail. When none went, the history stays.
    if (report.eventsRemoved > 0)
        m_undoStack->clear();
}

// What a feature has to say in passing (a failed edit, an export's outcome): long enough to read.
void MainWindow::showStatusMessage(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::showRegroupResult(const RegroupResult &result)
{
    if (!result.ok) {
        statusBar()->showMessage(tr("The events could not be regrouped: %1").arg(result.error),
                                 15000);
        return;
    }
    // Edits on the stack may name automatic events that are gone now.
    if (result.eventsRemoved > 0)
        m_undoStack->clear();
    statusBar()->showMessage(tr("Automatic events regrouped: %1, %2, %3.")
                                 .arg(tr("%n new", "automatic events", result.eventsCreated),
                                      tr("%n kept", "automatic events", result.eventsKept),
                                      tr("%n removed", "automatic events", result.eventsRemoved)),
                             15000);
}

void MainWindow::renameEvent(qint64 eventId)
{
    if (!(m_photos->source() == PhotoSource::event(eventId)) &&
        !m_sidebar->selectSource(PhotoSource::event(eventId)))
        return;
    m_eventHeader->startRenaming();
}

void MainWindow::showSource(const PhotoSource &source)
{
    if (source.kind == PhotoSource::Kind::None)
        return;
    if (!(source == m_photos->source()))
        m_photos->setSource(source);
    const QModelIndex entry = m_sidebarModel->indexOfSource(source);
    const bool event = source.kind == PhotoSource::Kind::Event;
    // An event's title is in the event header, editable: the grid's header keeps count and order.
    m_header->setTitle(event ? QString()
                             : (entry.isValid() ? entry.data().toString() : tr("All Photos")));
    m_eventHeader->setEvent(event ? source.eventId : 0);
    m_eventActions->setShownEvent(event ? source.eventId : 0);
    const bool gallery = source.kind == PhotoSource::Kind::Gallery;
    // A new gallery belongs to the event on screen.
    m_galleryActions->setShownEvent(event ? source.eventId : 0);
    m_galleryActions->setShownGallery(gallery ? source.galleryId : 0);
    if (gallery)
        m_galleryPage->setGallery(source.galleryId);
    m_journalActions->setShownSource(source);
    m_exportActions->setShownSource(source);
    m_header->setVisible(source.showsPhotoGrid());
    updateEmptyState();
    if (m_photos->rowCount() > 0 && !m_grid->currentIndex().isValid())
        m_grid->setCurrentIndex(m_photos->index(0));
    updateCurrentPhoto();
}

void MainWindow::setSortOrder(PhotoGridModel::SortOrder order)
{
    // Keep the current photo current (and in view) across the new order.
    const qint64 current = m_grid->currentIndex().data(PhotoGridModel::PhotoIdRole).toLongLong();
    m_photos->setSortOrder(order);
    m_header->setSortOrder(order);
    for (QAction *action : m_sortActions->actions())
        action->setChecked(action->data().value<PhotoGridModel::SortOrder>() == order);
    const QModelIndex index = m_photos->indexOfPhoto(current);
    if (index.isValid()) {
        m_grid->setCurrentIndex(index);
        m_grid->scrollTo(index, QAbstractItemView::PositionAtCenter);
    }
}

void MainWindow::updateEmptyState()
{
    if (m_photos->source().kind == PhotoSource::Kind::Gallery) {
        m_gridStack->setCurrentWidget(m_galleryPage);
        return;
    }
    if (m_photos->source().kind == PhotoSource::Kind::JournalEntry) {
        m_gridStack->setCurrentWidget(m_journalActions->editor());
        return;
    }
    m_header->setPhotoCount(m_photos->rowCount());
    const bool empty = m_photos->rowCount() == 0;
    // The welcome shows only for an empty catalog, not for an empty source of a full one.
    m_empty->setCatalogEmpty(empty && PhotoRepository(m_catalog.connection()).count() == 0);
    m_gridStack->setCurrentWidget(empty ? static_cast<QWidget *>(m_empty) : m_grid);
}

void MainWindow::updateCurrentPhoto()
{
    const int selected = static_cast<int>(m_grid->selectionModel()->selectedIndexes().size());
    if (selected > 1) {
        m_info->showSelection(selected);
        return;
    }
    const QModelIndex current = m_grid->currentIndex();
    if (current.isValid())
        m_info->showPhoto(current.data(PhotoGridModel::PhotoIdRole).toLongLong());
    else
        m_info->clear();
}

void MainWindow::openViewer(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    if (!m_viewer) {
        m_viewer = new PhotoViewer(m_photos, m_catalog.connection(), this);
        m_viewer->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_viewer, &PhotoViewer::currentRowChanged, this, [this](int row) {
            const QModelIndex photo = m_photos->index(row);
            m_grid->setCurrentIndex(photo);
            m_grid->scrollTo(photo);
        });
        connect(m_viewer, &PhotoViewer::closed, m_grid, qOverload<>(&QWidget::setFocus));
    }
    m_viewer->showPhotoAt(index.row());
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_settings, m_thumbnails, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Corkboard"),
        tr("<h3>Corkboard %1</h3>"
           "<p>The photos and the story of an event: a timeline, sticky-note galleries, the "
           "journal, and a site to publish them.</p>"
           "<p>Catalog: %2</p>"
           "<p>Built with Qt %3, exiv2 and libheif.</p>")
            .arg(QApplication::applicationVersion(),
                 QDir::toNativeSeparators(m_catalog.path()).toHtmlEscaped(),
                 QString::fromLatin1(qVersion())));
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1200, 760);
    m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray());
    m_grid->setThumbnailSize(
        settings.value(QStringLiteral("mainWindow/thumbnailSize"), m_grid->thumbnailSize())
            .toInt());
    const auto order = static_cast<PhotoGridModel::SortOrder>(
        settings.value(QStringLiteral("mainWindow/sortOrder"), 0).toInt());
    setSortOrder(order);
    // Back where the user left off: the same source if it still exists, else all photos.
    PhotoSource source;
    source.kind = static_cast<PhotoSource::Kind>(
        settings.value(QStringLiteral("mainWindow/sourceKind"), int(PhotoSource::Kind::AllPhotos))
            .toInt());
    source.folderPath = settings.value(QStringLiteral("mainWindow/sourceFolder")).toString();
    source.importId = settings.value(QStringLiteral("mainWindow/sourceImport")).toLongLong();
    source.eventId = settings.value(QStringLiteral("mainWindow/sourceEvent")).toLongLong();
    source.galleryId = settings.value(QStringLiteral("mainWindow/sourceGallery")).toLongLong();
    source.entryId = settings.value(QStringLiteral("mainWindow/sourceEntry")).toLongLong();
    if (!m_sidebar->selectSource(source) && !m_sidebar->selectSource(PhotoSource::allPhotos()))
        showSource(PhotoSource::allPhotos());
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/thumbnailSize"), m_grid->thumbnailSize());
    settings.setValue(QStringLiteral("mainWindow/sortOrder"), int(m_photos->sortOrder()));
    const PhotoSource source = m_photos->source();
    settings.setValue(QStringLiteral("mainWindow/sourceKind"), int(source.kind));
    settings.setValue(QStringLiteral("mainWindow/sourceFolder"), source.folderPath);
    settings.setValue(QStringLiteral("mainWindow/sourceImport"), source.importId);
    settings.setValue(QStringLiteral("mainWindow/sourceEvent"), source.eventId);
    settings.setValue(QStringLiteral("mainWindow/sourceGallery"), source.galleryId);
    settings.setValue(QStringLiteral("mainWindow/sourceEntry"), source.entryId);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_journalActions->close();
    if (m_viewer)
        m_viewer->close();
    // Stop a running import cleanly: committed chunks stay, the rest resumes next time.
    m_importJob.cancel();
    event->accept();
}
