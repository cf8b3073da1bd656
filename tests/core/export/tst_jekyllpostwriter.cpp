#include "core/export/exportsubject.h"
#include "core/export/exportworker.h"
#include "core/export/jekyllpostwriter.h"
#include "core/galleries/gallerylayout.h"
#include "core/journal/markdownpostimporter.h"
#include "tests/core/export/exporttestcatalog.h"
#include "tests/core/export/jekyllposttestdata.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace JekyllPostTestData;

// The Jekyll post of an export: named and fronted like the reference post, its galleries as the
// reference's sticky-note lists with the board's widths, its photos at the published images'
// URLs, rewritten only when changed, and the site's other posts left alone; through ExportWorker
// and the real jekyll too.
class TestJekyllPostWriter : public QObject
{
    Q_OBJECT

private slots:
    void galleryPostLikeTheReference_data();
    void galleryPostLikeTheReference();
    void textsAreEscaped();
    void unchangedPostIsNotRewritten();
    void renamedEntryReplacesItsPost();
    void usersOwnPostIsLeftAlone();
    void eventWithEntries();
    void eventWithoutEntries();
    void undatedEntryKeepsItsFirstDay();
    void referencePostExportsLikeItself();
    void throughTheExportWorker();
    void realJekyllBuildsThePost();
};

void TestJekyllPostWriter::galleryPostLikeTheReference_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("urlStart");
    QTest::newRow("posts") << QStringLiteral("posts") << QStringLiteral("/posts/");
    QTest::newRow("assets/img") << QStringLiteral("assets/img") << QStringLiteral("/assets/img/");
    QTest::newRow("slashes typed around")
        << QStringLiteral("/assets//img/") << QStringLiteral("/assets/img/");
    QTest::newRow("blanks typed around")
        << QStringLiteral(" assets / img ") << QStringLiteral("/assets/img/");
}

void TestJekyllPostWriter::galleryPostLikeTheReference()
{
    QFETCH(QString, folder);
    QFETCH(QString, urlStart);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Export e = referenceGalleryExport(dir.path(), folder);
    const ExportReport report = e.run();
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    QCOMPARE(report.pagesWritten, 1);
    QCOMPARE(report.pagesUnchanged, 0);

    // Dated by its event's first day, named after its title.
    const QString path = dir.filePath(QStringLiteral("_posts/2019-05-20-let-the-games-begin.md"));
    QCOMPARE(report.entryPoint, path);
    QCOMPARE(QDir(dir.filePath(QStringLiteral("_posts"))).entryList(QDir::Files),
             QStringList{QStringLiteral("2019-05-20-let-the-games-begin.md")});
    const QString post = readFile(path);
    QVERIFY(post.startsWith(QStringLiteral("---\nlayout: post\n")));

    const YAML::Node yaml = frontMatter(post);
    QCOMPARE(str(yaml["layout"]), QStringLiteral("post"));
    QCOMPARE(str(yaml["title"]), QStringLiteral("Let the games begin"));
    QVERIFY(!yaml["date"]); // the file name has it, as in the reference post
    // The cover: the first note's photo at the size a page shows.
    QCOMPARE(str(yaml["image"]["path"]), urlStart + QStringLiteral("kubecon-2-2-1024.jpg"));
    QCOMPARE(yaml["image"]["width"].as<int>(), 1024);
    QCOMPARE(yaml["image"]["height"].as<int>(), 683);
    QCOMPARE(str(yaml["image"]["alt"]), QStringLiteral("Badges"));

    const QList<QList<ListedNote>> lists = stickyNoteLists(post);
    QCOMPARE(lists.size(), 1);
    const QList<ListedNote> &notes = lists.first();
    QCOMPARE(notes.size(), kReferencePhotos.size());
    const ExportGallery &g = e.content.galleries.first();
    const QStringList alts = {QStringLiteral("Badges"), QStringLiteral("The keynote"),
                              QStringLiteral("Hall 8"), QStringLiteral("Booths"),
                              QStringLiteral("Fira Gran Via")};
    QSet<int> widths;
    for (qsizetype i = 0; i < notes.size(); ++i) {
        const qint64 id = kReferencePhotos.at(i);
        QCOMPARE(notes.at(i).href, urlStart + QStringLiteral("kubecon-%1-%1-2048.jpg").arg(id));
        QCOMPARE(notes.at(i).src, urlStart + QStringLiteral("kubecon-%1-%1-1024.jpg").arg(id));
        QCOMPARE(notes.at(i).target, QStringLiteral("_blank"));
        QCOMPARE(notes.at(i).rel, QStringLiteral("noopener noreferrer"));
        QCOMPARE(notes.at(i).alt, alts.at(i));
        // The width the app draws the note's photo at: the strip's 270-350 px.
        const int width = qRound(g.board.notes.at(i).photoRect.width());
        QVERIFY(width >= GalleryLayout::kStripMinWidth && width <= GalleryLayout::kStripMaxWidth);
        QCOMPARE(notes.at(i).style, QStringLiteral("width:%1px").arg(width));
        widths.insert(width);
    }
    QVERIFY2(widths.size() > 1, "the notes' widths vary, as the reference's do");
}

void TestJekyllPostWriter::textsAreEscaped()
{
    QTemporaryDir dir;
    const QString script = QStringLiteral("<script>alert(1)</script>");
    const QString liquid = QStringLiteral("{{ site.title }} {% raw %}");
    const QString quotes = QStringLiteral("\"Quoted\" & 'single'\nsecond line");
    const QString title = QStringLiteral("Day 2: \"Yes\" & 'no' - #1 {{ x }}");
    Export e = referenceGalleryExport(dir.path(), QStringLiteral("posts"));
    ExportGallery &g = e.content.galleries.first();
    g.title = title;
    g.notes[0].item.caption = script;
    g.notes[1].item.caption = liquid;
    g.notes[2].item.caption = quotes;
    const ExportReport report = e.run();
    QVERIFY2(report.succeeded(), qPrintable(report.error));

    const QString post = readFile(report.entryPoint);
    QVERIFY(report.entryPoint.endsWith(QStringLiteral("/2019-05-20-day-2-yes-no-1-x.md")));
    QCOMPARE(str(frontMatter(post)["title"]), title);
    // The body is HTML: the caption is text there. The front matter is YAML: the cover's alt is
    // the caption as it is, quoted, for the theme to place.
    QVERIFY(!bodyOf(post).contains(QStringLiteral("<script")));
    QCOMPARE(str(frontMatter(post)["image"]["alt"]), script);
    QVERIFY(post.contains(QStringLiteral("alt=\"&lt;script&gt;alert(1)&lt;/script&gt;\"")));
    // Liquid reads {{ and {% anywhere in the body; in an attribute they are character references.
    QVERIFY(!bodyOf(post).contains(QStringLiteral("{{")));
    QVERIFY(!bodyOf(post).contains(QStringLiteral("{%")));
    const QList<QList<ListedNote>> lists = stickyNoteLists(post);
    QCOMPARE(lists.size(), 1);
    QCOMPARE(lists.first().at(0).alt, script);
    QCOMPARE(lists.first().at(1).alt, liquid);
    // A line break would end Markdown's HTML block: it is a space in the attribute.
    QCOMPARE(lists.first().at(2).alt, QString(quotes).replace(u'\n', u' '));
}

void TestJekyllPostWriter::unchangedPostIsNotRewritten()
{
    QTemporaryDir dir;
    Export e = referenceGalleryExport(dir.path(), QStringLiteral("posts"));
    ExportReport report = e.run();
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    QCOMPARE(report.pagesWritten, 1);

    const QString path = report.entryPoint;
    const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-3);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.setFileTime(old, QFileDevice::FileModificationTime));
    }
    report = e.run();
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    QCOMPARE(report.pagesWritten, 0);
    QCOMPARE(report.pagesUnchanged, 1);
    QCOMPARE(report.entryPoint, path);
    QCOMPARE(QFileInfo(path).lastModified().toSecsSinceEpoch(), old.toSecsSinceEpoch());

    e.content.galleries.first().notes[0].item.caption = QStringLiteral("Badges, again");
    report = e.run();
    QCOMPARE(report.pagesWritten, 1);
    QCOMPARE(report.pagesUnchanged, 0);
    QVERIFY(readFile(path).contains(QStringLiteral("alt=\"Badges, again\"")));
}

void TestJekyllPostWriter::renamedEntryReplacesItsPost()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("_posts")));
    const QString mine = dir.filePath(QStringLiteral("_posts/2019-01-01-mine.md"));
    QVERIFY(writeFile(mine, "---\ntitle: Mine\n---\n\nMy own words.\n"));

    Export e;
    e.options.outputDirectory = dir.path();
    e.content.subject = {ExportSubject::Kind::Entry, 9};
    ExportEntry entry;
    entry.entry.id = 9;
    entry.entry.date = QDate(2019, 5, 21);
    entry.entry.title = QStringLiteral("Day one");
    entry.title = entry.entry.title;
    entry.entry.body = QStringLiteral("Words.\n");
    e.content.entries = {entry};
    ExportReport report = e.run();
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    QVERIFY(report.entryPoint.endsWith(QStringLiteral("/2019-05-21-day-one.md")));

    e.content.entries[0].title = QStringLiteral("Day 1");
    e.content.entries[0].entry.date = QDate(2019, 5, 22);
    report = e.run();
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    QCOMPARE(
        QDir(dir.filePath(QStringLiteral("_posts"))).entryList(QDir::Files, QDir::Name),
        (QStringList{QStringLiteral("2019-01-01-mine.md"), QStringLiteral("2019-05-22-day-1.md")}));
    QCOMPARE(readFile(mine), QStringLiteral("---\ntitle: Mine\n---\n\nMy own words.\n"));
}

void TestJekyllPostWriter::usersOwnPostIsLeftAlone()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("_posts")));
    // The user wrote a post of the same day and title by hand (the one Corkboard imported, say).
    const QString theirs = dir.filePath(QStringLiteral("_posts/2019-05-20-let-the-games-begin.md"));
    const QByteArray words = "---\nlayout: post\ntitle: Let the games begin\n---\n\nBy hand.\n";
    QVERIFY(writeFile(theirs, words));
    const Export e = referenceGalleryExport(dir.path(), QStringLiteral("posts"));
    const ExportReport report = e.run();
    QVERIFY(!report.succeeded());
    QVERIFY2(report.error.contains(QDir::toNativeSeparators(theirs)), qPrintable(report.error));
    QCOMPARE(report.pagesWritten, 0);
    QCOMPARE(readFile(theirs).toUtf8(), words);
    QCOMPARE(QDir(dir.filePath(QStringLiteral("_posts"))).entryList(QDir::Files).size(), 1);
}

void TestJekyllPostWriter::eventWithEntries()
{
    QTemporaryDir dir;
    Export e;
    e.options.outputDirectory = dir.path();
    e.content.subject = {ExportSubject::Kind::Event, 1};
    e.content.events = {kubeconEvent()};
    e.content.eventFirstDays = firstDaysOf(e.content.events);
    e.content.galleries = {gallery(5, {3, 4}, {})};
    e.addPhotos({2, 3, 4});
    e.content.photos[2].title = QStringLiteral("Arrival *hall* [1]");
    const auto entry = [](qint64 id, const QString &title, QDate date, const QString &body) {
        ExportEntry x;
        x.entry.id = id;
        x.entry.eventId = 1;
        x.entry.title = title;
        x.entry.date = date;
        x.entry.body = body;
        x.title = title;
        return x;
    };
    e.content.entries = {
        entry(9, QStringLiteral("Day one"), QDate(2019, 5, 21),
              QStringLiteral("```gallery 5\n```\n")),
        entry(10, QStringLiteral("Arrival"), QDate(), QStringLiteral("![](photo:2)\n")),
        entry(11, QStringLiteral("Day one"), QDate(2019, 5, 21), QStringLiteral("Again.\n")),
    };
    const ExportReport report = e.run();
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    QCOMPARE(report.pagesWritten, 3);
    const QString posts = dir.filePath(QStringLiteral("_posts"));
    QCOMPARE(report.entryPoint, posts + QStringLiteral("/2019-05-21-day-one.md"));
    // An undated entry takes its event's first day; two of the same day and title both publish.
    QCOMPARE(QDir(posts).entryList(QDir::Files, QDir::Name),
             (QStringList{QStringLiteral("2019-05-20-arrival.md"),
                          QStringLiteral("2019-05-21-day-one-2.md"),
                          QStringLiteral("2019-05-21-day-one.md")}));
    QCOMPARE(stickyNoteLists(readFile(report.entryPoint)).size(), 1);
    QCOMPARE(bodyOf(readFile(posts + QStringLiteral("/2019-05-20-arrival.md"))),
             QStringLiteral("![Arrival \\*hall\\* \\[1\\]](/posts/kubecon-2-2-1024.jpg)\n"));
    QCOMPARE(bodyOf(readFile(posts + QStringLiteral("/2019-05-21-day-one-2.md"))),
             QStringLiteral("Again.\n"));

    // Exported again, each entry finds its own post (not the other "Day one"'s).
    const ExportReport again = e.run();
    QVERIFY2(again.succeeded(), qPrintable(again.error));
    QCOMPARE(again.pagesUnchanged, 3);
    QCOMPARE(QDir(posts).entryList(QDir::Files).size(), 3);
}

void TestJekyllPostWriter::eventWithoutEntries()
{
    QTemporaryDir dir;
    Export e;
    e.options.outputDirectory = dir.path();
    e.content.subject = {ExportSubject::Kind::Event, 1};
    e.content.events = {kubeconEvent()};
    e.content.eventFirstDays = firstDaysOf(e.content.events);
    e.content.galleries = {gallery(5, {3, 4}, {}), gallery(6, {2}, {}, QStringLiteral("Party"))};
    e.addPhotos({2, 3, 4});
    const ExportReport report = e.run();
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    QCOMPARE(report.pagesWritten, 1);
    QCOMPARE(report.entryPoint,
             dir.filePath(QStringLiteral("_posts/2019-05-20-kubecon-europe-2019.md")));
    const QString post = readFile(report.entryPoint);
    const YAML::Node yaml = frontMatter(post);
    QCOMPARE(str(yaml["title"]), QStringLiteral("KubeCon Europe 2019"));
    QCOMPARE(str(yaml["image"]["path"]), QStringLiteral("/posts/kubecon-2-2-1024.jpg"));
    const QString body = bodyOf(post);
    QVERIFY2(body.startsWith(QStringLiteral("Three days in Barcelona &amp; a \\*party\\*.\n\n"
                                            "## Let the games begin\n\n<div")),
             qPrintable(body));
    QVERIFY(body.contains(QStringLiteral("\n\n## Party\n\n<div")));
    const QList<QList<ListedNote>> lists = stickyNoteLists(post);
    QCOMPARE(lists.size(), 2);
    QCOMPARE(lists.at(0).size(), 2);
    QCOMPARE(lists.at(1).size(), 1);
}

void TestJekyllPostWriter::undatedEntryKeepsItsFirstDay()
{
    QTemporaryDir dir;
    Export e;
    e.options.outputDirectory = dir.path();
    e.content.subject = {ExportSubject::Kind::Entry, 9};
    ExportEntry entry;
    entry.entry.id = 9;
    entry.title = QStringLiteral("Someday");
    entry.entry.body = QStringLiteral("Words.\n");
    e.content.entries = {entry};
    ExportReport report = e.run();
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QCOMPARE(QFileInfo(report.entryPoint).fileName(), today + QStringLiteral("-someday.md"));

    // As if it had been exported on an earlier day: that day stays its day.
    const QString earlier = dir.filePath(QStringLiteral("_posts/2020-02-02-someday.md"));
    QVERIFY(QFile::rename(report.entryPoint, earlier));
    e.content.entries[0].entry.body = QStringLiteral("More words.\n");
    report = e.run();
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    QCOMPARE(report.entryPoint, earlier);
    QCOMPARE(QDir(dir.filePath(QStringLiteral("_posts"))).entryList(QDir::Files),
             QStringList{QStringLiteral("2020-02-02-someday.md")});
    QCOMPARE(bodyOf(readFile(earlier)), QStringLiteral("More words.\n"));
}

void TestJekyllPostWriter::referencePostExportsLikeItself()
{
    QFile file(QDir(qEnvironmentVariable("CORKBOARD_SHARED_DIR"))
                   .filePath(QStringLiteral("reference/000_b3dd384e9af5f1dc.txt")));
    if (!file.open(QIODevice::ReadOnly))
        QSKIP("The reference post (../shared/reference) is not there.");
    const QString reference = QString::fromUtf8(file.readAll());

    // Imported as the journal imports it: its photos matched to the catalog, its sticky notes a
    // gallery with the widths the post gave them.
    static const QHash<QString, qint64> ids = {
        {QStringLiteral("kubecon_2.JPG"), 2},    {QStringLiteral("kubecon_3.JPG"), 3},
        {QStringLiteral("kubecon_4.JPG"), 4},    {QStringLiteral("kubecon_7.JPG"), 7},
        {QStringLiteral("kubecon_12.JPG"), 12},  {QStringLiteral("kubecon_book.JPG"), 20},
        {QStringLiteral("kubecon2019.png"), 21},
    };
    QList<ImportedGalleryPhoto> imported;
    QString galleryTitle;
    MarkdownPostImporter importer;
    importer.setPhotoMatcher([](const QString &name) { return ids.value(name, 0); });
    importer.setGalleryMaker([&](const QString &title, const QList<ImportedGalleryPhoto> &photos) {
        imported = photos;
        galleryTitle = title;
        return qint64(5);
    });
    const std::optional<JournalEntry> parsed =
        importer.parse(reference, QStringLiteral("2019-05-25-kubecon.md"));
    QVERIFY2(parsed, qPrintable(importer.errorString()));
    QCOMPARE(imported.size(), 5);

    QTemporaryDir dir;
    Export e;
    e.options.outputDirectory = dir.path();
    e.content.subject = {ExportSubject::Kind::Entry, 9};
    ExportGallery g = gallery(5, kReferencePhotos, {}, galleryTitle);
    QList<NoteInput> inputs;
    for (qsizetype i = 0; i < g.notes.size(); ++i) {
        QCOMPARE(imported.at(i).photoId, g.notes.at(i).item.photoId);
        g.notes[i].item.look.width = imported.at(i).width;
        inputs.append(
            {g.notes.at(i).item.id, g.notes.at(i).aspectRatio(), g.notes.at(i).item.look});
    }
    g.board = GalleryLayout::layout(g.gallery.style, g.gallery.seed, inputs, g.gallery.boardWidth);
    e.content.galleries = {g};
    e.addPhotos({2, 3, 4, 7, 12, 20, 21});
    ExportEntry entry;
    entry.entry = *parsed;
    entry.entry.id = 9;
    entry.title = parsed->title;
    e.content.entries = {entry};
    const ExportReport report = e.run();
    QVERIFY2(report.succeeded(), qPrintable(report.error));

    QCOMPARE(
        QFileInfo(report.entryPoint).fileName(),
        QStringLiteral("2019-05-25-kubecon-europe-2019-my-kubecon-experience-and-what-is-next.md"));
    const QString post = readFile(report.entryPoint);
    const YAML::Node ours = frontMatter(post);
    const YAML::Node theirs = frontMatter(reference);
    for (const char *key : {"layout", "comments", "title", "author"})
        QCOMPARE(str(ours[key]), str(theirs[key]));
    for (const char *key : {"categories", "tags"}) {
        QCOMPARE(ours[key].size(), theirs[key].size());
        for (std::size_t i = 0; i < ours[key].size(); ++i)
            QCOMPARE(str(ours[key][i]), str(theirs[key][i]));
    }
    QCOMPARE(str(ours["image"]["path"]), QStringLiteral("/posts/kubecon-21-21-1024.jpg"));
    QCOMPARE(str(ours["image"]["alt"]), str(theirs["image"]["alt"]));

    // The same notes, at the same widths, in the same markup.
    const QList<QList<ListedNote>> lists = stickyNoteLists(post);
    QCOMPARE(lists.size(), 1);
    QStringList widths;
    for (const ListedNote &note : lists.first())
        widths.append(note.style);
    QCOMPARE(widths, (QStringList{QStringLiteral("width:310px"), QStringLiteral("width:280px"),
                                  QStringLiteral("width:350px"), QStringLiteral("width:310px"),
                                  QStringLiteral("width:270px")}));
    const QString body = bodyOf(post);
    // The list where the post had it, after its heading, set apart by blank lines.
    const QString heading = QStringLiteral("### 1. Let the games begin\n");
    const qsizetype list = body.indexOf(QStringLiteral("<div class=\"full-screen-gallery"));
    QVERIFY(body.indexOf(heading) > 0 && list > body.indexOf(heading));
    QVERIFY(body.mid(body.indexOf(heading) + heading.size(),
                     list - body.indexOf(heading) - heading.size())
                .trimmed()
                .isEmpty());
    QVERIFY(body.mid(list).startsWith(QStringLiteral(
        "<div class=\"full-screen-gallery stickynote\">\n<ul>\n  <li><a href=\"/posts/")));
    QVERIFY(body.contains(QStringLiteral("![Joe Beda](/posts/kubecon-20-20-1024.jpg)")));
    QVERIFY(!body.contains(QStringLiteral("photo:")));
    // Everything else as the post had it.
    QVERIFY(body.contains(QStringLiteral("Give us a follow and you can help.")));
    QVERIFY(body.contains(QStringLiteral("_\"If you're lucky enough to do well,it's your "
                                         "responsibility to send the elevator back down\"_.")));
}

void TestJekyllPostWriter::throughTheExportWorker()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ExportTestCatalog catalog;
    const QString built = catalog.build(dir.filePath(QStringLiteral("catalog")));
    QVERIFY2(built.isEmpty(), qPrintable(built));

    // A Jekyll site with a post of the user's own.
    const QString site = dir.filePath(QStringLiteral("site"));
    QVERIFY(QDir(site).mkpath(QStringLiteral("_posts")));
    const QString mine = site + QStringLiteral("/_posts/2019-01-01-mine.md");
    QVERIFY(writeFile(mine, "---\ntitle: Mine\n---\n\nMy own words.\n"));

    ExportOptions options;
    options.format = ExportFormat::Jekyll;
    options.subject = {ExportSubject::Kind::Entry, catalog.entryOfA};
    options.outputDirectory = site;
    options.jekyllImageFolder = QStringLiteral("assets/img");
    options.imageSizes = {320, 1200};
    const std::atomic_bool cancelled = false;
    ExportReport report = ExportWorker::run(catalog.catalogPath, options, cancelled);
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    QCOMPARE(report.pagesWritten, 1);
    QVERIFY(report.imagesMade > 0);
    QCOMPARE(report.entryPoint, site + QStringLiteral("/_posts/2019-05-21-kubecon-diary.md"));
    QCOMPARE(readFile(mine), QStringLiteral("---\ntitle: Mine\n---\n\nMy own words.\n"));

    const QString post = readFile(report.entryPoint);
    const YAML::Node yaml = frontMatter(post);
    QCOMPARE(str(yaml["layout"]), QStringLiteral("post"));
    QCOMPARE(str(yaml["title"]), ExportTestCatalog::entryTitle());
    // Every URL the post gives is a file the export made, under the image folder.
    QStringList urls = {str(yaml["image"]["path"])};
    static const QRegularExpression url(QStringLiteral("(?:\\]\\(|src=\"|href=\")(/[^)\"]+)"));
    for (const QRegularExpressionMatch &match : url.globalMatch(bodyOf(post)))
        urls.append(match.captured(1));
    QCOMPARE(urls.size(), 1 + 1 + 2); // the cover, the photo in the text, the note's two sizes
    for (const QString &u : std::as_const(urls)) {
        QVERIFY2(u.startsWith(QStringLiteral("/assets/img/")), qPrintable(u));
        QVERIFY2(QFileInfo::exists(site + u), qPrintable(u));
    }
    const QImage cover(site + urls.first());
    QCOMPARE(cover.width(), yaml["image"]["width"].as<int>());
    QCOMPARE(cover.height(), yaml["image"]["height"].as<int>());
    // The photo reference in a code span is text.
    QVERIFY(post.contains(QStringLiteral("`![not a photo](photo:%1)`").arg(catalog.photosA.at(1))));
    const QList<QList<ListedNote>> lists = stickyNoteLists(post);
    QCOMPARE(lists.size(), 1);
    QCOMPARE(lists.first().size(), 1);

    // Again: nothing changed, nothing written.
    report = ExportWorker::run(catalog.catalogPath, options, cancelled);
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    QCOMPARE(report.pagesWritten, 0);
    QCOMPARE(report.pagesUnchanged, 1);
    QCOMPARE(report.imagesMade, 0);

    // Event A: a post per entry, its one entry's, the same post as before.
    options.subject = {ExportSubject::Kind::Event, catalog.eventA};
    report = ExportWorker::run(catalog.catalogPath, options, cancelled);
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    QCOMPARE(report.pagesUnchanged, 1);
    QCOMPARE(QDir(site + QStringLiteral("/_posts")).entryList(QDir::Files).size(), 2);
    // Event B, without entries: a post of its own.
    options.subject = {ExportSubject::Kind::Event, catalog.eventB};
    report = ExportWorker::run(catalog.catalogPath, options, cancelled);
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    QCOMPARE(report.pagesWritten, 1);
    QCOMPARE(QDir(site + QStringLiteral("/_posts")).entryList(QDir::Files).size(), 3);
    options.subject = {ExportSubject::Kind::Gallery, catalog.galleryOfA};
    report = ExportWorker::run(catalog.catalogPath, options, cancelled);
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    const QList<QList<ListedNote>> gallery = stickyNoteLists(readFile(report.entryPoint));
    QCOMPARE(gallery.size(), 1);
    QCOMPARE(gallery.first().size(), 3);
    QCOMPARE(gallery.first().first().alt, QStringLiteral("Joe Beda"));
    QCOMPARE(QDir(site + QStringLiteral("/_posts")).entryList(QDir::Files).size(), 4);
}

void TestJekyllPostWriter::realJekyllBuildsThePost()
{
    const QString jekyll = QStandardPaths::findExecutable(QStringLiteral("jekyll"));
    if (jekyll.isEmpty())
        QSKIP("jekyll is not installed (Debian: apt-get install jekyll).");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString site = dir.filePath(QStringLiteral("site"));
    QVERIFY(QDir(site).mkpath(QStringLiteral("_layouts")));
    QVERIFY(
        writeFile(site + QStringLiteral("/_config.yml"), "title: The blog\nmarkdown: kramdown\n"));
    QVERIFY(writeFile(site + QStringLiteral("/_layouts/post.html"),
                      "<h1>{{ page.title | escape }}</h1>\n<img class=\"cover\" "
                      "src=\"{{ page.image.path }}\">\n{{ content }}\n"));

    Export e = referenceGalleryExport(site, QStringLiteral("posts"));
    e.content.subject = {ExportSubject::Kind::Entry, 9};
    ExportEntry entry;
    entry.entry.id = 9;
    entry.entry.cover.photoId = 2;
    entry.entry.date = QDate(2019, 5, 25);
    entry.title = QStringLiteral("KubeCon: day {{ 2 }}");
    entry.entry.body = QStringLiteral("Use `{{ site.title }}` and {% raw %}.\n\n"
                                      "### 1. Let the games begin\n```gallery 5\n```\n"
                                      "![Joe Beda](photo:2)\n\n"
                                      "Hi <script>alert(1)</script> <b>bold</b> &copy;\n\n"
                                      "<div onclick=x>hi</div>\n\n"
                                      "<a_b onmouseover=y>z</a_b> `<i>code</i>`\n"
                                      "{: onmouseover=w}\n\n{::nomarkdown}<u>v</u>{:/}\n");
    e.content.entries = {entry};
    const ExportReport report = e.run();
    QVERIFY2(report.succeeded(), qPrintable(report.error));

    QProcess build;
    build.setProcessChannelMode(QProcess::MergedChannels);
    build.start(jekyll, {QStringLiteral("build"), QStringLiteral("--source"), site,
                         QStringLiteral("--destination"), dir.filePath(QStringLiteral("_site"))});
    QVERIFY(build.waitForFinished(180000));
    QVERIFY2(build.exitStatus() == QProcess::NormalExit && build.exitCode() == 0,
             build.readAll().constData());
    const QString html =
        readFile(dir.filePath(QStringLiteral("_site/2019/05/25/kubecon-day-2.html")));
    QVERIFY2(
        !html.isEmpty(),
        qPrintable(QDir(dir.filePath(QStringLiteral("_site/2019/05/25"))).entryList().join(u' ')));
    // The title as it was, Liquid and all, and the user's "{{" and "{%" shown, not run.
    QVERIFY2(html.contains(QStringLiteral("<h1>KubeCon: day {{ 2 }}</h1>")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("<code")));
    QVERIFY(html.contains(QStringLiteral("{{ site.title }}</code> and {% raw %}.")));
    QVERIFY(
        html.contains(QStringLiteral("<img class=\"cover\" src=\"/posts/kubecon-2-2-1024.jpg\">")));
    QVERIFY(
        html.contains(QStringLiteral("<img src=\"/posts/kubecon-2-2-1024.jpg\" alt=\"Joe Beda\"")));
    // The user's raw HTML shows as text, as in the app, and runs nothing.
    QVERIFY2(html.contains(QStringLiteral("Hi &lt;script&gt;alert(1)&lt;/script&gt; "
                                          "&lt;b&gt;bold&lt;/b&gt; \u00a9")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("&lt;div onclick=x&gt;hi&lt;/div&gt;")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("&lt;a_b onmouseover=y&gt;z&lt;/a_b&gt; "
                                          "<code class=\"language-plaintext highlighter-rouge\">"
                                          "&lt;i&gt;code&lt;/i&gt;</code>")),
             qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("</code>\n{: onmouseover=w}</p>")), qPrintable(html));
    QVERIFY2(html.contains(QStringLiteral("<p>{::nomarkdown}&lt;u&gt;v&lt;/u&gt;{:/}</p>")),
             qPrintable(html));
    for (const QString &element :
         {QStringLiteral("<script"), QStringLiteral("<b>"), QStringLiteral("<div onclick"),
          QStringLiteral("<a_b"), QStringLiteral("<i>"), QStringLiteral("<u>"),
          QStringLiteral("onmouseover=\"")})
        QVERIFY2(!html.contains(element), qPrintable(element));
    // Kramdown passed the sticky-note list through as the HTML it is.
    const QList<QList<ListedNote>> lists = stickyNoteLists(html);
    QCOMPARE(lists.size(), 1);
    QCOMPARE(lists.first().size(), kReferencePhotos.size());
    QCOMPARE(lists.first().first().src, QStringLiteral("/posts/kubecon-2-2-1024.jpg"));
}

QTEST_GUILESS_MAIN(TestJekyllPostWriter)
#include "tst_jekyllpostwriter.moc"
