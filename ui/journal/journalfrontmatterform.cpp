#include "ui/journal/journalfrontmatterform.h"

#include "core/catalog/photosummaryrepository.h"
#include "core/events/eventservice.h"
#include "core/journal/journalservice.h"
#include "core/thumbnails/thumbnailservice.h"
#include "ui/journal/photochooserdialog.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

namespace {

// The date edit's minimum stands for "no date" and shows as its special value text.
const QDate kNoDate(1800, 1, 1);
constexpr int kCoverSize = 56;

} // namespace

JournalFrontMatterForm::JournalFrontMatterForm(const JournalService &journal,
                                               const EventService &events,
                                               ThumbnailService &thumbnails,
                                               const CatalogConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_events(events)
    , m_thumbnails(thumbnails)
    , m_connection(connection)
    , m_title(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_date(new QDateEdit(this))
    , m_categories(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_cover(new QLabel(this))
    , m_chooseCover(new QPushButton(tr("C&hoose…"), this))
    , m_clearCover(new QPushButton(tr("No Cover"), this))
    , m_coverAlt(new QLineEdit(this))
    , m_event(new QComboBox(this))
{
    m_title->setPlaceholderText(tr("Untitled Entry"));
    m_title->setAccessibleName(tr("Title"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_author->setAccessibleName(tr("Author"));
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(kNoDate);
    m_date->setSpecialValueText(tr("No date"));
    m_date->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_date->setAccessibleName(tr("Date"));
    m_categories->setPlaceholderText(tr("Comma separated"));
    m_categories->setAccessibleName(tr("Categories"));
    m_tags->setPlaceholderText(tr("Comma separated"));
    m_tags->setAccessibleName(tr("Tags"));
    m_cover->setFixedSize(kCoverSize, kCoverSize);
    m_cover->setAlignment(Qt::AlignCenter);
    m_cover->setFrameShape(QFrame::StyledPanel);
    m_cover->setAccessibleName(tr("Cover photo"));
    m_coverAlt->setPlaceholderText(tr("Alt text: what the cover shows"));
    m_coverAlt->setAccessibleName(tr("Cover alt text"));
    m_chooseCover->setToolTip(tr("Choose the cover photo from the catalog"));
    m_event->setAccessibleName(tr("Event"));

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setHorizontalSpacing(8);
    layout->setVerticalSpacing(4);
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *result = new QLabel(text, this);
        result->setBuddy(buddy);
        return result;
    };
    layout->addWidget(m_title, 0, 0, 1, 5);
    layout->addWidget(label(tr("&Author:"), m_author), 1, 0);
    layout->addWidget(m_author, 1, 1);
    layout->addWidget(label(tr("&Date:"), m_date), 1, 2);
    layout->addWidget(m_date, 1, 3);
    layout->addWidget(label(tr("Ca&tegories:"), m_categories), 2, 0);
    layout->addWidget(m_categories, 2, 1);
    layout->addWidget(label(tr("Ta&gs:"), m_tags), 2, 2);
    layout->addWidget(m_tags, 2, 3);
    layout->addWidget(label(tr("E&vent:"), m_event), 3, 0);
    layout->addWidget(m_event, 3, 1);
    auto *cover = new QHBoxLayout;
    cover->addWidget(m_coverAlt, 1);
    cover->addWidget(m_chooseCover);
    cover->addWidget(m_clearCover);
    layout->addWidget(label(tr("Co&ver:"), m_coverAlt), 3, 2);
    layout->addLayout(cover, 3, 3);
    layout->addWidget(m_cover, 1, 4, 3, 1, Qt::AlignTop | Qt::AlignRight);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(3, 1);

    connect(m_title, &QLineEdit::editingFinished, this, &JournalFrontMatterForm::takeTitle);
    connect(m_author, &QLineEdit::editingFinished, this, &JournalFrontMatterForm::takeAuthor);
    connect(m_date, &QDateEdit::editingFinished, this, &JournalFrontMatterForm::takeDate);
    // A day picked in the calendar is a finished choice, like one made in a list.
    connect(m_date->calendarWidget(), &QCalendarWidget::clicked, this,
            [this]() { QTimer::singleShot(0, this, &JournalFrontMatterForm::takeDate); });
    // With no date the calendar would open in 1800, where the "no date" value lives: open it on
    // this month instead.
    m_date->calendarWidget()->installEventFilter(this);
    connect(m_categories, &QLineEdit::editingFinished, this,
            &JournalFrontMatterForm::takeCategories);
    connect(m_tags, &QLineEdit::editingFinished, this, &JournalFrontMatterForm::takeTags);
    connect(m_coverAlt, &QLineEdit::editingFinished, this, &JournalFrontMatterForm::takeCoverAlt);
    connect(m_event, &QComboBox::activated, this, &JournalFrontMatterForm::takeEvent);
    connect(m_chooseCover, &QPushButton::clicked, this, &JournalFrontMatterForm::chooseCover);
    connect(m_clearCover, &QPushButton::clicked, this, &JournalFrontMatterForm::clearCover);
    connect(&thumbnails, &ThumbnailService::thumbnailReady, this, [this](qint64 photoId) {
        if (m_entry && m_entry->cover.photoId == photoId)
            showCover();
    });

    reloadEvents();
    setEntry(std::nullopt);
}

bool JournalFrontMatterForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_date->calendarWidget() && event->type() == QEvent::Show &&
        m_date->date() == kNoDate) {
        const QDate today = QDate::currentDate();
        m_date->calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QWidget::eventFilter(watched, event);
}

QStringList JournalFrontMatterForm::splitList(const QString &text)
{
    QStringList result;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString item = part.trimmed();
        if (!item.isEmpty() && !result.contains(item))
            result.append(item);
    }
    return result;
}

void JournalFrontMatterForm::reloadEvents()
{
    const qint64 current = m_event->currentData().toLongLong();
    m_event->clear();
    m_event->addItem(tr("None (stands alone)"), qint64(0));
    for (const EventSummary &event : m_events.events())
        m_event->addItem(EventService::displayTitle(event), event.event.id);
    const qint64 wanted = m_entry ? m_entry->eventId : current;
    m_event->setCurrentIndex(qMax(0, m_event->findData(wanted)));
}

void JournalFrontMatterForm::setEntry(const std::optional<JournalEntry> &entry)
{
    const bool sameEntry = entry && m_entry && entry->id == m_entry->id;
    m_entry = entry;
    setEnabled(entry.has_value());
    const JournalEntry fields = entry.value_or(JournalEntry{});
    // The field with the keyboard keeps what the user is typing when another field changed.
    auto set = [sameEntry](QLineEdit *edit, const QString &text) {
        if (!(sameEntry && edit->hasFocus() && edit->isModified()) && edit->text() != text)
            edit->setText(text);
    };
    set(m_title, fields.title);
    set(m_author, fields.author);
    set(m_categories, fields.categories.join(QStringLiteral(", ")));
    set(m_tags, fields.tags.join(QStringLiteral(", ")));
    set(m_coverAlt, fields.cover.alt);
    m_date->setDate(fields.date.isValid() ? fields.date : kNoDate);
    m_event->setCurrentIndex(qMax(0, m_event->findData(fields.eventId)));
    m_clearCover->setEnabled(!fields.cover.isEmpty());
    showCover();
}

void JournalFrontMatterForm::showCover()
{
    m_cover->clear();
    if (!m_entry || m_entry->cover.isEmpty()) {
        m_cover->setText(tr("No\ncover"));
        m_cover->setToolTip(tr("No cover photo"));
        return;
    }
    if (m_entry->cover.photoId == 0) {
        // An imported post's cover that is not in the catalog: its path is kept for the export.
        m_cover->setText(tr("Not in\ncatalog"));
        m_cover->setToolTip(tr("The cover %1 is not a catalog photo").arg(m_entry->cover.path));
        return;
    }
    const QList<PhotoSummary> photos =
        PhotoSummaryRepository(m_connection).listByIds({m_entry->cover.photoId}, {});
    if (photos.isEmpty()) {
        m_cover->setText(tr("Deleted"));
        m_cover->setToolTip(tr("The cover photo is no longer in the catalog"));
        return;
    }
    const PhotoSummary &photo = photos.constFirst();
    m_cover->setToolTip(photo.fileName());
    ThumbnailRequest request;
    request.photoId = photo.id;
    request.path = photo.path;
    request.identityKey = photo.identityKey;
    request.orientation = photo.orientation;
    request.pixelSize = qCeil(kCoverSize * devicePixelRatioF());
    const QImage image = m_thumbnails.thumbnail(request);
    if (image.isNull())
        return; // thumbnailReady shows it
    QPixmap pixmap =
        QPixmap::fromImage(image.scaled(QSize(kCoverSize, kCoverSize) * devicePixelRatioF(),
                                        Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_cover->setPixmap(pixmap);
}

void JournalFrontMatterForm::request(const JournalEdit &edit)
{
    if (!edit.isEmpty())
        emit editRequested(edit);
}

void JournalFrontMatterForm::takeTitle()
{
    if (m_entry && m_title->text().trimmed() != m_entry->title)
        request(m_journal.rename(m_entry->id, m_title->text().trimmed()));
    m_title->setModified(false);
}

void JournalFrontMatterForm::takeAuthor()
{
    if (m_entry && m_author->text().trimmed() != m_entry->author)
        request(m_journal.setAuthor(m_entry->id, m_author->text().trimmed()));
    m_author->setModified(false);
}

void JournalFrontMatterForm::takeDate()
{
    if (!m_entry)
        return;
    const QDate date = m_date->date() == kNoDate ? QDate() : m_date->date();
    if (date != m_entry->date)
        request(m_journal.setDate(m_entry->id, date));
}

void JournalFrontMatterForm::takeCategories()
{
    const QStringList categories = splitList(m_categories->text());
    if (m_entry && categories != m_entry->categories)
        request(m_journal.setCategories(m_entry->id, categories));
    m_categories->setModified(false);
}

void JournalFrontMatterForm::takeTags()
{
    const QStringList tags = splitList(m_tags->text());
    if (m_entry && tags != m_entry->tags)
        request(m_journal.setTags(m_entry->id, tags));
    m_tags->setModified(false);
}

void JournalFrontMatterForm::takeCoverAlt()
{
    if (!m_entry || m_coverAlt->text().trimmed() == m_entry->cover.alt)
        return;
    JournalCover cover = m_entry->cover;
    cover.alt = m_coverAlt->text().trimmed();
    request(m_journal.setCover(m_entry->id, cover));
    m_coverAlt->setModified(false);
}

void JournalFrontMatterForm::takeEvent(int index)
{
    const qint64 eventId = m_event->itemData(index).toLongLong();
    if (m_entry && eventId != m_entry->eventId)
        request(m_journal.setEvent(m_entry->id, eventId));
}

void JournalFrontMatterForm::chooseCover()
{
    if (!m_entry)
        return;
    PhotoChooserDialog dialog(m_connection, m_thumbnails, m_entry->eventId, false, this);
    dialog.setWindowTitle(tr("Choose Cover Photo"));
    if (dialog.exec() != QDialog::Accepted || dialog.chosenPhotoIds().isEmpty())
        return;
    setCoverPhoto(dialog.chosenPhotoIds().constFirst());
}

void JournalFrontMatterForm::setCoverPhoto(qint64 photoId)
{
    if (!m_entry)
        return;
    JournalCover cover;
    cover.photoId = photoId;
    // The alt text stays when the user set one; else the photo's file name, to be improved.
    cover.alt = m_coverAlt->text().trimmed();
    if (cover.alt.isEmpty()) {
        const QList<PhotoSummary> photos =
            PhotoSummaryRepository(m_connection).listByIds({photoId}, {});
        if (!photos.isEmpty())
            cover.alt = QFileInfo(photos.constFirst().path).completeBaseName();
    }
    request(m_journal.setCover(m_entry->id, cover));
}

void JournalFrontMatterForm::clearCover()
{
    if (m_entry && !m_entry->cover.isEmpty())
        request(m_journal.setCover(m_entry->id, JournalCover{}));
}
