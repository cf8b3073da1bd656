#include "ui/galleries/gallerypage.h"

#include "core/events/eventservice.h"
#include "core/galleries/galleryservice.h"
#include "core/library/photogridmodel.h"
#include "ui/events/inlineeditor.h"
#include "ui/galleries/galleryboardview.h"
#include "ui/galleries/galleryphotosmodel.h"
#include "ui/viewer/photoviewer.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

#include <array>
#include <cmath>

GalleryPage::GalleryPage(GalleryService &service, const EventService *events, QUndoStack &undoStack,
                         ThumbnailService &thumbnails, const CatalogConnection &connection,
                         QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_events(events)
    , m_connection(connection)
    , m_board(new GalleryBoardView(service, undoStack, thumbnails, connection, this))
    , m_title(new InlineEditor(InlineEditor::Mode::SingleLine, this))
    , m_subtitle(new QLabel(this))
    , m_styles(new QButtonGroup(this))
    , m_zoom(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    auto *header = new QWidget(this);
    auto *row = new QHBoxLayout(header);
    row->setContentsMargins(12, 8, 12, 8);
    auto *titles = new QVBoxLayout;
    titles->setSpacing(0);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setLabelFont(titleFont);
    m_title->setPlaceholderText(tr("Untitled Gallery"));
    m_title->setAccessibleName(tr("Gallery title"));
    m_title->setToolTip(tr("Click or press F2 to rename the gallery"));
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    row->addLayout(titles, 1);

    struct StyleChoice
    {
        QString text;
        QString toolTip;
        GalleryStyle style;
    };
    const std::array<StyleChoice, 3> styles = {{
        {tr("Strip"), tr("Rows of tilted notes of varied widths"), GalleryStyle::Strip},
        {tr("Board"), tr("Notes scattered over a cork board"), GalleryStyle::Board},
        {tr("Grid"), tr("Straight rows and columns"), GalleryStyle::Grid},
    }};
    for (const StyleChoice &choice : styles) {
        const GalleryStyle style = choice.style;
        auto *button = new QToolButton(header);
        button->setText(choice.text);
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolTip(choice.toolTip);
        m_styles->addButton(button, int(style));
        row->addWidget(button);
    }
    m_styles->setExclusive(true);
    connect(m_styles, &QButtonGroup::idClicked, this,
            [this](int id) { setStyle(static_cast<GalleryStyle>(id)); });

    auto *shuffle = new QToolButton(header);
    shuffle->setText(tr("Reshuffle"));
    shuffle->setIcon(QIcon::fromTheme(QStringLiteral("media-playlist-shuffle")));
    shuffle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    shuffle->setAutoRaise(true);
    shuffle->setToolTip(tr("A new random layout (Ctrl+R)"));
    connect(shuffle, &QToolButton::clicked, this, &GalleryPage::reshuffle);
    row->addSpacing(12);
    row->addWidget(shuffle);
    row->addSpacing(12);

    auto *zoomOut = new QToolButton(header);
    zoomOut->setIcon(QIcon::fromTheme(QStringLiteral("zoom-out")));
    zoomOut->setText(QStringLiteral("−"));
    zoomOut->setAutoRaise(true);
    zoomOut->setToolTip(tr("Zoom out (Ctrl+-)"));
    connect(zoomOut, &QToolButton::clicked, m_board, &GalleryBoardView::zoomOut);
    auto *zoomIn = new QToolButton(header);
    zoomIn->setIcon(QIcon::fromTheme(QStringLiteral("zoom-in")));
    zoomIn->setText(QStringLiteral("+"));
    zoomIn->setAutoRaise(true);
    zoomIn->setToolTip(tr("Zoom in (Ctrl++)"));
    connect(zoomIn, &QToolButton::clicked, m_board, &GalleryBoardView::zoomIn);
    auto *fit = new QToolButton(header);
    fit->setIcon(QIcon::fromTheme(QStringLiteral("zoom-fit-width")));
    fit->setText(tr("Fit"));
    fit->setAutoRaise(true);
    fit->setToolTip(tr("Fit the board's width (Ctrl+0)"));
    connect(fit, &QToolButton::clicked, m_board, &GalleryBoardView::fitToWidth);
    m_zoom->setMinimumWidth(m_zoom->fontMetrics().horizontalAdvance(QStringLiteral("4000 %")));
    m_zoom->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row->addWidget(zoomOut);
    row->addWidget(m_zoom);
    row->addWidget(zoomIn);
    row->addWidget(fit);

    layout->addWidget(header);
    layout->addWidget(m_board, 1);
    setFocusProxy(m_board);

    connect(m_title, &InlineEditor::edited, this, [this](const QString &title) {
        m_board->push(m_service.rename(galleryId(), title));
        m_board->setFocus();
    });
    connect(m_board, &GalleryBoardView::renameRequested, this, &GalleryPage::startRenaming);
    connect(m_board, &GalleryBoardView::photoOpened, this, &GalleryPage::openPhoto);
    connect(m_board, &GalleryBoardView::zoomChanged, this,
            [this](double zoom) { m_zoom->setText(tr("%1 %").arg(std::lround(zoom * 100))); });
    connect(&m_service, &GalleryService::galleryChanged, this, [this](qint64 id) {
        if (id == galleryId())
            updateHeader();
    });
    connect(&m_service, &GalleryService::galleriesChanged, this, &GalleryPage::updateHeader);
    if (m_events)
        connect(m_events, &EventService::eventsChanged, this, &GalleryPage::updateHeader);
}

GalleryPage::~GalleryPage() = default;

PhotoViewer *GalleryPage::viewer() const
{
    return m_viewer;
}

qint64 GalleryPage::galleryId() const
{
    return m_board->galleryId();
}

void GalleryPage::setGallery(qint64 galleryId)
{
    m_board->setGallery(galleryId);
    updateHeader();
}

void GalleryPage::updateHeader()
{
    const std::optional<Gallery> gallery = m_service.gallery(galleryId());
    setEnabled(gallery.has_value());
    if (!gallery) {
        m_title->setText({});
        m_subtitle->clear();
        return;
    }
    m_title->setText(gallery->title);
    const int notes = int(m_service.notes(gallery->id).size());
    QString event = tr("Stands alone");
    if (gallery->eventId && m_events) {
        if (const auto summary = m_events->event(gallery->eventId))
            event = EventService::displayTitle(*summary);
    }
    //: Below a gallery's title: its event (or "Stands alone") · how many notes it holds.
    m_subtitle->setText(tr("%1 · %n note(s)", nullptr, notes).arg(event));
    if (QAbstractButton *button = m_styles->button(int(gallery->style)))
        button->setChecked(true);
}

void GalleryPage::startRenaming()
{
    if (galleryId() != 0)
        m_title->startEditing();
}

void GalleryPage::setStyle(GalleryStyle style)
{
    m_board->push(m_service.setStyle(galleryId(), style));
    updateHeader();
}

void GalleryPage::reshuffle()
{
    m_board->push(m_service.reshuffle(galleryId()));
}

void GalleryPage::openPhoto(qint64 photoId)
{
    GalleryPhotosModel *photos = m_board->photosModel();
    const int row = photos->rowOfPhoto(photoId);
    if (row < 0)
        return;
    if (!m_viewer) {
        m_viewer = new PhotoViewer(photos, m_connection, this);
        m_viewer->setAttribute(Qt::WA_DeleteOnClose);
        // The board follows the viewer: the note of the photo on screen is selected.
        connect(m_viewer, &PhotoViewer::currentRowChanged, this, [this, photos](int current) {
            m_board->revealPhoto(
                photos->index(current).data(PhotoGridModel::PhotoIdRole).toLongLong());
        });
        connect(m_viewer, &PhotoViewer::closed, m_board, qOverload<>(&QWidget::setFocus));
    }
    m_viewer->showPhotoAt(row);
}
