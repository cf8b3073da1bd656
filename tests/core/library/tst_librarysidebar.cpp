#include "core/catalog/catalog.h"
#include "core/catalog/importhistoryrepository.h"
#include "core/catalog/photorepository.h"
#include "core/library/sidebar/folderssection.h"
#include "core/library/sidebar/librarysection.h"
#include "core/library/sidebar/problemssection.h"
#include "core/library/sidebar/recentimportssection.h"
#include "core/library/sidebar/sidebarmodel.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// One line per row, indented by depth: "title (count)", so a test compares a whole tree at once.
QStringList outline(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        const int count = index.data(SidebarModel::CountRole).toInt();
        QString line = QString(depth * 2, QLatin1Char(' ')) + index.data().toString();
        if (count >= 0)
            line += QStringLiteral(" (%1)").arg(count);
        lines.append(line);
        lines += outline(model, index, depth + 1);
    }
    return lines;
}

QStringList headings(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row, 0).data().toString());
    return result;
}

} // namespace

class TestLibrarySidebar : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyCatalogShowsTheLibraryOnly();
    void folderTreeShape();
    void recentImportsNewestFirst();
    void importTitleFollowsTheLocale_data();
    void importTitleFollowsTheLocale();
    void problemsComeAndGo();
    void reloadAfterAnImportKeepsTheSelection();

private:
    const CatalogConnection &connection() const { return m_catalog->connection(); }
    // Starts an import of `roots` and adds its photos (paths), each in the given state.
    qint64 import(const QStringList &roots, const QStringList &paths,
                  const QDateTime &startedAt = QDateTime::currentDateTimeUtc());
    void addSections(SidebarModel &model) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestLibrarySidebar::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    // The model tester reports some findings as warnings only: make them fail the test.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = std::make_unique<Catalog>(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
}

void TestLibrarySidebar::cleanup()
{
    m_catalog.reset();
    m_dir.reset();
}

qint64 TestLibrarySidebar::import(const QStringList &roots, const QStringList &paths,
                                  const QDateTime &startedAt)
{
    const qint64 id = ImportHistoryRepository(connection()).begin(roots, startedAt);
    PhotoRepository photos(connection());
    for (const QString &path : paths) {
        PhotoRecord photo;
        photo.path = path;
        photo.identityKey = path.toUtf8();
        photo.importedAt = startedAt;
        photo.importId = id;
        if (photos.insert(photo) == 0)
            qFatal("insert failed: %s", qPrintable(photos.lastError()));
    }
    return id;
}

void TestLibrarySidebar::addSections(SidebarModel &model) const
{
    model.addSection(std::make_unique<LibrarySection>(connection()));
    model.addSection(std::make_unique<FoldersSection>(connection()));
    model.addSection(std::make_unique<RecentImportsSection>(connection()));
    model.addSection(std::make_unique<ProblemsSection>(connection()));
}

void TestLibrarySidebar::emptyCatalogShowsTheLibraryOnly()
{
    SidebarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    addSections(model);
    QCOMPARE(outline(model),
             (QStringList{QStringLiteral("Library"), QStringLiteral("  All photos (0)")}));
    const QModelIndex all = model.indexOfSource(PhotoSource::allPhotos());
    QCOMPARE(all.data(SidebarModel::IconNameRole).toString(), QStringLiteral("folder-pictures"));
}

void TestLibrarySidebar::folderTreeShape()
{
    import({QStringLiteral("/home/ana/Trip")},
           {QStringLiteral("/home/ana/Trip/cover.jpg"),
            QStringLiteral("/home/ana/Trip/day 10/a.jpg"),
            QStringLiteral("/home/ana/Trip/day 2/a.jpg"),
            QStringLiteral("/home/ana/Trip/day 2/evening/a.jpg"),
            QStringLiteral("/home/ana/Trip/day 2/evening/b.jpg"),
            QStringLiteral("/home/ana/Trip/Day 3/x/y/deep.jpg")});
    // A folder inside one imported before: it shows inside it, not as a second root.
    import({QStringLiteral("/home/ana/Trip/day 2")},
           {QStringLiteral("/home/ana/Trip/day 2/b.jpg")});
    // A second root, and a file imported on its own: its folder is the root.
    import({QStringLiteral("/media/card/DCIM")},
           {QStringLiteral("/media/card/DCIM/100CANON/IMG_1.JPG")});
    import({QStringLiteral("/tmp/inbox/single.jpg")}, {QStringLiteral("/tmp/inbox/single.jpg")});
    // An imported folder whose photos are all gone from the catalog shows nothing.
    import({QStringLiteral("/srv/empty")}, {});

    SidebarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addSection(std::make_unique<FoldersSection>(connection()));
    QCOMPARE(outline(model), (QStringList{
                                 QStringLiteral("Folders"),
                                 QStringLiteral("  DCIM (1)"),
                                 QStringLiteral("    100CANON (1)"),
                                 QStringLiteral("  inbox (1)"),
                                 QStringLiteral("  Trip (7)"),
                                 QStringLiteral("    day 2 (4)"),
                                 QStringLiteral("      evening (2)"),
                                 QStringLiteral("    Day 3 (1)"),
                                 QStringLiteral("      x (1)"),
                                 QStringLiteral("        y (1)"),
                                 QStringLiteral("    day 10 (1)"),
                             }));
    const QModelIndex evening =
        model.indexOfSource(PhotoSource::folder(QStringLiteral("/home/ana/Trip/day 2/evening")));
    QVERIFY(evening.isValid());
    QCOMPARE(evening.data(SidebarModel::IconNameRole).toString(), QStringLiteral("folder"));
    QCOMPARE(evening.data(Qt::ToolTipRole).toString(),
             QDir::toNativeSeparators(QStringLiteral("/home/ana/Trip/day 2/evening")));
    QCOMPARE(evening.parent().data(SidebarModel::SourceRole).value<PhotoSource>(),
             PhotoSource::folder(QStringLiteral("/home/ana/Trip/day 2")));

    // Problems count in their folder: the folder's grid shows them.
    PhotoRepository photos(connection());
    QVERIFY(photos.setState(photos.findByPath(QStringLiteral("/home/ana/Trip/cover.jpg"))->id,
                            PhotoState::Missing));
    model.reload();
    QCOMPARE(model.indexOfSource(PhotoSource::folder(QStringLiteral("/home/ana/Trip")))
                 .data(SidebarModel::CountRole)
                 .toInt(),
             7);
}

void TestLibrarySidebar::recentImportsNewestFirst()
{
    const QDateTime first(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    QList<qint64> ids;
    for (int i = 0; i < 12; ++i) {
        ids.append(
            import({QStringLiteral("/i/%1").arg(i)},
                   {QStringLiteral("/i/%1/a.jpg").arg(i), QStringLiteral("/i/%1/b.jpg").arg(i)},
                   first.addDays(i)));
    }
    // The newest import found nothing new: it is not listed.
    import({QStringLiteral("/i/0")}, {}, first.addDays(20));
    // A photo the eleventh import brought was updated by the twelfth: it counts there now.
    PhotoRecord moved = *PhotoRepository(connection()).findByPath(QStringLiteral("/i/10/a.jpg"));
    moved.importId = ids.at(11);
    QVERIFY(PhotoRepository(connection()).update(moved));

    RecentImportsSection section(connection());
    const QList<SidebarEntry> entries = section.loadEntries();
    QCOMPARE(entries.size(), RecentImportsSection::kShown);
    for (int i = 0; i < entries.size(); ++i) {
        QCOMPARE(entries.at(i).source, PhotoSource::import(ids.at(11 - i)));
        QCOMPARE(entries.at(i).title,
                 RecentImportsSection::importTitle(first.addDays(11 - i), QLocale()));
        QCOMPARE(entries.at(i).iconName, QStringLiteral("document-import"));
    }
    QCOMPARE(entries.at(0).count, 3);
    QCOMPARE(entries.at(1).count, 1);
    QCOMPARE(entries.at(2).count, 2);
    QCOMPARE(entries.at(0).toolTip, QDir::toNativeSeparators(QStringLiteral("/i/11")));
}

void TestLibrarySidebar::importTitleFollowsTheLocale_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en_GB") << QLocale(QLocale::English, QLocale::UnitedKingdom)
                           << QStringLiteral("24 Nov 2026, 14:02");
    QTest::newRow("de_DE") << QLocale(QLocale::German, QLocale::Germany)
                           << QStringLiteral("24. Nov. 2026, 14:02");
}

void TestLibrarySidebar::importTitleFollowsTheLocale()
{
    QFETCH(QLocale, locale);
    QFETCH(QString, expected);
    // The title shows the local time at which the import started.
    const QDateTime startedAt =
        QDateTime(QDate(2026, 11, 24), QTime(14, 2, 31), Qt::LocalTime).toUTC();
    QCOMPARE(RecentImportsSection::importTitle(startedAt, locale), expected);
}

void TestLibrarySidebar::problemsComeAndGo()
{
    import({QStringLiteral("/p")},
           {QStringLiteral("/p/1.jpg"), QStringLiteral("/p/2.jpg"), QStringLiteral("/p/3.jpg")});
    SidebarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    addSections(model);
    QVERIFY(!headings(model).contains(QStringLiteral("Problems")));
    QVERIFY(!model.indexOfSource(PhotoSource::problems()).isValid());

    PhotoRepository photos(connection());
    const qint64 one = photos.findByPath(QStringLiteral("/p/1.jpg"))->id;
    const qint64 two = photos.findByPath(QStringLiteral("/p/2.jpg"))->id;
    QVERIFY(photos.setState(one, PhotoState::Missing));
    QVERIFY(photos.setState(two, PhotoState::Unreadable, QStringLiteral("Truncated")));
    model.reload();
    QCOMPARE(headings(model).last(), QStringLiteral("Problems"));
    const QModelIndex problems = model.indexOfSource(PhotoSource::problems());
    QCOMPARE(problems.data(SidebarModel::CountRole).toInt(), 2);
    QCOMPARE(problems.data(SidebarModel::IconNameRole).toString(),
             QStringLiteral("dialog-warning"));
    QCOMPARE(problems.data(Qt::ToolTipRole).toString(), QStringLiteral("1 missing\n1 unreadable"));
    QCOMPARE(model.indexOfSource(PhotoSource::allPhotos()).data(SidebarModel::CountRole).toInt(),
             1);

    QVERIFY(photos.setState(one, PhotoState::Ok));
    QVERIFY(photos.setState(two, PhotoState::Ok));
    model.reload();
    QVERIFY(!headings(model).contains(QStringLiteral("Problems")));
    QCOMPARE(model.indexOfSource(PhotoSource::allPhotos()).data(SidebarModel::CountRole).toInt(),
             3);
}

void TestLibrarySidebar::reloadAfterAnImportKeepsTheSelection()
{
    const qint64 first = import({QStringLiteral("/trip")},
                                {QStringLiteral("/trip/1.jpg"), QStringLiteral("/trip/2.jpg")});
    SidebarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    addSections(model);
    const QPersistentModelIndex all = model.indexOfSource(PhotoSource::allPhotos());
    const QPersistentModelIndex trip =
        model.indexOfSource(PhotoSource::folder(QStringLiteral("/trip")));
    const QPersistentModelIndex firstImport = model.indexOfSource(PhotoSource::import(first));
    QVERIFY(all.isValid() && trip.isValid() && firstImport.isValid());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);

    const qint64 second = import({QStringLiteral("/trip"), QStringLiteral("/card")},
                                 {QStringLiteral("/trip/3.jpg"), QStringLiteral("/trip/new/4.jpg"),
                                  QStringLiteral("/card/5.jpg")});
    model.reload();
    QCOMPARE(resets.size(), 0);
    // A new root, a new subfolder, a new import; nothing else.
    QCOMPARE(inserts.size(), 3);
    QVERIFY(all.isValid());
    QCOMPARE(all.data(SidebarModel::CountRole).toInt(), 5);
    QVERIFY(trip.isValid());
    QCOMPARE(trip.data(SidebarModel::CountRole).toInt(), 4);
    QVERIFY(firstImport.isValid());
    QCOMPARE(firstImport.row(), 1);
    QCOMPARE(
        outline(model).mid(2),
        (QStringList{
            QStringLiteral("Folders"), QStringLiteral("  card (1)"), QStringLiteral("  trip (4)"),
            QStringLiteral("    new (1)"), QStringLiteral("Recent imports"),
            QStringLiteral("  ") +
                model.indexOfSource(PhotoSource::import(second)).data().toString() +
                QStringLiteral(" (3)"),
            QStringLiteral("  ") + firstImport.data().toString() + QStringLiteral(" (2)")}));
}

QTEST_GUILESS_MAIN(TestLibrarySidebar)
#include "tst_librarysidebar.moc"
