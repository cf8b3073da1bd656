#include "ui/library/photogridview.h"

#include "core/catalog/photorecord.h"
#include "core/library/photogridmodel.h"
#include "core/thumbnails/thumbnailservice.h"
#include "ui/common/photomimedata.h"
#include "ui/library/photogriddelegate.h"

#include <QApplication>
#include <QDrag>
#include <QLocale>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QStyleOptionRubberBand>
#include <QWheelEvent>

#include <algorithm>

PhotoGridView::PhotoGridView(ThumbnailService &thumbnails, QWidget *parent)
    : QAbstractItemView(parent)
    , m_thumbnails(thumbnails)
    , m_delegate(new PhotoGridDelegate(thumbnails, this))
{
    setItemDelegate(m_delegate);
    m_delegate->setThumbnailSize(m_thumbnailSize);
    setSelectionMode(ExtendedSelection);
    setSelectionBehavior(SelectItems);
    setEditTriggers(NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(ScrollPerPixel);
    setMouseTracking(true); // hover highlight
    setAttribute(Qt::WA_MouseTracking);
    // Drags of photos start in mousePressEvent/mouseMoveEvent, not in QAbstractItemView's own
    // machinery (which needs drag-enabled model flags and would take over rubber bands).
    setDragEnabled(false);
    setAcceptDrops(false); // drops go to the main window, which imports them
    setAccessibleName(tr("Photos"));

    m_visibleTimer.setSingleShot(true);
    m_visibleTimer.setInterval(0);
    connect(&m_visibleTimer, &QTimer::timeout, this, &PhotoGridView::reportVisiblePhotos);
    m_fadeTimer.setInterval(16);
    connect(&m_fadeTimer, &QTimer::timeout, this, [this]() {
        viewport()->update();
        if (!m_delegate->isFading())
            m_fadeTimer.stop();
    });
    connect(&m_thumbnails, &ThumbnailService::thumbnailReady, this,
            &PhotoGridView::onThumbnailReady);
    connect(&m_thumbnails, &ThumbnailService::thumbnailFailed, this,
            [this](qint64 photoId) { onThumbnailReady(photoId); });
}

void PhotoGridView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QAbstractItemView::setModel(model);
    if (!model)
        return;
    // Any change of rows moves cells: recompute scroll range and what is on screen.
    connect(model, &QAbstractItemModel::modelReset, this, &PhotoGridView::onModelChanged);
    connect(model, &QAbstractItemModel::layoutChanged, this, &PhotoGridView::onModelChanged);
    connect(model, &QAbstractItemModel::rowsInserted, this, &PhotoGridView::onModelChanged);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &PhotoGridView::onModelChanged);
    onModelChanged();
}

void PhotoGridView::onModelChanged()
{
    updateGeometries();
    viewport()->update();
    scheduleVisibleUpdate();
}

void PhotoGridView::setThumbnailSize(int size)
{
    size = std::clamp(size, MinimumThumbnailSize, MaximumThumbnailSize);
    if (size == m_thumbnailSize)
        return;
    // Keep the photo at the top of the viewport in view as cells grow or shrink.
    const QModelIndex anchor =
        currentIndex().isValid() && viewport()->rect().intersects(visualRect(currentIndex()))
            ? currentIndex()
            : indexAt(QPoint(1, 1));
    m_thumbnailSize = size;
    m_delegate->setThumbnailSize(size);
    updateGeometries();
    if (anchor.isValid())
        scrollTo(anchor, PositionAtCenter);
    viewport()->update();
    scheduleVisibleUpdate();
    emit thumbnailSizeChanged(size);
}

QSize PhotoGridView::cellSize() const
{
    const QSize natural = m_delegate->cellSize();
    const int columns = columnCount();
    // Stretch the cells so the row fills the width instead of leaving a gap at the right.
    return {std::max(natural.width(), viewport()->width() / columns), natural.height()};
}

int PhotoGridView::columnCount() const
{
    return std::max(1, viewport()->width() / m_delegate->cellSize().width());
}

QRect PhotoGridView::visualRect(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != model())
        return {};
    const QSize cell = cellSize();
    const int columns = columnCount();
    const int row = index.row() / columns;
    const int column = index.row() % columns;
    return {column * cell.width(), row * cell.height() - verticalOffset(), cell.width(),
            cell.height()};
}

int PhotoGridView::rowOfPoint(int y) const
{
    return (y + verticalOffset()) / rowHeight();
}

QModelIndex PhotoGridView::indexAt(const QPoint &point) const
{
    if (!model() || point.y() + verticalOffset() < 0)
        return {};
    const QSize cell = cellSize();
    const int columns = columnCount();
    const int column = point.x() / cell.width();
    if (point.x() < 0 || column >= columns)
        return {};
    const int row = rowOfPoint(point.y()) * columns + column;
    if (row >= model()->rowCount(rootIndex()))
        return {};
    return model()->index(row, 0, rootIndex());
}

void PhotoGridView::scrollTo(const QModelIndex &index, ScrollHint hint)
{
    const QRect rect = visualRect(index);
    if (rect.isNull())
        return;
    const int height = viewport()->height();
    QScrollBar *bar = verticalScrollBar();
    switch (hint) {
    case PositionAtTop:
        bar->setValue(bar->value() + rect.top());
        break;
    case PositionAtBottom:
        bar->setValue(bar->value() + rect.bottom() - height + 1);
        break;
    case PositionAtCenter:
        bar->setValue(bar->value() + rect.center().y() - height / 2);
        break;
    case EnsureVisible:
        if (rect.top() < 0)
            bar->setValue(bar->value() + rect.top());
        else if (rect.bottom() >= height)
            bar->setValue(bar->value() + std::min(rect.top(), rect.bottom() - height + 1));
        break;
    }
}

QModelIndex PhotoGridView::moveCursor(CursorAction cursorAction,
                                      Qt::KeyboardModifiers /*modifiers*/)
{
    if (!model())
        return {};
    const int count = model()->rowCount(rootIndex());
    if (count == 0)
        return {};
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return model()->index(0, 0, rootIndex());
    const int columns = columnCount();
    const int pageRows = std::max(1, viewport()->height() / rowHeight());
    int row = current.row();
    switch (cursorAction) {
    case MoveLeft:
    case MovePrevious:
        row -= 1;
        break;
    case MoveRight:
    case MoveNext:
        row += 1;
        break;
    case MoveUp:
        row -= columns;
        break;
    case MoveDown:
        // From the last full row, Down goes to the last photo rather than nowhere.
        row = (row / columns < (count - 1) / columns) ? std::min(row + columns, count - 1) : row;
        break;
    case MovePageUp:
        row -= pageRows * columns;
        if (row < 0)
            row = current.row() % columns;
        break;
    case MovePageDown:
        row += pageRows * columns;
        if (row >= count)
            row = count - 1;
        break;
    case MoveHome:
        row = 0;
        break;
    case MoveEnd:
        row = count - 1;
        break;
    }
    if (row < 0 || row >= count)
        return current;
    return model()->index(row, 0, rootIndex());
}

int PhotoGridView::horizontalOffset() const
{
    return 0;
}

int PhotoGridView::verticalOffset() const
{
    return verticalScrollBar()->value();
}

bool PhotoGridView::isIndexHidden(const QModelIndex & /*index*/) const
{
    return false;
}

void PhotoGridView::setSelection(const QRect &rect, QItemSelectionModel::SelectionFlags flags)
{
    if (!model() || !selectionModel())
        return;
    const QRect area = rect.normalized();
    if (m_rubberRect.isNull()) {
        selectRange(area, flags);
        return;
    }
    const int count = model()->rowCount(rootIndex());
    const QSize cell = cellSize();
    const int columns = columnCount();
    const int firstRow = std::max(0, rowOfPoint(area.top()));
    const int lastRow = rowOfPoint(area.bottom());
    const int firstColumn = std::clamp(area.left() / cell.width(), 0, columns - 1);
    const int lastColumn = std::clamp(area.right() / cell.width(), 0, columns - 1);
    // One contiguous range of model rows per grid row crossed: cheap even for a tall rubber band.
    QItemSelection selection;
    for (int gridRow = firstRow; gridRow <= lastRow; ++gridRow) {
        const int first = gridRow * columns + firstColumn;
        const int last = std::min(gridRow * columns + lastColumn, count - 1);
        if (first > last)
            break;
        selection.select(model()->index(first, 0, rootIndex()),
                         model()->index(last, 0, rootIndex()));
    }
    // A rubber band adds to (Ctrl) or replaces what was selected when it started.
    QItemSelection merged = m_selectionBeforeRubber;
    merged.merge(selection, QItemSelectionModel::Select);
    selectionModel()->select((flags & QItemSelectionModel::Toggle) ? merged : selection,
                             QItemSelectionModel::ClearAndSelect);
}

void PhotoGridView::selectRange(const QRect &area, QItemSelectionModel::SelectionFlags flags)
{
    // Shift+arrows and Shift+click hand over a rectangle from the anchor's centre to the current
    // photo's. Photos are read like text, so select from one to the other in reading order, as
    // file managers do, rather than the rectangle of cells between them.
    const QModelIndex topLeft = indexAt(area.topLeft());
    const QModelIndex bottomRight = indexAt(area.bottomRight());
    const QModelIndex topRight = indexAt(area.topRight());
    const QModelIndex bottomLeft = indexAt(area.bottomLeft());
    const QModelIndex current = currentIndex();
    QModelIndex from = topLeft;
    QModelIndex to = bottomRight;
    if (current.isValid() && (current == topRight || current == bottomLeft) && topRight.isValid() &&
        bottomLeft.isValid()) {
        from = topRight;
        to = bottomLeft;
    }
    if (!from.isValid() || !to.isValid()) {
        from = from.isValid() ? from : to;
        to = from;
    }
    if (!from.isValid())
        return;
    if (from.row() > to.row())
        std::swap(from, to);
    selectionModel()->select(QItemSelection(from, to), flags);
}

QRegion PhotoGridView::visualRegionForSelection(const QItemSelection &selection) const
{
    const auto [first, last] = visibleRange();
    QRegion region;
    for (const QItemSelectionRange &range : selection) {
        const int top = std::max(range.top(), first);
        const int bottom = std::min(range.bottom(), last);
        for (int row = top; row <= bottom; ++row)
            region += visualRect(model()->index(row, 0, rootIndex()));
    }
    return region;
}

void PhotoGridView::updateGeometries()
{
    const int count = model() ? model()->rowCount(rootIndex()) : 0;
    const int rows = (count + columnCount() - 1) / columnCount();
    const int contentHeight = rows * rowHeight();
    QScrollBar *bar = verticalScrollBar();
    bar->setRange(0, std::max(0, contentHeight - viewport()->height()));
    bar->setPageStep(viewport()->height());
    bar->setSingleStep(std::max(1, rowHeight() / 3));
    QAbstractItemView::updateGeometries();
}

std::pair<int, int> PhotoGridView::visibleRange() const
{
    const int count = model() ? model()->rowCount(rootIndex()) : 0;
    if (count == 0)
        return {0, -1};
    const int columns = columnCount();
    const int first = std::max(0, rowOfPoint(0)) * columns;
    const int last = std::min(count - 1, (rowOfPoint(viewport()->height() - 1) + 1) * columns - 1);
    return {first, last};
}

void PhotoGridView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    if (!model())
        return;
    QStyleOptionViewItem option;
    initViewItemOption(&option);
    const QModelIndex current = currentIndex();
    const QModelIndex hovered = viewport()->underMouse()
                                    ? indexAt(viewport()->mapFromGlobal(QCursor::pos()))
                                    : QModelIndex();
    const bool focused = hasFocus();
    const auto [first, last] = visibleRange();
    for (int row = first; row <= last; ++row) {
        const QModelIndex index = model()->index(row, 0, rootIndex());
        option.rect = visualRect(index);
        if (!event->region().intersects(option.rect))
            continue;
        option.state = QStyle::State_Enabled;
        if (isActiveWindow())
            option.state |= QStyle::State_Active;
        if (selectionModel() && selectionModel()->isSelected(index))
            option.state |= QStyle::State_Selected;
        if (focused && index == current)
            option.state |= QStyle::State_HasFocus;
        if (index == hovered)
            option.state |= QStyle::State_MouseOver;
        itemDelegate()->paint(&painter, option, index);
    }
    if (!m_rubberRect.isNull()) {
        QStyleOptionRubberBand band;
        band.initFrom(viewport());
        band.shape = QRubberBand::Rectangle;
        band.opaque = false;
        band.rect = m_rubberRect;
        style()->drawControl(QStyle::CE_RubberBand, &band, &painter, viewport());
    }
}

void PhotoGridView::resizeEvent(QResizeEvent *event)
{
    QAbstractItemView::resizeEvent(event);
    updateGeometries();
    scheduleVisibleUpdate();
}

void PhotoGridView::scrollContentsBy(int dx, int dy)
{
    QAbstractItemView::scrollContentsBy(dx, dy);
    scheduleVisibleUpdate();
}

void PhotoGridView::mousePressEvent(QMouseEvent *event)
{
    const QModelIndex pressed = indexAt(event->position().toPoint());
    m_dragPending = event->button() == Qt::LeftButton && pressed.isValid() && selectionModel() &&
                    selectionModel()->isSelected(pressed) &&
                    !(event->modifiers() & (Qt::ShiftModifier | Qt::ControlModifier));
    m_dragOrigin = event->position().toPoint();
    QAbstractItemView::mousePressEvent(event);
    if (event->button() == Qt::LeftButton && !indexAt(event->position().toPoint()).isValid()) {
        m_rubberOrigin = event->position().toPoint() + QPoint(0, verticalOffset());
        m_selectionBeforeRubber = (event->modifiers() & Qt::ControlModifier) && selectionModel()
                                      ? selectionModel()->selection()
                                      : QItemSelection();
        m_rubberRect = QRect(event->position().toPoint(), QSize(1, 1));
    }
}

void PhotoGridView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragPending && (event->buttons() & Qt::LeftButton)) {
        // Not a range selection: the press was on the selection, which is about to travel.
        if ((event->position().toPoint() - m_dragOrigin).manhattanLength() >=
            QApplication::startDragDistance()) {
            m_dragPending = false;
            startDrag(Qt::CopyAction);
        }
        return;
    }
    m_dragPending = false;
    if (!m_rubberRect.isNull() && (event->buttons() & Qt::LeftButton)) {
        const QPoint origin = m_rubberOrigin - QPoint(0, verticalOffset());
        m_rubberRect = QRect(origin, event->position().toPoint()).normalized();
        const auto flags = (event->modifiers() & Qt::ControlModifier)
                               ? QItemSelectionModel::Toggle
                               : QItemSelectionModel::ClearAndSelect;
        setSelection(m_rubberRect, flags);
        viewport()->update();
        return;
    }
    QAbstractItemView::mouseMoveEvent(event);
    viewport()->update(); // hover highlight follows the mouse
}

void PhotoGridView::mouseReleaseEvent(QMouseEvent *event)
{
    m_dragPending = false;
    if (!m_rubberRect.isNull()) {
        m_rubberRect = QRect();
        m_selectionBeforeRubber.clear();
        viewport()->update();
    }
    QAbstractItemView::mouseReleaseEvent(event);
}

void PhotoGridView::wheelEvent(QWheelEvent *event)
{
    // Ctrl+wheel zooms the thumbnails, as in every photo browser.
    if (event->modifiers() & Qt::ControlModifier) {
        const int steps = event->angleDelta().y() / 120;
        if (steps != 0)
            setThumbnailSize(m_thumbnailSize + steps * 16);
        event->accept();
        return;
    }
    QAbstractItemView::wheelEvent(event);
}

QMimeData *PhotoGridView::selectionMimeData() const
{
    if (!model() || !selectionModel())
        return nullptr;
    QModelIndexList selected = selectionModel()->selectedIndexes();
    if (selected.isEmpty())
        return nullptr;
    std::sort(selected.begin(), selected.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    QStringList paths;
    ids.reserve(selected.size());
    paths.reserve(selected.size());
    for (const QModelIndex &index : std::as_const(selected)) {
        ids.append(index.data(PhotoGridModel::PhotoIdRole).toLongLong());
        paths.append(index.data(PhotoGridModel::PathRole).toString());
    }
    return PhotoMimeData::create(ids, paths);
}

void PhotoGridView::startDrag(Qt::DropActions /*supportedActions*/)
{
    QMimeData *mime = selectionMimeData();
    if (!mime)
        return;
    const int count = static_cast<int>(PhotoMimeData::photoIds(mime).size());
    auto *drag = new QDrag(this);
    drag->setMimeData(mime);

    // The photo under the pointer, small, with the number of photos travelling with it.
    const qreal ratio = devicePixelRatioF();
    const int side = 72;
    QPixmap pixmap(QSize(side + 12, side + 12) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    const QModelIndex current = currentIndex();
    QImage image;
    if (current.isValid() && current.data(PhotoGridModel::StateRole).toInt() == int(PhotoState::Ok))
        image = m_thumbnails.thumbnail(m_delegate->thumbnailRequest(current, ratio));
    QRect frame(0, 12, side, side);
    if (!image.isNull()) {
        const QSize fitted = image.size().scaled(QSize(side, side) * ratio, Qt::KeepAspectRatio);
        frame = QRect(QPoint(0, 12), fitted / ratio);
        painter.drawImage(frame, image);
    } else {
        painter.fillRect(frame, palette().color(QPalette::Mid));
    }
    if (count > 1) {
        const QString text = QLocale().toString(count);
        QFont font = painter.font();
        font.setBold(true);
        painter.setFont(font);
        const int width = std::max(24, painter.fontMetrics().horizontalAdvance(text) + 12);
        const QRect badge(frame.right() - width / 2, 0, width, 24);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawRoundedRect(badge, 12, 12);
        painter.setPen(palette().color(QPalette::HighlightedText));
        painter.drawText(badge, Qt::AlignCenter, text);
    }
    painter.end();
    drag->setPixmap(pixmap);
    drag->setHotSpot(QPoint(frame.center().x(), frame.bottom()));
    // Copy only: a file manager must never move an original away from the catalog.
    drag->exec(Qt::CopyAction, Qt::CopyAction);
    setState(NoState);
}

void PhotoGridView::scheduleVisibleUpdate()
{
    m_visibleTimer.start();
}

void PhotoGridView::reportVisiblePhotos()
{
    if (!model())
        return;
    const auto [first, last] = visibleRange();
    const int count = model()->rowCount(rootIndex());
    // The next screen below is worth starting on too: it is the likely next scroll. Its requests
    // queue behind the visible ones and are dropped like them when the user scrolls elsewhere.
    const int prefetchEnd = std::min(count - 1, last + (last - first + 1));
    QList<qint64> ids;
    ids.reserve(std::max(0, prefetchEnd - first + 1));
    for (int row = first; row <= prefetchEnd; ++row)
        ids.append(
            model()->index(row, 0, rootIndex()).data(PhotoGridModel::PhotoIdRole).toLongLong());
    m_thumbnails.setVisiblePhotos(ids);
    const qreal ratio = devicePixelRatioF();
    for (int row = last + 1; row <= prefetchEnd; ++row) {
        const QModelIndex index = model()->index(row, 0, rootIndex());
        if (index.data(PhotoGridModel::StateRole).toInt() == int(PhotoState::Ok))
            m_thumbnails.thumbnail(m_delegate->thumbnailRequest(index, ratio));
    }
}

void PhotoGridView::onThumbnailReady(qint64 photoId)
{
    auto *gridModel = qobject_cast<PhotoGridModel *>(model());
    if (!gridModel)
        return;
    const QModelIndex index = gridModel->indexOfPhoto(photoId);
    const QRect rect = visualRect(index);
    if (rect.isNull() || !viewport()->rect().intersects(rect))
        return;
    m_delegate->startFade(photoId);
    if (!m_fadeTimer.isActive())
        m_fadeTimer.start();
    viewport()->update(rect);
}
