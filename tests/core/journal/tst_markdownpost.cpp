#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/galleries/galleryrepository.h"
#include "core/journal/journalservice.h"
#include "core/journal/markdownpostexporter.h"
#include "core/journal/markdownpostimporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kReferenceName = QStringLiteral("reference/000_b3dd384e9af5f1dc.txt");

// The post our users write by hand today, from ../shared (never copied into the repository).
QString referencePost()
{
    QFile file(QDir(qEnvironmentVariable("CORKBOARD_SHARED_DIR")).filePath(kReferenceName));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A photo matcher over a fixed set of names: kubecon_2.JPG is 2, and so on.
qint64 matchKubecon(const QString &name)
{
    static const QHash<QString, qint64> ids = {
        {QStringLiteral("kubecon_2.JPG"), 2},    {QStringLiteral("kubecon_3.JPG"), 3},
        {QStringLiteral("kubecon_4.JPG"), 4},    {QStringLiteral("kubecon_7.JPG"), 7},
        {QStringLiteral("kubecon_12.JPG"), 12},  {QStringLiteral("kubecon_book.JPG"), 20},
        {QStringLiteral("kubecon2019.png"), 21},
    };
    return ids.value(name, 0);
}

} // namespace

// Markdown posts with YAML front matter in and out: the reference post's fields land where they
// belong, its photos become references, and export then import gives the same entry.
class TestMarkdownPost : public QObject
{
    Q_OBJECT

private slots:
    void referencePostImports();
    void referencePostWithoutItsPhotos();
    void referencePostRoundTrips();
    void referencePostThroughTheCatalog();
    void entriesRoundTrip_data();
    void entriesRoundTrip();
    void frontMatterForms_data();
    void frontMatterForms();
    void badFrontMatterIsRefused();
    void htmlInCodeIsLeftAlone();
};

void TestMarkdownPost::referencePostImports()
{
    const QString post = referencePost();
    if (post.isEmpty())
        QSKIP("The reference post (../shared/reference) is not there.");
    QList<QList<ImportedGalleryPhoto>> made;
    QStringList titles;
    MarkdownPostImporter importer;
    importer.setPhotoMatcher(matchKubecon);
    importer.setGalleryMaker([&](const QString &title, const QList<ImportedGalleryPhoto> &photos) {
        made.append(photos);
        titles.append(title);
        return qint64(99);
    });
    const std::optional<JournalEntry> entry =
        importer.parse(post, QStringLiteral("2019-05-25-kubecon.md"));
    QVERIFY2(entry, qPrintable(importer.errorString()));

    QCOMPARE(entry->title,
             QStringLiteral("KubeCon Europe 2019 : My KubeCon Experience and What is Next"));
    QCOMPARE(entry->author, QStringLiteral("malike"));
    QCOMPARE(entry->categories, QStringList{QStringLiteral("stuff")});
    QCOMPARE(entry->tags,
             (QStringList{QStringLiteral("conference"), QStringLiteral("cncf-ghana")}));
    QCOMPARE(entry->cover.photoId, 21);
    QCOMPARE(entry->cover.path, QString());
    QCOMPARE(entry->cover.alt, QStringLiteral("kubecon."));
    QCOMPARE(entry->cover.width, 800);
    QCOMPARE(entry->cover.height, 500);
    QCOMPARE(entry->date, QDate(2019, 5, 25)); // from the file name: the post has none
    QCOMPARE(entry->extraFrontMatter, QStringLiteral("comments: true")); // layout is dropped

    // The sticky-note list became one gallery of its five photos, with their widths.
    QCOMPARE(made.size(), 1);
    QCOMPARE(titles, QStringList{QStringLiteral("1. Let the games begin")});
    const QList<ImportedGalleryPhoto> &notes = made.constFirst();
    QCOMPARE(notes.size(), 5);
    const QList<qint64> ids = {2, 3, 4, 7, 12};
    const QList<double> widths = {310, 280, 350, 310, 270};
    for (int i = 0; i < 5; ++i) {
        QCOMPARE(notes.at(i).photoId, ids.at(i));
        QCOMPARE(notes.at(i).width, widths.at(i));
    }
    QVERIFY(entry->body.contains(
        QLatin1String("### 1. Let the games begin\n\n\n```gallery 99\n``` \n")));
    QVERIFY(!entry->body.contains(QLatin1String("full-screen-gallery")));
    // The inline photo is a reference, with its alt text.
    QVERIFY(entry->body.contains(QLatin1String("\n![Joe Beda](photo:20)\n")));
    QVERIFY(!entry->body.contains(QLatin1String("<img")));
    // The rest of the text is untouched.
    QVERIFY(
        entry->body.startsWith(QLatin1String("[KubeCon + CloudNativeCon Europe 2019](https://")));
    QVERIFY(entry->body.contains(QLatin1String("Later that evening, I went for an Istio Meetup")));
    QVERIFY(entry->body.endsWith(QLatin1String("Give us a follow and you can help.")));
}

void TestMarkdownPost::referencePostWithoutItsPhotos()
{
    const QString post = referencePost();
    if (post.isEmpty())
        QSKIP("The reference post (../shared/reference) is not there.");
    // Nothing matches: the cover keeps its path, the image stays a picture (as Markdown), and
    // the sticky-note list is kept as it was written.
    MarkdownPostImporter importer;
    importer.setPhotoMatcher([](const QString &) { return qint64(0); });
    importer.setGalleryMaker(
        [](const QString &, const QList<ImportedGalleryPhoto> &) { return qint64(99); });
    const std::optional<JournalEntry> entry = importer.parse(post);
    QVERIFY(entry);
    QCOMPARE(entry->cover.photoId, 0);
    QCOMPARE(entry->cover.path, QStringLiteral("/posts/kubecon2019.png"));
    QVERIFY(!entry->date.isValid());
    QVERIFY(entry->body.contains(QLatin1String("\n![Joe Beda](/posts/kubecon_book.JPG)\n")));
    QVERIFY(entry->body.contains(QLatin1String("<div class=\"full-screen-gallery stickynote\">")));
    QCOMPARE(entry->body.count(QLatin1String("<img src=\"/posts/kubecon_")), 5);
}

void TestMarkdownPost::referencePostRoundTrips()
{
    const QString post = referencePost();
    if (post.isEmpty())
        QSKIP("The reference post (../shared/reference) is not there.");
    MarkdownPostImporter importer;
    importer.setPhotoMatcher(matchKubecon);
    importer.setGalleryMaker(
        [](const QString &, const QList<ImportedGalleryPhoto> &) { return qint64(99); });
    const std::optional<JournalEntry> entry = importer.parse(post);
    QVERIFY(entry);
    const QString exported = MarkdownPostExporter::exportEntry(*entry);
    // Read back with no catalog at all: the references are in the text.
    const std::optional<JournalEntry> again = MarkdownPostImporter().parse(exported);
    QVERIFY2(again, qPrintable(exported));
    QVERIFY2(again->hasSameContent(*entry), qPrintable(exported));
    QCOMPARE(MarkdownPostExporter::exportEntry(*again), exported);

    // And the reference read without any photo matched round-trips too, its HTML kept.
    const std::optional<JournalEntry> unmatched = MarkdownPostImporter().parse(post);
    QVERIFY(unmatched);
    const std::optional<JournalEntry> back =
        MarkdownPostImporter().parse(MarkdownPostExporter::exportEntry(*unmatched));
    QVERIFY(back && back->hasSameContent(*unmatched));
}

void TestMarkdownPost::referencePostThroughTheCatalog()
{
    const QString post = referencePost();
    if (post.isEmpty())
        QSKIP("The reference post (../shared/reference) is not there.");
    QTemporaryDir dir;
    Catalog catalog(dir.filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(catalog.open(), QString());
    PhotoRepository photos(catalog.connection());
    QHash<QString, qint64> ids;
    for (const char *name :
         {"kubecon_2.JPG", "kubecon_3.JPG", "kubecon_4.JPG", "kubecon_7.JPG", "kubecon_12.JPG",
          "kubecon_book.jpg", "other_kubecon2019.png", "kubecon2019.png"}) {
        PhotoRecord photo;
        photo.path = dir.filePath(QStringLiteral("Barcelona/") + QString::fromLatin1(name));
        photo.fileSize = 1;
        photo.identityKey = name;
        photo.importedAt = QDateTime::currentDateTimeUtc();
        ids.insert(QString::fromLatin1(name), photos.insert(photo));
    }
    JournalService journal(catalog.connection());
    const qint64 id = journal.importPost(post);
    QVERIFY2(id != 0, qPrintable(journal.lastError()));
    const JournalEntry entry = *journal.entry(id);
    QCOMPARE(entry.cover.photoId, ids.value(QStringLiteral("kubecon2019.png")));
    // Matched by file name whatever its case: the post says .JPG, the file is .jpg.
    QVERIFY(entry.body.contains(QStringLiteral("![Joe Beda](photo:%1)")
                                    .arg(ids.value(QStringLiteral("kubecon_book.jpg")))));
    QCOMPARE(journal.versions(id).size(), 1);

    GalleryRepository galleries(catalog.connection());
    QCOMPARE(galleries.list().size(), 1);
    const Gallery gallery = galleries.list().constFirst();
    QCOMPARE(gallery.title, QStringLiteral("1. Let the games begin"));
    QVERIFY(entry.body.contains(QStringLiteral("```gallery %1\n```").arg(gallery.id)));
    const QList<GalleryItem> items = galleries.items(gallery.id);
    QCOMPARE(items.size(), 5);
    QCOMPARE(items.at(0).photoId, ids.value(QStringLiteral("kubecon_2.JPG")));
    QCOMPARE(items.at(2).look.width, 350.0);
    QCOMPARE(items.at(4).photoId, ids.value(QStringLiteral("kubecon_12.JPG")));

    const QString html = journal.renderHtml(entry.body);
    QCOMPARE(html.count(QLatin1String("<img")), 6);
    QVERIFY(!html.contains(QLatin1String("corkboard-missing")));
}

void TestMarkdownPost::entriesRoundTrip_data()
{
    QTest::addColumn<JournalEntry>("entry");
    JournalEntry full;
    full.title = QStringLiteral("yes"); // a YAML 1.1 boolean if it were not quoted
    full.author = QStringLiteral("Ana: \"the\" author");
    full.date = QDate(2024, 5, 12);
    full.categories = {QStringLiteral("travel"), QStringLiteral("food & drink")};
    full.tags = {QStringLiteral("Café"), QStringLiteral("1.0"), QStringLiteral("[x]"),
                 QStringLiteral("#hash")};
    full.cover = {7, {}, QStringLiteral("Sunset: over the sea"), 1200, 800};
    full.body = QStringLiteral("\nLeading blank line.\n\n```gallery 3\n```\n\n---\n\nNot front "
                               "matter.\n![a](photo:7)\n");
    full.extraFrontMatter = QStringLiteral("comments: true\nsidebar:\n  nav: docs");
    QTest::newRow("every field") << full;
    JournalEntry bare;
    bare.body = QStringLiteral("Only text.");
    QTest::newRow("only a body") << bare;
    JournalEntry path;
    path.title = QStringLiteral("Ünïcödé ✓ 日本");
    path.cover = {0, QStringLiteral("/posts/cover.png"), {}, 0, 0};
    QTest::newRow("cover by path, no body") << path;
    JournalEntry altOnly;
    altOnly.cover.alt = QStringLiteral("an alt without a picture");
    QTest::newRow("alt only") << altOnly;
}

void TestMarkdownPost::entriesRoundTrip()
{
    QFETCH(JournalEntry, entry);
    const QString text = MarkdownPostExporter::exportEntry(entry);
    MarkdownPostImporter importer;
    const std::optional<JournalEntry> back = importer.parse(text);
    QVERIFY2(back, qPrintable(importer.errorString()));
    QVERIFY2(back->hasSameContent(entry), qPrintable(text));
}

void TestMarkdownPost::frontMatterForms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tags");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("body");
    QTest::newRow("no front matter") << QStringLiteral("# Title\n\nText") << QStringList()
                                     << QDate() << QStringLiteral("# Title\n\nText");
    QTest::newRow("tags as words, CRLF")
        << QStringLiteral("---\r\ntags: a b  c\r\ndate: 2019-05-21 10:00:00 +0200\r\n---\r\nText")
        << QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}
        << QDate(2019, 5, 21) << QStringLiteral("Text");
    QTest::newRow("dots close it")
        << QStringLiteral("---\ntags: [x]\n...\n\nText") << QStringList{QStringLiteral("x")}
        << QDate() << QStringLiteral("Text");
    QTest::newRow("unclosed is text") << QStringLiteral("---\ntags: [x]\nText") << QStringList()
                                      << QDate() << QStringLiteral("---\ntags: [x]\nText");
}

void TestMarkdownPost::frontMatterForms()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tags);
    QFETCH(QDate, date);
    QFETCH(QString, body);
    const std::optional<JournalEntry> entry = MarkdownPostImporter().parse(text);
    QVERIFY(entry);
    QCOMPARE(entry->tags, tags);
    QCOMPARE(entry->date, date);
    QCOMPARE(entry->body, body);
}

void TestMarkdownPost::badFrontMatterIsRefused()
{
    MarkdownPostImporter importer;
    QVERIFY(!importer.parse(QStringLiteral("---\ntitle: [unclosed\n---\nText")));
    QVERIFY(importer.errorString().startsWith(QLatin1String("The front matter of the post")));
    QVERIFY(!importer.parse(QStringLiteral("---\n- a list\n---\nText")));
    QVERIFY(!importer.errorString().isEmpty());
}

void TestMarkdownPost::htmlInCodeIsLeftAlone()
{
    MarkdownPostImporter importer;
    importer.setPhotoMatcher(matchKubecon);
    const QString body = QStringLiteral(
        "```html\n<img src=\"/posts/kubecon_2.JPG\" alt=\"code\">\n```\n\n"
        "Inline `<img src=\"kubecon_3.JPG\">` code, and <img src='kubecon_4.JPG' alt='x'> "
        "inline HTML.\n\n"
        "<a href=\"/posts/kubecon_7.JPG\"><img src=\"/posts/kubecon_7.JPG\" alt=\"linked\"></a>\n");
    const std::optional<JournalEntry> entry = importer.parse(body);
    QVERIFY(entry);
    QCOMPARE(entry->body,
             QStringLiteral("```html\n<img src=\"/posts/kubecon_2.JPG\" alt=\"code\">\n```\n\n"
                            "Inline `<img src=\"kubecon_3.JPG\">` code, and ![x](photo:4) inline "
                            "HTML.\n\n![linked](photo:7)\n"));
}

QTEST_GUILESS_MAIN(TestMarkdownPost)
#include "tst_markdownpost.moc"
