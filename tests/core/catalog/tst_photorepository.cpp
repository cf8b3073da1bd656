#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/catalog/transaction.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

PhotoRecord fullPhoto(const QString &path)
{
    PhotoRecord photo;
    photo.path = path;
    photo.fileSize = 123456;
    photo.fileModifiedMs = 1700000000123;
    photo.identityKey = QByteArray(16, '\x42');
    photo.importedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 0, 0, 5), Qt::UTC);
    PhotoMetadata &m = photo.metadata;
    m.format = ImageFormat::Heic;
    m.width = 4032;
    m.height = 3024;
    m.orientation = 6;
    m.takenAt = TakenTime{QDate(2019, 5, 21), QTime(18, 30, 1, 250), 7200,
                          QStringLiteral("Exif.Photo.DateTimeOriginal")};
    m.make = QStringLiteral("Apple");
    m.model = QStringLiteral("iPhone 11 Pro Max");
    m.lens = QStringLiteral("back triple camera 4.25mm f/1.8");
    m.serialNumber = QStringLiteral("SN-1");
    m.iso = 32;
    m.fNumber = 1.8;
    m.exposureTime = 1.0 / 391;
    m.focalLength = 4.25;
    m.gpsLatitude = -33.8568;
    m.gpsLongitude = 151.2153;
    m.gpsAltitude = -12.5;
    m.gpsTimeUtc = QDateTime(QDate(2019, 5, 21), QTime(16, 30, 0), Qt::UTC);
    m.rating = 4;
    m.title = QStringLiteral("Sagrada Família — Sonnenuntergang");
    m.description = QStringLiteral("会場の前で");
    m.keywords = {QStringLiteral("kubecon"), QStringLiteral("Barcelona"), QStringLiteral("café")};
    m.sidecarPath = path + QStringLiteral(".xmp");
    return photo;
}

} // namespace

class TestPhotoRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void insertAndFindRoundTrip();
    void emptyMetadataStaysEmpty();
    void updateReplacesKeywords();
    void relocateAndState();
    void listOrdersByTimeTakenWithUntimedLast();
    void fingerprintsIndexEveryPath();
    void pathIsUnique();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestPhotoRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = std::make_unique<Catalog>(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
}

void TestPhotoRepository::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

void TestPhotoRepository::insertAndFindRoundTrip()
{
    PhotoRepository repository(m_catalog->connection());
    PhotoRecord photo = fullPhoto(QStringLiteral("/photos/Café Barcelona 01.heic"));
    photo.id = repository.insert(photo);
    QVERIFY2(photo.id > 0, qPrintable(repository.lastError()));
    const auto found = repository.find(photo.id);
    QVERIFY(found);
    QCOMPARE(found->path, photo.path);
    QCOMPARE(found->fileSize, photo.fileSize);
    QCOMPARE(found->fileModifiedMs, photo.fileModifiedMs);
    QCOMPARE(found->identityKey, photo.identityKey);
    QCOMPARE(found->importedAt, photo.importedAt);
    QCOMPARE(found->state, PhotoState::Ok);
    QCOMPARE(found->metadata.takenAt, photo.metadata.takenAt);
    QCOMPARE(found->metadata.keywords, photo.metadata.keywords);
    QCOMPARE(found->metadata.gpsTimeUtc, photo.metadata.gpsTimeUtc);
    QVERIFY(found->metadata == photo.metadata);
    QCOMPARE(repository.findByPath(photo.path)->id, photo.id);
    QVERIFY(!repository.find(photo.id + 1));
}

void TestPhotoRepository::emptyMetadataStaysEmpty()
{
    PhotoRepository repository(m_catalog->connection());
    PhotoRecord photo;
    photo.path = QStringLiteral("/photos/scan.png");
    photo.identityKey = QByteArray(16, '\1');
    photo.importedAt = QDateTime::currentDateTimeUtc();
    photo.state = PhotoState::Unreadable;
    photo.stateReason = QStringLiteral("Damaged");
    photo.id = repository.insert(photo);
    QVERIFY(photo.id > 0);
    const auto found = repository.find(photo.id);
    QVERIFY(found);
    QVERIFY(found->metadata == PhotoMetadata());
    QCOMPARE(found->state, PhotoState::Unreadable);
    QCOMPARE(found->stateReason, QStringLiteral("Damaged"));
}

void TestPhotoRepository::updateReplacesKeywords()
{
    PhotoRepository repository(m_catalog->connection());
    PhotoRecord photo = fullPhoto(QStringLiteral("/photos/a.jpg"));
    photo.id = repository.insert(photo);
    photo.metadata.keywords = {QStringLiteral("istio"), QStringLiteral("kubecon")};
    photo.metadata.rating = 5;
    QVERIFY(repository.update(photo));
    const auto found = repository.find(photo.id);
    QCOMPARE(found->metadata.keywords, photo.metadata.keywords);
    QCOMPARE(found->metadata.rating, std::optional<int>(5));
}

void TestPhotoRepository::relocateAndState()
{
    PhotoRepository repository(m_catalog->connection());
    PhotoRecord photo = fullPhoto(QStringLiteral("/photos/a.jpg"));
    photo.id = repository.insert(photo);
    QVERIFY(repository.setState(photo.id, PhotoState::Missing, QStringLiteral("gone")));
    QCOMPARE(repository.find(photo.id)->state, PhotoState::Missing);
    QVERIFY(repository.relocate(photo.id, QStringLiteral("/new/a.jpg"), 10, 20));
    const auto found = repository.find(photo.id);
    QCOMPARE(found->path, QStringLiteral("/new/a.jpg"));
    QCOMPARE(found->state, PhotoState::Ok);
    QCOMPARE(found->stateReason, QString());
    QCOMPARE(found->metadata.keywords, photo.metadata.keywords);
}

void TestPhotoRepository::listOrdersByTimeTakenWithUntimedLast()
{
    PhotoRepository repository(m_catalog->connection());
    PhotoRecord late = fullPhoto(QStringLiteral("/p/late.jpg"));
    late.metadata.takenAt->date = QDate(2020, 1, 1);
    PhotoRecord early = fullPhoto(QStringLiteral("/p/early.jpg"));
    early.metadata.takenAt->date = QDate(2010, 1, 1);
    PhotoRecord untimed = fullPhoto(QStringLiteral("/p/a-untimed.jpg"));
    untimed.metadata.takenAt.reset();
    for (const PhotoRecord &photo : {late, untimed, early})
        QVERIFY(repository.insert(photo) > 0);
    const QList<PhotoRecord> photos = repository.list();
    QCOMPARE(photos.size(), 3);
    QCOMPARE(photos.at(0).path, early.path);
    QCOMPARE(photos.at(1).path, late.path);
    QCOMPARE(photos.at(2).path, untimed.path);
    QCOMPARE(photos.at(0).metadata.keywords, early.metadata.keywords);
    QCOMPARE(repository.count(), 3);
    QCOMPARE(repository.listByIds({photos.at(2).id}).size(), 1);
}

void TestPhotoRepository::fingerprintsIndexEveryPath()
{
    PhotoRepository repository(m_catalog->connection());
    {
        Transaction transaction(m_catalog->connection().database());
        for (int i = 0; i < 500; ++i)
            QVERIFY(repository.insert(fullPhoto(QStringLiteral("/p/%1.jpg").arg(i))) > 0);
        QCOMPARE(transaction.commit(), QString());
    }
    const auto fingerprints = repository.fingerprintsByPath();
    QCOMPARE(fingerprints.size(), 500);
    QCOMPARE(fingerprints.value(QStringLiteral("/p/7.jpg")).fileSize, 123456);
}

void TestPhotoRepository::pathIsUnique()
{
    PhotoRepository repository(m_catalog->connection());
    QVERIFY(repository.insert(fullPhoto(QStringLiteral("/p/a.jpg"))) > 0);
    QCOMPARE(repository.insert(fullPhoto(QStringLiteral("/p/a.jpg"))), 0);
    QVERIFY(!repository.lastError().isEmpty());
}

QTEST_GUILESS_MAIN(TestPhotoRepository)
#include "tst_photorepository.moc"
