// The Events section of the sidebar: years newest first, their events newest first, each with its
// dates, place, count and why it begins where it does; following every change of the events; and
// the sidebar view that takes photos dropped on an event.

#include "core/catalog/catalog.h"
#include "core/events/eventservice.h"
#include "core/library/sidebar/eventssection.h"
#include "core/library/sidebar/librarysection.h"
#include "core/library/sidebar/sidebarmodel.h"
#include "tests/ui/events/eventtestphotos.h"
#include "ui/common/photomimedata.h"
#include "ui/library/sidebarview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

// "title (count) | subtitle", indented by depth, for a whole tree at once.
QStringList outline(const QAbstractItemModel &model, const QModelIndex &parent = {}, int depth = 0)
{
    QStringList lines;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        QString line = QString(depth * 2, QLatin1Char(' ')) + index.data().toString();
        if (const int count = index.data(SidebarModel::CountRole).toInt(); count >= 0)
            line += QStringLiteral(" (%1)").arg(count);
        if (const QString subtitle = index.data(SidebarModel::SubtitleRole).toString();
            !subtitle.isEmpty())
            line += QStringLiteral(" | ") + subtitle;
        lines.append(line);
        lines += outline(model, index, depth + 1);
    }
    return lines;
}

QModelIndex findTitle(const QAbstractItemModel &model, const QString &title,
                      const QModelIndex &parent = {})
{
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data().toString() == title)
            return index;
        if (const QModelIndex found = findTitle(model, title, index); found.isValid())
            return found;
    }
    return {};
}

} // namespace

class TestEventsSidebar : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void yearsAndEventsNewestFirst();
    void yearsCannotBeChosenEventsCan();
    void followsRenamesAndMoves();
    void dropsOnEventsOnly();

private:
    QTemporaryDir m_dir;
    QString m_photos;
    int m_run = 0;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<EventService> m_service;
    std::unique_ptr<SidebarModel> m_model;
};

void TestEventsSidebar::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    m_photos = m_dir.filePath(QStringLiteral("photos"));
    const QString error = EventTestPhotos::write(m_photos, EventTestPhotos::twoYears());
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestEventsSidebar::init()
{
    m_catalog =
        std::make_unique<Catalog>(m_dir.filePath(QStringLiteral("catalog%1.sqlite").arg(++m_run)));
    QCOMPARE(m_catalog->open(), QString());
    QVERIFY(EventTestPhotos::import(m_catalog->path(), m_photos));
    m_service = std::make_unique<EventService>(m_catalog->connection());
    m_model = std::make_unique<SidebarModel>();
    m_model->addSection(std::make_unique<LibrarySection>(m_catalog->connection()));
    m_model->addSection(std::make_unique<EventsSection>(*m_service));
}

void TestEventsSidebar::cleanup()
{
    m_model.reset();
    m_service.reset();
    m_catalog.reset();
}

void TestEventsSidebar::yearsAndEventsNewestFirst()
{
    QAbstractItemModelTester tester(m_model.get(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Unnamed events are titled with their day, their times below; a year counts the photos of
    // its events.
    QCOMPARE(outline(*m_model), QStringList({
                                    QStringLiteral("Library"),
                                    QStringLiteral("  All photos (9)"),
                                    QStringLiteral("Events"),
                                    QStringLiteral("  2026 (6)"),
                                    QStringLiteral("    22 May 2026 (2) | 18:00–18:30"),
                                    QStringLiteral("    20 May 2026 (4) | 09:30–10:20"),
                                    QStringLiteral("  2025 (3)"),
                                    QStringLiteral("    10 Jul 2025 (3) | 10:00–10:12"),
                                }));
    // The tooltip says why an event begins where it does.
    const QModelIndex day3 = findTitle(*m_model, QStringLiteral("22 May 2026"));
    QVERIFY(day3.isValid());
    const QString tip = day3.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("2 photo")), qPrintable(tip));
    QVERIFY2(tip.contains(QStringLiteral("Starts after a pause of 2 day")), qPrintable(tip));
}

void TestEventsSidebar::yearsCannotBeChosenEventsCan()
{
    const QModelIndex year = findTitle(*m_model, QStringLiteral("2026"));
    QVERIFY(year.isValid());
    QVERIFY(!(m_model->flags(year) & Qt::ItemIsSelectable));
    QCOMPARE(year.data(SidebarModel::SourceRole).value<PhotoSource>().kind,
             PhotoSource::Kind::None);
    const QModelIndex event = m_model->index(0, 0, year);
    QVERIFY(m_model->flags(event) & Qt::ItemIsSelectable);
    const auto source = event.data(SidebarModel::SourceRole).value<PhotoSource>();
    QCOMPARE(source.kind, PhotoSource::Kind::Event);
    QCOMPARE(m_service->event(source.eventId)->photoCount, 2);
    QCOMPARE(m_model->indexOfSource(source), event);

    // The view picks events and says so; a year it does not.
    SidebarView view;
    view.setModel(m_model.get());
    QSignalSpy chosen(&view, &SidebarView::sourceChosen);
    QVERIFY(view.isExpanded(year)); // years open when they appear
    QVERIFY(view.selectSource(source));
    QCOMPARE(chosen.size(), 1);
    QCOMPARE(chosen.at(0).at(0).value<PhotoSource>(), source);
}

void TestEventsSidebar::followsRenamesAndMoves()
{
    const QModelIndex year = findTitle(*m_model, QStringLiteral("2026"));
    const QPersistentModelIndex day1 = m_model->index(1, 0, year);
    const qint64 day1Id = day1.data(SidebarModel::SourceRole).value<PhotoSource>().eventId;
    const qint64 day3Id =
        m_model->index(0, 0, year).data(SidebarModel::SourceRole).value<PhotoSource>().eventId;

    // Named and placed: the day and times go to the second line, with the place.
    QVERIFY(m_service->apply(m_service->rename(day1Id, QStringLiteral("KubeCon day 1")), true));
    QVERIFY(m_service->apply(m_service->setPlace(day1Id, QStringLiteral("Barcelona")), true));
    QVERIFY(day1.isValid()); // the same row, changed in place
    QCOMPARE(day1.data().toString(), QStringLiteral("KubeCon day 1"));
    QCOMPARE(day1.data(SidebarModel::SubtitleRole).toString(),
             QStringLiteral("20 May 2026, 09:30–10:20 · Barcelona"));

    // Two photos moved to the other day: counts follow.
    const QList<qint64> photos = m_service->photoIds(day1Id).mid(2);
    QVERIFY(m_service->apply(m_service->movePhotos(photos, day3Id), true));
    QCOMPARE(day1.data(SidebarModel::CountRole).toInt(), 2);
    QCOMPARE(m_model->index(0, 0, year).data(SidebarModel::CountRole).toInt(), 4);
    QCOMPARE(year.data(SidebarModel::CountRole).toInt(), 6);

    // Merged: one event left in 2026.
    QVERIFY(m_service->apply(m_service->merge({day1Id, day3Id}), true));
    QCOMPARE(m_model->rowCount(findTitle(*m_model, QStringLiteral("2026"))), 1);
}

void TestEventsSidebar::dropsOnEventsOnly()
{
    SidebarView view;
    view.setModel(m_model.get());
    view.resize(300, 500);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy dropped(&view, &SidebarView::photosDropped);

    const QModelIndex year = findTitle(*m_model, QStringLiteral("2025"));
    const QModelIndex event = m_model->index(0, 0, year);
    const qint64 eventId = event.data(SidebarModel::SourceRole).value<PhotoSource>().eventId;
    QVERIFY(!view.dropTargetAt(view.visualRect(year).center()).isValid());
    QCOMPARE(view.dropTargetAt(view.visualRect(event).center()), event);

    std::unique_ptr<QMimeData> photos(PhotoMimeData::create({7, 8}, {}));
    // Over a year: refused.
    const QPoint overYear = view.visualRect(year).center();
    QDragEnterEvent enter(overYear, Qt::CopyAction, photos.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent overYearMove(overYear, Qt::CopyAction, photos.get(), Qt::LeftButton,
                                Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &overYearMove);
    QVERIFY(!overYearMove.isAccepted());
    // Over the event: taken.
    const QPoint overEvent = view.visualRect(event).center();
    QDragMoveEvent move(overEvent, Qt::CopyAction, photos.get(), Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent drop(QPointF(overEvent), Qt::CopyAction, photos.get(), Qt::LeftButton,
                    Qt::NoModifier);
    QApplication::sendEvent(view.viewport(), &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.at(0).at(0).value<QList<qint64>>(), QList<qint64>({7, 8}));
    QCOMPARE(dropped.at(0).at(1).toLongLong(), eventId);

    // Files from a file manager are not the sidebar's: they go on to the window, which imports.
    QMimeData files;
    files.setUrls({QUrl::fromLocalFile(m_photos)});
    QDragEnterEvent fileEnter(overEvent, Qt::CopyAction, &files, Qt::LeftButton, Qt::NoModifier);
    fileEnter.setAccepted(false);
    QApplication::sendEvent(view.viewport(), &fileEnter);
    QVERIFY(!fileEnter.isAccepted());
}

QTEST_MAIN(TestEventsSidebar)
#include "tst_eventssidebar.moc"
