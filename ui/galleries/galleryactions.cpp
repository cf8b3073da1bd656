#include "ui/galleries/galleryactions.h"

#include "core/galleries/galleryeditcommand.h"
#include "core/galleries/galleryservice.h"
#include "core/library/photogridmodel.h"
#include "ui/library/photogridview.h"

#include <QAction>
#include <QActionGroup>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QUndoStack>

#include <algorithm>
#include <array>

GalleryActions::GalleryActions(GalleryService &service, QUndoStack &undoStack, PhotoGridView &grid,
                               QWidget &window)
    : QObject(&window)
    , m_service(service)
    , m_undoStack(undoStack)
    , m_grid(grid)
    , m_window(window)
    , m_newGallery(new QAction(tr("&New Gallery from Selection"), this))
    , m_addToGallery(new QAction(tr("&Add Selection to Gallery…"), this))
    , m_rename(new QAction(tr("&Rename Gallery"), this))
    , m_styleMenu(new QMenu(tr("&Style"), &window))
    , m_styles(new QActionGroup(this))
    , m_reshuffle(new QAction(tr("Re&shuffle"), this))
    , m_delete(new QAction(tr("&Delete Gallery…"), this))
{
    m_newGallery->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    m_newGallery->setStatusTip(tr("Make a sticky-note gallery of the selected photos"));
    connect(m_newGallery, &QAction::triggered, this, &GalleryActions::newGalleryFromSelection);
    m_addToGallery->setStatusTip(tr("Add the selected photos to a gallery"));
    connect(m_addToGallery, &QAction::triggered, this, &GalleryActions::addSelectionToGallery);
    // F2 itself is the board's key (events have F2 in the grid): see GalleryBoardView.
    m_rename->setStatusTip(tr("Edit the title of the gallery (F2 on the board)"));
    connect(m_rename, &QAction::triggered, this, [this]() {
        if (m_shownGallery)
            emit renameRequested(m_shownGallery);
    });
    const std::array<std::pair<QString, GalleryStyle>, 3> styles = {{
        {tr("S&trip"), GalleryStyle::Strip},
        {tr("&Board"), GalleryStyle::Board},
        {tr("&Grid"), GalleryStyle::Grid},
    }};
    for (const auto &[text, style] : styles) {
        QAction *action = m_styleMenu->addAction(text);
        action->setCheckable(true);
        action->setData(int(style));
        m_styles->addAction(action);
        const GalleryStyle chosen = style;
        connect(action, &QAction::triggered, this, [this, chosen]() { setStyle(chosen); });
    }
    m_reshuffle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_reshuffle->setStatusTip(tr("Lay the notes out anew, by a new roll of the dice"));
    m_reshuffle->setIcon(QIcon::fromTheme(QStringLiteral("media-playlist-shuffle")));
    connect(m_reshuffle, &QAction::triggered, this, &GalleryActions::reshuffle);
    m_delete->setStatusTip(tr("Delete the gallery; its photos stay in the catalog"));
    connect(m_delete, &QAction::triggered, this, &GalleryActions::deleteGallery);
    // Window-wide shortcuts work with the menu closed.
    window.addAction(m_newGallery);
    window.addAction(m_reshuffle);

    connect(&m_service, &GalleryService::galleriesChanged, this, &GalleryActions::updateActions);
    connect(&m_service, &GalleryService::galleryChanged, this, &GalleryActions::updateActions);
    updateActions();
}

void GalleryActions::setShownEvent(qint64 eventId)
{
    m_shownEvent = eventId;
}

void GalleryActions::setShownGallery(qint64 galleryId)
{
    m_shownGallery = galleryId;
    updateActions();
}

QAction *GalleryActions::styleAction(GalleryStyle style) const
{
    for (QAction *action : m_styles->actions()) {
        if (action->data().toInt() == int(style))
            return action;
    }
    return nullptr;
}

void GalleryActions::addToMenu(QMenu *menu) const
{
    menu->addAction(m_newGallery);
    menu->addAction(m_addToGallery);
    menu->addSeparator();
    menu->addAction(m_rename);
    menu->addMenu(m_styleMenu);
    menu->addAction(m_reshuffle);
    menu->addSeparator();
    menu->addAction(m_delete);
}

void GalleryActions::updateActions()
{
    // The grid is hidden while a gallery is shown: its selection is not what the user sees.
    const bool gridShown = m_shownGallery == 0;
    const bool selection =
        gridShown && m_grid.selectionModel() &&
        (m_grid.selectionModel()->hasSelection() || m_grid.currentIndex().isValid());
    m_newGallery->setEnabled(selection);
    m_addToGallery->setEnabled(selection && !m_service.galleries().isEmpty());
    const std::optional<Gallery> shown =
        m_shownGallery ? m_service.gallery(m_shownGallery) : std::nullopt;
    m_rename->setEnabled(shown.has_value());
    m_styleMenu->setEnabled(shown.has_value());
    m_reshuffle->setEnabled(shown.has_value());
    m_delete->setEnabled(shown.has_value());
    for (QAction *action : m_styles->actions())
        action->setChecked(shown && action->data().toInt() == int(shown->style));
}

QList<qint64> GalleryActions::selectedPhotoIds() const
{
    // In the grid's order, which is the order the user sees and the gallery takes.
    QModelIndexList rows = m_grid.selectionModel()->selectedIndexes();
    if (rows.isEmpty() && m_grid.currentIndex().isValid())
        rows.append(m_grid.currentIndex());
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    ids.reserve(rows.size());
    for (const QModelIndex &index : std::as_const(rows))
        ids.append(index.data(PhotoGridModel::PhotoIdRole).toLongLong());
    return ids;
}

bool GalleryActions::push(const GalleryEdit &edit)
{
    if (edit.isEmpty()) {
        if (!m_service.lastError().isEmpty())
            emit failed(m_service.lastError());
        return false;
    }
    m_undoStack.push(new GalleryEditCommand(m_service, edit));
    return true;
}

void GalleryActions::newGalleryFromSelection()
{
    if (m_shownGallery != 0)
        return;
    const GalleryEdit edit = m_service.createFromPhotos(selectedPhotoIds(), {}, m_shownEvent);
    if (push(edit) && edit.focusGalleryId != 0)
        emit galleryCreated(edit.focusGalleryId);
}

void GalleryActions::addSelectionToGallery()
{
    const QList<Gallery> galleries = m_service.galleries();
    const QList<qint64> photos = selectedPhotoIds();
    if (galleries.isEmpty() || photos.isEmpty())
        return;
    QStringList names;
    int current = 0;
    for (const Gallery &gallery : galleries) {
        if (gallery.id == m_lastTarget)
            current = int(names.size());
        names.append(GalleryService::displayTitle(gallery));
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(&m_window, tr("Add to Gallery"),
                              tr("Add %n photo(s) to the gallery:", nullptr, int(photos.size())),
                              names, current, false, &ok);
    if (!ok)
        return;
    const qsizetype index = names.indexOf(chosen);
    if (index >= 0)
        addPhotosTo(galleries.at(index).id, photos);
}

void GalleryActions::addPhotosTo(qint64 galleryId, const QList<qint64> &photoIds)
{
    m_lastTarget = galleryId;
    const GalleryEdit edit = m_service.addPhotos(galleryId, photoIds);
    if (!push(edit) && m_service.lastError().isEmpty())
        emit failed(tr("The photos are in the gallery already."));
}

void GalleryActions::setStyle(GalleryStyle style)
{
    if (m_shownGallery)
        push(m_service.setStyle(m_shownGallery, style));
    updateActions();
}

void GalleryActions::reshuffle()
{
    if (m_shownGallery)
        push(m_service.reshuffle(m_shownGallery));
}

void GalleryActions::deleteGallery()
{
    const std::optional<Gallery> gallery =
        m_shownGallery ? m_service.gallery(m_shownGallery) : std::nullopt;
    if (!gallery)
        return;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        &m_window, tr("Delete Gallery"),
        tr("Delete the gallery “%1”? Its photos stay in the catalog, and Undo brings it back.")
            .arg(GalleryService::displayTitle(*gallery)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        push(m_service.deleteGallery(gallery->id));
}
