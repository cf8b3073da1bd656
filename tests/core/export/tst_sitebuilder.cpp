#include "core/export/exporttheme.h"
#include "core/export/sitebuilder.h"
#include "core/galleries/gallerylayout.h"
#include "core/journal/markdownrenderer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kScript = QStringLiteral("<script>alert(1)</script>");
const QString kScriptEscaped = QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;");

constexpr qint64 kEventId = 1;
constexpr qint64 kGalleryId = 10;
constexpr qint64 kEntryId = 20;

// A hand-made export: an event of four photos (the fourth missing from disk), a strip gallery of
// three notes and an entry whose body shows a photo and the gallery. `text` goes into every field
// the catalog holds.
struct Fixture
{
    ExportContent content;
    QHash<qint64, PhotoRenditions> images;
};

Fixture makeFixture(const QString &text, ExportSubject::Kind kind = ExportSubject::Kind::Event)
{
    Fixture f;
    f.content.subject.kind = kind;
    f.content.subject.id = kind == ExportSubject::Kind::Event     ? kEventId
                           : kind == ExportSubject::Kind::Gallery ? kGalleryId
                                                                  : kEntryId;
    for (qint64 id = 1; id <= 4; ++id) {
        ExportPhoto photo;
        photo.id = id;
        photo.path = QStringLiteral("/photos/IMG_%1.JPG").arg(id);
        photo.displayedSize = QSize(4000, 3000);
        photo.title = id == 2 ? text + QStringLiteral(" title") : QString();
        photo.exifLine = text + QStringLiteral(" · 35 mm");
        photo.available = id != 4;
        photo.unavailableReason = id == 4 ? QStringLiteral("The file is missing.") : QString();
        f.content.photos.insert(id, photo);
        if (photo.available) {
            PhotoRenditions renditions;
            renditions.photoId = id;
            for (const int side : {480, 1024, 2048})
                renditions.sizes.append(
                    {QStringLiteral("images/img-%1-%2-%3.jpg").arg(id).arg(id).arg(side), side,
                     side * 3 / 4});
            f.images.insert(id, renditions);
        }
    }

    if (kind == ExportSubject::Kind::Event) {
        ExportEvent event;
        event.event.event.id = kEventId;
        event.event.event.title = text;
        event.event.event.place = text + QStringLiteral(" place");
        event.event.event.description = text + QStringLiteral("\n\nSecond paragraph");
        event.title = text + QStringLiteral(" event");
        event.dateRange = QStringLiteral("20–23 May 2019");
        event.photoIds = {1, 2, 3, 4};
        f.content.events.append(event);
    }

    ExportGallery gallery;
    gallery.gallery.id = kGalleryId;
    gallery.gallery.eventId = kEventId;
    gallery.gallery.seed = 42;
    gallery.title = text + QStringLiteral(" gallery");
    QList<NoteInput> inputs;
    for (qint64 photoId : {1, 2, 4}) {
        GalleryNote note;
        note.item.id = 100 + photoId;
        note.item.galleryId = kGalleryId;
        note.item.photoId = photoId;
        note.item.position = int(gallery.notes.size());
        note.item.caption = photoId == 1 ? text + QStringLiteral(" caption") : QString();
        note.photoState =
            photoId == 4 ? GalleryNote::PhotoState::Missing : GalleryNote::PhotoState::Ok;
        note.displayedSize = QSize(4000, 3000);
        gallery.notes.append(note);
        inputs.append({note.item.id, note.aspectRatio(), {}});
    }
    gallery.board = GalleryLayout::layout(GalleryStyle::Strip, gallery.gallery.seed, inputs,
                                          gallery.gallery.boardWidth);
    f.content.galleries.append(gallery);

    if (kind != ExportSubject::Kind::Gallery) {
        ExportEntry entry;
        entry.entry.id = kEntryId;
        entry.entry.eventId = kEventId;
        entry.entry.title = text;
        entry.title = text + QStringLiteral(" entry");
        entry.entry.author = text + QStringLiteral(" author");
        entry.entry.date = QDate(2019, 5, 21);
        entry.entry.tags = {text + QStringLiteral(" tag"), QStringLiteral("conference")};
        entry.entry.categories = {text + QStringLiteral(" category")};
        entry.entry.cover.photoId = 3;
        entry.entry.body =
            QStringLiteral("# Day one\n\nThe first day. ![%1 alt](photo:2)\n\n").arg(text) +
            MarkdownRenderer::galleryBlock(kGalleryId) +
            QStringLiteral("\nA [link to a photo](photo:1) and a gone one "
                           "![gone](photo:99).\n");
        f.content.entries.append(entry);
    }
    return f;
}

ExportOptions optionsFor(const QString &directory)
{
    ExportOptions options;
    options.outputDirectory = directory;
    return options;
}

// The images the pipeline would have made: empty files are enough for links to resolve.
void touchImages(const QString &directory, const QHash<qint64, PhotoRenditions> &images)
{
    for (const PhotoRenditions &renditions : images) {
        for (const ImageRendition &size : renditions.sizes) {
            const QString path = directory + u'/' + size.relativePath;
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
    }
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QStringList htmlPages(const QString &directory)
{
    QStringList pages =
        QDir(directory).entryList({QStringLiteral("*.html")}, QDir::Files, QDir::Name);
    return pages;
}

QStringList allFiles(const QString &directory)
{
    QStringList files;
    QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(QDir(directory).relativeFilePath(it.next()));
    files.sort();
    return files;
}

// Every URL a page refers to: href, src and each srcset candidate.
QStringList urlsIn(const QString &html)
{
    QStringList urls;
    static const QRegularExpression attribute(QStringLiteral("\\s(href|src|srcset)=\"([^\"]*)\""));
    for (auto it = attribute.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(1) == u"srcset") {
            for (const QString &candidate : match.captured(2).split(u',', Qt::SkipEmptyParts))
                urls.append(candidate.trimmed().section(u' ', 0, 0));
        } else {
            urls.append(match.captured(2));
        }
    }
    return urls;
}

} // namespace

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
    void userThemeOverridesFileByFile();
    void userThemeOfAnotherNameLiesOverTheBuiltIn();
    void brokenTemplateWritesNothing_data();
    void brokenTemplateWritesNothing();
    void unknownThemeIsAnError();

private:
    QString userTheme(const QString &name) const
    {
        return ExportTheme::userThemesDirectory() + u'/' + name;
    }
    void writeThemeFile(const QString &theme, const QString &relative, const QByteArray &bytes)
    {
        const QString path = userTheme(theme) + u'/' + relative;
        QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
};

void TestSiteBuilder::initTestCase()
{
    // User themes go to a test folder, never to the user's own.
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
    const Fixture f = makeFixture(QStringLiteral("KubeCon"), kind);
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
    const Fixture f = makeFixture(QStringLiteral("Fête à Zürich"), kind);
    touchImages(out.path(), f.images);
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
    const Fixture f = makeFixture(kScript, kind);
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
    const Fixture f = makeFixture(QStringLiteral("KubeCon"));
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
    Fixture f = makeFixture(QStringLiteral("KubeCon"), ExportSubject::Kind::Gallery);
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
    Fixture f = makeFixture(QStringLiteral("KubeCon"), ExportSubject::Kind::Gallery);
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
    const Fixture f = makeFixture(QStringLiteral("KubeCon"), ExportSubject::Kind::Gallery);
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
    const Fixture f = makeFixture(QStringLiteral("KubeCon"));
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
    Fixture f = makeFixture(QStringLiteral("KubeCon"));
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

void TestSiteBuilder::userThemeOverridesFileByFile()
{
    writeThemeFile(QStringLiteral("default"), QStringLiteral("assets/style.css"),
                   "/* mine */ body { background: black; }\n");
    writeThemeFile(QStringLiteral("default"), QStringLiteral("templates/gallery.mustache"),
                   "<!DOCTYPE html><title>{{pageTitle}}</title><p>My gallery: "
                   "{{gallery.title}}</p>{{> _gallery}}\n");
    QTemporaryDir out;
    const Fixture f = makeFixture(kScript);
    ExportReport report;
    QVERIFY2(SiteBuilder::build(f.content, f.images, optionsFor(out.path()), report),
             qPrintable(report.error));
    QCOMPARE(readText(out.filePath(QStringLiteral("assets/style.css"))),
             QStringLiteral("/* mine */ body { background: black; }\n"));
    // The rest of the built-in theme is still there.
    QVERIFY(readText(out.filePath(QStringLiteral("assets/lightbox.js"))).contains(u"lightbox"));
    const QString gallery = readText(
        out.filePath(htmlPages(out.path()).filter(QStringLiteral("gallery-")).constFirst()));
    // The user's template escapes as the built-in ones do.
    QVERIFY(gallery.contains(QStringLiteral("<p>My gallery: ") + kScriptEscaped +
                             QStringLiteral(" gallery</p>")));
    QVERIFY(gallery.contains(u"class=\"board board--strip\""));
    QVERIFY(readText(out.filePath(QStringLiteral("index.html"))).contains(u"<h1>"));
}

void TestSiteBuilder::userThemeOfAnotherNameLiesOverTheBuiltIn()
{
    writeThemeFile(QStringLiteral("plain"), QStringLiteral("assets/style.css"), "body{}\n");
    writeThemeFile(QStringLiteral("plain"), QStringLiteral("assets/fonts/README"), "none\n");
    QCOMPARE(ExportTheme::availableThemes(),
             (QStringList{QStringLiteral("default"), QStringLiteral("plain")}));

    QTemporaryDir out;
    const Fixture f = makeFixture(QStringLiteral("KubeCon"));
    ExportOptions options = optionsFor(out.path());
    options.theme = QStringLiteral("plain");
    ExportReport report;
    QVERIFY2(SiteBuilder::build(f.content, f.images, options, report), qPrintable(report.error));
    QCOMPARE(readText(out.filePath(QStringLiteral("assets/style.css"))),
             QStringLiteral("body{}\n"));
    QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("assets/fonts/README"))));
    QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("assets/lightbox.js"))));
}

void TestSiteBuilder::brokenTemplateWritesNothing_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("errorSays");

    QTest::newRow("unclosed section")
        << QStringLiteral("templates/entry.mustache") << QByteArray("{{#entry}}<h1>{{title}}</h1>")
        << QStringLiteral("entry.mustache");
    QTest::newRow("unknown partial") << QStringLiteral("templates/gallery.mustache")
                                     << QByteArray("{{> _nowhere}}") << QStringLiteral("_nowhere");
    QTest::newRow("partial of the last page")
        << QStringLiteral("templates/_photo.mustache") << QByteArray("{{#available}}<img>")
        << QStringLiteral("_photo.mustache");
}

void TestSiteBuilder::brokenTemplateWritesNothing()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, text);
    QFETCH(QString, errorSays);

    QTemporaryDir out;
    const Fixture f = makeFixture(QStringLiteral("KubeCon"));
    // A good export first: a broken theme must leave it as it was, not half replaced.
    ExportReport good;
    QVERIFY(SiteBuilder::build(f.content, f.images, optionsFor(out.path()), good));
    QMap<QString, QByteArray> before;
    for (const QString &path : allFiles(out.path())) {
        QFile handle(out.filePath(path));
        QVERIFY(handle.open(QIODevice::ReadOnly));
        before.insert(path, handle.readAll());
    }

    writeThemeFile(QStringLiteral("broken"), file, text);
    ExportOptions options = optionsFor(out.path());
    options.theme = QStringLiteral("broken");
    ExportReport report;
    QVERIFY(!SiteBuilder::build(f.content, f.images, options, report));
    QVERIFY2(report.error.contains(errorSays), qPrintable(report.error));
    QVERIFY2(report.error.contains(u"broken"), qPrintable(report.error));
    QCOMPARE(report.pagesWritten, 0);

    QMap<QString, QByteArray> after;
    for (const QString &path : allFiles(out.path())) {
        QFile handle(out.filePath(path));
        QVERIFY(handle.open(QIODevice::ReadOnly));
        after.insert(path, handle.readAll());
    }
    QCOMPARE(after, before);

    // Into a new folder: nothing at all.
    QTemporaryDir fresh;
    ExportReport none;
    options.outputDirectory = fresh.path();
    QVERIFY(!SiteBuilder::build(f.content, f.images, options, none));
    QVERIFY(allFiles(fresh.path()).isEmpty());
}

void TestSiteBuilder::unknownThemeIsAnError()
{
    QTemporaryDir out;
    const Fixture f = makeFixture(QStringLiteral("KubeCon"));
    for (const QString &name : {QStringLiteral("nonesuch"), QStringLiteral("../default")}) {
        ExportOptions options = optionsFor(out.path());
        options.theme = name;
        ExportReport report;
        QVERIFY(!SiteBuilder::build(f.content, f.images, options, report));
        QVERIFY2(report.error.contains(name), qPrintable(report.error));
    }
    QVERIFY(allFiles(out.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestSiteBuilder)
#include "tst_sitebuilder.moc"
