#include "core/catalog/catalog.h"
#include "core/catalog/importhistoryrepository.h"
#include "core/catalog/photorepository.h"
#include "core/catalog/photosummaryrepository.h"
#include "core/catalog/transaction.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

PhotoRecord photoAt(const QString &path)
{
    PhotoRecord photo;
    photo.path = path;
    photo.identityKey = QByteArray(16, '\x07');
    photo.importedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 0, 0, 5), Qt::UTC);
    return photo;
}

QStringList paths(QList<PhotoSummary> photos)
{
    QStringList result;
    for (const PhotoSummary &photo : photos)
        result.append(photo.path);
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

class TestPhotoSummaryRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void summaryCarriesWhatTheGridShows();
    void missingValuesStayMissing();
    void filters_data();
    void filters();
    void listByIdsAppliesTheFilterAcrossChunks();
    void bigListReadInTwoHalvesIsWhole();

private:
    const CatalogConnection &connection() const { return m_catalog->connection(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestPhotoSummaryRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = std::make_unique<Catalog>(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
}

void TestPhotoSummaryRepository::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

void TestPhotoSummaryRepository::summaryCarriesWhatTheGridShows()
{
    const qint64 importId = ImportHistoryRepository(connection())
                                .begin({QStringLiteral("/trip")}, QDateTime::currentDateTimeUtc());
    PhotoRecord photo = photoAt(QStringLiteral("/trip/día 1/IMG_0001.HEIC"));
    photo.importId = importId;
    photo.metadata.width = 4032;
    photo.metadata.height = 3024;
    photo.metadata.orientation = 6;
    photo.metadata.takenAt = TakenTime{QDate(2019, 5, 21), QTime(23, 59, 59, 999), -18000,
                                       QStringLiteral("Exif.Photo.DateTimeOriginal")};
    photo.state = PhotoState::Unreadable;
    photo.stateReason = QStringLiteral("Truncated file");
    const qint64 id = PhotoRepository(connection()).insert(photo);

    PhotoSummaryRepository repository(connection());
    const QList<PhotoSummary> photos = repository.list({});
    QCOMPARE(repository.lastError(), QString());
    QCOMPARE(photos.size(), 1);
    const PhotoSummary &summary = photos.first();
    QCOMPARE(summary.id, id);
    QCOMPARE(summary.path, photo.path);
    QCOMPARE(summary.fileName(), QStringLiteral("IMG_0001.HEIC"));
    // The wall time to the millisecond, not shifted by the offset or the local zone.
    QCOMPARE(summary.takenLocal.date(), QDate(2019, 5, 21));
    QCOMPARE(summary.takenLocal.time(), QTime(23, 59, 59, 999));
    QCOMPARE(summary.takenOffsetSeconds, std::optional<int>(-18000));
    QCOMPARE(summary.importedAt, photo.importedAt);
    QCOMPARE(summary.importedAt.timeSpec(), Qt::UTC);
    QCOMPARE(summary.importId, importId);
    QCOMPARE(summary.identityKey, photo.identityKey);
    QCOMPARE(summary.orientation, 6);
    QCOMPARE(summary.pixelSize, QSize(4032, 3024));
    QCOMPARE(summary.state, PhotoState::Unreadable);
    QCOMPARE(summary.stateReason, QStringLiteral("Truncated file"));
}

void TestPhotoSummaryRepository::missingValuesStayMissing()
{
    PhotoRecord photo = photoAt(QStringLiteral("/a/scan.png"));
    photo.metadata.width = 100; // no height: no size
    PhotoRepository(connection()).insert(photo);
    const QList<PhotoSummary> photos = PhotoSummaryRepository(connection()).list({});
    QCOMPARE(photos.size(), 1);
    QVERIFY(!photos.first().takenLocal.isValid());
    QVERIFY(!photos.first().takenOffsetSeconds);
    QCOMPARE(photos.first().orientation, 1);
    QVERIFY(!photos.first().pixelSize.isValid());
    QCOMPARE(photos.first().importId, 0);
    QCOMPARE(photos.first().state, PhotoState::Ok);
    QVERIFY(photos.first().stateReason.isEmpty());
}

void TestPhotoSummaryRepository::filters_data()
{
    QTest::addColumn<int>("states");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<bool>("byImport");
    QTest::addColumn<QStringList>("expected");
    const int all = int(PhotoSummaryFilter::States::All);
    QTest::newRow("everything") << all << QString() << false
                                << QStringList{
                                       QStringLiteral("/a/1.jpg"),   QStringLiteral("/a/b/2.jpg"),
                                       QStringLiteral("/a_b/3.jpg"), QStringLiteral("/a%/4.jpg"),
                                       QStringLiteral("/a0/5.jpg"),  QStringLiteral("/ab/6.jpg")};
    QTest::newRow("ok") << int(PhotoSummaryFilter::States::Ok) << QString() << false
                        << QStringList{QStringLiteral("/a/1.jpg"), QStringLiteral("/a_b/3.jpg"),
                                       QStringLiteral("/a%/4.jpg"), QStringLiteral("/a0/5.jpg")};
    QTest::newRow("problems") << int(PhotoSummaryFilter::States::Problems) << QString() << false
                              << QStringList{QStringLiteral("/a/b/2.jpg"),
                                             QStringLiteral("/ab/6.jpg")};
    QTest::newRow("folder and below")
        << all << QStringLiteral("/a") << false
        << QStringList{QStringLiteral("/a/1.jpg"), QStringLiteral("/a/b/2.jpg")};
    QTest::newRow("underscore is a character")
        << all << QStringLiteral("/a_b") << false << QStringList{QStringLiteral("/a_b/3.jpg")};
    QTest::newRow("percent is a character")
        << all << QStringLiteral("/a%") << false << QStringList{QStringLiteral("/a%/4.jpg")};
    QTest::newRow("the file system root")
        << all << QStringLiteral("/") << false
        << QStringList{QStringLiteral("/a/1.jpg"),   QStringLiteral("/a/b/2.jpg"),
                       QStringLiteral("/a_b/3.jpg"), QStringLiteral("/a%/4.jpg"),
                       QStringLiteral("/a0/5.jpg"),  QStringLiteral("/ab/6.jpg")};
    QTest::newRow("folder, ok only") << int(PhotoSummaryFilter::States::Ok) << QStringLiteral("/a")
                                     << false << QStringList{QStringLiteral("/a/1.jpg")};
    QTest::newRow("import") << all << QString() << true
                            << QStringList{QStringLiteral("/a/b/2.jpg"),
                                           QStringLiteral("/ab/6.jpg")};
    QTest::newRow("import and folder")
        << all << QStringLiteral("/a") << true << QStringList{QStringLiteral("/a/b/2.jpg")};
}

void TestPhotoSummaryRepository::filters()
{
    QFETCH(int, states);
    QFETCH(QString, folder);
    QFETCH(bool, byImport);
    QFETCH(QStringList, expected);
    const qint64 importId = ImportHistoryRepository(connection())
                                .begin({QStringLiteral("/")}, QDateTime::currentDateTimeUtc());
    PhotoRepository photos(connection());
    for (const char *path :
         {"/a/1.jpg", "/a/b/2.jpg", "/a_b/3.jpg", "/a%/4.jpg", "/a0/5.jpg", "/ab/6.jpg"}) {
        PhotoRecord photo = photoAt(QString::fromUtf8(path));
        if (photo.path.contains(QLatin1Char('2')) || photo.path.contains(QLatin1Char('6'))) {
            photo.state = photo.path.contains(QLatin1Char('2')) ? PhotoState::Missing
                                                                : PhotoState::Unreadable;
            photo.importId = importId;
        }
        QVERIFY(photos.insert(photo) > 0);
    }
    PhotoSummaryFilter filter;
    filter.states = PhotoSummaryFilter::States(states);
    filter.folderPath = folder;
    filter.importId = byImport ? importId : 0;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(paths(PhotoSummaryRepository(connection()).list(filter)), expected);
}

void TestPhotoSummaryRepository::listByIdsAppliesTheFilterAcrossChunks()
{
    // More ids than one statement takes, some of them problems, some unknown.
    PhotoRepository photos(connection());
    QList<qint64> ids;
    for (int i = 0; i < 1200; ++i) {
        PhotoRecord photo = photoAt(QStringLiteral("/p/%1.jpg").arg(i));
        photo.state = i % 100 == 0 ? PhotoState::Missing : PhotoState::Ok;
        ids.append(photos.insert(photo));
    }
    ids.append(999999);
    PhotoSummaryFilter okOnly;
    okOnly.states = PhotoSummaryFilter::States::Ok;
    PhotoSummaryRepository repository(connection());
    const QList<PhotoSummary> found = repository.listByIds(ids, okOnly);
    QCOMPARE(repository.lastError(), QString());
    QCOMPARE(found.size(), 1188);
    QVERIFY(std::none_of(found.cbegin(), found.cend(),
                         [](const PhotoSummary &p) { return p.state != PhotoState::Ok; }));
    QCOMPARE(repository.listByIds({ids.at(100)}, okOnly).size(), 0);
    QCOMPARE(repository.listByIds({ids.at(101)}, okOnly).size(), 1);
    QVERIFY(repository.listByIds({}, okOnly).isEmpty());
}

void TestPhotoSummaryRepository::bigListReadInTwoHalvesIsWhole()
{
    // Enough photos for list() to read the upper half of the ids on a second connection.
    constexpr int kCount = 24000;
    {
        Transaction transaction(connection().database());
        PhotoRepository photos(connection());
        for (int i = 0; i < kCount; ++i) {
            PhotoRecord photo = photoAt(QStringLiteral("/big/%1.jpg").arg(i));
            photo.state = i % 1000 == 999 ? PhotoState::Unreadable : PhotoState::Ok;
            QVERIFY(photos.insert(photo) > 0);
        }
        QCOMPARE(transaction.commit(), QString());
    }
    PhotoSummaryFilter okOnly;
    okOnly.states = PhotoSummaryFilter::States::Ok;
    for (const PhotoSummaryFilter &filter : {PhotoSummaryFilter(), okOnly}) {
        PhotoSummaryRepository repository(connection());
        const QList<PhotoSummary> photos = repository.list(filter);
        QCOMPARE(repository.lastError(), QString());
        const int expected = filter.states == PhotoSummaryFilter::States::Ok ? kCount - 24 : kCount;
        QCOMPARE(photos.size(), expected);
        QSet<qint64> ids;
        for (const PhotoSummary &photo : photos) {
            ids.insert(photo.id);
            QCOMPARE(photo.path, QStringLiteral("/big/%1.jpg").arg(photo.id - 1));
        }
        QCOMPARE(ids.size(), expected); // no photo twice
    }
}

QTEST_GUILESS_MAIN(TestPhotoSummaryRepository)
#include "tst_photosummaryrepository.moc"
