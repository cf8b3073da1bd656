#include "core/library/sidebar/sidebarmodel.h"
#include "core/library/sidebar/sidebarsection.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

namespace {

// A section whose entries the test sets: the model's diffing, without a catalog.
class FakeSection : public SidebarSection
{
public:
    explicit FakeSection(QString title)
        : m_title(std::move(title))
    {}

    QString title() const override { return m_title; }
    QList<SidebarEntry> loadEntries() const override { return entries; }

    QList<SidebarEntry> entries;

private:
    QString m_title;
};

SidebarEntry folder(const QString &path, int count, const QList<SidebarEntry> &children = {})
{
    SidebarEntry entry;
    entry.title = path.section(QLatin1Char('/'), -1);
    entry.iconName = QStringLiteral("folder");
    entry.source = PhotoSource::folder(path);
    entry.count = count;
    entry.children = children;
    return entry;
}

SidebarEntry allPhotos(int count)
{
    SidebarEntry entry;
    entry.title = QStringLiteral("All photos");
    entry.source = PhotoSource::allPhotos();
    entry.count = count;
    return entry;
}

QStringList titles(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList result;
    for (int row = 0; row < model.rowCount(parent); ++row)
        result.append(model.index(row, 0, parent).data().toString());
    return result;
}

// Every signal that says the model changed, counted together.
class ChangeSpy
{
public:
    explicit ChangeSpy(QAbstractItemModel *model)
    {
        QObject::connect(model, &QAbstractItemModel::rowsInserted, model, [this] { ++structural; });
        QObject::connect(model, &QAbstractItemModel::rowsRemoved, model, [this] { ++structural; });
        QObject::connect(model, &QAbstractItemModel::rowsMoved, model, [this] { ++structural; });
        QObject::connect(model, &QAbstractItemModel::dataChanged, model, [this] { ++data; });
        QObject::connect(model, &QAbstractItemModel::modelReset, model, [this] { ++resets; });
        QObject::connect(model, &QAbstractItemModel::layoutChanged, model, [this] { ++resets; });
    }

    int structural = 0;
    int data = 0;
    int resets = 0;
};

} // namespace

class TestSidebarModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void headingsAreReadNotChosen();
    void emptySectionsShowNoHeading();
    void unchangedReloadSignalsNothing();
    void diffKeepsPersistentIndexes();
    void diffReordersAndUpdatesTrees();
    void indexOfSourceFindsNestedEntries();
    void sectionChangedSignalReloadsIt();
};

void TestSidebarModel::init()
{
    // The model tester reports some findings as warnings only: make them fail the test.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
}

void TestSidebarModel::headingsAreReadNotChosen()
{
    SidebarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto library = std::make_unique<FakeSection>(QStringLiteral("Library"));
    library->entries = {allPhotos(3)};
    model.addSection(std::move(library));

    const QModelIndex heading = model.index(0, 0);
    QCOMPARE(heading.data().toString(), QStringLiteral("Library"));
    QVERIFY(heading.data(SidebarModel::IsSectionRole).toBool());
    QCOMPARE(model.flags(heading), Qt::ItemIsEnabled);
    QCOMPARE(heading.data(SidebarModel::SourceRole).value<PhotoSource>().kind,
             PhotoSource::Kind::None);

    const QModelIndex entry = model.index(0, 0, heading);
    QCOMPARE(entry.data().toString(), QStringLiteral("All photos"));
    QVERIFY(!entry.data(SidebarModel::IsSectionRole).toBool());
    QCOMPARE(model.flags(entry), Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    QCOMPARE(entry.data(SidebarModel::CountRole).toInt(), 3);
    QCOMPARE(entry.data(SidebarModel::SourceRole).value<PhotoSource>(), PhotoSource::allPhotos());
    QCOMPARE(entry.parent(), heading);
}

void TestSidebarModel::emptySectionsShowNoHeading()
{
    SidebarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto first = std::make_unique<FakeSection>(QStringLiteral("First"));
    auto middle = std::make_unique<FakeSection>(QStringLiteral("Middle"));
    auto last = std::make_unique<FakeSection>(QStringLiteral("Last"));
    FakeSection *firstSection = first.get();
    FakeSection *middleSection = middle.get();
    first->entries = {allPhotos(1)};
    last->entries = {folder(QStringLiteral("/a"), 1)};
    model.addSection(std::move(first));
    model.addSection(std::move(middle));
    model.addSection(std::move(last));
    QCOMPARE(titles(model), (QStringList{QStringLiteral("First"), QStringLiteral("Last")}));

    // The middle section gets entries: its heading appears between the others.
    middleSection->entries = {folder(QStringLiteral("/m"), 2)};
    model.reload();
    QCOMPARE(titles(model), (QStringList{QStringLiteral("First"), QStringLiteral("Middle"),
                                         QStringLiteral("Last")}));
    QCOMPARE(titles(model, model.index(1, 0)), QStringList{QStringLiteral("m")});

    firstSection->entries.clear();
    middleSection->entries.clear();
    model.reload();
    QCOMPARE(titles(model), QStringList{QStringLiteral("Last")});
    firstSection->entries = {allPhotos(1)};
    model.reload();
    QCOMPARE(titles(model), (QStringList{QStringLiteral("First"), QStringLiteral("Last")}));
}

void TestSidebarModel::unchangedReloadSignalsNothing()
{
    SidebarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto section = std::make_unique<FakeSection>(QStringLiteral("Folders"));
    section->entries = {
        folder(QStringLiteral("/a"), 3,
               {folder(QStringLiteral("/a/x"), 1), folder(QStringLiteral("/a/y"), 2)})};
    model.addSection(std::move(section));
    ChangeSpy spy(&model);
    model.reload();
    model.reload();
    QCOMPARE(spy.structural, 0);
    QCOMPARE(spy.data, 0);
    QCOMPARE(spy.resets, 0);
}

void TestSidebarModel::diffKeepsPersistentIndexes()
{
    SidebarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto library = std::make_unique<FakeSection>(QStringLiteral("Library"));
    auto folders = std::make_unique<FakeSection>(QStringLiteral("Folders"));
    FakeSection *librarySection = library.get();
    FakeSection *foldersSection = folders.get();
    library->entries = {allPhotos(10)};
    folders->entries = {folder(QStringLiteral("/a"), 4), folder(QStringLiteral("/c"), 6)};
    model.addSection(std::move(library));
    model.addSection(std::move(folders));

    const QPersistentModelIndex all = model.index(0, 0, model.index(0, 0));
    const QPersistentModelIndex c = model.index(1, 0, model.index(1, 0));
    ChangeSpy spy(&model);
    librarySection->entries = {allPhotos(15)};
    foldersSection->entries = {folder(QStringLiteral("/a"), 4), folder(QStringLiteral("/b"), 5),
                               folder(QStringLiteral("/c"), 6)};
    model.reload();
    QCOMPARE(spy.resets, 0);
    QCOMPARE(spy.structural, 1); // /b inserted
    QCOMPARE(spy.data, 1);       // the count of All photos
    QVERIFY(all.isValid());
    QCOMPARE(all.data(SidebarModel::CountRole).toInt(), 15);
    QVERIFY(c.isValid());
    QCOMPARE(c.row(), 2);
    QCOMPARE(c.data().toString(), QStringLiteral("c"));

    foldersSection->entries = {folder(QStringLiteral("/c"), 7)};
    model.reload();
    QCOMPARE(c.row(), 0);
    QCOMPARE(c.data(SidebarModel::CountRole).toInt(), 7);
    QCOMPARE(titles(model, model.index(1, 0)), QStringList{QStringLiteral("c")});
}

void TestSidebarModel::diffReordersAndUpdatesTrees()
{
    SidebarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto section = std::make_unique<FakeSection>(QStringLiteral("Folders"));
    FakeSection *folders = section.get();
    section->entries = {
        folder(QStringLiteral("/a"), 3,
               {folder(QStringLiteral("/a/1"), 1),
                folder(QStringLiteral("/a/2"), 2, {folder(QStringLiteral("/a/2/deep"), 2)})}),
        folder(QStringLiteral("/b"), 1)};
    model.addSection(std::move(section));
    const QModelIndex heading = model.index(0, 0);
    const QPersistentModelIndex deep =
        model.index(0, 0, model.index(1, 0, model.index(0, 0, heading)));
    QCOMPARE(deep.data().toString(), QStringLiteral("deep"));
    const QPersistentModelIndex b = model.index(1, 0, heading);

    // b moves first, a's children swap and gain a sibling, and deep's count changes.
    folders->entries = {
        folder(QStringLiteral("/b"), 1),
        folder(QStringLiteral("/a"), 9,
               {folder(QStringLiteral("/a/2"), 7, {folder(QStringLiteral("/a/2/deep"), 7)}),
                folder(QStringLiteral("/a/0"), 1), folder(QStringLiteral("/a/1"), 1)})};
    model.reload();
    QCOMPARE(titles(model, heading), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    QCOMPARE(b.row(), 0);
    const QModelIndex a = model.index(1, 0, heading);
    QCOMPARE(titles(model, a),
             (QStringList{QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("1")}));
    QVERIFY(deep.isValid());
    QCOMPARE(deep.parent().parent(), a);
    QCOMPARE(deep.data(SidebarModel::CountRole).toInt(), 7);
    QCOMPARE(a.data(SidebarModel::CountRole).toInt(), 9);

    // Sources listed twice, then once: the extra row goes.
    folders->entries = {folder(QStringLiteral("/b"), 1), folder(QStringLiteral("/b"), 1)};
    model.reload();
    QCOMPARE(titles(model, heading), (QStringList{QStringLiteral("b"), QStringLiteral("b")}));
    folders->entries = {folder(QStringLiteral("/b"), 1)};
    model.reload();
    QCOMPARE(titles(model, heading), QStringList{QStringLiteral("b")});
    QVERIFY(!deep.isValid());
}

void TestSidebarModel::indexOfSourceFindsNestedEntries()
{
    SidebarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto section = std::make_unique<FakeSection>(QStringLiteral("Folders"));
    section->entries = {folder(QStringLiteral("/a"), 2, {folder(QStringLiteral("/a/x"), 2)})};
    model.addSection(std::move(section));
    const QModelIndex x = model.indexOfSource(PhotoSource::folder(QStringLiteral("/a/x")));
    QVERIFY(x.isValid());
    QCOMPARE(x.data().toString(), QStringLiteral("x"));
    QCOMPARE(x.parent().data().toString(), QStringLiteral("a"));
    QVERIFY(!model.indexOfSource(PhotoSource::folder(QStringLiteral("/nowhere"))).isValid());
    QVERIFY(!model.indexOfSource(PhotoSource()).isValid()); // headings are not sources
}

void TestSidebarModel::sectionChangedSignalReloadsIt()
{
    SidebarModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto section = std::make_unique<FakeSection>(QStringLiteral("Library"));
    FakeSection *library = section.get();
    section->entries = {allPhotos(1)};
    model.addSection(std::move(section));
    library->entries = {allPhotos(2)};
    emit library->changed();
    QCOMPARE(model.index(0, 0, model.index(0, 0)).data(SidebarModel::CountRole).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestSidebarModel)
#include "tst_sidebarmodel.moc"
