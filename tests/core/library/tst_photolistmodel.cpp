#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/library/photolistmodel.h"

#include <QAbstractItemModelTester>
#include <QTemporaryDir>
#include <QTest>

namespace {

qint64 addPhoto(const CatalogConnection &connection, const QString &path, const QString &taken)
{
    PhotoRecord photo;
    photo.path = path;
    photo.identityKey = path.toUtf8();
    photo.importedAt = QDateTime::currentDateTimeUtc();
    photo.metadata.model = QStringLiteral("X-T3");
    if (!taken.isEmpty())
        photo.metadata.takenAt = TakenTime::fromSortableString(taken, 3600, QStringLiteral("test"));
    return PhotoRepository(connection).insert(photo);
}

} // namespace

class TestPhotoListModel : public QObject
{
    Q_OBJECT

private slots:
    void listsByTimeAndRefreshesInPlace();
};

void TestPhotoListModel::listsByTimeAndRefreshesInPlace()
{
    QTemporaryDir dir;
    Catalog catalog(dir.filePath(QStringLiteral("c.sqlite")));
    QCOMPARE(catalog.open(), QString());
    addPhoto(catalog.connection(), QStringLiteral("/p/b.jpg"),
             QStringLiteral("2019-05-21T12:00:00"));
    addPhoto(catalog.connection(), QStringLiteral("/p/untimed.jpg"), {});

    PhotoListModel model(catalog.connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(PhotoListModel::ColumnCount));
    QCOMPARE(model.index(0, PhotoListModel::TakenColumn).data().toString(),
             QStringLiteral("2019-05-21 12:00:00 +01:00"));
    QCOMPARE(model.index(0, PhotoListModel::FileColumn).data().toString(), QStringLiteral("b.jpg"));

    const qint64 early = addPhoto(catalog.connection(), QStringLiteral("/p/a.jpg"),
                                  QStringLiteral("2019-05-20T09:00:00"));
    const qint64 late = addPhoto(catalog.connection(), QStringLiteral("/p/c.jpg"),
                                 QStringLiteral("2019-05-22T09:00:00"));
    model.refreshPhotos({early, late});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, 0).data(PhotoListModel::PhotoIdRole).toLongLong(), early);
    QCOMPARE(model.index(2, 0).data(PhotoListModel::PhotoIdRole).toLongLong(), late);
    QCOMPARE(model.index(3, PhotoListModel::FileColumn).data().toString(),
             QStringLiteral("untimed.jpg"));
    model.refreshPhotos({early}); // refreshing a known photo does not duplicate it
    QCOMPARE(model.rowCount(), 4);
}

QTEST_GUILESS_MAIN(TestPhotoListModel)
#include "tst_photolistmodel.moc"
