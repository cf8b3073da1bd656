#include "ui/info/photoinfopanel.h"

#include "core/catalog/photorepository.h"
#include "core/catalog/photosummaryrepository.h"
#include "core/events/timeresolver.h"
#include "ui/common/elidedlabel.h"
#include "ui/common/filemanager.h"
#include "core/metadata/photodetails.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Names of rows and secondary text: the palette's muted text colour, so it works in dark themes.
void makeSecondary(QWidget *widget)
{
    widget->setForegroundRole(QPalette::PlaceholderText);
}

QSize displayedSize(const PhotoMetadata &metadata)
{
    if (!metadata.width || !metadata.height)
        return {};
    const QSize stored(*metadata.width, *metadata.height);
    // EXIF orientations 5-8 turn the picture a quarter: width and height trade places.
    return metadata.orientation && *metadata.orientation >= 5 ? stored.transposed() : stored;
}

// "UTC+02:00, from the file": the offset that placed the photo on the timeline, and whence.
QString offsetWithSource(int offsetSeconds, int source)
{
    const QString offset = PhotoDetails::utcOffset(offsetSeconds);
    switch (static_cast<OffsetSource>(source)) {
    case OffsetSource::File:
        return PhotoInfoPanel::tr("%1, from the file").arg(offset);
    case OffsetSource::GpsTime:
        return PhotoInfoPanel::tr("%1, from the GPS time").arg(offset);
    case OffsetSource::EventZone:
        return PhotoInfoPanel::tr("%1, from the event's time zone").arg(offset);
    case OffsetSource::SystemZone:
        return PhotoInfoPanel::tr("%1, this computer's time zone").arg(offset);
    }
    return offset;
}

QString ratingStars(int rating)
{
    return QString(rating, QChar(0x2605)) + QString(5 - rating, QChar(0x2606));
}

} // namespace

PhotoInfoPanel::PhotoInfoPanel(const CatalogConnection &connection, QWidget *parent)
    : QWidget(parent)
    , m_repository(std::make_unique<PhotoRepository>(connection))
    , m_summaries(std::make_unique<PhotoSummaryRepository>(connection))
    , m_pages(new QStackedWidget(this))
{
    // The message page: nothing selected, several photos selected, or a photo that is gone.
    auto *messagePage = new QWidget(m_pages);
    auto *messageLayout = new QVBoxLayout(messagePage);
    m_messageTitle = new QLabel(messagePage);
    m_messageDetail = new QLabel(messagePage);
    for (QLabel *label : {m_messageTitle, m_messageDetail}) {
        label->setAlignment(Qt::AlignCenter);
        label->setWordWrap(true);
        makeSecondary(label);
    }
    QFont titleFont = m_messageTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_messageTitle->setFont(titleFont);
    m_messageTitle->setObjectName(QStringLiteral("messageTitle"));
    // A little above the middle, where the eye expects it.
    messageLayout->addStretch(1);
    messageLayout->addWidget(m_messageTitle);
    messageLayout->addWidget(m_messageDetail);
    messageLayout->addStretch(2);
    m_pages->addWidget(messagePage);

    auto *scrollArea = new QScrollArea(m_pages);
    scrollArea->setFrameShape(QFrame::NoFrame);
    scrollArea->setWidgetResizable(true);
    scrollArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_photoPage = createPhotoPage();
    scrollArea->setWidget(m_photoPage);
    m_pages->addWidget(scrollArea);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);
    clear();
}

PhotoInfoPanel::~PhotoInfoPanel() = default;

QWidget *PhotoInfoPanel::createPhotoPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    m_fileName = new ElidedLabel(page);
    m_fileName->setObjectName(QStringLiteral("fileNameValue"));
    QFont nameFont = m_fileName->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.15);
    m_fileName->setFont(nameFont);
    layout->addWidget(m_fileName);

    // Problem photos say what is wrong before anything else.
    m_problem = new QFrame(page);
    m_problem->setFrameShape(QFrame::StyledPanel);
    auto *problemLayout = new QHBoxLayout(m_problem);
    m_problemIcon = new QLabel(m_problem);
    m_problemIcon->setAlignment(Qt::AlignTop);
    m_problemText = new QLabel(m_problem);
    m_problemText->setObjectName(QStringLiteral("problemValue"));
    m_problemText->setWordWrap(true);
    m_problemText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    problemLayout->addWidget(m_problemIcon);
    problemLayout->addWidget(m_problemText, 1);
    layout->addWidget(m_problem);

    // A grid rather than a QFormLayout: Qt 6.4's QFormLayout writes past its row array in
    // heightForWidth() when rows are hidden before the first show (seen under valgrind when the
    // window starts on a problem photo). A grid with hidden widgets collapses rows just as well.
    m_form = new QGridLayout;
    m_form->setColumnStretch(1, 1);
    layout->addLayout(m_form);
    layout->addStretch();

    addSection(tr("Photo"));
    m_taken = addTextRow(tr("Taken"));
    m_taken->setObjectName(QStringLiteral("takenValue"));
    m_camera = addTextRow(tr("Camera"));
    m_camera->setObjectName(QStringLiteral("cameraValue"));
    m_lens = addTextRow(tr("Lens"));
    m_lens->setObjectName(QStringLiteral("lensValue"));
    m_exposure = addTextRow(tr("Exposure"));
    m_exposure->setObjectName(QStringLiteral("exposureValue"));

    addSection(tr("Location"));
    m_location = addTextRow(tr("Coordinates"));
    m_location->setObjectName(QStringLiteral("locationValue"));
    m_location->setTextFormat(Qt::RichText);
    m_location->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_location->setOpenExternalLinks(true);
    m_altitude = addTextRow(tr("Altitude"));
    m_altitude->setObjectName(QStringLiteral("altitudeValue"));

    addSection(tr("Description"));
    m_title = addTextRow(tr("Title"));
    m_title->setObjectName(QStringLiteral("titleValue"));
    m_description = addTextRow(tr("Caption"));
    m_description->setObjectName(QStringLiteral("captionValue"));
    m_rating = addTextRow(tr("Rating"));
    m_rating->setObjectName(QStringLiteral("ratingValue"));
    m_keywords = addTextRow(tr("Keywords"));
    m_keywords->setObjectName(QStringLiteral("keywordsValue"));

    addSection(tr("File"));
    m_dimensions = addTextRow(tr("Dimensions"));
    m_dimensions->setObjectName(QStringLiteral("dimensionsValue"));
    m_format = addTextRow(tr("Format"));
    m_format->setObjectName(QStringLiteral("formatValue"));
    m_fileSize = addTextRow(tr("Size"));
    m_fileSize->setObjectName(QStringLiteral("fileSizeValue"));
    m_imported = addTextRow(tr("Imported"));
    m_imported->setObjectName(QStringLiteral("importedValue"));
    m_folder = new ElidedLabel(page);
    m_folder->setObjectName(QStringLiteral("folderValue"));
    addRow(tr("Folder"), m_folder);
    m_showInFolder = new QPushButton(FileManager::showFileText(), page);
    m_showInFolder->setObjectName(QStringLiteral("showInFolderButton"));
    connect(m_showInFolder, &QPushButton::clicked, this, &PhotoInfoPanel::showInFolder);
    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_showInFolder);
    buttonRow->addStretch();
    m_form->addLayout(buttonRow, m_form->rowCount(), 1);
    m_sections.last().second.append(m_showInFolder);
    return page;
}

QLabel *PhotoInfoPanel::addSection(const QString &title)
{
    auto *heading = new QLabel(title, m_form->parentWidget());
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    // A little air above every heading separates the groups.
    heading->setContentsMargins(0, fontMetrics().height() / 2, 0, 0);
    m_form->addWidget(heading, m_form->rowCount(), 0, 1, 2);
    m_sections.append(qMakePair(heading, QList<QWidget *>()));
    return heading;
}

void PhotoInfoPanel::addRow(const QString &name, QWidget *field)
{
    auto *label = new QLabel(name, field->parentWidget());
    makeSecondary(label);
    // Beside a field of several lines the name stays level with its first line.
    label->setAlignment(Qt::AlignRight | Qt::AlignTop);
    const int row = m_form->rowCount();
    m_form->addWidget(label, row, 0, Qt::AlignRight | Qt::AlignTop);
    m_form->addWidget(field, row, 1);
    m_rowNames.insert(field, label);
    m_sections.last().second.append(field);
}

QLabel *PhotoInfoPanel::addTextRow(const QString &name)
{
    auto *field = new QLabel(m_form->parentWidget());
    field->setWordWrap(true);
    field->setTextFormat(Qt::PlainText);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Long words (serial numbers, keywords without spaces) must not force the panel wider.
    field->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    field->setMinimumWidth(fontMetrics().averageCharWidth() * 10);
    addRow(name, field);
    return field;
}

void PhotoInfoPanel::setRowText(QLabel *field, const QString &text, const QString &toolTip)
{
    field->setText(text);
    field->setToolTip(toolTip);
    setRowVisible(field, !text.isEmpty());
}

void PhotoInfoPanel::setRowVisible(QWidget *field, bool visible)
{
    field->setVisible(visible);
    if (QLabel *name = m_rowNames.value(field))
        name->setVisible(visible);
}

void PhotoInfoPanel::showPhoto(qint64 photoId)
{
    const std::optional<PhotoRecord> photo = m_repository->find(photoId);
    if (!photo) {
        clear();
        return;
    }
    showRecord(*photo);
}

void PhotoInfoPanel::showRecord(const PhotoRecord &photo)
{
    m_photoId = photo.id;
    m_path = photo.path;
    const PhotoMetadata &m = photo.metadata;
    const QFileInfo file(photo.path);

    m_fileName->setText(file.fileName());
    switch (photo.state) {
    case PhotoState::Ok:
        m_problem->hide();
        break;
    case PhotoState::Missing:
        m_problemText->setText(
            photo.stateReason.isEmpty()
                ? tr("The file is no longer where it was imported from. Everything added to the "
                     "photo in Corkboard is kept.")
                : tr("The file is missing: %1").arg(photo.stateReason));
        showProblemIcon();
        break;
    case PhotoState::Unreadable:
        m_problemText->setText(photo.stateReason.isEmpty()
                                   ? tr("The file cannot be read.")
                                   : tr("The file cannot be read: %1").arg(photo.stateReason));
        showProblemIcon();
        break;
    }

    showTaken(photo);
    setRowText(m_camera, PhotoDetails::camera(m.make, m.model),
               m.serialNumber.isEmpty() ? QString() : tr("Serial number %1").arg(m.serialNumber));
    setRowText(m_lens, m.lens);
    setRowText(m_exposure, PhotoDetails::exposure(m));

    if (m.gpsLatitude && m.gpsLongitude) {
        const QUrl map = PhotoDetails::openStreetMapUrl(*m.gpsLatitude, *m.gpsLongitude);
        setRowText(
            m_location,
            QStringLiteral("%1<br><a href=\"%2\">%3</a>")
                .arg(PhotoDetails::coordinates(*m.gpsLatitude, *m.gpsLongitude).toHtmlEscaped(),
                     map.toString(QUrl::FullyEncoded).toHtmlEscaped(),
                     tr("Show on OpenStreetMap").toHtmlEscaped()),
            map.toDisplayString());
    } else {
        setRowText(m_location, {});
    }
    setRowText(m_altitude,
               m.gpsAltitude && m.gpsLatitude ? PhotoDetails::altitude(*m.gpsAltitude) : QString());

    setRowText(m_title, m.title);
    setRowText(m_description, m.description);
    if (m.rating && *m.rating < 0)
        setRowText(m_rating, tr("Rejected"));
    else if (m.rating && *m.rating > 0)
        setRowText(m_rating, ratingStars(qMin(*m.rating, 5)),
                   tr("%n star(s)", nullptr, qMin(*m.rating, 5)));
    else
        setRowText(m_rating, {});
    setRowText(m_keywords, m.keywords.join(tr(", ", "between keywords")));

    setRowText(m_dimensions, PhotoDetails::dimensions(displayedSize(m)));
    setRowText(m_format, m.format == ImageFormat::Unknown ? QString() : imageFormatName(m.format));
    setRowText(m_fileSize, photo.fileSize > 0 ? PhotoDetails::fileSize(photo.fileSize) : QString());
    setRowText(m_imported,
               photo.importedAt.isValid()
                   ? QLocale().toString(photo.importedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString());
    m_folder->setText(QDir::toNativeSeparators(file.absolutePath()));
    m_showInFolder->setEnabled(file.exists() || QFileInfo(file.absolutePath()).isDir());
    m_showInFolder->setToolTip(QDir::toNativeSeparators(file.absoluteFilePath()));

    updateSectionVisibility();
    m_pages->setCurrentIndex(1);
}

void PhotoInfoPanel::showTaken(const PhotoRecord &photo)
{
    const PhotoMetadata &m = photo.metadata;
    QStringList toolTip;
    if (m.takenAt && !m.takenAt->sourceTag.isEmpty())
        toolTip.append(tr("Read from %1").arg(m.takenAt->sourceTag));
    // Where the timeline placed the photo: the corrected wall time, the offset and whence it came.
    const QList<PhotoSummary> placed = m_summaries->listByIds({photo.id}, {});
    if (placed.isEmpty() || !placed.constFirst().takenInstantMs) {
        setRowText(m_taken, m.takenAt ? PhotoDetails::takenTime(*m.takenAt) : QString(),
                   toolTip.join(QLatin1Char('\n')));
        return;
    }
    const PhotoSummary &summary = placed.constFirst();
    const QDateTime wallTime = QDateTime::fromMSecsSinceEpoch(
        *summary.takenInstantMs + qint64(summary.instantOffsetSeconds) * 1000, Qt::UTC);
    QStringList lines{PhotoDetails::takenTime(wallTime, std::nullopt),
                      offsetWithSource(summary.instantOffsetSeconds, summary.offsetSource)};
    if (summary.clockShiftSeconds != 0) {
        lines.append(tr("camera clock corrected by %1")
                         .arg(PhotoDetails::clockShift(summary.clockShiftSeconds)));
        if (m.takenAt)
            toolTip.append(tr("The camera showed %1").arg(PhotoDetails::takenTime(*m.takenAt)));
    }
    setRowText(m_taken, lines.join(QLatin1Char('\n')), toolTip.join(QLatin1Char('\n')));
}

void PhotoInfoPanel::showProblemIcon()
{
    // Drawn now, for the screen the panel is on: sharp at any device pixel ratio.
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_problemIcon->setPixmap(style()
                                 ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                                 .pixmap(QSize(size, size), devicePixelRatioF()));
    m_problem->show();
}

void PhotoInfoPanel::showSelection(int selectedCount)
{
    if (selectedCount <= 0) {
        clear();
        return;
    }
    // "1 photo" on its own reads right in English before any translation is loaded; every other
    // count goes through the translators' plural forms.
    showMessage(selectedCount == 1 ? tr("1 photo selected")
                                   : tr("%n photos selected", nullptr, selectedCount),
                tr("Select a single photo to see its details."));
}

void PhotoInfoPanel::clear()
{
    showMessage(tr("No Photo Selected"), tr("Select a photo to see when, where and how it was "
                                            "taken."));
}

void PhotoInfoPanel::showMessage(const QString &title, const QString &detail)
{
    m_photoId = 0;
    m_path.clear();
    m_messageTitle->setText(title);
    m_messageDetail->setText(detail);
    m_pages->setCurrentIndex(0);
}

void PhotoInfoPanel::updateSectionVisibility()
{
    // A heading over nothing is clutter: it shows only when one of its rows does.
    for (const auto &[heading, fields] : std::as_const(m_sections)) {
        const bool any = std::any_of(fields.cbegin(), fields.cend(),
                                     [this](QWidget *field) { return !field->isHidden(); });
        heading->setVisible(any);
    }
}

void PhotoInfoPanel::showInFolder()
{
    if (!m_path.isEmpty())
        FileManager::showFile(m_path);
}

QSize PhotoInfoPanel::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 42, QWidget::sizeHint().height()};
}
