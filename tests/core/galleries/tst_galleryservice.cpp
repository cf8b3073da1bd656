#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/events/eventrepository.h"
#include "core/galleries/galleryeditcommand.h"
#include "core/galleries/gallerylayout.h"
#include "core/galleries/galleryservice.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

namespace {

// Everything the catalog holds of galleries, to compare before and after edits exactly.
struct Snapshot
{
    QList<Gallery> galleries;
    QList<QList<GalleryItem>> items;

    friend bool operator==(const Snapshot &, const Snapshot &) = default;
};

// QPointF's == forgives small differences; a position must come back exactly.
bool sameExactly(const QList<GalleryItem> &a, const QList<GalleryItem> &b)
{
    if (a != b)
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const auto &p = a.at(i).look.position;
        const auto &q = b.at(i).look.position;
        if (p && (p->x() != q->x() || p->y() != q->y()))
            return false;
    }
    return true;
}

} // namespace

class TestGalleryService : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void createsFromASelection();
    void galleriesSurviveReopening();
    void everyEditIsUndoneExactly();
    void stripAndGridSnapToOrderBoardKeepsPlace();
    void reshuffleGivesANewPicture();
    void notesSayWhenTheirPhotoIsMissingOrGone();
    void eventDeletionLeavesTheGalleryStanding();
    void errorsAndEmptyEdits();

private:
    qint64 addPhoto(const QString &name, QSize size = {4000, 3000}, int orientation = 1);
    Snapshot snapshot() const;
    GalleryEdit push(const GalleryEdit &edit);
    qint64 newGallery(int photos, GalleryStyle style = GalleryStyle::Strip);
    void reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<GalleryService> m_service;
    std::unique_ptr<QUndoStack> m_stack;
    QList<qint64> m_photos;
};

void TestGalleryService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    reopen();
    m_photos.clear();
    for (int i = 0; i < 8; ++i) {
        // Landscape, portrait (turned by its orientation tag), square, in turn.
        const int shape = i % 3;
        m_photos.append(addPhoto(QStringLiteral("kubecon_%1.jpg").arg(i),
                                 shape == 2 ? QSize(3000, 3000) : QSize(4000, 3000),
                                 shape == 1 ? 6 : 1));
    }
}

void TestGalleryService::cleanup()
{
    m_stack.reset();
    m_service.reset();
    m_catalog.reset();
    m_dir.reset();
}

void TestGalleryService::reopen()
{
    m_stack.reset();
    m_service.reset();
    m_catalog.reset();
    m_catalog = std::make_unique<Catalog>(m_dir->filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
    m_service = std::make_unique<GalleryService>(m_catalog->connection());
    m_stack = std::make_unique<QUndoStack>();
}

qint64 TestGalleryService::addPhoto(const QString &name, QSize size, int orientation)
{
    PhotoRecord photo;
    photo.path = m_dir->filePath(name);
    photo.fileSize = 1000;
    photo.identityKey = name.toUtf8();
    photo.importedAt = QDateTime::currentDateTimeUtc();
    photo.metadata.width = size.width();
    photo.metadata.height = size.height();
    photo.metadata.orientation = orientation;
    const qint64 id = PhotoRepository(m_catalog->connection()).insert(photo);
    [&] { QVERIFY(id != 0); }();
    return id;
}

Snapshot TestGalleryService::snapshot() const
{
    Snapshot snapshot;
    snapshot.galleries = m_service->galleries();
    for (const Gallery &gallery : std::as_const(snapshot.galleries)) {
        QList<GalleryItem> items;
        for (const GalleryNote &note : m_service->notes(gallery.id))
            items.append(note.item);
        snapshot.items.append(items);
    }
    return snapshot;
}

GalleryEdit TestGalleryService::push(const GalleryEdit &edit)
{
    [&] { QVERIFY2(!edit.isEmpty(), qPrintable(m_service->lastError())); }();
    m_stack->push(new GalleryEditCommand(*m_service, edit));
    return edit;
}

qint64 TestGalleryService::newGallery(int photos, GalleryStyle style)
{
    return push(m_service->createFromPhotos(m_photos.mid(0, photos), QStringLiteral("KubeCon"), 0,
                                            style))
        .focusGalleryId;
}

void TestGalleryService::createsFromASelection()
{
    QSignalSpy listChanged(m_service.get(), &GalleryService::galleriesChanged);
    QSignalSpy changed(m_service.get(), &GalleryService::galleryChanged);
    // Unknown photos and repeats are left out; the order of the selection is kept.
    const QList<qint64> selection{m_photos.at(3), 999, m_photos.at(1), m_photos.at(3),
                                  m_photos.at(0)};
    const GalleryEdit edit =
        push(m_service->createFromPhotos(selection, QStringLiteral("  Day one  ")));
    // Core tests load no translation: English plural forms come from corkboard_en.ts.
    QCOMPARE(edit.text, QStringLiteral("New Gallery from 3 Photo(s)"));
    const qint64 id = edit.focusGalleryId;
    QCOMPARE(listChanged.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), id);

    const Gallery gallery = *m_service->gallery(id);
    QCOMPARE(gallery.title, QStringLiteral("Day one"));
    QCOMPARE(gallery.eventId, 0);
    QCOMPARE(gallery.style, GalleryStyle::Strip);
    QCOMPARE(gallery.boardWidth, Gallery::kDefaultBoardWidth);
    QCOMPARE(GalleryService::displayTitle(gallery), QStringLiteral("Day one"));
    QCOMPARE(GalleryService::displayTitle(Gallery()), QStringLiteral("Untitled Gallery"));

    const QList<GalleryNote> notes = m_service->notes(id);
    QCOMPARE(notes.size(), 3);
    QList<qint64> photos;
    for (const GalleryNote &note : notes) {
        QCOMPARE(note.item.position, int(photos.size()));
        QCOMPARE(note.item.galleryId, id);
        QCOMPARE(note.photoState, GalleryNote::PhotoState::Ok);
        photos.append(note.item.photoId);
    }
    QCOMPARE(photos, (QList<qint64>{m_photos.at(3), m_photos.at(1), m_photos.at(0)}));
    // Photo 1 is stored 4000 x 3000 with orientation 6: seen upright, it is a portrait.
    QCOMPARE(notes.at(1).displayedSize, QSize(3000, 4000));
    QCOMPARE(notes.at(1).path, m_dir->filePath(QStringLiteral("kubecon_1.jpg")));

    // Its board is the layout of its notes with its seed.
    const GalleryBoard board = m_service->board(id);
    QCOMPARE(board, GalleryLayout::layout(GalleryStyle::Strip, gallery.seed,
                                          GalleryService::layoutInputs(notes), 1200));
    QCOMPARE(board.notes.at(1).photoRect.height(), board.notes.at(1).photoRect.width() * 4 / 3);

    m_stack->undo();
    QVERIFY(m_service->galleries().isEmpty());
    m_stack->redo();
    QCOMPARE(*m_service->gallery(id), gallery);
    QCOMPARE(m_service->notes(id).size(), 3);
}

void TestGalleryService::galleriesSurviveReopening()
{
    const qint64 event = EventRepository(m_catalog->connection()).insert(EventRecord());
    QVERIFY(event != 0);
    const qint64 id = push(m_service->createFromPhotos(m_photos.mid(0, 5), QStringLiteral("Party"),
                                                       event, GalleryStyle::Board))
                          .focusGalleryId;
    const QList<GalleryNote> notes = m_service->notes(id);
    // Every field of a note's look set by hand, in values that must come back exactly.
    push(m_service->setCaption(notes.at(0).item.id, QStringLiteral("Joe Beda signs “the book”")));
    push(m_service->rotateItem(notes.at(1).item.id, -7.125));
    push(m_service->resizeItem(notes.at(2).item.id, 287.3));
    push(m_service->moveItem(notes.at(3).item.id, QPointF(640.25, 333.5)));
    push(m_service->setPaperColor({notes.at(4).item.id}, QColor(0xec, 0xb1, 0xb7)));
    push(m_service->setPin({notes.at(4).item.id, notes.at(0).item.id}, NotePin::Tape));
    const Snapshot before = snapshot();
    const GalleryBoard board = m_service->board(id);

    reopen();
    const Snapshot after = snapshot();
    QCOMPARE(after, before);
    QVERIFY(sameExactly(after.items.first(), before.items.first()));
    const QList<GalleryItem> &items = after.items.first();
    QCOMPARE(after.galleries.first().eventId, event);
    QCOMPARE(after.galleries.first().style, GalleryStyle::Board);
    QCOMPARE(items.at(0).caption, QStringLiteral("Joe Beda signs “the book”"));
    QCOMPARE(items.at(0).look.pin, NotePin::Tape);
    QCOMPARE(items.at(1).look.rotation, -7.125);
    QCOMPARE(items.at(2).look.width, 287.3);
    QCOMPARE(items.at(3).look.position->x(), 640.25);
    QCOMPARE(items.at(3).look.position->y(), 333.5);
    QCOMPARE(items.at(4).look.paperColor, QColor(0xec, 0xb1, 0xb7));
    QVERIFY(!items.at(1).look.paperColor.isValid());
    QVERIFY(!items.at(0).look.width && !items.at(0).look.position);
    // The same seed and notes: the same picture as before closing.
    QCOMPARE(m_service->board(id), board);
    QCOMPARE(m_service->galleriesOfEvent(event).size(), 1);
    QVERIFY(m_service->galleriesOfEvent(event + 1).isEmpty());
}

void TestGalleryService::everyEditIsUndoneExactly()
{
    QSignalSpy listChanged(m_service.get(), &GalleryService::galleriesChanged);
    const qint64 event = EventRepository(m_catalog->connection()).insert(EventRecord());
    QList<Snapshot> states{snapshot()};
    QStringList texts;
    const auto step = [&](const GalleryEdit &edit) {
        push(edit);
        states.append(snapshot());
        texts.append(edit.text);
        QVERIFY(states.last() != states.at(states.size() - 2));
    };
    step(m_service->createFromPhotos(m_photos.mid(0, 4), QStringLiteral("KubeCon")));
    const qint64 id = m_service->galleries().first().id;
    const auto item = [&](int position) { return m_service->notes(id).at(position).item.id; };
    step(m_service->rename(id, QStringLiteral("KubeCon Europe 2019")));
    step(m_service->setEvent(id, event));
    step(m_service->setStyle(id, GalleryStyle::Board));
    step(m_service->moveItem(item(0), QPointF(400, 300)));
    step(m_service->rotateItem(item(1), 370));
    step(m_service->resizeItem(item(2), 5000));
    step(m_service->reshuffle(id, 77));
    step(m_service->addPhotos(id, {m_photos.at(6), m_photos.at(0), m_photos.at(7)}, 1));
    step(m_service->setStyle(id, GalleryStyle::Strip));
    step(m_service->moveItem(item(0), m_service->board(id).notes.at(4).rect.topLeft()));
    step(m_service->reorderItem(item(5), 0));
    step(m_service->setCaption(item(2), QStringLiteral("Poble Espanyol")));
    step(m_service->setPaperColor({item(0), item(1)}, QColor(0x80, 0x40, 0x20, 0x10)));
    step(m_service->setPin({item(3)}, NotePin::None));
    step(m_service->removeItems({item(1), item(4)}));
    step(m_service->setEvent(id, 0));
    step(m_service->deleteGallery(id));
    QCOMPARE(
        texts,
        (QStringList{
            QStringLiteral("New Gallery from 4 Photo(s)"), QStringLiteral("Rename Gallery"),
            QStringLiteral("Change Gallery Event"), QStringLiteral("Change Gallery Style"),
            QStringLiteral("Move Note"), QStringLiteral("Rotate Note"),
            QStringLiteral("Resize Note"), QStringLiteral("Reshuffle Gallery"),
            QStringLiteral("Add 2 Photo(s) to Gallery"), QStringLiteral("Change Gallery Style"),
            QStringLiteral("Move Note"), QStringLiteral("Move Note"),
            QStringLiteral("Edit Caption"), QStringLiteral("Change Note Color"),
            QStringLiteral("Change Note Pin"), QStringLiteral("Remove 2 Note(s)"),
            QStringLiteral("Change Gallery Event"), QStringLiteral("Delete Gallery")}));
    QCOMPARE(m_stack->count(), texts.size());
    QVERIFY(m_service->galleries().isEmpty());
    // Every gallery change was announced (the note edits only to the gallery itself).
    QCOMPARE(listChanged.count(), 8);

    // Back to the start one step at a time, each state exactly as it was; then forward again.
    for (qsizetype i = states.size() - 2; i >= 0; --i) {
        m_stack->undo();
        const Snapshot now = snapshot();
        QVERIFY2(now == states.at(i),
                 qPrintable(QStringLiteral("after undoing %1").arg(texts.at(i))));
        for (qsizetype g = 0; g < now.items.size(); ++g)
            QVERIFY(sameExactly(now.items.at(g), states.at(i).items.at(g)));
    }
    for (qsizetype i = 1; i < states.size(); ++i) {
        m_stack->redo();
        QVERIFY2(snapshot() == states.at(i),
                 qPrintable(QStringLiteral("after redoing %1").arg(texts.at(i - 1))));
    }

    // What a few of the steps did, checked on their states.
    const QList<GalleryItem> rotated = states.at(6).items.first();
    QCOMPARE(rotated.at(1).look.rotation, 10.0); // 370 degrees is 10
    QCOMPARE(states.at(7).items.first().at(2).look.width, GalleryLayout::kMaxPhotoWidth);
    // The reshuffle took the seed given and forgot the notes' hand placement.
    QCOMPARE(states.at(8).galleries.first().seed, 77u);
    for (const GalleryItem &note : states.at(8).items.first())
        QVERIFY(!note.look.position && !note.look.rotation && !note.look.width);
    // Two new notes at 1 (photo 0 was there already), the rest moved down.
    QList<qint64> photos;
    for (const GalleryItem &note : states.at(9).items.first())
        photos.append(note.photoId);
    QCOMPARE(photos, (QList<qint64>{m_photos.at(0), m_photos.at(6), m_photos.at(7), m_photos.at(1),
                                    m_photos.at(2), m_photos.at(3)}));
    // Paper colour without its alpha.
    QCOMPARE(states.at(14).items.first().at(0).look.paperColor, QColor(0x80, 0x40, 0x20));
    // Removing closes up the order.
    QCOMPARE(states.at(16).items.first().size(), 4);
    for (qsizetype i = 0; i < 4; ++i)
        QCOMPARE(states.at(16).items.first().at(i).position, int(i));
}

void TestGalleryService::stripAndGridSnapToOrderBoardKeepsPlace()
{
    const qint64 id = newGallery(5);
    const auto order = [&] {
        QList<qint64> photos;
        for (const GalleryNote &note : m_service->notes(id))
            photos.append(note.item.photoId);
        return photos;
    };
    const QList<GalleryNote> notes = m_service->notes(id);
    // The first note dropped on the fourth takes its place; the others move up.
    const GalleryBoard board = m_service->board(id);
    push(m_service->moveItem(notes.at(0).item.id,
                             board.notes.at(3).rect.topLeft() + QPointF(5, -5)));
    QCOMPARE(order(), (QList<qint64>{m_photos.at(1), m_photos.at(2), m_photos.at(3), m_photos.at(0),
                                     m_photos.at(4)}));
    QVERIFY(!m_service->note(notes.at(0).item.id)->item.look.position);
    // Dropped where it is: nothing to do.
    QVERIFY(
        m_service->moveItem(notes.at(0).item.id, m_service->board(id).notes.at(3).rect.topLeft())
            .isEmpty());
    push(m_service->reorderItem(notes.at(4).item.id, -3)); // to the front
    QCOMPARE(order().first(), m_photos.at(4));

    // In a grid the same.
    push(m_service->setStyle(id, GalleryStyle::Grid));
    push(m_service->moveItem(notes.at(4).item.id, m_service->board(id).notes.at(2).rect.topLeft()));
    QCOMPARE(order().at(2), m_photos.at(4));

    // On a board a note stays where it is dropped, kept on the board.
    push(m_service->setStyle(id, GalleryStyle::Board));
    push(m_service->moveItem(notes.at(2).item.id, QPointF(321.5, 654.25)));
    QCOMPARE(*m_service->note(notes.at(2).item.id)->item.look.position, QPointF(321.5, 654.25));
    const int index = m_service->note(notes.at(2).item.id)->item.position;
    QCOMPARE(m_service->board(id).notes.at(index).rect.topLeft(), QPointF(321.5, 654.25));
    push(m_service->moveItem(notes.at(2).item.id, QPointF(-500, -20)));
    const NotePlacement placed = m_service->board(id).notes.at(index);
    QVERIFY(std::abs(placed.bounds().left()) < 1e-6 && std::abs(placed.bounds().top()) < 1e-6);
    QCOMPARE(*m_service->note(notes.at(2).item.id)->item.look.position, placed.rect.topLeft());
}

void TestGalleryService::reshuffleGivesANewPicture()
{
    const qint64 id = newGallery(6, GalleryStyle::Board);
    const Gallery before = *m_service->gallery(id);
    const GalleryBoard board = m_service->board(id);
    push(m_service->rotateItem(m_service->notes(id).at(0).item.id, 30));
    push(m_service->setCaption(m_service->notes(id).at(0).item.id, QStringLiteral("Keynote")));
    push(m_service->reshuffle(id));
    const Gallery after = *m_service->gallery(id);
    QVERIFY(after.seed != before.seed);
    QVERIFY(m_service->board(id) != board);
    // Turned by the layout again; the caption stays.
    QVERIFY(!m_service->notes(id).at(0).item.look.rotation);
    QCOMPARE(m_service->notes(id).at(0).item.caption, QStringLiteral("Keynote"));
    m_stack->undo();
    QCOMPARE(m_service->gallery(id)->seed, before.seed);
    QCOMPARE(m_service->notes(id).at(0).item.look.rotation, 30.0);
    // The same seed again with nothing placed by hand: nothing to do.
    m_stack->undo();
    m_stack->undo();
    QVERIFY(m_service->reshuffle(id, before.seed).isEmpty());
}

void TestGalleryService::notesSayWhenTheirPhotoIsMissingOrGone()
{
    const qint64 id = newGallery(4);
    const QList<GalleryNote> notes = m_service->notes(id);
    PhotoRepository photos(m_catalog->connection());
    QVERIFY(photos.setState(m_photos.at(1), PhotoState::Missing, QStringLiteral("gone from disk")));
    QVERIFY(photos.setState(m_photos.at(2), PhotoState::Unreadable, QStringLiteral("truncated")));
    // A photo removed from the catalog: its note stays, without it.
    QSqlQuery query(m_catalog->connection().database());
    query.prepare(QStringLiteral("DELETE FROM photos WHERE id = ?"));
    query.addBindValue(m_photos.at(3));
    QVERIFY(query.exec());

    const QList<GalleryNote> now = m_service->notes(id);
    QCOMPARE(now.size(), 4);
    QCOMPARE(now.at(0).photoState, GalleryNote::PhotoState::Ok);
    QVERIFY(now.at(0).hasPhoto());
    QCOMPARE(now.at(1).photoState, GalleryNote::PhotoState::Missing);
    QVERIFY(!now.at(1).hasPhoto());
    // A missing photo keeps its path and shape: the note looks as it did, saying the file is gone.
    QCOMPARE(now.at(1).path, notes.at(1).path);
    QCOMPARE(now.at(1).displayedSize, QSize(3000, 4000));
    QCOMPARE(now.at(2).photoState, GalleryNote::PhotoState::Unreadable);
    QCOMPARE(now.at(3).photoState, GalleryNote::PhotoState::Gone);
    QCOMPARE(now.at(3).item.photoId, 0);
    QVERIFY(now.at(3).path.isEmpty());
    QCOMPARE(now.at(3).aspectRatio(), 0.0);
    QCOMPARE(now.at(3).item.id, notes.at(3).item.id);
    // Still on the board, drawn 4:3.
    const GalleryBoard board = m_service->board(id);
    QCOMPARE(board.notes.size(), 4);
    QCOMPARE(board.notes.at(3).photoRect.height(), board.notes.at(3).photoRect.width() * 3 / 4);

    // Notes of a gone photo can be edited, removed and brought back.
    push(m_service->setCaption(now.at(3).item.id, QStringLiteral("Lost")));
    push(m_service->removeItems({now.at(3).item.id}));
    m_stack->undo();
    QCOMPARE(m_service->note(now.at(3).item.id)->item.caption, QStringLiteral("Lost"));
    QCOMPARE(m_service->note(now.at(3).item.id)->photoState, GalleryNote::PhotoState::Gone);

    // Undo and redo across a photo's removal: the note comes back without it.
    const GalleryEdit added = push(m_service->addPhotos(id, {m_photos.at(5)}));
    m_stack->undo();
    query.prepare(QStringLiteral("DELETE FROM photos WHERE id = ?"));
    query.addBindValue(m_photos.at(5));
    QVERIFY(query.exec());
    m_stack->redo();
    const qint64 readded = added.itemsAfter.firstKey();
    QCOMPARE(m_service->note(readded)->photoState, GalleryNote::PhotoState::Gone);
    QCOMPARE(m_service->notes(id).size(), 5);
}

void TestGalleryService::eventDeletionLeavesTheGalleryStanding()
{
    EventRepository events(m_catalog->connection());
    const qint64 event = events.insert(EventRecord());
    const qint64 id =
        push(m_service->createFromPhotos(m_photos.mid(0, 2), QStringLiteral("Meetup"), event))
            .focusGalleryId;
    QCOMPARE(m_service->gallery(id)->eventId, event);
    QVERIFY(events.remove(event));
    QCOMPARE(m_service->gallery(id)->eventId, 0);
    QCOMPARE(m_service->notes(id).size(), 2);
    // Deleting a gallery deletes its notes, not its photos.
    push(m_service->deleteGallery(id));
    QSqlQuery query(m_catalog->connection().database());
    QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM gallery_items")) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QCOMPARE(PhotoRepository(m_catalog->connection()).count(), m_photos.size());
}

void TestGalleryService::errorsAndEmptyEdits()
{
    const qint64 id = newGallery(3);
    const qint64 item = m_service->notes(id).first().item.id;
    QVERIFY(m_service->rename(id, QStringLiteral("KubeCon ")).isEmpty()); // the same, trimmed
    QVERIFY(m_service->setStyle(id, GalleryStyle::Strip).isEmpty());
    QVERIFY(m_service->setCaption(item, QString()).isEmpty());
    QVERIFY(m_service->rotateItem(item, std::nullopt).isEmpty());
    QVERIFY(m_service->setPin({item}, NotePin::Automatic).isEmpty());
    QVERIFY(m_service->addPhotos(id, m_photos.mid(0, 3)).isEmpty()); // all there already
    QVERIFY(m_service->reorderItem(item, 0).isEmpty());

    QVERIFY(m_service->rename(404, QStringLiteral("x")).isEmpty());
    QCOMPARE(m_service->lastError(), QStringLiteral("The gallery no longer exists."));
    QVERIFY(m_service->setCaption(404, QStringLiteral("x")).isEmpty());
    QCOMPARE(m_service->lastError(), QStringLiteral("The note no longer exists."));
    QVERIFY(m_service->createFromPhotos({404, 405}).isEmpty());
    QCOMPARE(m_service->lastError(), QStringLiteral("Select the photos the new gallery holds."));
    QVERIFY(m_service->createFromPhotos(m_photos, {}, 404).isEmpty());
    QCOMPARE(m_service->lastError(), QStringLiteral("The event no longer exists."));
    QVERIFY(m_service->setEvent(id, 404).isEmpty());
    QVERIFY(m_service->removeItems({item, 404}).isEmpty());
    QVERIFY(!m_service->board(404).notes.size());
    QCOMPARE(m_stack->count(), 1);
}

QTEST_GUILESS_MAIN(TestGalleryService)
#include "tst_galleryservice.moc"
