#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/events/eventservice.h"
#include "tests/support/testphotofactory.h"
#include "ui/common/elidedlabel.h"
#include "core/metadata/photodetails.h"
#include "ui/info/photoinfopanel.h"

#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using TestPhotoFactory::tag;

class TestPhotoInfoPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsEveryFieldOfATaggedPhoto();
    void hidesRowsThePhotoHasNothingFor();
    void problemPhotoSaysWhatIsWrong();
    void problemPhotoShownBeforeTheFirstShow();
    void selectionAndNothingSelected();
    void unknownPhotoClears();
    void takenSaysWhereItsOffsetCameFrom();

private:
    // Writes a photo with these tags, reads it back as an import would and puts it in the catalog.
    qint64 addPhoto(const QString &name, const QList<QPair<QString, QString>> &tags,
                    PhotoState state = PhotoState::Ok, const QString &reason = {});
    QLabel *value(const char *objectName) const;
    bool rowShown(const char *objectName) const;
    void saveScreenshot(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<PhotoInfoPanel> m_panel;
    int m_photoCount = 0;
};

void TestPhotoInfoPanel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPhotoInfoPanel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = std::make_unique<Catalog>(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
    m_panel = std::make_unique<PhotoInfoPanel>(m_catalog->connection());
    m_panel->resize(340, 720);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestPhotoInfoPanel::cleanup()
{
    m_panel.reset(); // its repository's queries go before the catalog's connection
    m_catalog.reset();
    m_dir.reset();
}

qint64 TestPhotoInfoPanel::addPhoto(const QString &name, const QList<QPair<QString, QString>> &tags,
                                    PhotoState state, const QString &reason)
{
    const QString path = m_dir->filePath(name);
    TestPhotoSpec spec;
    spec.size = QSize(64, 48);
    spec.seed = ++m_photoCount;
    spec.tags = tags;
    const MetadataReadResult read = TestPhotoFactory::writeAndRead(path, spec, MetadataReader());
    if (!read.ok) {
        qWarning("%s", qPrintable(read.error));
        return 0;
    }
    PhotoRecord photo;
    photo.path = path;
    photo.fileSize = QFileInfo(path).size();
    photo.identityKey = QByteArray(16, char(m_photoCount));
    photo.importedAt = QDateTime(QDate(2024, 3, 2), QTime(9, 15), Qt::UTC);
    photo.metadata = read.metadata;
    photo.state = state;
    photo.stateReason = reason;
    PhotoRepository repository(m_catalog->connection());
    const qint64 id = repository.insert(photo);
    if (id <= 0)
        qWarning("%s", qPrintable(repository.lastError()));
    return id;
}

QLabel *TestPhotoInfoPanel::value(const char *objectName) const
{
    auto *label = m_panel->findChild<QLabel *>(QLatin1String(objectName));
    if (!label)
        qWarning("no %s", objectName);
    return label;
}

bool TestPhotoInfoPanel::rowShown(const char *objectName) const
{
    QWidget *field = m_panel->findChild<QWidget *>(QLatin1String(objectName));
    return field && field->isVisibleTo(m_panel.get());
}

void TestPhotoInfoPanel::saveScreenshot(const QString &name)
{
    // Set CORKBOARD_SCREENSHOT_DIR to look at the panel as a user would.
    const QString dir = qEnvironmentVariable("CORKBOARD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents(); // let the layout settle, as it has by the next frame
    m_panel->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestPhotoInfoPanel::showsEveryFieldOfATaggedPhoto()
{
    const qint64 id =
        addPhoto(QStringLiteral("sagrada familia.jpg"),
                 {tag("Exif.Image.Make", QStringLiteral("Canon")),
                  tag("Exif.Image.Model", QStringLiteral("Canon EOS R5")),
                  tag("Exif.Photo.LensModel", QStringLiteral("RF24-105mm F4 L IS USM")),
                  tag("Exif.Photo.DateTimeOriginal", QStringLiteral("2019:05:21 18:30:01")),
                  tag("Exif.Photo.OffsetTimeOriginal", QStringLiteral("+02:00")),
                  tag("Exif.Photo.ExposureTime", QStringLiteral("1/250")),
                  tag("Exif.Photo.FNumber", QStringLiteral("28/10")),
                  tag("Exif.Photo.ISOSpeedRatings", QStringLiteral("200")),
                  tag("Exif.Photo.FocalLength", QStringLiteral("35/1")),
                  tag("Exif.GPSInfo.GPSLatitudeRef", QStringLiteral("N")),
                  tag("Exif.GPSInfo.GPSLatitude", QStringLiteral("41/1 24/1 1800/100")),
                  tag("Exif.GPSInfo.GPSLongitudeRef", QStringLiteral("E")),
                  tag("Exif.GPSInfo.GPSLongitude", QStringLiteral("2/1 10/1 1200/100")),
                  tag("Exif.GPSInfo.GPSAltitudeRef", QStringLiteral("0")),
                  tag("Exif.GPSInfo.GPSAltitude", QStringLiteral("120/1")),
                  tag("Xmp.dc.title", QStringLiteral("Sagrada Família")),
                  tag("Xmp.dc.subject", QStringLiteral("kubecon;Barcelona")),
                  tag("Xmp.xmp.Rating", QStringLiteral("4"))});
    QVERIFY(id > 0);
    m_panel->showPhoto(id);
    QCOMPARE(m_panel->photoId(), id);
    saveScreenshot(QStringLiteral("infopanel-full"));

    auto *fileName = m_panel->findChild<ElidedLabel *>(QStringLiteral("fileNameValue"));
    QVERIFY(fileName);
    QCOMPARE(fileName->text(), QStringLiteral("sagrada familia.jpg"));
    QCOMPARE(value("takenValue")->text(),
             QStringLiteral("Tuesday, May 21, 2019 at 6:30:01 PM (UTC+02:00)"));
    QCOMPARE(value("cameraValue")->text(), QStringLiteral("Canon EOS R5"));
    QCOMPARE(value("lensValue")->text(), QStringLiteral("RF24-105mm F4 L IS USM"));
    QCOMPARE(value("exposureValue")->text(), QStringLiteral("1/250 s · f/2.8 · ISO 200 · 35 mm"));
    const QString location = value("locationValue")->text();
    QVERIFY2(location.contains(QStringLiteral("41.4050° N, 2.1700° E")), qPrintable(location));
    QVERIFY2(location.contains(QStringLiteral("href=\"https://www.openstreetmap.org/"
                                              "?mlat=41.405&amp;mlon=2.17#map=16/41.405/2.17\"")),
             qPrintable(location));
    QVERIFY(value("locationValue")->openExternalLinks());
    QCOMPARE(value("altitudeValue")->text(), QStringLiteral("120 m above sea level"));
    QCOMPARE(value("titleValue")->text(), QStringLiteral("Sagrada Família"));
    QCOMPARE(value("ratingValue")->text(), QStringLiteral("★★★★☆"));
    QCOMPARE(value("keywordsValue")->text(), QStringLiteral("kubecon, Barcelona"));
    QCOMPARE(value("dimensionsValue")->text(), QStringLiteral("64 × 48 pixels"));
    QCOMPARE(value("formatValue")->text(), QStringLiteral("JPEG"));
    QCOMPARE(value("fileSizeValue")->text(),
             PhotoDetails::fileSize(
                 QFileInfo(m_dir->filePath(QStringLiteral("sagrada familia.jpg"))).size()));
    auto *folder = m_panel->findChild<ElidedLabel *>(QStringLiteral("folderValue"));
    QCOMPARE(folder->text(), QDir::toNativeSeparators(m_dir->path()));
    auto *showInFolder = m_panel->findChild<QPushButton *>(QStringLiteral("showInFolderButton"));
    QVERIFY(showInFolder->isVisibleTo(m_panel.get()));
    QVERIFY(showInFolder->isEnabled());

    for (const char *field : {"takenValue", "cameraValue", "lensValue", "exposureValue",
                              "locationValue", "altitudeValue", "keywordsValue", "titleValue"})
        QVERIFY2(rowShown(field), field);
    QVERIFY(!rowShown("captionValue")); // the photo has no caption
    QVERIFY(!rowShown("problemValue"));
}

void TestPhotoInfoPanel::hidesRowsThePhotoHasNothingFor()
{
    const qint64 tagged =
        addPhoto(QStringLiteral("tagged.jpg"),
                 {tag("Exif.Image.Model", QStringLiteral("Test Camera")),
                  tag("Exif.GPSInfo.GPSLatitudeRef", QStringLiteral("S")),
                  tag("Exif.GPSInfo.GPSLatitude", QStringLiteral("33/1 51/1 2448/100")),
                  tag("Exif.GPSInfo.GPSLongitudeRef", QStringLiteral("E")),
                  tag("Exif.GPSInfo.GPSLongitude", QStringLiteral("151/1 12/1 5508/100")),
                  tag("Xmp.dc.subject", QStringLiteral("opera"))});
    const qint64 plain = addPhoto(QStringLiteral("plain.jpg"),
                                  {tag("Exif.Image.Model", QStringLiteral("Test Camera"))});
    QVERIFY(tagged > 0 && plain > 0);

    // Showing a photo without GPS after one with it must not leave the old rows behind.
    m_panel->showPhoto(tagged);
    QVERIFY(rowShown("locationValue"));
    QVERIFY(value("locationValue")->text().contains(QStringLiteral("° S")));
    QVERIFY(rowShown("keywordsValue"));
    m_panel->showPhoto(plain);
    saveScreenshot(QStringLiteral("infopanel-plain"));
    QVERIFY(rowShown("cameraValue"));
    QCOMPARE(value("cameraValue")->text(), QStringLiteral("Test Camera"));
    for (const char *field : {"locationValue", "altitudeValue", "keywordsValue", "lensValue",
                              "exposureValue", "takenValue", "titleValue", "ratingValue"})
        QVERIFY2(!rowShown(field), field);
    // Headings over nothing go too.
    const QList<QLabel *> labels = m_panel->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->text() == QLatin1String("Location") ||
            label->text() == QLatin1String("Description"))
            QVERIFY2(!label->isVisibleTo(m_panel.get()), qPrintable(label->text()));
        if (label->text() == QLatin1String("File") || label->text() == QLatin1String("Photo"))
            QVERIFY2(label->isVisibleTo(m_panel.get()), qPrintable(label->text()));
    }
}

void TestPhotoInfoPanel::problemPhotoSaysWhatIsWrong()
{
    const qint64 id = addPhoto(QStringLiteral("broken.jpg"), {}, PhotoState::Unreadable,
                               QStringLiteral("The JPEG data ends early."));
    QVERIFY(id > 0);
    m_panel->showPhoto(id);
    saveScreenshot(QStringLiteral("infopanel-problem"));
    QVERIFY(rowShown("problemValue"));
    QCOMPARE(value("problemValue")->text(),
             QStringLiteral("The file cannot be read: The JPEG data ends early."));

    const qint64 missing = addPhoto(QStringLiteral("gone.jpg"), {}, PhotoState::Missing);
    QVERIFY(QFile::remove(m_dir->filePath(QStringLiteral("gone.jpg"))));
    m_panel->showPhoto(missing);
    QVERIFY(rowShown("problemValue"));
    QVERIFY(value("problemValue")->text().startsWith(QStringLiteral("The file is no longer")));
    // The folder is still there to look in.
    QVERIFY(m_panel->findChild<QPushButton *>(QStringLiteral("showInFolderButton"))->isEnabled());

    const qint64 fine = addPhoto(QStringLiteral("fine.jpg"), {});
    m_panel->showPhoto(fine);
    QVERIFY(!rowShown("problemValue"));
}

void TestPhotoInfoPanel::problemPhotoShownBeforeTheFirstShow()
{
    // The window restores its last source before it is shown, so the panel can lay out a photo
    // with most rows hidden on its very first show (tst_mainwindow_memcheck covers the crash this
    // once caused). Hidden rows must take their names, and empty sections their headings, along.
    const qint64 id = addPhoto(QStringLiteral("broken.jpg"), {}, PhotoState::Unreadable,
                               QStringLiteral("The JPEG data ends early."));
    QVERIFY(id > 0);
    m_panel = std::make_unique<PhotoInfoPanel>(m_catalog->connection());
    const qint64 fine =
        addPhoto(QStringLiteral("fine.jpg"), {tag("Exif.Image.Model", QStringLiteral("X100V"))});
    m_panel->showPhoto(fine);
    m_panel->sizeHint();
    m_panel->showPhoto(id);
    m_panel->resize(340, 720);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    QVERIFY(rowShown("problemValue"));
    QVERIFY(!rowShown("takenValue"));
    QVERIFY(!rowShown("cameraValue"));
    QVERIFY(rowShown("folderValue"));
    // Hidden rows take no room: the file name, the problem and the file section fit well within
    // the panel's height.
    QVERIFY(m_panel->minimumSizeHint().height() < 720);
    const QList<QLabel *> names = m_panel->findChildren<QLabel *>();
    const auto nameShown = [&](const QString &text) {
        return std::any_of(names.cbegin(), names.cend(), [&](QLabel *label) {
            return label->text() == text && label->isVisibleTo(m_panel.get());
        });
    };
    // A hidden row hides its name too, and a section with no rows hides its heading.
    QVERIFY(!nameShown(QStringLiteral("Taken")));
    QVERIFY(!nameShown(QStringLiteral("Location")));
    QVERIFY(nameShown(QStringLiteral("Folder")));
    QVERIFY(nameShown(QStringLiteral("File")));
}

void TestPhotoInfoPanel::selectionAndNothingSelected()
{
    const qint64 id = addPhoto(QStringLiteral("one.jpg"), {});
    m_panel->showPhoto(id);
    m_panel->showSelection(12);
    saveScreenshot(QStringLiteral("infopanel-selection"));
    QCOMPARE(m_panel->photoId(), 0);
    QVERIFY(rowShown("messageTitle"));
    QCOMPARE(value("messageTitle")->text(), QStringLiteral("12 photos selected"));
    QVERIFY(!rowShown("cameraValue"));
    m_panel->showSelection(1);
    QCOMPARE(value("messageTitle")->text(), QStringLiteral("1 photo selected"));
    m_panel->clear();
    QCOMPARE(value("messageTitle")->text(), QStringLiteral("No Photo Selected"));
    saveScreenshot(QStringLiteral("infopanel-empty"));
    m_panel->showPhoto(id);
    QVERIFY(!rowShown("messageTitle"));
    QCOMPARE(m_panel->photoId(), id);
}

void TestPhotoInfoPanel::unknownPhotoClears()
{
    const qint64 id = addPhoto(QStringLiteral("one.jpg"), {});
    m_panel->showPhoto(id);
    m_panel->showPhoto(id + 100);
    QCOMPARE(m_panel->photoId(), 0);
    QCOMPARE(value("messageTitle")->text(), QStringLiteral("No Photo Selected"));
}

void TestPhotoInfoPanel::takenSaysWhereItsOffsetCameFrom()
{
    const auto camera = [](const QString &taken) {
        return QList<QPair<QString, QString>>{
            tag("Exif.Image.Make", QStringLiteral("Canon")),
            tag("Exif.Image.Model", QStringLiteral("Canon EOS R5")),
            tag("Exif.Photo.DateTimeOriginal", taken)};
    };
    auto withOffset = camera(QStringLiteral("2019:05:21 18:30:01"));
    withOffset.append(tag("Exif.Photo.OffsetTimeOriginal", QStringLiteral("+02:00")));
    const qint64 fromFile = addPhoto(QStringLiteral("offset.jpg"), withOffset);
    // The GPS clock said 16:40 UTC when the camera's said 18:40: two hours ahead.
    auto withGps = camera(QStringLiteral("2019:05:21 18:40:00"));
    withGps.append(tag("Exif.GPSInfo.GPSDateStamp", QStringLiteral("2019:05:21")));
    withGps.append(tag("Exif.GPSInfo.GPSTimeStamp", QStringLiteral("16/1 40/1 0/1")));
    const qint64 fromGps = addPhoto(QStringLiteral("gps.jpg"), withGps);
    const qint64 fromZone =
        addPhoto(QStringLiteral("no offset.jpg"), camera(QStringLiteral("2019:05:21 18:45:00")));
    QVERIFY(fromFile > 0 && fromGps > 0 && fromZone > 0);

    // Before the timeline has placed it, the row says what the file says.
    m_panel->showPhoto(fromFile);
    QCOMPARE(value("takenValue")->text(),
             QStringLiteral("Tuesday, May 21, 2019 at 6:30:01 PM (UTC+02:00)"));

    EventService service(m_catalog->connection());
    service.setSystemTimeZone(QTimeZone("Europe/Madrid"));
    QVERIFY(service.regroup().ok);
    m_panel->showPhoto(fromFile);
    QCOMPARE(value("takenValue")->text(),
             QStringLiteral("Tuesday, May 21, 2019 at 6:30:01 PM\nUTC+02:00, from the file"));
    m_panel->showPhoto(fromGps);
    QCOMPARE(value("takenValue")->text(),
             QStringLiteral("Tuesday, May 21, 2019 at 6:40:00 PM\nUTC+02:00, from the GPS time"));
    m_panel->showPhoto(fromZone);
    QCOMPARE(value("takenValue")->text(), QStringLiteral("Tuesday, May 21, 2019 at 6:45:00 PM\n"
                                                         "UTC+02:00, this computer's time zone"));

    // The event says where it happened: the photo without an offset of its own follows.
    const qint64 event = service.eventOfPhoto(fromZone);
    QVERIFY(event != 0);
    QVERIFY(service.apply(service.setTimeZone(event, QStringLiteral("Europe/London")), true));
    m_panel->showPhoto(fromZone);
    QCOMPARE(value("takenValue")->text(), QStringLiteral("Tuesday, May 21, 2019 at 6:45:00 PM\n"
                                                         "UTC+01:00, from the event's time zone"));

    // A camera clock 1 h 03 min slow, corrected.
    const QList<CameraClock> cameras = service.cameras(event);
    QCOMPARE(cameras.size(), 1);
    QVERIFY(service.apply(service.shiftCameraClock(event, cameras.constFirst(), 3780), true));
    m_panel->showPhoto(fromFile);
    QCOMPARE(value("takenValue")->text(),
             QStringLiteral("Tuesday, May 21, 2019 at 7:33:01 PM\nUTC+02:00, from the file\n"
                            "camera clock corrected by +1\u00a0h\u00a003\u00a0min"));
    const QString tip = value("takenValue")->toolTip();
    QVERIFY2(tip.contains(QStringLiteral(
                 "The camera showed Tuesday, May 21, 2019 at 6:30:01 PM (UTC+02:00)")),
             qPrintable(tip));
    saveScreenshot(QStringLiteral("infopanel-clock-corrected"));
}

QTEST_MAIN(TestPhotoInfoPanel)
#include "tst_photoinfopanel.moc"
