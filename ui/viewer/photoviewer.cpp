#include "ui/viewer/photoviewer.h"

#include "core/library/photogridmodel.h"
#include "ui/viewer/vieweractions.h"
#include "ui/viewer/viewerinfo.h"
#include "ui/viewer/vieweroverlay.h"

#include <QAbstractItemModel>
#include <QCloseEvent>
#include <QFileInfo>
#include <QKeyEvent>
#include <QLocale>
#include <QPainter>
#include <QScreen>
#include <QStyle>
#include <QWindow>

#include <algorithm>
#include <cmath>

namespace {

constexpr double ZoomStep = 1.25;
constexpr int HintDurationMs = 1500;
constexpr int OpeningHintDurationMs = 3500;
// A photo that takes longer than this to decode says it is loading; a quicker one just appears.
constexpr int LoadingNoticeDelayMs = 400;

} // namespace

PhotoViewer::PhotoViewer(QAbstractItemModel *photos, const CatalogConnection &connection,
                         QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_photos(photos)
    , m_info(std::make_unique<ViewerInfo>(connection))
{
    setAttribute(Qt::WA_OpaquePaintEvent); // paintEvent covers every pixel in black first
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setContextMenuPolicy(Qt::ActionsContextMenu);
    setWindowTitle(tr("Photo Viewer"));

    m_slideshow.setInterval(SlideshowIntervalMs);
    connect(&m_slideshow, &QTimer::timeout, this, [this]() {
        // A slideshow goes round; the arrow keys stop at the ends.
        const int row = currentRow();
        setCurrentRow(row + 1 < rowCount() ? row + 1 : 0);
    });
    m_cursorTimer.setSingleShot(true);
    m_cursorTimer.setInterval(CursorHideDelayMs);
    connect(&m_cursorTimer, &QTimer::timeout, this, [this]() {
        if (!m_dragging)
            setCursor(Qt::BlankCursor);
    });
    m_hintTimer.setSingleShot(true);
    connect(&m_hintTimer, &QTimer::timeout, this, [this]() {
        m_hint.clear();
        update();
    });
    m_loadingTimer.setSingleShot(true);
    m_loadingTimer.setInterval(LoadingNoticeDelayMs);
    connect(&m_loadingTimer, &QTimer::timeout, this, qOverload<>(&QWidget::update));
    connect(&m_loader, &PhotoLoader::loaded, this, &PhotoViewer::photoLoaded);

    if (m_photos) {
        connect(m_photos, &QAbstractItemModel::modelReset, this, &PhotoViewer::syncWithModel);
        connect(m_photos, &QAbstractItemModel::layoutChanged, this, &PhotoViewer::syncWithModel);
        connect(m_photos, &QAbstractItemModel::rowsInserted, this, &PhotoViewer::syncWithModel);
        connect(m_photos, &QAbstractItemModel::rowsRemoved, this, &PhotoViewer::syncWithModel);
        connect(m_photos, &QAbstractItemModel::rowsMoved, this, &PhotoViewer::syncWithModel);
        connect(m_photos, &QAbstractItemModel::dataChanged, this, &PhotoViewer::currentDataChanged);
    }
    m_actions = new ViewerActions(this);
    updateActions();
}

PhotoViewer::~PhotoViewer() = default;

void PhotoViewer::showPhotoAt(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    const bool opening = !isVisible();
    if (opening) {
        // The screen-size target must be known before the first decode is queued.
        updateScreenSize();
    }
    setCurrentRow(row);
    if (opening) {
        // On the main window's screen; and full size there even where no window manager
        // honours the full-screen request.
        if (const QScreen *shownOn = screen())
            setGeometry(shownOn->geometry());
        showFullScreen();
        showHint(tr("Press %1 for details, %2 for a slideshow, %3 to close.")
                     .arg(ViewerActions::keyName(Qt::Key_I), ViewerActions::keyName(Qt::Key_S),
                          ViewerActions::keyName(Qt::Key_Escape)));
        m_hintTimer.start(OpeningHintDurationMs);
    }
    raise();
    activateWindow();
    setFocus(Qt::OtherFocusReason);
    wakeCursor();
}

int PhotoViewer::currentRow() const
{
    return m_current.isValid() ? m_current.row() : -1;
}

int PhotoViewer::rowCount() const
{
    return m_photos ? m_photos->rowCount() : 0;
}

PhotoLoader::Photo PhotoViewer::photoAt(int row) const
{
    const QModelIndex index = m_photos->index(row, 0);
    const QVariant orientation = index.data(PhotoGridModel::OrientationRole);
    return {index.data(PhotoGridModel::PhotoIdRole).toLongLong(),
            index.data(PhotoGridModel::PathRole).toString(),
            orientation.isValid() ? orientation.toInt() : 1};
}

void PhotoViewer::setCurrentRow(int row)
{
    if (!m_photos || row < 0 || row >= rowCount())
        return;
    const qint64 previousId = m_photoId;
    const int previousRow = m_lastRow;
    const QModelIndex index = m_photos->index(row, 0);
    m_current = QPersistentModelIndex(index);
    m_lastRow = row;
    m_photoId = index.data(PhotoGridModel::PhotoIdRole).toLongLong();

    // Until it is decoded the catalog's size lets the photo take its place at once.
    const DecodedPhoto *decoded = m_loader.screenImage(m_photoId);
    m_viewport.setPhotoSize(decoded && decoded->isValid()
                                ? decoded->originalSize
                                : index.data(PhotoGridModel::PixelSizeRole).toSize());
    loadCurrentAndNeighbours();
    if (!decoded)
        m_loadingTimer.start();
    if (m_slideshow.isActive())
        m_slideshow.start(); // a full interval for the photo the user just chose
    setWindowTitle(index.data(PhotoGridModel::FileNameRole).toString());
    m_dragging = false;
    updateCursor();
    updateActions();
    update();
    if (row != previousRow || m_photoId != previousId)
        emit currentRowChanged(row);
}

void PhotoViewer::loadCurrentAndNeighbours()
{
    const int row = currentRow();
    if (row < 0)
        return;
    QList<PhotoLoader::Photo> wanted = {photoAt(row)};
    // Forward is where people usually go next, and where a slideshow goes.
    if (row + 1 < rowCount())
        wanted << photoAt(row + 1);
    else if (m_slideshow.isActive() && row > 0)
        wanted << photoAt(0);
    if (row > 0)
        wanted << photoAt(row - 1);
    m_loader.setWanted(wanted);
}

void PhotoViewer::photoLoaded(qint64 photoId)
{
    if (photoId != m_photoId)
        return; // a neighbour, ready for later
    const DecodedPhoto *decoded = m_loader.screenImage(photoId);
    if (decoded && decoded->isValid() && decoded->originalSize != m_viewport.photoSize()) {
        // The file knows its size better than the catalog did.
        m_viewport.setPhotoSize(decoded->originalSize);
        updateCursor();
        updateActions();
    }
    update();
}

void PhotoViewer::syncWithModel()
{
    if (!m_photos || m_lastRow < 0)
        return;
    if (m_current.isValid()) {
        const int row = m_current.row();
        if (row != m_lastRow) {
            m_lastRow = row;
            emit currentRowChanged(row);
        }
        loadCurrentAndNeighbours(); // the neighbours may have changed
        update();
        return;
    }
    // The photo shown is gone, or the model was reset: keep the same photo if it is still there,
    // else show the one that took its place.
    const int count = rowCount();
    if (count == 0) {
        m_photoId = 0;
        m_lastRow = -1;
        m_loader.clear();
        if (isVisible())
            close();
        return;
    }
    const QModelIndexList same = m_photos->match(m_photos->index(0, 0), PhotoGridModel::PhotoIdRole,
                                                 m_photoId, 1, Qt::MatchExactly);
    setCurrentRow(same.isEmpty() ? std::min(m_lastRow, count - 1) : same.first().row());
}

void PhotoViewer::currentDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const int row = currentRow();
    if (row < topLeft.row() || row > bottomRight.row())
        return;
    const PhotoLoader::Photo photo = photoAt(row);
    if (photo.id != m_photoId) {
        setCurrentRow(row);
        return;
    }
    m_info->forget(); // an import may have read new details
    update();
}

void PhotoViewer::showNext()
{
    const int row = currentRow();
    if (row + 1 < rowCount())
        setCurrentRow(row + 1);
    else if (row >= 0)
        showHint(tr("This is the last photo."));
}

void PhotoViewer::showPrevious()
{
    const int row = currentRow();
    if (row > 0)
        setCurrentRow(row - 1);
    else if (row == 0)
        showHint(tr("This is the first photo."));
}

void PhotoViewer::showFirst()
{
    setCurrentRow(0);
}

void PhotoViewer::showLast()
{
    setCurrentRow(rowCount() - 1);
}

void PhotoViewer::toggleZoom()
{
    if (m_viewport.isFitted())
        zoomTo(1.0, zoomAnchor());
    else
        zoomTo(0.0, zoomAnchor()); // anything at or below the fit zoom fits
}

void PhotoViewer::zoomIn()
{
    zoomTo(m_viewport.zoom() * ZoomStep, zoomAnchor());
}

void PhotoViewer::zoomOut()
{
    zoomTo(m_viewport.zoom() / ZoomStep, zoomAnchor());
}

void PhotoViewer::zoomTo(double zoom, QPointF anchor)
{
    if (m_viewport.photoSize().isEmpty())
        return;
    const double before = m_viewport.zoom();
    const bool wasFitted = m_viewport.isFitted();
    m_viewport.zoomTo(zoom, anchor);
    if (m_viewport.zoom() == before && m_viewport.isFitted() == wasFitted)
        return;
    zoomChanged();
}

void PhotoViewer::zoomChanged()
{
    const QString percent = QLocale().toString(std::lround(m_viewport.zoom() * 100));
    showHint(m_viewport.isFitted() ? tr("Fit (%1%)", "zoom level").arg(percent)
                                   : tr("%1%", "zoom level").arg(percent));
    requestFullSizeIfNeeded();
    updateCursor();
    updateActions();
    update();
}

void PhotoViewer::requestFullSizeIfNeeded()
{
    const DecodedPhoto *screen = m_loader.screenImage(m_photoId);
    if (!screen || !screen->isValid() || screen->image.size() == screen->originalSize)
        return;
    // The screen-size image holds fewer pixels than the zoom shows: only then is the whole photo
    // worth decoding (and holding in memory).
    const double shownWidth = m_viewport.photoRect().width() * devicePixelRatioF();
    if (shownWidth > screen->image.width() * 1.01)
        m_loader.requestFullSize();
}

QPointF PhotoViewer::zoomAnchor() const
{
    const QPoint cursor = mapFromGlobal(QCursor::pos());
    return rect().contains(cursor) && underMouse() ? QPointF(cursor) : m_viewport.viewCenter();
}

void PhotoViewer::setInfoVisible(bool visible)
{
    m_infoVisible = visible;
    updateActions();
    update();
}

void PhotoViewer::setSlideshowRunning(bool running)
{
    if (running == m_slideshow.isActive())
        return;
    if (running) {
        m_slideshow.start();
        showHint(tr("The slideshow has started. Press %1 to stop it.")
                     .arg(ViewerActions::keyName(Qt::Key_S)));
    } else {
        m_slideshow.stop();
        showHint(tr("The slideshow has stopped."));
    }
    updateActions();
    loadCurrentAndNeighbours(); // at the last photo, the slideshow's next one is the first
    update();
}

bool PhotoViewer::isPhotoShown() const
{
    const DecodedPhoto *decoded = m_loader.screenImage(m_photoId);
    return decoded && decoded->isValid();
}

QString PhotoViewer::errorText() const
{
    const DecodedPhoto *decoded = m_loader.screenImage(m_photoId);
    if (!decoded || decoded->isValid())
        return {};
    if (!decoded->error.isEmpty())
        return decoded->error;
    const QString reason = m_current.data(PhotoGridModel::StateReasonRole).toString();
    return reason.isEmpty() ? tr("The file could not be decoded.") : reason;
}

void PhotoViewer::showHint(const QString &text)
{
    m_hint = text;
    m_hintTimer.start(HintDurationMs);
    update();
}

void PhotoViewer::updateScreenSize()
{
    const QScreen *shownOn = screen();
    if (!shownOn)
        return;
    m_loader.setScreenSize(shownOn->geometry().size() * shownOn->devicePixelRatio());
    m_viewport.setViewSize(size(), devicePixelRatioF());
    update();
}

void PhotoViewer::updateCursor()
{
    if (m_dragging)
        setCursor(Qt::ClosedHandCursor);
    else if (m_viewport.canPan())
        setCursor(Qt::OpenHandCursor);
    else
        setCursor(Qt::ArrowCursor);
}

void PhotoViewer::wakeCursor()
{
    if (cursor().shape() == Qt::BlankCursor)
        updateCursor();
    m_cursorTimer.start();
}

void PhotoViewer::updateActions()
{
    m_actions->update(m_viewport.isFitted(), m_infoVisible, m_slideshow.isActive());
}

void PhotoViewer::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::black);
    const QRectF view = rect();
    const QString error = errorText();
    if (!error.isEmpty()) {
        const QString name = m_current.data(PhotoGridModel::FileNameRole).toString();
        ViewerOverlay::drawMessage(
            painter, view, style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this),
            tr("“%1” cannot be shown.").arg(name), error);
    } else if (isPhotoShown()) {
        paintPhoto(painter);
    } else if (m_photoId != 0 && !m_loadingTimer.isActive()) {
        ViewerOverlay::drawLoading(painter, view, tr("Loading…"));
    }
    if (m_infoVisible)
        ViewerOverlay::drawInfo(painter, view, m_info->lines(m_current, m_viewport.photoSize()));
    if (m_slideshow.isActive())
        ViewerOverlay::drawSlideshowBadge(painter, view, tr("Slideshow"));
    if (!m_hint.isEmpty())
        ViewerOverlay::drawHint(painter, view, m_hint);
}

const QImage *PhotoViewer::imageToPaint(const QRectF &photoRect) const
{
    const DecodedPhoto *screen = m_loader.screenImage(m_photoId);
    const DecodedPhoto *full = m_loader.fullImage(m_photoId);
    const double shownWidth = photoRect.width() * devicePixelRatioF();
    // The screen-size image while it has enough pixels: scaling the full one down each paint
    // would be slow and no sharper.
    if (full && full->isValid() && shownWidth > screen->image.width() * 1.01)
        return &full->image;
    return &screen->image;
}

void PhotoViewer::paintPhoto(QPainter &painter)
{
    const QRectF target = m_viewport.photoRect();
    const QImage &image = *imageToPaint(target);
    // Only the part on screen: at 800% that is a sliver of the photo.
    const QRectF visible = target.intersected(rect());
    if (visible.isEmpty())
        return;
    const double toImageX = image.width() / target.width();
    const double toImageY = image.height() / target.height();
    const QRectF source((visible.left() - target.left()) * toImageX,
                        (visible.top() - target.top()) * toImageY, visible.width() * toImageX,
                        visible.height() * toImageY);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(visible, image, source);
}

void PhotoViewer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_viewport.setViewSize(size(), devicePixelRatioF());
    updateCursor();
}

void PhotoViewer::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_viewport.setViewSize(size(), devicePixelRatioF());
    if (QWindow *window = windowHandle()) {
        // Moved to a screen of another size or pixel ratio: decode for that one.
        connect(window, &QWindow::screenChanged, this, &PhotoViewer::updateScreenSize,
                Qt::UniqueConnection);
    }
}

void PhotoViewer::closeEvent(QCloseEvent *event)
{
    setSlideshowRunning(false);
    m_hint.clear();
    m_loader.clear(); // a closed viewer holds no decoded photos
    m_info->forget();
    event->accept();
    emit closed();
}

void PhotoViewer::keyPressEvent(QKeyEvent *event)
{
    // The actions' shortcuts answer while the window is active; a key that reaches the widget
    // anyway (a window manager slow to activate a new full-screen window) means the same.
    if (m_actions->trigger(*event))
        event->accept();
    else
        QWidget::keyPressEvent(event);
}

void PhotoViewer::mousePressEvent(QMouseEvent *event)
{
    wakeCursor();
    if (event->button() == Qt::BackButton) {
        showPrevious();
    } else if (event->button() == Qt::ForwardButton) {
        showNext();
    } else if (event->button() == Qt::LeftButton && m_viewport.canPan()) {
        m_dragging = true;
        m_dragPosition = event->position();
        updateCursor();
    } else {
        QWidget::mousePressEvent(event);
    }
}

void PhotoViewer::mouseMoveEvent(QMouseEvent *event)
{
    wakeCursor();
    if (!m_dragging)
        return;
    m_viewport.panBy(event->position() - m_dragPosition);
    m_dragPosition = event->position();
    update();
}

void PhotoViewer::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_dragging) {
        m_dragging = false;
        updateCursor();
    }
}

void PhotoViewer::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_dragging = false;
    zoomTo(m_viewport.isFitted() ? 1.0 : 0.0, event->position());
}

void PhotoViewer::wheelEvent(QWheelEvent *event)
{
    wakeCursor();
    const QPoint angle = event->angleDelta();
    if (event->modifiers() & Qt::ControlModifier) {
        // 120 is one notch of a mouse wheel: one zoom step per notch, smoothly in between.
        zoomTo(m_viewport.zoom() * std::pow(ZoomStep, angle.y() / 120.0), event->position());
    } else if (m_viewport.canPan()) {
        const QPoint pixels = event->pixelDelta();
        m_viewport.panBy(pixels.isNull() ? QPointF(angle) / 2 : QPointF(pixels));
        update();
    } else {
        // Fitted, the wheel steps through the photos, a notch (or a touchpad's worth) at a time.
        m_wheelNavigation += angle.y();
        if (std::abs(m_wheelNavigation) >= 120) {
            if (m_wheelNavigation < 0)
                showNext();
            else
                showPrevious();
            m_wheelNavigation = 0;
        }
    }
    event->accept();
}
