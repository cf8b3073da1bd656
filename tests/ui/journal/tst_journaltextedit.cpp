// The entry text: photos dropped from the grid become references where they are let go, and the
// Markdown is highlighted, references in a colour of their own.

#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "ui/common/photomimedata.h"
#include "ui/journal/journaltextedit.h"
#include "ui/journal/markdownhighlighter.h"

#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

#include <memory>

class TestJournalTextEdit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dropOfPhotoIdsInsertsReferencesAtTheDropPoint();
    void dropOfPlainTextStaysText();
    void referencesLeaveOutDeletedPhotos();
    void highlightsMarkdownAndReferences();

private:
    qint64 addPhoto(const QString &name, const QString &title = {});
    void drop(JournalTextEdit &edit, QMimeData *mime, const QPoint &position);

    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
};

void TestJournalTextEdit::initTestCase()
{
    m_catalog = std::make_unique<Catalog>(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
}

qint64 TestJournalTextEdit::addPhoto(const QString &name, const QString &title)
{
    PhotoRecord photo;
    photo.path = m_dir.filePath(name);
    photo.fileSize = 1000;
    photo.identityKey = name.toUtf8();
    photo.metadata.title = title;
    photo.importedAt = QDateTime::currentDateTimeUtc();
    const qint64 id = PhotoRepository(m_catalog->connection()).insert(photo);
    [&] { QVERIFY(id != 0); }();
    return id;
}

void TestJournalTextEdit::drop(JournalTextEdit &edit, QMimeData *mime, const QPoint &position)
{
    // As a drag from the grid arrives: enter, move to the spot, drop there.
    QDragEnterEvent enter(position, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton,
                          Qt::NoModifier);
    QApplication::sendEvent(edit.viewport(), &enter);
    QVERIFY(enter.isAccepted());
    QDragMoveEvent move(position, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton,
                        Qt::NoModifier);
    QApplication::sendEvent(edit.viewport(), &move);
    QVERIFY(move.isAccepted());
    QDropEvent dropEvent(position, Qt::CopyAction | Qt::MoveAction, mime, Qt::LeftButton,
                         Qt::NoModifier);
    QApplication::sendEvent(edit.viewport(), &dropEvent);
    QVERIFY(dropEvent.isAccepted());
}

void TestJournalTextEdit::dropOfPhotoIdsInsertsReferencesAtTheDropPoint()
{
    const qint64 beda = addPhoto(QStringLiteral("joe-beda.jpg"), QStringLiteral("Joe Beda"));
    const qint64 stage = addPhoto(QStringLiteral("IMG_0042.jpg"));
    JournalTextEdit edit(m_catalog->connection());
    edit.resize(600, 400);
    edit.setPlainText(QStringLiteral("# Day one\n\nKeynotes.\n\nLunch.\n"));
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));

    // Let go at the end of "Keynotes.": the references go in after that paragraph.
    const QTextBlock keynotes = edit.document()->findBlockByNumber(2);
    QTextCursor at(keynotes);
    at.movePosition(QTextCursor::EndOfBlock);
    const QPoint position = edit.cursorRect(at).center() + QPoint(2, 0);
    const QStringList paths{m_dir.filePath(QStringLiteral("joe-beda.jpg")),
                            m_dir.filePath(QStringLiteral("IMG_0042.jpg"))};
    auto mime = std::unique_ptr<QMimeData>(PhotoMimeData::create({beda, stage}, paths));
    drop(edit, mime.get(), position);

    QCOMPARE(edit.toPlainText(), QStringLiteral("# Day one\n\nKeynotes.\n\n"
                                                "![Joe Beda](photo:%1)\n\n"
                                                "![IMG_0042](photo:%2)\n\nLunch.\n")
                                     .arg(beda)
                                     .arg(stage));
    // The file URLs the drag also carries for other apps are not inserted.
    QVERIFY(!edit.toPlainText().contains(QStringLiteral("file:")));
    // One undo step takes the drop back.
    edit.undo();
    QCOMPARE(edit.toPlainText(), QStringLiteral("# Day one\n\nKeynotes.\n\nLunch.\n"));
}

void TestJournalTextEdit::dropOfPlainTextStaysText()
{
    JournalTextEdit edit(m_catalog->connection());
    edit.resize(400, 200);
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    auto mime = std::make_unique<QMimeData>();
    mime->setText(QStringLiteral("![not a photo](photo:1)"));
    QVERIFY(!PhotoMimeData::hasPhotoIds(mime.get()));
    drop(edit, mime.get(), QPoint(10, 10));
    QCOMPARE(edit.toPlainText(), QStringLiteral("![not a photo](photo:1)"));
}

void TestJournalTextEdit::referencesLeaveOutDeletedPhotos()
{
    const qint64 kept = addPhoto(QStringLiteral("kept.jpg"), QStringLiteral("A [bracketed] title"));
    JournalTextEdit edit(m_catalog->connection());
    // 999999 is no photo of the catalog; brackets in a title would end the alt text early.
    QCOMPARE(edit.photoReferences({999999, kept}),
             QStringLiteral("![A (bracketed) title](photo:%1)").arg(kept));
    QCOMPARE(edit.photoReferences({}), QString());
}

void TestJournalTextEdit::highlightsMarkdownAndReferences()
{
    JournalTextEdit edit(m_catalog->connection());
    edit.setPlainText(QStringLiteral("# Heading\n"
                                     "Some *emphasis* and `code` and [a link](https://x.org).\n"
                                     "![Joe](photo:42)\n"
                                     "```gallery 7\n"
                                     "```\n"
                                     "```\n"
                                     "# not a heading in code\n"
                                     "```\n"
                                     "after"));
    MarkdownHighlighter *highlighter = edit.highlighter();
    highlighter->rehighlight();
    // The format at a column of a line, as the highlighter left it.
    auto formatAt = [&edit](int line, int column) {
        const QTextBlock block = edit.document()->findBlockByNumber(line);
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (column >= range.start && column < range.start + range.length)
                return range.format;
        }
        return QTextCharFormat();
    };
    QCOMPARE(formatAt(0, 2).fontWeight(), int(QFont::Bold));
    QVERIFY(formatAt(1, 7).fontItalic()); // emphasis
    QVERIFY(!formatAt(1, 1).fontItalic());
    QCOMPARE(formatAt(1, 23).foreground(), highlighter->codeFormat().foreground());
    QCOMPARE(formatAt(1, 34).foreground(), highlighter->linkFormat().foreground());
    QCOMPARE(formatAt(2, 3).foreground(), highlighter->referenceFormat().foreground());
    QCOMPARE(formatAt(3, 4).foreground(), highlighter->referenceFormat().foreground());
    QCOMPARE(edit.document()->findBlockByNumber(3).userState(),
             int(MarkdownHighlighter::InGalleryFence));
    QCOMPARE(edit.document()->findBlockByNumber(4).userState(), int(MarkdownHighlighter::Normal));
    // Inside a code fence a # line is code, not a heading; after it, text is plain again.
    QCOMPARE(formatAt(6, 3).foreground(), highlighter->codeFormat().foreground());
    QVERIFY(formatAt(6, 3).fontWeight() != int(QFont::Bold));
    QCOMPARE(edit.document()->findBlockByNumber(8).userState(), int(MarkdownHighlighter::Normal));
    QCOMPARE(formatAt(8, 1).foreground().style(), Qt::NoBrush);
}

QTEST_MAIN(TestJournalTextEdit)
#include "tst_journaltextedit.moc"
