#include "core/catalog/catalog.h"
#include "core/catalog/importhistoryrepository.h"
#include "core/catalog/photorepository.h"
#include "core/library/photogridmodel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct NewPhoto
{
    QString path;
    QString taken; // "YYYY-MM-DDTHH:MM:SS.zzz", empty when unknown
    PhotoState state = PhotoState::Ok;
    qint64 importId = 0;
};

// Each photo is imported a second after the one before, so ImportedAt has one answer.
QDateTime nextImportTime()
{
    static QDateTime time(QDate(2026, 11, 24), QTime(9, 0), Qt::UTC);
    time = time.addSecs(1);
    return time;
}

qint64 addPhoto(const CatalogConnection &connection, const NewPhoto &spec)
{
    PhotoRecord photo;
    photo.path = spec.path;
    photo.identityKey = spec.path.toUtf8();
    photo.importedAt = nextImportTime();
    photo.importId = spec.importId;
    photo.state = spec.state;
    if (spec.state != PhotoState::Ok)
        photo.stateReason = QStringLiteral("reason for %1").arg(spec.path);
    if (!spec.taken.isEmpty())
        photo.metadata.takenAt =
            TakenTime::fromSortableString(spec.taken, 7200, QStringLiteral("t"));
    return PhotoRepository(connection).insert(photo);
}

QStringList names(const PhotoGridModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row).data().toString());
    return result;
}

QList<qint64> ids(const PhotoGridModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row).data(PhotoGridModel::PhotoIdRole).toLongLong());
    return result;
}

} // namespace

class TestPhotoGridModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void sortOrders_data();
    void sortOrders();
    void sources_data();
    void sources();
    void roles();
    void indexOfPhotoFollowsRows();
    void refreshInsertsAtSortedPositions();
    void refreshUpdatesInPlaceOrMoves();
    void refreshRemovesPhotosThatLeaveTheSource();
    void refreshMatchesAFreshLoad_data();
    void refreshMatchesAFreshLoad();

private:
    const CatalogConnection &connection() const { return m_catalog->connection(); }
    qint64 add(const NewPhoto &spec) { return addPhoto(connection(), spec); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestPhotoGridModel::init()
{
    // Natural order needs real collation rules; the C locale of a bare container has none.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // The model tester reports some findings as warnings only: make them fail the test.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = std::make_unique<Catalog>(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
}

void TestPhotoGridModel::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

void TestPhotoGridModel::sortOrders_data()
{
    QTest::addColumn<PhotoGridModel::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");
    // Added in this order (so imported in this order): see sortOrders().
    QTest::newRow("taken at, untimed last by name")
        << PhotoGridModel::SortOrder::TakenAt
        << QStringList{QStringLiteral("IMG_10.jpg"), QStringLiteral("b.jpg"),
                       QStringLiteral("a.jpg"),      QStringLiteral("IMG_2.jpg"),
                       QStringLiteral("img_1.jpg"),  QStringLiteral("IMG_3.jpg"),
                       QStringLiteral("Z.jpg")};
    QTest::newRow("file name, natural and case-insensitive")
        << PhotoGridModel::SortOrder::FileName
        << QStringList{QStringLiteral("a.jpg"),     QStringLiteral("b.jpg"),
                       QStringLiteral("img_1.jpg"), QStringLiteral("IMG_2.jpg"),
                       QStringLiteral("IMG_3.jpg"), QStringLiteral("IMG_10.jpg"),
                       QStringLiteral("Z.jpg")};
    QTest::newRow("imported at") << PhotoGridModel::SortOrder::ImportedAt
                                 << QStringList{
                                        QStringLiteral("IMG_2.jpg"), QStringLiteral("IMG_10.jpg"),
                                        QStringLiteral("Z.jpg"),     QStringLiteral("img_1.jpg"),
                                        QStringLiteral("b.jpg"),     QStringLiteral("a.jpg"),
                                        QStringLiteral("IMG_3.jpg")};
}

void TestPhotoGridModel::sortOrders()
{
    QFETCH(PhotoGridModel::SortOrder, order);
    QFETCH(QStringList, expected);
    add({QStringLiteral("/p/IMG_2.jpg"), QStringLiteral("2019-05-21T10:00:00.000")});
    add({QStringLiteral("/p/IMG_10.jpg"), QStringLiteral("2019-05-20T10:00:00.000")});
    add({QStringLiteral("/p/Z.jpg"), {}});
    add({QStringLiteral("/q/img_1.jpg"), {}});
    add({QStringLiteral("/q/b.jpg"), QStringLiteral("2019-05-20T12:00:00.500")});
    // Taken in the same millisecond as IMG_2 (a burst from two cameras): the name decides.
    add({QStringLiteral("/p/a.jpg"), QStringLiteral("2019-05-21T10:00:00.000")});
    add({QStringLiteral("/p/IMG_3.jpg"), {}});

    PhotoGridModel model(connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    model.setSortOrder(order);
    QCOMPARE(model.sortOrder(), order);
    if (order != PhotoGridModel::SortOrder::TakenAt)
        QCOMPARE(resets.size(), 1);
    QCOMPARE(names(model), expected);
    model.reload();
    QCOMPARE(names(model), expected);
}

void TestPhotoGridModel::sources_data()
{
    QTest::addColumn<PhotoSource>("source");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all photos: problems left out")
        << PhotoSource::allPhotos()
        << QStringList{QStringLiteral("1.jpg"), QStringLiteral("2.jpg"), QStringLiteral("3.jpg"),
                       QStringLiteral("4.jpg"), QStringLiteral("5.jpg"), QStringLiteral("6.jpg")};
    QTest::newRow("problems") << PhotoSource::problems()
                              << QStringList{QStringLiteral("missing.jpg"),
                                             QStringLiteral("broken.jpg")};
    QTest::newRow("folder and below, problems kept")
        << PhotoSource::folder(QStringLiteral("/trip/50%_off"))
        << QStringList{QStringLiteral("1.jpg"), QStringLiteral("2.jpg"),
                       QStringLiteral("missing.jpg")};
    QTest::newRow("folder given with a trailing slash")
        << PhotoSource::folder(QStringLiteral("/trip/50%_off/"))
        << QStringList{QStringLiteral("1.jpg"), QStringLiteral("2.jpg"),
                       QStringLiteral("missing.jpg")};
    QTest::newRow("nested folder") << PhotoSource::folder(QStringLiteral("/trip/50%_off/day 2"))
                                   << QStringList{QStringLiteral("2.jpg")};
    QTest::newRow("wildcards are not wildcards")
        << PhotoSource::folder(QStringLiteral("/trip/50%")) << QStringList{};
    QTest::newRow("import, problems kept")
        << PhotoSource::import(2)
        << QStringList{QStringLiteral("5.jpg"), QStringLiteral("broken.jpg")};
    QTest::newRow("heading") << PhotoSource() << QStringList{};
}

void TestPhotoGridModel::sources()
{
    QFETCH(PhotoSource, source);
    QFETCH(QStringList, expected);
    ImportHistoryRepository history(connection());
    const qint64 first = history.begin({QStringLiteral("/trip")}, QDateTime::currentDateTimeUtc());
    const qint64 second =
        history.begin({QStringLiteral("/elsewhere")}, QDateTime::currentDateTimeUtc());
    QCOMPARE(second, 2);
    int minute = 0;
    auto taken = [&minute]() {
        return QStringLiteral("2019-05-21T10:%1:00.000").arg(++minute, 2, 10, QLatin1Char('0'));
    };
    add({QStringLiteral("/trip/50%_off/1.jpg"), taken(), PhotoState::Ok, first});
    add({QStringLiteral("/trip/50%_off/day 2/2.jpg"), taken(), PhotoState::Ok, first});
    // Neighbours that a LIKE '50%_off%' or a plain prefix would let in.
    add({QStringLiteral("/trip/50%_off-extra/3.jpg"), taken(), PhotoState::Ok, first});
    add({QStringLiteral("/trip/50X_off/4.jpg"), taken(), PhotoState::Ok, first});
    add({QStringLiteral("/elsewhere/5.jpg"), taken(), PhotoState::Ok, second});
    add({QStringLiteral("/trip/50%_off0/6.jpg"), taken(), PhotoState::Ok, first});
    add({QStringLiteral("/trip/50%_off/missing.jpg"), taken(), PhotoState::Missing, first});
    add({QStringLiteral("/elsewhere/broken.jpg"), taken(), PhotoState::Unreadable, second});

    PhotoGridModel model(connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSource(source);
    QCOMPARE(model.source(), source);
    QCOMPARE(names(model), expected);
}

void TestPhotoGridModel::roles()
{
    const qint64 id =
        add({QStringLiteral("/p/IMG_1.jpg"), QStringLiteral("2019-05-21T18:30:01.250")});
    PhotoRecord turned = *PhotoRepository(connection()).find(id);
    turned.metadata.width = 4000;
    turned.metadata.height = 3000;
    turned.metadata.orientation = 6;
    QVERIFY(PhotoRepository(connection()).update(turned));
    const qint64 untimed = add({QStringLiteral("/p/IMG_2.jpg"), {}});

    PhotoGridModel model(connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QModelIndex first = model.index(0);
    QCOMPARE(first.data(Qt::DisplayRole).toString(), QStringLiteral("IMG_1.jpg"));
    QCOMPARE(first.data(PhotoGridModel::FileNameRole).toString(), QStringLiteral("IMG_1.jpg"));
    QCOMPARE(first.data(PhotoGridModel::PathRole).toString(), QStringLiteral("/p/IMG_1.jpg"));
    QCOMPARE(first.data(PhotoGridModel::PhotoIdRole).toLongLong(), id);
    const QDateTime taken = first.data(PhotoGridModel::TakenAtRole).toDateTime();
    QCOMPARE(taken.date(), QDate(2019, 5, 21));
    QCOMPARE(taken.time(), QTime(18, 30, 1, 250)); // wall time, not moved to any zone
    QCOMPARE(first.data(PhotoGridModel::TakenOffsetRole).toInt(), 7200);
    QCOMPARE(first.data(PhotoGridModel::OrientationRole).toInt(), 6);
    QCOMPARE(first.data(PhotoGridModel::PixelSizeRole).toSize(), QSize(3000, 4000));
    QCOMPARE(first.data(PhotoGridModel::IdentityKeyRole).toByteArray(), "/p/IMG_1.jpg");
    QCOMPARE(first.data(PhotoGridModel::StateRole).toInt(), int(PhotoState::Ok));
    QVERIFY(first.data(PhotoGridModel::ImportedAtRole).toDateTime().isValid());
    const QString toolTip = first.data(Qt::ToolTipRole).toString();
    QVERIFY2(toolTip.contains(QDir::toNativeSeparators(QStringLiteral("/p/IMG_1.jpg"))),
             qPrintable(toolTip));
    QVERIFY2(toolTip.contains(QStringLiteral("21/05/2019 18:30")), qPrintable(toolTip));
    QVERIFY2(toolTip.contains(QStringLiteral("UTC+02:00")), qPrintable(toolTip));

    const QModelIndex second = model.index(1);
    QCOMPARE(second.data(PhotoGridModel::PhotoIdRole).toLongLong(), untimed);
    QVERIFY(!second.data(PhotoGridModel::TakenAtRole).toDateTime().isValid());
    QVERIFY(!second.data(PhotoGridModel::TakenOffsetRole).isValid());
    QVERIFY(!second.data(PhotoGridModel::PixelSizeRole).toSize().isValid());
    QCOMPARE(model.summaryAt(1).orientation, 1);
    QVERIFY(second.data(Qt::ToolTipRole).toString().contains(QStringLiteral("unknown")));
    QCOMPARE(model.roleNames().value(PhotoGridModel::IdentityKeyRole), "identityKey");
}

void TestPhotoGridModel::indexOfPhotoFollowsRows()
{
    const qint64 b = add({QStringLiteral("/p/b.jpg"), QStringLiteral("2019-01-02T00:00:00.000")});
    const qint64 a = add({QStringLiteral("/p/a.jpg"), QStringLiteral("2019-01-03T00:00:00.000")});
    const qint64 problem = add({QStringLiteral("/p/c.jpg"), {}, PhotoState::Missing});
    PhotoGridModel model(connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.indexOfPhoto(b).row(), 0);
    QCOMPARE(model.indexOfPhoto(a).row(), 1);
    QVERIFY(!model.indexOfPhoto(problem).isValid());
    QVERIFY(!model.indexOfPhoto(12345).isValid());
    model.setSortOrder(PhotoGridModel::SortOrder::FileName);
    QCOMPARE(model.indexOfPhoto(a).row(), 0);
    QCOMPARE(model.summaryAt(0).id, a);
    QCOMPARE(model.summaryAt(0).fileName(), QStringLiteral("a.jpg"));
}

void TestPhotoGridModel::refreshInsertsAtSortedPositions()
{
    add({QStringLiteral("/p/2.jpg"), QStringLiteral("2019-01-02T00:00:00.000")});
    add({QStringLiteral("/p/4.jpg"), QStringLiteral("2019-01-04T00:00:00.000")});
    add({QStringLiteral("/p/6.jpg"), QStringLiteral("2019-01-06T00:00:00.000")});
    PhotoGridModel model(connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QPersistentModelIndex four = model.index(1);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    const QList<qint64> added = {
        add({QStringLiteral("/p/7.jpg"), QStringLiteral("2019-01-07T00:00:00.000")}),
        add({QStringLiteral("/p/3.jpg"), QStringLiteral("2019-01-03T00:00:00.000")}),
        add({QStringLiteral("/p/1.jpg"), QStringLiteral("2019-01-01T00:00:00.000")}),
        add({QStringLiteral("/p/8.jpg"), {}}),
        add({QStringLiteral("/p/5a.jpg"), QStringLiteral("2019-01-05T00:00:00.000")}),
        add({QStringLiteral("/p/5b.jpg"), QStringLiteral("2019-01-05T00:00:01.000")}),
    };
    model.refreshPhotos(added);
    QCOMPARE(resets.size(), 0);
    QCOMPARE(
        names(model),
        (QStringList{QStringLiteral("1.jpg"), QStringLiteral("2.jpg"), QStringLiteral("3.jpg"),
                     QStringLiteral("4.jpg"), QStringLiteral("5a.jpg"), QStringLiteral("5b.jpg"),
                     QStringLiteral("6.jpg"), QStringLiteral("7.jpg"), QStringLiteral("8.jpg")}));
    // Start, middle, a run of two in the middle, and a run of two at the end: one signal each.
    QCOMPARE(inserts.size(), 4);
    const QList<QPair<int, int>> expectedRuns = {{0, 0}, {2, 2}, {4, 5}, {7, 8}};
    for (int i = 0; i < inserts.size(); ++i) {
        QCOMPARE(inserts.at(i).at(1).toInt(), expectedRuns.at(i).first);
        QCOMPARE(inserts.at(i).at(2).toInt(), expectedRuns.at(i).second);
    }
    QCOMPARE(four.row(), 3);
    QCOMPARE(four.data().toString(), QStringLiteral("4.jpg"));

    // Refreshing photos already shown, and unknown ids, changes nothing.
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    model.refreshPhotos(added + QList<qint64>{999999});
    QCOMPARE(inserts.size(), 4);
    QCOMPARE(changes.size(), 0);
    QCOMPARE(model.rowCount(), 9);
}

void TestPhotoGridModel::refreshUpdatesInPlaceOrMoves()
{
    const qint64 a = add({QStringLiteral("/p/a.jpg"), QStringLiteral("2019-01-01T00:00:00.000")});
    const qint64 b = add({QStringLiteral("/p/b.jpg"), QStringLiteral("2019-01-02T00:00:00.000")});
    const qint64 c = add({QStringLiteral("/p/c.jpg"), QStringLiteral("2019-01-03T00:00:00.000")});
    const qint64 d = add({QStringLiteral("/p/d.jpg"), QStringLiteral("2019-01-04T00:00:00.000")});
    PhotoGridModel model(connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
    PhotoRepository photos(connection());

    // New metadata that keeps the photo where it is: dataChanged only.
    PhotoRecord record = *photos.find(b);
    record.metadata.orientation = 8;
    QVERIFY(photos.update(record));
    const QPersistentModelIndex bIndex = model.index(1);
    model.refreshPhotos({b});
    QCOMPARE(moves.size(), 0);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().at(0).toModelIndex().row(), 1);
    QCOMPARE(bIndex.data(PhotoGridModel::OrientationRole).toInt(), 8);

    // A corrected clock sends b after d and a before nothing: moves keep their indexes.
    record.metadata.takenAt =
        TakenTime::fromSortableString(QStringLiteral("2019-01-05T00:00:00.000"), {}, {});
    QVERIFY(photos.update(record));
    model.refreshPhotos({b});
    QCOMPARE(ids(model), (QList<qint64>{a, c, d, b}));
    QCOMPARE(moves.size(), 1);
    QCOMPARE(bIndex.row(), 3);

    record = *photos.find(d);
    record.metadata.takenAt.reset(); // untimed: to the end
    QVERIFY(photos.update(record));
    PhotoRecord aRecord = *photos.find(a);
    aRecord.metadata.takenAt =
        TakenTime::fromSortableString(QStringLiteral("2019-01-04T00:00:00.000"), {}, {});
    QVERIFY(photos.update(aRecord));
    model.refreshPhotos({d, a});
    QCOMPARE(ids(model), (QList<qint64>{c, a, b, d}));
    QCOMPARE(bIndex.row(), 2);
    QCOMPARE(model.indexOfPhoto(d).row(), 3);
}

void TestPhotoGridModel::refreshRemovesPhotosThatLeaveTheSource()
{
    QList<qint64> all;
    for (int i = 0; i < 6; ++i)
        all.append(add({QStringLiteral("/trip/%1.jpg").arg(i),
                        QStringLiteral("2019-01-0%1T00:00:00.000").arg(i + 1)}));
    PhotoGridModel model(connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    PhotoGridModel problems(connection());
    QAbstractItemModelTester problemsTester(&problems,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    problems.setSource(PhotoSource::problems());
    QCOMPARE(problems.rowCount(), 0);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
    const QPersistentModelIndex last = model.index(5);

    PhotoRepository photos(connection());
    QVERIFY(photos.setState(all.at(1), PhotoState::Missing));
    QVERIFY(photos.setState(all.at(2), PhotoState::Unreadable, QStringLiteral("truncated")));
    QVERIFY(photos.setState(all.at(4), PhotoState::Missing));
    model.refreshPhotos(all);
    problems.refreshPhotos(all);
    QCOMPARE(ids(model), (QList<qint64>{all.at(0), all.at(3), all.at(5)}));
    QCOMPARE(removals.size(), 2); // rows 1-2 in one run, row 4 alone
    QCOMPARE(last.row(), 2);
    QCOMPARE(ids(problems), (QList<qint64>{all.at(1), all.at(2), all.at(4)}));
    QCOMPARE(problems.index(1).data(PhotoGridModel::StateReasonRole).toString(),
             QStringLiteral("truncated"));

    // A photo moved out of the folder shown leaves it; one moved in arrives.
    model.setSource(PhotoSource::folder(QStringLiteral("/trip")));
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(photos.relocate(all.at(0), QStringLiteral("/other/0.jpg"), 1, 1));
    const qint64 newcomer = add({QStringLiteral("/trip/sub/new.jpg"), {}});
    model.refreshPhotos({all.at(0), newcomer});
    QCOMPARE(model.rowCount(), 6);
    QVERIFY(!model.indexOfPhoto(all.at(0)).isValid());
    QCOMPARE(model.indexOfPhoto(newcomer).row(), 5);
}

void TestPhotoGridModel::refreshMatchesAFreshLoad_data()
{
    QTest::addColumn<PhotoGridModel::SortOrder>("order");
    QTest::addColumn<PhotoSource>("source");
    QTest::newRow("taken at") << PhotoGridModel::SortOrder::TakenAt << PhotoSource::allPhotos();
    QTest::newRow("file name") << PhotoGridModel::SortOrder::FileName << PhotoSource::allPhotos();
    QTest::newRow("imported at") << PhotoGridModel::SortOrder::ImportedAt
                                 << PhotoSource::allPhotos();
    QTest::newRow("problems by name")
        << PhotoGridModel::SortOrder::FileName << PhotoSource::problems();
    QTest::newRow("folder") << PhotoGridModel::SortOrder::TakenAt
                            << PhotoSource::folder(QStringLiteral("/r/1"));
}

void TestPhotoGridModel::refreshMatchesAFreshLoad()
{
    // Random batches of new, changed and broken photos, refreshed into a model as an import
    // would; after each, the model must equal a model loaded from scratch.
    QFETCH(PhotoGridModel::SortOrder, order);
    QFETCH(PhotoSource, source);
    QRandomGenerator random(42);
    PhotoRepository photos(connection());
    QList<qint64> known;
    auto randomPhoto = [&random](int n) {
        NewPhoto spec;
        spec.path =
            QStringLiteral("/r/%1/IMG_%2.jpg").arg(random.bounded(3)).arg(random.bounded(40));
        spec.path += QString::number(n); // unique paths, names that often share a prefix
        if (random.bounded(5) != 0)
            spec.taken = QStringLiteral("2019-01-01T00:%1:00.000")
                             .arg(random.bounded(60), 2, 10, QLatin1Char('0'));
        return spec;
    };
    for (int n = 0; n < 30; ++n)
        known.append(add(randomPhoto(n)));

    PhotoGridModel model(connection());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSortOrder(order);
    model.setSource(source);
    int n = 30;
    for (int round = 0; round < 20; ++round) {
        QList<qint64> batch;
        for (int i = 0; i < 8; ++i) {
            known.append(add(randomPhoto(n++)));
            batch.append(known.last());
        }
        for (int i = 0; i < 4; ++i) {
            const qint64 id = known.at(random.bounded(known.size()));
            const int change = random.bounded(3);
            if (change == 0) {
                QVERIFY(photos.setState(id, PhotoState(random.bounded(3))));
            } else if (change == 1) {
                PhotoRecord record = *photos.find(id);
                record.metadata.takenAt = TakenTime::fromSortableString(
                    QStringLiteral("2019-01-01T00:%1:00.000")
                        .arg(random.bounded(60), 2, 10, QLatin1Char('0')),
                    {}, {});
                QVERIFY(photos.update(record));
            } else {
                QVERIFY(photos.relocate(
                    id, QStringLiteral("/r/%1/moved-%2.jpg").arg(random.bounded(3)).arg(n++), 1,
                    1));
            }
            batch.append(id);
        }
        model.refreshPhotos(batch);

        PhotoGridModel fresh(connection());
        fresh.setSortOrder(order);
        fresh.setSource(source);
        QCOMPARE(ids(model), ids(fresh));
        for (int row = 0; row < fresh.rowCount(); ++row)
            QCOMPARE(model.summaryAt(row).path, fresh.summaryAt(row).path);
    }
}

QTEST_GUILESS_MAIN(TestPhotoGridModel)
#include "tst_photogridmodel.moc"
