#include "ui/events/eventheader.h"

#include "core/catalog/photosummaryrepository.h"
#include "core/events/eventservice.h"
#include "core/thumbnails/thumbnailservice.h"
#include "ui/events/eventeditor.h"
#include "ui/events/inlineeditor.h"
#include "ui/events/timezonecombo.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QToolButton>
#include <QtMath>

namespace {

constexpr int kCoverSize = 88;

} // namespace

EventHeader::EventHeader(EventEditor &editor, ThumbnailService &thumbnails,
                         const CatalogConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
    , m_thumbnails(thumbnails)
    , m_connection(connection)
    , m_cover(new QToolButton(this))
    , m_title(new InlineEditor(InlineEditor::Mode::SingleLine, this))
    , m_dates(new QLabel(this))
    , m_place(new InlineEditor(InlineEditor::Mode::SingleLine, this))
    , m_description(new InlineEditor(InlineEditor::Mode::MultiLine, this))
    , m_timeZone(new TimeZoneCombo(this))
    , m_reason(new QLabel(this))
    , m_correctClock(new QPushButton(tr("Correct Camera &Clock…"), this))
{
    setObjectName(QStringLiteral("eventHeader"));
    m_title->setObjectName(QStringLiteral("eventTitle"));
    m_place->setObjectName(QStringLiteral("eventPlace"));
    m_description->setObjectName(QStringLiteral("eventDescription"));
    m_timeZone->setObjectName(QStringLiteral("eventTimeZone"));
    m_dates->setObjectName(QStringLiteral("eventDates"));
    m_reason->setObjectName(QStringLiteral("eventSplitReason"));

    m_cover->setIconSize(QSize(kCoverSize, kCoverSize));
    m_cover->setFixedSize(kCoverSize + 8, kCoverSize + 8);
    m_cover->setAutoRaise(true);
    m_cover->setPopupMode(QToolButton::InstantPopup);
    m_cover->setAccessibleName(tr("Event cover"));
    // The cover is the button: no arrow drawn over the photo.
    m_cover->setStyleSheet(
        QStringLiteral("QToolButton::menu-indicator { image: none; width: 0; }"));

    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setLabelFont(titleFont);
    m_title->setAccessibleName(tr("Event title"));
    // Unnamed, an event goes by its dates elsewhere; here, where it can be named, it asks for a
    // name (its dates are on the line below).
    m_title->setPlaceholderText(tr("Add a title"));
    m_dates->setForegroundRole(QPalette::PlaceholderText);
    m_dates->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_place->setPlaceholderText(tr("Add a place"));
    m_place->setAccessibleName(tr("Event place"));
    m_description->setPlaceholderText(tr("Add a description"));
    m_description->setAccessibleName(tr("Event description"));
    m_description->label()->setToolTip(
        tr("Click to edit. Enter keeps it, Shift+Enter starts a new line, Esc cancels."));
    m_reason->setForegroundRole(QPalette::PlaceholderText);
    m_reason->setWordWrap(true);
    m_timeZone->setToolTip(tr("Photos of this event that carry no UTC offset of their own (nor a "
                              "GPS time) are placed in this time zone."));
    m_correctClock->setToolTip(
        tr("Shift the times of one camera's photos in this event, when its clock was wrong"));

    // Cover | title / dates · place / description / zone, reason ... clock.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 4);
    layout->setSpacing(12);
    layout->addWidget(m_cover, 0, Qt::AlignTop);
    auto *text = new QVBoxLayout;
    text->setSpacing(2);
    text->addWidget(m_title);
    auto *datesRow = new QHBoxLayout;
    datesRow->setSpacing(0);
    datesRow->addWidget(m_dates);
    auto *separator = new QLabel(tr(" · "), this);
    separator->setForegroundRole(QPalette::PlaceholderText);
    datesRow->addWidget(separator);
    datesRow->addWidget(m_place, 1);
    text->addLayout(datesRow);
    text->addSpacing(4);
    text->addWidget(m_description);
    text->addSpacing(4);
    auto *detailsRow = new QHBoxLayout;
    auto *zoneLabel = new QLabel(tr("Time &zone:"), this);
    zoneLabel->setBuddy(m_timeZone);
    zoneLabel->setForegroundRole(QPalette::PlaceholderText);
    detailsRow->addWidget(zoneLabel);
    detailsRow->addWidget(m_timeZone);
    detailsRow->addSpacing(12);
    detailsRow->addWidget(m_reason, 1);
    detailsRow->addWidget(m_correctClock);
    text->addLayout(detailsRow);
    layout->addLayout(text, 1);

    connect(m_title, &InlineEditor::edited, this, [this](const QString &title) {
        m_editor.push(m_editor.service().rename(m_eventId, title));
        refresh(); // shows the title the edit gave, or the old one when it was refused
    });
    connect(m_place, &InlineEditor::edited, this, [this](const QString &place) {
        m_editor.push(m_editor.service().setPlace(m_eventId, place));
        refresh();
    });
    connect(m_description, &InlineEditor::edited, this, [this](const QString &description) {
        m_editor.push(m_editor.service().describe(m_eventId, description));
        refresh();
    });
    connect(m_timeZone, &TimeZoneCombo::zoneChosen, this, [this](const QString &zoneId) {
        m_editor.push(m_editor.service().setTimeZone(m_eventId, zoneId));
        refresh();
    });
    connect(m_correctClock, &QPushButton::clicked, this,
            [this]() { emit clockCorrectionRequested(m_eventId); });
    connect(&m_editor.service(), &EventService::eventsChanged, this, &EventHeader::refresh);
    // Photos moved in or out change the dates and the cover.
    connect(&m_editor.service(), &EventService::photosChanged, this, &EventHeader::refresh);
    connect(&m_thumbnails, &ThumbnailService::thumbnailReady, this, &EventHeader::onThumbnailReady);
    hide();
}

void EventHeader::setCoverAction(QAction *action)
{
    auto *menu = new QMenu(m_cover);
    menu->addAction(action);
    m_cover->setMenu(menu);
}

void EventHeader::setEvent(qint64 eventId)
{
    if (eventId == m_eventId && (eventId == 0 || m_event))
        return refresh();
    // Whatever was being typed belongs to the event it was typed for: commit it there first.
    for (InlineEditor *editor : {m_title, m_place, m_description})
        editor->commit();
    m_eventId = eventId;
    m_coverPhotoId = 0;
    refresh();
}

void EventHeader::refresh()
{
    m_event = m_eventId ? m_editor.service().event(m_eventId) : std::nullopt;
    setVisible(m_event.has_value());
    if (!m_event)
        return;
    const EventRecord &record = m_event->event;
    m_title->setText(record.title);
    m_dates->setText(m_event->hasDates() ? EventService::dateRange(*m_event)
                                         : tr("No dated photos"));
    m_place->setText(record.place);
    m_description->setText(record.description);
    if (!m_timeZone->isSearching())
        m_timeZone->setZoneId(record.timeZoneId);
    m_reason->setText(EventService::splitReasonText(record));
    m_correctClock->setEnabled(m_event->photoCount > 0);
    updateCover();
}

void EventHeader::startRenaming()
{
    if (m_event)
        m_title->startEditing();
}

void EventHeader::updateCover()
{
    const qint64 cover = m_event ? m_event->coverPhotoId() : 0;
    if (cover != m_coverPhotoId) {
        m_coverPhotoId = cover;
        m_coverShown = false;
    }
    m_cover->setToolTip(m_event && m_event->event.coverPhotoId
                            ? tr("The cover, chosen for this event")
                            : tr("The cover: the first photo until you choose one (Set as Event "
                                 "Cover on a photo)"));
    if (m_coverShown)
        return;
    QImage image;
    if (cover != 0) {
        const QList<PhotoSummary> photos =
            PhotoSummaryRepository(m_connection).listByIds({cover}, {});
        if (!photos.isEmpty() && photos.constFirst().state == PhotoState::Ok) {
            const PhotoSummary &photo = photos.constFirst();
            ThumbnailRequest request;
            request.photoId = photo.id;
            request.path = photo.path;
            request.identityKey = photo.identityKey;
            request.orientation = photo.orientation;
            request.pixelSize = qCeil(kCoverSize * devicePixelRatioF());
            image = m_thumbnails.thumbnail(request);
        }
    }
    // A square crop with rounded corners, like an album cover; a plain tile until it is made.
    const qreal ratio = devicePixelRatioF();
    QPixmap pixmap(QSize(kCoverSize, kCoverSize) * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    QPainterPath clip;
    clip.addRoundedRect(QRectF(0, 0, kCoverSize, kCoverSize), 6, 6);
    painter.setClipPath(clip);
    if (image.isNull()) {
        painter.fillRect(QRect(0, 0, kCoverSize, kCoverSize), palette().color(QPalette::Mid));
    } else {
        const QSizeF size =
            QSizeF(image.size())
                .scaled(QSizeF(kCoverSize, kCoverSize), Qt::KeepAspectRatioByExpanding);
        const QRectF target((kCoverSize - size.width()) / 2, (kCoverSize - size.height()) / 2,
                            size.width(), size.height());
        painter.drawImage(target, image);
        m_coverShown = true;
    }
    painter.end();
    m_cover->setIcon(QIcon(pixmap));
}

void EventHeader::onThumbnailReady(qint64 photoId)
{
    if (isVisible() && !m_coverShown && photoId == m_coverPhotoId)
        updateCover();
}
