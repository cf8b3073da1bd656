#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/events/eventrepository.h"
#include "core/events/eventservice.h"
#include "core/galleries/galleryeditcommand.h"
#include "core/galleries/galleryservice.h"
#include "core/library/sidebar/galleriessection.h"
#include "core/library/sidebar/sidebarmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

// The Galleries section of the sidebar: galleries in the order they were made, each with its
// event (or "Stands alone") and its note count, following every edit and its undo.
class TestGalleriesSection : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsGalleriesWithEventAndCount();
    void followsEditsAndUndo();

private:
    qint64 push(const GalleryEdit &edit);
    QModelIndex section() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<GalleryService> m_galleries;
    std::unique_ptr<EventService> m_events;
    std::unique_ptr<SidebarModel> m_model;
    QUndoStack m_stack;
    QList<qint64> m_photos;
};

void TestGalleriesSection::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_catalog = std::make_unique<Catalog>(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
    m_galleries = std::make_unique<GalleryService>(m_catalog->connection());
    m_events = std::make_unique<EventService>(m_catalog->connection());
    PhotoRepository photos(m_catalog->connection());
    m_photos.clear();
    for (int i = 0; i < 5; ++i) {
        PhotoRecord photo;
        photo.path = m_dir->filePath(QStringLiteral("p%1.jpg").arg(i));
        photo.fileSize = 100;
        photo.identityKey = photo.path.toUtf8();
        photo.importedAt = QDateTime::currentDateTimeUtc();
        m_photos.append(photos.insert(photo));
        QVERIFY(m_photos.constLast() != 0);
    }
    m_model = std::make_unique<SidebarModel>();
    m_model->addSection(std::make_unique<GalleriesSection>(*m_galleries, m_events.get()));
    m_model->reload();
}

void TestGalleriesSection::cleanup()
{
    m_stack.clear();
    m_model.reset();
    m_events.reset();
    m_galleries.reset();
    m_catalog.reset();
    m_dir.reset();
}

qint64 TestGalleriesSection::push(const GalleryEdit &edit)
{
    [&] { QVERIFY2(!edit.isEmpty(), qPrintable(m_galleries->lastError())); }();
    m_stack.push(new GalleryEditCommand(*m_galleries, edit));
    return edit.focusGalleryId;
}

QModelIndex TestGalleriesSection::section() const
{
    return m_model->index(0, 0);
}

void TestGalleriesSection::listsGalleriesWithEventAndCount()
{
    QAbstractItemModelTester tester(m_model.get());
    // No gallery, no heading.
    QCOMPARE(m_model->rowCount(), 0);

    EventRecord record;
    record.title = QStringLiteral("Kubecon Paris");
    const qint64 event = EventRepository(m_catalog->connection()).insert(record);
    QVERIFY(event != 0);
    const qint64 first = push(m_galleries->createFromPhotos(m_photos.mid(0, 3)));
    const qint64 second =
        push(m_galleries->createFromPhotos(m_photos.mid(2, 2), QStringLiteral("Booths"), event));

    QCOMPARE(section().data().toString(), QStringLiteral("Galleries"));
    QCOMPARE(m_model->rowCount(section()), 2);
    const QModelIndex a = m_model->index(0, 0, section());
    const QModelIndex b = m_model->index(1, 0, section());
    QCOMPARE(a.data().toString(), QStringLiteral("Untitled Gallery"));
    QCOMPARE(a.data(SidebarModel::SubtitleRole).toString(), QStringLiteral("Stands alone"));
    QCOMPARE(a.data(SidebarModel::CountRole).toInt(), 3);
    QCOMPARE(a.data(SidebarModel::SourceRole).value<PhotoSource>(), PhotoSource::gallery(first));
    QCOMPARE(b.data().toString(), QStringLiteral("Booths"));
    QCOMPARE(b.data(SidebarModel::SubtitleRole).toString(), QStringLiteral("Kubecon Paris"));
    QCOMPARE(b.data(SidebarModel::CountRole).toInt(), 2);
    QCOMPARE(m_model->indexOfSource(PhotoSource::gallery(second)), b);
    QVERIFY(!PhotoSource::gallery(second).showsPhotoGrid());
}

void TestGalleriesSection::followsEditsAndUndo()
{
    const qint64 id = push(m_galleries->createFromPhotos(m_photos.mid(0, 2)));
    const QModelIndex row = m_model->indexOfSource(PhotoSource::gallery(id));
    QVERIFY(row.isValid());

    push(m_galleries->rename(id, QStringLiteral("Lisbon")));
    QCOMPARE(m_model->indexOfSource(PhotoSource::gallery(id)).data().toString(),
             QStringLiteral("Lisbon"));
    push(m_galleries->addPhotos(id, m_photos.mid(2, 3)));
    QCOMPARE(m_model->indexOfSource(PhotoSource::gallery(id)).data(SidebarModel::CountRole).toInt(),
             5);
    m_stack.undo();
    QCOMPARE(m_model->indexOfSource(PhotoSource::gallery(id)).data(SidebarModel::CountRole).toInt(),
             2);
    push(m_galleries->deleteGallery(id));
    QVERIFY(!m_model->indexOfSource(PhotoSource::gallery(id)).isValid());
    m_stack.undo();
    QVERIFY(m_model->indexOfSource(PhotoSource::gallery(id)).isValid());
}

QTEST_GUILESS_MAIN(TestGalleriesSection)
#include "tst_galleriessection.moc"
