#pragma once

#include "core/library/photogridmodel.h"
#include "core/library/photosource.h"
#include "core/search/searchhit.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class AppSettings;
class Catalog;
class EmptyLibraryView;
class EventActions;
class EventEditor;
class EventHeader;
class EventService;
class ExportActions;
class GalleryActions;
class GalleryPage;
class GalleryService;
class GridHeader;
class ImportController;
class ImportJob;
class JournalActions;
class JournalService;
class PhotoGridView;
class PhotoInfoPanel;
class PhotoViewer;
class QActionGroup;
class QSlider;
class QSplitter;
class QStackedWidget;
class QUndoStack;
class SearchField;
class SearchHitOpener;
class SearchIndexUpdater;
class SidebarModel;
class SidebarView;
class ThumbnailService;
struct ImportReport;
struct RegroupResult;

// The library window: sources on the left, the photo grid, the current photo's details on the
// right. Owns no data: the catalog and the services are built in app/ and handed in; import has
// its own controller. Events are edited through the window's EventService and undo stack: the
// event header, the Events menu (EventActions) and drops on the sidebar all push onto it.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Catalog &catalog, ImportJob &importJob, ThumbnailService &thumbnails,
               AppSettings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    PhotoGridModel *photoModel() const { return m_photos; }
    PhotoGridView *gridView() const { return m_grid; }
    SidebarModel *sidebarModel() const { return m_sidebarModel; }
    SidebarView *sidebarView() const { return m_sidebar; }
    ImportController *importController() const { return m_import; }
    PhotoInfoPanel *infoPanel() const { return m_info; }
    EventService *eventService() const { return m_events; }
    QUndoStack *undoStack() const { return m_undoStack; }
    EventEditor *eventEditor() const { return m_eventEditor; }
    EventHeader *eventHeader() const { return m_eventHeader; }
    EventActions *eventActions() const { return m_eventActions; }
    SearchField *searchField() const { return m_search; }
    SearchIndexUpdater *searchIndexUpdater() const { return m_searchIndex; }
    GalleryService *galleryService() const { return m_galleries; }
    GalleryActions *galleryActions() const { return m_galleryActions; }
    GalleryPage *galleryPage() const { return m_galleryPage; }
    JournalService *journalService() const { return m_journal; }
    JournalActions *journalActions() const { return m_journalActions; }
    ExportActions *exportActions() const { return m_exportActions; }
    // The full-screen viewer while it is open, else null.
    PhotoViewer *viewer() const;

public slots:
    void showSource(const PhotoSource &source);
    void openViewer(const QModelIndex &index);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createLayout();
    void createMenus();
    void createSearch();
    void connectModels();
    void restoreSettings();
    void saveSettings() const;
    void setSortOrder(PhotoGridModel::SortOrder order);
    void updateCurrentPhoto();
    void updateEmptyState();
    void showPreferences();
    void showAbout();
    void connectEvents();
    void connectGalleries();
    void onEventsChanged();
    void onEventPhotosChanged(const QList<qint64> &photoIds);
    void followImportedEvents(const ImportReport &report);
    void showStatusMessage(const QString &message);
    void showRegroupResult(const RegroupResult &result);
    void renameEvent(qint64 eventId);

    Catalog &m_catalog;
    ImportJob &m_importJob;
    ThumbnailService &m_thumbnails;
    AppSettings &m_settings;

    PhotoGridModel *m_photos;
    EventService *m_events;
    GalleryService *m_galleries;
    JournalService *m_journal;
    QUndoStack *m_undoStack;
    EventEditor *m_eventEditor;
    SidebarModel *m_sidebarModel;
    SidebarView *m_sidebar = nullptr;
    GridHeader *m_header = nullptr;
    EventHeader *m_eventHeader = nullptr;
    EventActions *m_eventActions = nullptr;
    GalleryActions *m_galleryActions = nullptr;
    GalleryPage *m_galleryPage = nullptr;
    JournalActions *m_journalActions = nullptr;
    ExportActions *m_exportActions = nullptr;
    QStackedWidget *m_gridStack = nullptr;
    PhotoGridView *m_grid = nullptr;
    EmptyLibraryView *m_empty = nullptr;
    PhotoInfoPanel *m_info = nullptr;
    QSplitter *m_splitter = nullptr;
    QSlider *m_sizeSlider = nullptr;
    QActionGroup *m_sortActions = nullptr;
    ImportController *m_import = nullptr;
    QPointer<PhotoViewer> m_viewer;
    SearchField *m_search = nullptr;
    SearchHitOpener *m_searchOpener = nullptr;
    SearchIndexUpdater *m_searchIndex = nullptr;
    QTimer m_sidebarRefresh; // counts follow a running import without a query per chunk
};
