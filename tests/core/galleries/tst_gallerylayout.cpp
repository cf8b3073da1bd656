#include "core/galleries/gallerylayout.h"

#include <QTest>
#include <QTransform>

#include <cmath>

namespace {

constexpr double kEpsilon = 1e-9;

// Photos of the shapes a trip brings home: landscape, portrait, square, a panorama, a sliver and
// one whose size is unknown (a missing file).
QList<NoteInput> tripNotes(int count = 12)
{
    const double shapes[] = {4.0 / 3.0, 3.0 / 4.0, 1.0, 16.0 / 9.0, 3.0, 0.4, 0.0, 3.0 / 2.0};
    QList<NoteInput> notes;
    for (int i = 0; i < count; ++i)
        notes.append({qint64(100 + i), shapes[i % 8], {}});
    return notes;
}

// The note's outline computed here, not by the code under test: its paper's corners turned
// about its centre.
QRectF outline(const NotePlacement &note)
{
    const QPointF centre = note.rect.center();
    QTransform turn;
    turn.translate(centre.x(), centre.y());
    turn.rotate(note.rotation);
    turn.translate(-centre.x(), -centre.y());
    return turn.mapRect(note.rect);
}

double overlap(const NotePlacement &a, const NotePlacement &b)
{
    const QRectF first = outline(a);
    const QRectF second = outline(b);
    const QRectF shared = first.intersected(second);
    if (shared.isEmpty())
        return 0.0;
    return shared.width() * shared.height() /
           std::min(first.width() * first.height(), second.width() * second.height());
}

QString describe(const NotePlacement &note)
{
    return QStringLiteral("note %1 at (%2, %3) %4 x %5, %6 deg")
        .arg(note.index)
        .arg(note.rect.x())
        .arg(note.rect.y())
        .arg(note.rect.width())
        .arg(note.rect.height())
        .arg(note.rotation);
}

} // namespace

class TestGalleryLayout : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSamePicture_data();
    void sameSeedSamePicture();
    void stripMatchesItsPinnedPicture();
    void stripLooksLikeTheReference();
    void stripRowsAreCentredAndApart();
    void everyNoteStaysOnTheBoard_data();
    void everyNoteStaysOnTheBoard();
    void boardOverlapsALittleAndNoMore();
    void gridIsStraightAndIgnoresTheSeed();
    void overridesWin();
    void handPlacedNotesStayOnTheBoard();
    void otherNotesKeepTheirLookWhenOneGoes();
    void paperFitsThePhoto();
    void droppedNoteSnapsToTheNearest();
};

void TestGalleryLayout::sameSeedSamePicture_data()
{
    QTest::addColumn<GalleryStyle>("style");
    QTest::newRow("strip") << GalleryStyle::Strip;
    QTest::newRow("board") << GalleryStyle::Board;
    QTest::newRow("grid") << GalleryStyle::Grid;
}

void TestGalleryLayout::sameSeedSamePicture()
{
    QFETCH(GalleryStyle, style);
    const QList<NoteInput> notes = tripNotes();
    const GalleryBoard first = GalleryLayout::layout(style, 2019, notes, 1200);
    QCOMPARE(first.notes.size(), notes.size());
    // Exactly the same numbers, not merely close (QRectF's == is fuzzy: compare the doubles).
    const GalleryBoard again = GalleryLayout::layout(style, 2019, notes, 1200);
    QCOMPARE(again.size.height(), first.size.height());
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const NotePlacement &a = first.notes.at(i);
        const NotePlacement &b = again.notes.at(i);
        QCOMPARE(b.index, int(i));
        QCOMPARE(b.itemId, notes.at(i).itemId);
        QVERIFY(a.rect.x() == b.rect.x() && a.rect.y() == b.rect.y());
        QVERIFY(a.rect.width() == b.rect.width() && a.rect.height() == b.rect.height());
        QVERIFY(a.rotation == b.rotation);
        QCOMPARE(b.paperColor, a.paperColor);
        QCOMPARE(b.pin, a.pin);
        QCOMPARE(b.pinColor, a.pinColor);
    }
    // Another seed, another picture (a grid is the same whatever the seed: see below).
    if (style != GalleryStyle::Grid)
        QVERIFY(GalleryLayout::layout(style, 2020, notes, 1200) != first);
}

void TestGalleryLayout::stripMatchesItsPinnedPicture()
{
    // The widths seed 2019 gives five notes with ids 1-5, pinned (and worked out by hand from
    // SplitMix64): a change to the random source or to the way the strip draws from it would
    // change every user's galleries and exports.
    QList<NoteInput> notes;
    for (qint64 id = 1; id <= 5; ++id)
        notes.append({id, 4.0 / 3.0, {}});
    const GalleryBoard board = GalleryLayout::layout(GalleryStyle::Strip, 2019, notes, 1200);
    QList<double> widths;
    for (const NotePlacement &note : board.notes)
        widths.append(note.photoRect.width());
    QCOMPARE(widths, (QList<double>{350, 340, 350, 270, 340}));
}

void TestGalleryLayout::stripLooksLikeTheReference()
{
    // The reference post: widths 270-350 px in steps of 10, tilted -6, +4, -3, +5 degrees in turn
    // on yellow, green, blue and pink paper, taped.
    QSet<double> widths;
    for (quint32 seed : {1u, 2u, 3u, 2019u, 4000000000u}) {
        const GalleryBoard board =
            GalleryLayout::layout(GalleryStyle::Strip, seed, tripNotes(16), 1200);
        for (const NotePlacement &note : board.notes) {
            const double width = note.photoRect.width();
            QVERIFY2(width >= 270 && width <= 350 && std::fmod(width, 10.0) == 0.0,
                     qPrintable(describe(note)));
            widths.insert(width);
            QCOMPARE(note.rotation, (QList<double>{-6, 4, -3, 5}).at(note.index % 4));
            QCOMPARE(note.paperColor,
                     (QList<QColor>{QColor(0xff, 0xff, 0xcc), QColor(0xcc, 0xff, 0xcc),
                                    QColor(0xcc, 0xcc, 0xff), QColor(0xec, 0xb1, 0xb7)})
                         .at(note.index % 4));
            QCOMPARE(note.pin, NotePin::Tape);
            QCOMPARE(note.pinColor, GalleryLayout::tapeColor());
        }
    }
    // Varied: most of the nine widths turn up.
    QVERIFY2(widths.size() >= 7, qPrintable(QString::number(widths.size())));
}

void TestGalleryLayout::stripRowsAreCentredAndApart()
{
    const GalleryBoard board = GalleryLayout::layout(GalleryStyle::Strip, 7, tripNotes(), 1200);
    // Rows: notes sharing a middle line, in order.
    QList<QList<NotePlacement>> rows;
    for (const NotePlacement &note : board.notes) {
        if (rows.isEmpty() ||
            std::abs(rows.last().last().rect.center().y() - note.rect.center().y()) > 1e-6)
            rows.append(QList<NotePlacement>());
        rows.last().append(note);
    }
    QVERIFY2(rows.size() >= 3, qPrintable(QString::number(rows.size())));
    double previousBottom = 0.0;
    for (const QList<NotePlacement> &row : rows) {
        const double left = outline(row.first()).left();
        const double right = outline(row.last()).right();
        QVERIFY(std::abs(left - (1200 - right)) < 1e-6); // centred
        double top = row.first().rect.center().y();
        double bottom = top;
        for (qsizetype i = 0; i < row.size(); ++i) {
            top = std::min(top, outline(row.at(i)).top());
            bottom = std::max(bottom, outline(row.at(i)).bottom());
            if (i > 0) // the gap between neighbours
                QVERIFY(std::abs(outline(row.at(i)).left() - outline(row.at(i - 1)).right() -
                                 GalleryLayout::kStripGap) < 1e-6);
        }
        QVERIFY(top - previousBottom >= GalleryLayout::kStripRowGap - 1e-6 || previousBottom == 0);
        previousBottom = bottom;
    }
    QVERIFY(std::abs(board.size.height() - previousBottom - GalleryLayout::kMargin) < 1e-6);
}

void TestGalleryLayout::everyNoteStaysOnTheBoard_data()
{
    QTest::addColumn<GalleryStyle>("style");
    QTest::addColumn<int>("boardWidth");
    for (int width : {400, 700, 1200, 1900}) {
        QTest::addRow("strip %d", width) << GalleryStyle::Strip << width;
        QTest::addRow("board %d", width) << GalleryStyle::Board << width;
        QTest::addRow("grid %d", width) << GalleryStyle::Grid << width;
    }
    // Narrower than a board can be: laid out as the narrowest board.
    QTest::addRow("strip too narrow") << GalleryStyle::Strip << 100;
}

void TestGalleryLayout::everyNoteStaysOnTheBoard()
{
    QFETCH(GalleryStyle, style);
    QFETCH(int, boardWidth);
    const double width = std::max(boardWidth, GalleryLayout::kMinBoardWidth);
    for (quint32 seed = 1; seed <= 60; ++seed) {
        QList<NoteInput> notes = tripNotes(int(seed % 20));
        // Some notes made huge and turned by hand: they must still fit.
        if (!notes.isEmpty()) {
            notes.first().look.width = 1000;
            notes.first().look.rotation = 45;
        }
        const GalleryBoard board = GalleryLayout::layout(style, seed, notes, boardWidth);
        QCOMPARE(board.size.width(), width);
        QCOMPARE(board.notes.size(), notes.size());
        for (const NotePlacement &note : board.notes) {
            const QRectF bounds = outline(note);
            QVERIFY2(bounds.left() >= -kEpsilon && bounds.right() <= width + kEpsilon &&
                         bounds.top() >= -kEpsilon &&
                         bounds.bottom() <= board.size.height() + kEpsilon,
                     qPrintable(describe(note)));
            // bounds() says the same as the turned corners.
            QVERIFY(std::abs(note.bounds().left() - bounds.left()) < 1e-6);
            QVERIFY(std::abs(note.bounds().bottom() - bounds.bottom()) < 1e-6);
            QVERIFY(note.photoRect.width() >= GalleryLayout::kMinPhotoWidth);
            QVERIFY(note.rect.contains(note.photoRect));
        }
    }
}

void TestGalleryLayout::boardOverlapsALittleAndNoMore()
{
    double most = 0.0;
    int overlapping = 0;
    for (quint32 seed = 1; seed <= 200; ++seed) {
        const GalleryBoard board =
            GalleryLayout::layout(GalleryStyle::Board, seed, tripNotes(14), 1200);
        for (qsizetype i = 0; i < board.notes.size(); ++i) {
            const NotePlacement &note = board.notes.at(i);
            QVERIFY(std::abs(note.rotation) <= GalleryLayout::kBoardMaxTilt);
            QVERIFY(note.photoRect.width() >= 200 && note.photoRect.width() <= 320);
            QCOMPARE(note.pin, NotePin::Pin);
            for (qsizetype j = 0; j < i; ++j) {
                const double shared = overlap(note, board.notes.at(j));
                QVERIFY2(shared <= GalleryLayout::kBoardMaxOverlap + kEpsilon,
                         qPrintable(QStringLiteral("seed %1: %2 and %3 share %4")
                                        .arg(seed)
                                        .arg(describe(note), describe(board.notes.at(j)))
                                        .arg(shared)));
                most = std::max(most, shared);
                overlapping += shared > 0.0 ? 1 : 0;
                QVERIFY(std::abs(GalleryLayout::overlapRatio(note, board.notes.at(j)) - shared) <
                        1e-9);
            }
        }
    }
    // Scattered like a cork board: notes do overlap, often, and some nearly to the limit.
    QVERIFY2(overlapping > 500, qPrintable(QString::number(overlapping)));
    QVERIFY2(most > 0.15, qPrintable(QString::number(most)));
}

void TestGalleryLayout::gridIsStraightAndIgnoresTheSeed()
{
    const GalleryBoard board = GalleryLayout::layout(GalleryStyle::Grid, 1, tripNotes(), 1200);
    QCOMPARE(GalleryLayout::layout(GalleryStyle::Grid, 99, tripNotes(), 1200), board);
    // 1152 units between the margins hold three columns of 368 with two gaps of 24.
    for (const NotePlacement &note : board.notes) {
        QCOMPARE(note.rotation, 0.0);
        QCOMPARE(note.rect.width(), 368.0);
        QCOMPARE(note.photoRect.width(), 348.0);
        QCOMPARE(note.rect.left(), 24.0 + (note.index % 3) * (368.0 + 24.0));
        QCOMPARE(note.pin, NotePin::None);
        // Rows top-aligned.
        QCOMPARE(note.rect.top(), board.notes.at(note.index - note.index % 3).rect.top());
    }
    QCOMPARE(board.notes.at(0).rect.top(), 24.0);
    // The second row starts below the first row's tallest note (the portrait, 348 / 0.75 high).
    QCOMPARE(board.notes.at(3).rect.top(), 24.0 + (10 + 464 + 36) + 24.0);
}

void TestGalleryLayout::overridesWin()
{
    QList<NoteInput> notes = tripNotes(4);
    notes[1].look.width = 400;
    notes[1].look.rotation = -12.5;
    notes[1].look.paperColor = QColor(0x12, 0x34, 0x56);
    notes[1].look.pin = NotePin::None;
    notes[2].look.position = QPointF(500, 700);
    for (GalleryStyle style : {GalleryStyle::Strip, GalleryStyle::Board, GalleryStyle::Grid}) {
        const GalleryBoard board = GalleryLayout::layout(style, 5, notes, 1200);
        const NotePlacement &note = board.notes.at(1);
        // A grid keeps every note within its column: narrower, to fit it turned.
        if (style == GalleryStyle::Grid) {
            QVERIFY(note.photoRect.width() < 348.0);
            QVERIFY(std::abs(outline(note).width() - 368.0) < 1e-6);
        } else {
            QCOMPARE(note.photoRect.width(), 400.0);
        }
        QCOMPARE(note.rotation, -12.5);
        QCOMPARE(note.paperColor, QColor(0x12, 0x34, 0x56));
        QCOMPARE(note.pin, NotePin::None);
        QVERIFY(!note.pinColor.isValid());
        // A position is the board's only: strips and grids keep their order.
        if (style == GalleryStyle::Board)
            QCOMPARE(board.notes.at(2).rect.topLeft(), QPointF(500, 700));
        else
            QVERIFY2(board.notes.at(2).rect.topLeft() != QPointF(500, 700),
                     qPrintable(describe(board.notes.at(2))));
    }
}

void TestGalleryLayout::handPlacedNotesStayOnTheBoard()
{
    QList<NoteInput> notes = tripNotes(3);
    notes[0].look.position = QPointF(-300, -50);
    notes[1].look.position = QPointF(5000, 2000);
    const GalleryBoard board = GalleryLayout::layout(GalleryStyle::Board, 3, notes, 1200);
    QVERIFY(std::abs(outline(board.notes.at(0)).left()) < 1e-6);
    QVERIFY(std::abs(outline(board.notes.at(0)).top()) < 1e-6);
    QVERIFY(std::abs(outline(board.notes.at(1)).right() - 1200) < 1e-6);
    // Down the board is room enough: the board grows to hold it.
    QVERIFY(std::abs(board.notes.at(1).rect.top() - 2000) < 1e-6);
    QVERIFY(board.size.height() >= outline(board.notes.at(1)).bottom());
}

void TestGalleryLayout::otherNotesKeepTheirLookWhenOneGoes()
{
    // Each note draws its own numbers: taking the third away changes nobody else's width or tilt.
    const QList<NoteInput> notes = tripNotes(6);
    QList<NoteInput> fewer = notes;
    fewer.removeAt(2);
    for (GalleryStyle style : {GalleryStyle::Strip, GalleryStyle::Board}) {
        const GalleryBoard all = GalleryLayout::layout(style, 11, notes, 1200);
        const GalleryBoard some = GalleryLayout::layout(style, 11, fewer, 1200);
        for (const NotePlacement &note : some.notes) {
            const NotePlacement &before =
                all.notes.at(note.index < 2 ? note.index : note.index + 1);
            QCOMPARE(note.itemId, before.itemId);
            QCOMPARE(note.photoRect.width(), before.photoRect.width());
            if (style == GalleryStyle::Board) // a strip tilts by place in the row
                QCOMPARE(note.rotation, before.rotation);
        }
    }
}

void TestGalleryLayout::paperFitsThePhoto()
{
    // Paper: 10 units left, right and above the photo, 36 below for the caption.
    QList<NoteInput> notes{{1, 3.0 / 2.0, {}}, {2, 0.0, {}}, {3, 50.0, {}}};
    for (NoteInput &note : notes)
        note.look.width = 300;
    const GalleryBoard board = GalleryLayout::layout(GalleryStyle::Strip, 1, notes, 1600);
    QCOMPARE(board.notes.at(0).rect.size(), QSizeF(320, 10 + 200 + 36));
    QCOMPARE(board.notes.at(0).photoRect.topLeft(),
             board.notes.at(0).rect.topLeft() + QPointF(10, 10));
    // An unknown shape is drawn as 4:3, a panorama no flatter than 4:1.
    QCOMPARE(board.notes.at(1).photoRect.size(), QSizeF(300, 225));
    QCOMPARE(board.notes.at(2).photoRect.size(), QSizeF(300, 75));
}

void TestGalleryLayout::droppedNoteSnapsToTheNearest()
{
    const GalleryBoard board = GalleryLayout::layout(GalleryStyle::Grid, 1, tripNotes(6), 1200);
    QCOMPARE(GalleryLayout::nearestNote(board, board.notes.at(4).rect.center()), 4);
    QCOMPARE(GalleryLayout::nearestNote(board, board.notes.at(4).rect.center() + QPointF(-150, 9)),
             4);
    QCOMPARE(GalleryLayout::nearestNote(board, QPointF(2000, 0)), 2);
    QCOMPARE(GalleryLayout::nearestNote(GalleryBoard(), QPointF()), -1);
}

QTEST_GUILESS_MAIN(TestGalleryLayout)
#include "tst_gallerylayout.moc"
