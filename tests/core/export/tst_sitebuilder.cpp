#include "core/export/exporttheme.h"
#include "core/export/sitebuilder.h"
#include "core/journal/markdownrenderer.h"
#include "tests/core/export/sitefixture.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kScript = QStringLiteral("<script>alert(1)</script>");
const QString kScriptEscaped = QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;");

} // namespace

using namespace SiteFixture;

class TestSiteBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void pagesOfEachSubject_data();
    void pagesOfEachSubject();
    void linksAreRelativeAndResolve_data();
    void linksAreRelativeAndResolve();
    void catalogTextIsEscapedEverywhere_data();
    void catalogTextIsEscapedEverywhere();
    void photosHaveSizesLazyLoadingAltAndALink();
    void smallPhotosOfferEachWidthOnce();
    void imagesOutsideTheFolderAreNotLinked();
    void galleryNotesKeepTheBoardsPlaces();
    void pagesHaveOneH1LangAndLandmarks();
    void unchangedPagesAreNotRewritten();
};

void TestSiteBuilder::initTestCase()
{
    // The built-in theme, whatever themes the user has (tst_exporttheme tests those).
    QStandardPaths::setTestModeEnabled(true);
    QDir(ExportTheme::userThemesDirectory()).removeRecursively();
}

void TestSiteBuilder::cleanup()
{
    QDir(ExportTheme::userThemesDirectory()).removeRecursively();
}

void TestSiteBuilder::pagesOfEachSubject_data()
{
    QTest::addColumn<ExportSubject::Kind>("kind");
    QTest::addColumn<QStringList>("pages");
    QTest::addColumn<QStringList>("indexLinksTo");
    QTest::addColumn<QString>("indexShows");

    QTest::newRow("event") << ExportSubject::Kind::Event
                           << QStringList{QStringLiteral("entry-kubecon-entry.html"),
                                          QStringLiteral("gallery-kubecon-gallery.html"),
                                          QStringLiteral("index.html")}
                           << QStringList{QStringLiteral("entry-kubecon-entry.html"),
                                          QStringLiteral("gallery-kubecon-gallery.html")}
                           << QStringLiteral("<h1>KubeCon event</h1>");
    QTest::newRow("gallery") << ExportSubject::Kind::Gallery
                             << QStringList{QStringLiteral("index.html")} << QStringList{}
                             << QStringLiteral("<h1>KubeCon gallery</h1>");
    // An entry's gallery is in its text, not on a page nothing would link to.
    QTest::newRow("entry") << ExportSubject::Kind::Entry
                           << QStringList{QStringLiteral("index.html")} << QStringList{}
                           << QStringLiteral("<h1>KubeCon entry</h1>");
}

void TestSiteBuilder::pagesOfEachSubject()
{
    QFETCH(ExportSubject::Kind, kind);
    QFETCH(QStringList, pages);
    QFETCH(QStringList, indexLinksTo);
    QFETCH(QString, indexShows);

    QTemporaryDir out;
    const Export f = make(QStringLiteral("KubeCon"), kind);
    ExportReport report;
    QVERIFY2(SiteBuilder::build(f.content, f.images, optionsFor(out.path()), report),
             qPrintable(report.error));
    QVERIFY(report.error.isEmpty());
    QCOMPARE(htmlPages(out.path()), pages);
    QCOMPARE(report.pagesWritten, pages.size());
    QCOMPARE(report.pagesUnchanged, 0);
    QCOMPARE(report.entryPoint, QDir(out.path()).absoluteFilePath(QStringLiteral("index.html")));
    QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("assets/style.css"))));
    QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("assets/lightbox.js"))));

    const QString index = readText(out.filePath(QStringLiteral("index.html")));
    QVERIFY2(index.contains(indexShows), qPrintable(index));
    for (const QString &target : indexLinksTo)
        QVERIFY2(index.contains(QStringLiteral("href=\"%1\"").arg(target)), qPrintable(target));
    // Every page but the index leads back to it.
    for (const QString &page : pages) {
        if (page != u"index.html")
            QVERIFY(readText(out.filePath(page)).contains(u"href=\"index.html\""));
    }
    if (kind == ExportSubject::Kind::Entry) {
        // The entry's gallery is drawn inside its text, from the gallery pages' own partial.
        QVERIFY(index.contains(u"class=\"board board--strip\""));
        QVERIFY(index.contains(u"<h2>Day one</h2>"));
    }
}

void TestSiteBuilder::linksAreRelativeAndResolve_data()
{
    QTest::addColumn<ExportSubject::Kind>("kind");
    QTest::newRow("event") << ExportSubject::Kind::Event;
    QTest::newRow("gallery") << ExportSubject::Kind::Gallery;
    QTest::newRow("entry") << ExportSubject::Kind::Entry;
}

void TestSiteBuilder::linksAreRelativeAndResolve()
{
    QFETCH(ExportSubject::Kind, kind);
    QTemporaryDir out;
    const Export f = make(QStringLiteral("Fête à Zürich"), kind);
    QVERIFY(touchImages(out.path(), f.images));
    ExportReport report;
    QVERIFY2(SiteBuilder::build(f.content, f.images, optionsFor(out.path()), report),
             qPrintable(report.error));

    int checked = 0;
    const QStringList pages = htmlPages(out.path());
    QVERIFY(!pages.isEmpty());
    for (const QString &page : pages) {
        const QString html = readText(out.filePath(page));
        for (const QString &url : urlsIn(html)) {
            QVERIFY2(!url.contains(u"http", Qt::CaseInsensitive),
                     qPrintable(page + QStringLiteral(": ") + url));
            QVERIFY2(!url.startsWith(u'/'), qPrintable(page + QStringLiteral(": ") + url));
            QVERIFY2(!url.contains(u':'), qPrintable(page + QStringLiteral(": ") + url));
            if (url.startsWith(u'#')) {
                QVERIFY2(html.contains(QStringLiteral("id=\"%1\"").arg(url.mid(1))),
                         qPrintable(page + QStringLiteral(": ") + url));
                continue;
            }
            const QString target = url.section(u'#', 0, 0);
            QVERIFY2(QFileInfo::exists(out.filePath(target)),
                     qPrintable(page + QStringLiteral(": ") + url));
            ++checked;
        }
        // And nothing is fetched from elsewhere through the stylesheet either.
        QVERIFY(!html.contains(u"//"));
    }
    const QString css = readText(out.filePath(QStringLiteral("assets/style.css")));
    QVERIFY(!css.contains(u"url(") && !css.contains(u"@import"));
    QVERIFY(checked > 10);
}

void TestSiteBuilder::catalogTextIsEscapedEverywhere_data()
{
    QTest::addColumn<ExportSubject::Kind>("kind");
    QTest::newRow("event") << ExportSubject::Kind::Event;
    QTest::newRow("gallery") << ExportSubject::Kind::Gallery;
    QTest::newRow("entry") << ExportSubject::Kind::Entry;
}

void TestSiteBuilder::catalogTextIsEscapedEverywhere()
{
    QFETCH(ExportSubject::Kind, kind);
    QTemporaryDir out;
    const Export f = make(kScript, kind);
    ExportReport report;
    QVERIFY2(SiteBuilder::build(f.content, f.images, optionsFor(out.path()), report),
             qPrintable(report.error));

    // The one <script> of a page is the theme's lightbox, never one from the catalog.
    static const QRegularExpression scriptTag(QStringLiteral("<script\\b[^>]*>"));
    for (const QString &page : htmlPages(out.path())) {
        const QString html = readText(out.filePath(page));
        QVERIFY2(!html.contains(kScript), qPrintable(page));
        QStringList scripts;
        for (auto it = scriptTag.globalMatch(html); it.hasNext();)
            scripts.append(it.next().captured());
        QCOMPARE(scripts, QStringList{QStringLiteral("<script src=\"assets/lightbox.js\">")});
        QVERIFY2(html.contains(kScriptEscaped), qPrintable(page));
        // In the title, in the h1, in alt and data attributes.
        QVERIFY2(html.contains(QStringLiteral("<title>") + kScriptEscaped), qPrintable(page));
        QVERIFY2(html.contains(QStringLiteral("<h1>") + kScriptEscaped), qPrintable(page));
    }
    const QString index = readText(out.filePath(QStringLiteral("index.html")));
    if (kind == ExportSubject::Kind::Event) {
        QVERIFY(index.contains(QStringLiteral("<p>") + kScriptEscaped +
                               QStringLiteral("</p>"))); // the description
        QVERIFY(index.contains(kScriptEscaped + QStringLiteral(" place")));
        QVERIFY(
            index.contains(QStringLiteral("alt=\"") + kScriptEscaped + QStringLiteral(" title\"")));
        QVERIFY(index.contains(QStringLiteral("data-caption=\"") + kScriptEscaped +
                               QStringLiteral(" title\"")));
        QVERIFY(index.contains(QStringLiteral("data-exif=\"") + kScriptEscaped +
                               QStringLiteral(" · 35 mm\"")));
        const QString entry = readText(
            out.filePath(htmlPages(out.path()).filter(QStringLiteral("entry-")).constFirst()));
        QVERIFY(entry.contains(kScriptEscaped + QStringLiteral(" tag")));
        QVERIFY(entry.contains(kScriptEscaped + QStringLiteral(" category")));
        QVERIFY(entry.contains(kScriptEscaped + QStringLiteral(" author")));
        QVERIFY(
            entry.contains(QStringLiteral("alt=\"") + kScriptEscaped + QStringLiteral(" alt\"")));
    }
    if (kind == ExportSubject::Kind::Gallery)
        QVERIFY(index.contains(QStringLiteral("<p class=\"note-caption\">") + kScriptEscaped +
                               QStringLiteral(" caption</p>")));
    // File names come from slugs: nothing of the text but its letters.
    for (const QString &file : allFiles(out.path()))
        QVERIFY2(!file.contains(u'<') && !file.contains(u'>'), qPrintable(file));
}

void TestSiteBuilder::photosHaveSizesLazyLoadingAltAndALink()
{
    QTemporaryDir out;
    const Export f = make(QStringLiteral("KubeCon"));
    ExportReport report;
    QVERIFY(SiteBuilder::build(f.content, f.images, optionsFor(out.path()), report));
    const QString index = readText(out.filePath(QStringLiteral("index.html")));

    static const QRegularExpression linkedImage(
        QStringLiteral("<a class=\"photo-link\" href=\"([^\"]+)\"[^>]*>(<img [^>]*>)</a>"));
    int images = 0;
    for (auto it = linkedImage.globalMatch(index); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString img = match.captured(2);
        QVERIFY(match.captured(1).endsWith(u"-2048.jpg")); // the large image, without script
        QVERIFY2(img.contains(QRegularExpression(
                     QStringLiteral("srcset=\"images/\\S+-480.jpg 480w, images/\\S+-1024.jpg "
                                    "1024w, images/\\S+-2048.jpg 2048w\""))),
                 qPrintable(img));
        QVERIFY(img.contains(u"sizes=\""));
        QVERIFY(img.contains(u"width=\"1024\" height=\"768\""));
        QVERIFY(img.contains(u"loading=\"lazy\""));
        QVERIFY(!img.contains(u"alt=\"\""));
        ++images;
    }
    QCOMPARE(images, 3); // the event's three photos on disk
    // The photo missing from disk is a marker that says why.
    QVERIFY(index.contains(u"<span class=\"missing\">The file is missing.</span>"));
    // Photo 1 has no caption or title: its alt says what it is.
    QVERIFY(index.contains(u"alt=\"Photo IMG_1\""));

    // In an entry, the photo of the text gets the same markup; one gone from the catalog is the
    // renderer's marker, and a link to a photo goes to its large image.
    const QString entry =
        readText(out.filePath(htmlPages(out.path()).filter(QStringLiteral("entry-")).constFirst()));
    QVERIFY(entry.contains(u"alt=\"KubeCon alt\""));
    QVERIFY(entry.contains(u"<a href=\"images/img-1-1-2048.jpg\">link to a photo</a>"));
    QVERIFY(entry.contains(MarkdownRenderer::missingPhotoText(99)));
}

void TestSiteBuilder::smallPhotosOfferEachWidthOnce()
{
    // A photo 730 pixels wide is never scaled up: its 1024 and 2048 images are 730 wide alike,
    // and a srcset may not name one width twice.
    QTemporaryDir out;
    Export f = make(QStringLiteral("KubeCon"), ExportSubject::Kind::Gallery);
    PhotoRenditions &small = f.images[1];
    small.sizes = {{QStringLiteral("images/small-480.jpg"), 480, 360},
                   {QStringLiteral("images/small-1024.jpg"), 730, 548},
                   {QStringLiteral("images/small-2048.jpg"), 730, 548}};
    ExportReport report;
    QVERIFY(SiteBuilder::build(f.content, f.images, optionsFor(out.path()), report));
    const QString index = readText(out.filePath(QStringLiteral("index.html")));
    QVERIFY2(index.contains(u"srcset=\"images/small-480.jpg 480w, images/small-2048.jpg 730w\""),
             qPrintable(index));
    QVERIFY(index.contains(u"href=\"images/small-2048.jpg\""));
}

void TestSiteBuilder::imagesOutsideTheFolderAreNotLinked()
{
    QTemporaryDir out;
    Export f = make(QStringLiteral("KubeCon"), ExportSubject::Kind::Gallery);
    f.images[1].sizes.last().relativePath = QStringLiteral("../../etc/passwd");
    f.images[2].originalRelativePath = QStringLiteral("/home/me/IMG_2.JPG");
    ExportReport report;
    QVERIFY(SiteBuilder::build(f.content, f.images, optionsFor(out.path()), report));
    const QString index = readText(out.filePath(QStringLiteral("index.html")));
    QVERIFY(!index.contains(u"passwd"));
    QVERIFY(!index.contains(u"/home/me"));
    QVERIFY(!index.contains(u"images/img-1-1-480.jpg"));
    QCOMPARE(index.count(u"<span class=\"missing\">This photo could not be published.</span>"), 2);
}

void TestSiteBuilder::galleryNotesKeepTheBoardsPlaces()
{
    QTemporaryDir out;
    const Export f = make(QStringLiteral("KubeCon"), ExportSubject::Kind::Gallery);
    ExportReport report;
    QVERIFY(SiteBuilder::build(f.content, f.images, optionsFor(out.path()), report));
    const QString index = readText(out.filePath(QStringLiteral("index.html")));

    const GalleryBoard &board = f.content.galleries.constFirst().board;
    QCOMPARE(board.notes.size(), 3);
    for (const NotePlacement &note : board.notes) {
        const QString style =
            QStringLiteral("--x: %1%; --y: %2%; --w: %3%; --tilt: %4deg; --paper: %5")
                .arg(QString::number(note.rect.x() / board.size.width() * 100, 'f', 3),
                     QString::number(note.rect.y() / board.size.height() * 100, 'f', 3),
                     QString::number(note.rect.width() / board.size.width() * 100, 'f', 3),
                     QString::number(note.rotation, 'f', 2), note.paperColor.name());
        QVERIFY2(index.contains(style), qPrintable(style));
    }
    // The strip's tilts, -6 and +4 degrees, on the reference's yellow and green papers, taped.
    QVERIFY(index.contains(u"--tilt: -6.00deg; --paper: #ffffcc"));
    QVERIFY(index.contains(u"--tilt: 4.00deg; --paper: #ccffcc"));
    QVERIFY(index.contains(u"class=\"note note--tape\""));
    QVERIFY(index.contains(QStringLiteral("--board-w: %1;").arg(board.size.width())));
}

void TestSiteBuilder::pagesHaveOneH1LangAndLandmarks()
{
    QTemporaryDir out;
    const Export f = make(QStringLiteral("KubeCon"));
    ExportReport report;
    QVERIFY(SiteBuilder::build(f.content, f.images, optionsFor(out.path()), report));
    for (const QString &page : htmlPages(out.path())) {
        const QString html = readText(out.filePath(page));
        QVERIFY(html.startsWith(u"<!DOCTYPE html>\n<html lang=\"en\">"));
        QCOMPARE(html.count(u"<h1"), 1);
        for (const char *landmark : {"<header", "<nav", "<main id=\"main\"", "<footer"})
            QVERIFY2(html.contains(QLatin1String(landmark)), landmark);
        QVERIFY(html.contains(u"<a class=\"skip-link\" href=\"#main\">"));
        QVERIFY(html.contains(u"role=\"dialog\" aria-modal=\"true\""));
    }
}

void TestSiteBuilder::unchangedPagesAreNotRewritten()
{
    QTemporaryDir out;
    Export f = make(QStringLiteral("KubeCon"));
    ExportReport first;
    QVERIFY(SiteBuilder::build(f.content, f.images, optionsFor(out.path()), first));
    QCOMPARE(first.pagesWritten, 3);

    // Dates in the past, so that a rewrite would show.
    const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-1);
    for (const QString &file : allFiles(out.path())) {
        QFile handle(out.filePath(file));
        QVERIFY(handle.open(QIODevice::ReadWrite));
        QVERIFY(handle.setFileTime(past, QFileDevice::FileModificationTime));
    }
    ExportReport second;
    QVERIFY(SiteBuilder::build(f.content, f.images, optionsFor(out.path()), second));
    QCOMPARE(second.pagesWritten, 0);
    QCOMPARE(second.pagesUnchanged, 3);
    for (const QString &file : allFiles(out.path()))
        QCOMPARE(QFileInfo(out.filePath(file)).lastModified().toSecsSinceEpoch(),
                 past.toSecsSinceEpoch());

    // A caption changed: the pages that show it (the gallery's and the entry's, where the
    // gallery is drawn) are written again, the index is not (its card shows the first note).
    f.content.galleries.first().notes[1].item.caption = QStringLiteral("A new caption");
    ExportReport third;
    QVERIFY(SiteBuilder::build(f.content, f.images, optionsFor(out.path()), third));
    QCOMPARE(third.pagesWritten, 2);
    QCOMPARE(third.pagesUnchanged, 1);
    QCOMPARE(
        QFileInfo(out.filePath(QStringLiteral("index.html"))).lastModified().toSecsSinceEpoch(),
        past.toSecsSinceEpoch());
}

QTEST_GUILESS_MAIN(TestSiteBuilder)
#include "tst_sitebuilder.moc"
