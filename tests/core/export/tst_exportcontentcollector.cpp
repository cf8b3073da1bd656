#include "core/catalog/catalog.h"
#include "core/export/exportcontentcollector.h"
#include "core/metadata/photometadata.h"
#include "tests/core/export/exporttestcatalog.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

// What each subject publishes: an event with everything in it and everything its entries show,
// a gallery with its photos, an entry with its cover and what its text refers to.
class TestExportContentCollector : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anEvent();
    void aGallery();
    void anEntry();
    void missingPhotosAreMarked();
    void subjectsGoneAreErrors_data();
    void subjectsGoneAreErrors();
    void exifLines_data();
    void exifLines();

private:
    std::optional<ExportContent> collect(ExportSubject::Kind kind, qint64 id,
                                         QString *error = nullptr);
    static QList<qint64> sorted(QList<qint64> ids)
    {
        std::sort(ids.begin(), ids.end());
        return ids;
    }

    QTemporaryDir m_dir;
    ExportTestCatalog m_fixture;
};

void TestExportContentCollector::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString error = m_fixture.build(m_dir.path());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

std::optional<ExportContent> TestExportContentCollector::collect(ExportSubject::Kind kind,
                                                                 qint64 id, QString *error)
{
    Catalog catalog(m_fixture.catalogPath);
    [&] { QCOMPARE(catalog.open(), QString()); }();
    return ExportContentCollector::collect(catalog.connection(), ExportSubject{kind, id}, error);
}

void TestExportContentCollector::anEvent()
{
    QString error;
    const std::optional<ExportContent> content =
        collect(ExportSubject::Kind::Event, m_fixture.eventA, &error);
    QVERIFY2(content, qPrintable(error));
    QCOMPARE(content->subject.id, m_fixture.eventA);
    QCOMPARE(content->events.size(), 1);
    const ExportEvent &event = content->events.first();
    QCOMPARE(event.event.event.id, m_fixture.eventA);
    QCOMPARE(event.photoIds, m_fixture.photosA); // timeline order
    QVERIFY(!event.title.isEmpty());
    QVERIFY(!event.dateRange.isEmpty());
    QCOMPARE(content->eventFirstDays.value(m_fixture.eventA), QDate(2019, 5, 21));
    // Its own gallery, then the one its entry shows.
    QCOMPARE(content->galleries.size(), 2);
    QCOMPARE(content->galleries.at(0).gallery.id, m_fixture.galleryOfA);
    QCOMPARE(content->galleries.at(0).title, QStringLiteral("Day one"));
    QCOMPARE(content->galleries.at(0).notes.size(), 3);
    QCOMPARE(content->galleries.at(0).notes.first().item.caption, QStringLiteral("Joe Beda"));
    QCOMPARE(content->galleries.at(0).board.notes.size(), 3);
    QCOMPARE(content->galleries.at(1).gallery.id, m_fixture.standaloneGallery);
    QCOMPARE(content->entries.size(), 1);
    QCOMPARE(content->entries.first().entry.id, m_fixture.entryOfA);
    QCOMPARE(content->entries.first().title, ExportTestCatalog::entryTitle());
    // Its photos, and those of event B its entry and the entry's gallery show.
    QCOMPARE(sorted(content->photos.keys()), sorted(m_fixture.photosA + m_fixture.photosB));

    const ExportPhoto &first = content->photos.value(m_fixture.photosA.first());
    QCOMPARE(first.path, m_fixture.paths.first());
    QVERIFY(first.available);
    QCOMPARE(first.fileSize, QFileInfo(first.path).size());
    QCOMPARE(first.fileModifiedMs, QFileInfo(first.path).lastModified().toMSecsSinceEpoch());
    QCOMPARE(first.displayedSize, QSize(640, 480));
    QCOMPARE(first.title, QStringLiteral("Opening keynote"));
    QCOMPARE(first.exifLine, QStringLiteral("Canon EOS 5D · 35 mm · f/2.8 · 1/200 s · ISO 400"));
    QCOMPARE(first.takenLocal, QDateTime(QDate(2019, 5, 21), QTime(10, 0), Qt::UTC));
    // Turned by its orientation tag: stored 640 x 480, shown 480 x 640.
    const ExportPhoto &turned = content->photos.value(m_fixture.photosA.at(2));
    QCOMPARE(turned.orientation, 6);
    QCOMPARE(turned.displayedSize, QSize(480, 640));
    QCOMPARE(content->photos.value(m_fixture.photosA.at(1)).exifLine, QString());
}

void TestExportContentCollector::aGallery()
{
    const std::optional<ExportContent> content =
        collect(ExportSubject::Kind::Gallery, m_fixture.galleryOfA);
    QVERIFY(content);
    QVERIFY(content->events.isEmpty());
    QVERIFY(content->entries.isEmpty());
    QCOMPARE(content->galleries.size(), 1);
    QCOMPARE(content->galleries.first().gallery.id, m_fixture.galleryOfA);
    QCOMPARE(sorted(content->photos.keys()), sorted(m_fixture.photosA.mid(0, 3)));
    // Not its event, but the event's first day: a Jekyll post of the gallery is dated by it.
    QCOMPARE(content->eventFirstDays.value(m_fixture.eventA), QDate(2019, 5, 21));
}

void TestExportContentCollector::anEntry()
{
    const std::optional<ExportContent> content =
        collect(ExportSubject::Kind::Entry, m_fixture.entryOfA);
    QVERIFY(content);
    QVERIFY(content->events.isEmpty());
    QCOMPARE(content->entries.size(), 1);
    QCOMPARE(content->eventFirstDays.value(m_fixture.eventA), QDate(2019, 5, 21));
    QCOMPARE(content->galleries.size(), 1);
    QCOMPARE(content->galleries.first().gallery.id, m_fixture.standaloneGallery);
    // The cover, the photo in its text, the gallery's photo; not the one inside a code span.
    QCOMPARE(
        sorted(content->photos.keys()),
        sorted({m_fixture.photosA.last(), m_fixture.photosB.first(), m_fixture.photosB.last()}));
}

void TestExportContentCollector::missingPhotosAreMarked()
{
    const QString path = m_fixture.paths.at(3);
    const QString aside = path + QStringLiteral(".aside");
    QVERIFY(QFile::rename(path, aside));
    const std::optional<ExportContent> content =
        collect(ExportSubject::Kind::Entry, m_fixture.entryOfA);
    QVERIFY(QFile::rename(aside, path));
    QVERIFY(content);
    const ExportPhoto cover = content->photos.value(m_fixture.photosA.last());
    QCOMPARE(cover.id, m_fixture.photosA.last());
    QVERIFY(!cover.available);
    QVERIFY2(cover.unavailableReason.contains(path), qPrintable(cover.unavailableReason));
    QVERIFY(content->photos.value(m_fixture.photosB.first()).available);
}

void TestExportContentCollector::subjectsGoneAreErrors_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("event") << int(ExportSubject::Kind::Event) << QStringLiteral("event");
    QTest::newRow("gallery") << int(ExportSubject::Kind::Gallery) << QStringLiteral("gallery");
    QTest::newRow("entry") << int(ExportSubject::Kind::Entry) << QStringLiteral("journal entry");
}

void TestExportContentCollector::subjectsGoneAreErrors()
{
    QFETCH(int, kind);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!collect(ExportSubject::Kind(kind), 9999, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void TestExportContentCollector::exifLines_data()
{
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    QTest::addColumn<QString>("make");
    QTest::addColumn<QString>("model");
    QTest::addColumn<double>("focal");
    QTest::addColumn<double>("aperture");
    QTest::addColumn<double>("exposure");
    QTest::addColumn<int>("iso");
    QTest::addColumn<QString>("line");
    QTest::newRow("all") << s("Canon") << s("Canon EOS 5D") << 35.0 << 2.8 << 0.005 << 400
                         << s("Canon EOS 5D · 35 mm · f/2.8 · 1/200 s · ISO 400");
    QTest::newRow("make once") << s("NIKON CORPORATION") << s("NIKON D750") << 0.0 << 0.0 << 0.0
                               << 0 << s("NIKON D750");
    QTest::newRow("make and model")
        << s("FUJIFILM") << s("X-T3") << 23.0 << 0.0 << 0.0 << 0 << s("FUJIFILM X-T3 · 23 mm");
    QTest::newRow("slow") << QString() << QString() << 0.0 << 8.0 << 2.5 << 12800
                          << s("f/8 · 2.5 s · ISO 12800");
    QTest::newRow("nothing") << QString() << QString() << 0.0 << 0.0 << 0.0 << 0 << QString();
}

void TestExportContentCollector::exifLines()
{
    QFETCH(QString, make);
    QFETCH(QString, model);
    QFETCH(double, focal);
    QFETCH(double, aperture);
    QFETCH(double, exposure);
    QFETCH(int, iso);
    QFETCH(QString, line);
    PhotoMetadata metadata;
    metadata.make = make;
    metadata.model = model;
    if (focal > 0)
        metadata.focalLength = focal;
    if (aperture > 0)
        metadata.fNumber = aperture;
    if (exposure > 0)
        metadata.exposureTime = exposure;
    if (iso > 0)
        metadata.iso = iso;
    QCOMPARE(ExportContentCollector::exifLine(metadata), line);
}

QTEST_GUILESS_MAIN(TestExportContentCollector)
#include "tst_exportcontentcollector.moc"
