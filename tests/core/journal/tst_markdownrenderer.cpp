#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/galleries/galleryeditcommand.h"
#include "core/galleries/galleryservice.h"
#include "core/journal/journalservice.h"
#include "core/journal/markdownrenderer.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

// Journal Markdown as HTML: GitHub's dialect without raw HTML, and photos and galleries by
// reference, followed when they move and marked when they are gone.
class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private slots:
    void rendersGithubMarkdown_data();
    void rendersGithubMarkdown();
    void rawHtmlIsText();
    void photoReferencesResolve();
    void photoRendererGivesTheWholeImage();
    void galleryBlocks_data();
    void galleryBlocks();
    void referencesParse();
    void movedAndDeletedPhotosInTheCatalog();
};

void TestMarkdownRenderer::rendersGithubMarkdown_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");
    QTest::newRow("heading") << QStringLiteral("### 1. Let the games begin")
                             << QStringLiteral("<h3>1. Let the games begin</h3>\n");
    QTest::newRow("link")
        << QStringLiteral("[KubeSec](https://info.aquasec.com/x \"t\")")
        << QStringLiteral(
               "<p><a href=\"https://info.aquasec.com/x\" title=\"t\">KubeSec</a></p>\n");
    QTest::newRow("emphasis") << QStringLiteral("_\"Bringing\"_ **amazing** ~~gone~~ `a<b`")
                              << QStringLiteral(
                                     "<p><em>&quot;Bringing&quot;</em> <strong>amazing</strong> "
                                     "<del>gone</del> <code>a&lt;b</code></p>\n");
    QTest::newRow("autolink")
        << QStringLiteral("See https://cncf.io now")
        << QStringLiteral("<p>See <a href=\"https://cncf.io\">https://cncf.io</a> now</p>\n");
    QTest::newRow("table") << QStringLiteral("| a | b |\n|:--|--:|\n| 1 | 2 |")
                           << QStringLiteral(
                                  "<table>\n<thead>\n<tr>\n<th align=\"left\">a</th>\n"
                                  "<th align=\"right\">b</th>\n</tr>\n</thead>\n<tbody>\n"
                                  "<tr>\n<td align=\"left\">1</td>\n"
                                  "<td align=\"right\">2</td>\n</tr>\n</tbody>\n</table>\n");
    QTest::newRow("list") << QStringLiteral("3. three\n4. four")
                          << QStringLiteral(
                                 "<ol start=\"3\">\n<li>three</li>\n<li>four</li>\n</ol>\n");
    QTest::newRow("task") << QStringLiteral("- [x] done")
                          << QStringLiteral(
                                 "<ul>\n<li class=\"task-list-item\"><input "
                                 "type=\"checkbox\" disabled checked>done</li>\n</ul>\n");
    QTest::newRow("code") << QStringLiteral("```cpp\nint a = 1 < 2;\n```")
                          << QStringLiteral("<pre><code class=\"language-cpp\">int a = 1 &lt; 2;\n"
                                            "</code></pre>\n");
    QTest::newRow("entity") << QStringLiteral("&copy; &amp; & < >")
                            << QStringLiteral("<p>&copy; &amp; &amp; &lt; &gt;</p>\n");
    QTest::newRow("script link dropped") << QStringLiteral("[x](javascript:alert(1))")
                                         << QStringLiteral("<p><a href=\"#\">x</a></p>\n");
    QTest::newRow("plain image") << QStringLiteral("![a *b*](/posts/x.png)")
                                 << QStringLiteral(
                                        "<p><img src=\"/posts/x.png\" alt=\"a b\"></p>\n");
}

void TestMarkdownRenderer::rendersGithubMarkdown()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    QCOMPARE(MarkdownRenderer().toHtml(markdown), html);
}

void TestMarkdownRenderer::rawHtmlIsText()
{
    const QString html = MarkdownRenderer().toHtml(
        QStringLiteral("<img src=\"/posts/kubecon_book.JPG\" alt=\"Joe Beda\" />\n\n"
                       "Some <script>alert(1)</script> text"));
    QVERIFY(!html.contains(QLatin1String("<img")));
    QVERIFY(!html.contains(QLatin1String("<script")));
    QVERIFY(html.contains(QLatin1String("&lt;img src=&quot;/posts/kubecon_book.JPG&quot;")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
}

void TestMarkdownRenderer::photoReferencesResolve()
{
    MarkdownRenderer renderer;
    renderer.setPhotoResolver([](qint64 id) -> std::optional<QString> {
        if (id == 42)
            return QStringLiteral("file:///photos/kubecon%20book.jpg");
        return std::nullopt;
    });
    QCOMPARE(renderer.toHtml(QStringLiteral("![Joe *Beda*](photo:42 \"signed\")")),
             QStringLiteral("<p><img src=\"file:///photos/kubecon%20book.jpg\" alt=\"Joe Beda\" "
                            "data-photo=\"42\" title=\"signed\"></p>\n"));
    QCOMPARE(renderer.toHtml(QStringLiteral("![Joe & me](photo:7)")),
             QStringLiteral("<p><span class=\"corkboard-missing\" data-photo=\"7\">Photo 7 is no "
                            "longer in the catalog. (Joe &amp; me)</span></p>\n"));
    QCOMPARE(renderer.toHtml(QStringLiteral("[the book](photo:42) and [gone](photo:7)")),
             QStringLiteral("<p><a href=\"file:///photos/kubecon%20book.jpg\">the book</a> and "
                            "<span class=\"corkboard-missing\">gone</span></p>\n"));
    // Without a resolver every photo reference is a marker: nothing points nowhere.
    QVERIFY(MarkdownRenderer()
                .toHtml(QStringLiteral("![x](photo:42)"))
                .contains(QLatin1String("corkboard-missing")));
}

void TestMarkdownRenderer::photoRendererGivesTheWholeImage()
{
    MarkdownRenderer renderer;
    renderer.setPhotoResolver([](qint64 id) -> std::optional<QString> {
        return id == 7 ? std::nullopt : std::optional<QString>(QStringLiteral("big.jpg"));
    });
    QList<bool> insideLinks;
    renderer.setPhotoRenderer(
        [&](qint64 id, const QString &altHtml, bool insideLink) -> std::optional<QString> {
            insideLinks.append(insideLink);
            if (id == 43 || id == 7)
                return std::nullopt; // the plain <img> then, or the resolver's marker
            return QStringLiteral("<a href=\"big.jpg\"><img alt=\"%1\" data-id=\"%2\"></a>")
                .arg(altHtml)
                .arg(id);
        });
    // The alt text comes escaped, as the attribute wants it.
    QCOMPARE(renderer.toHtml(QStringLiteral("![Joe & <me>](photo:42)")),
             QStringLiteral("<p><a href=\"big.jpg\"><img alt=\"Joe &amp; &lt;me&gt;\" "
                            "data-id=\"42\"></a></p>\n"));
    QCOMPARE(renderer.toHtml(QStringLiteral("![plain](photo:43)")),
             QStringLiteral("<p><img src=\"big.jpg\" alt=\"plain\" data-photo=\"43\"></p>\n"));
    // Inside a link the renderer is told so.
    const QString html =
        renderer.toHtml(QStringLiteral("[![in](photo:42)](https://example.org) ![gone](photo:7)"));
    QCOMPARE(insideLinks, (QList<bool>{false, false, true, false}));
    QVERIFY(html.contains(QLatin1String("corkboard-missing")));
}

void TestMarkdownRenderer::galleryBlocks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");
    const QString gallery12 = QStringLiteral("<div class=\"g\">12</div>\n");
    QTest::newRow("id in the info string") << QStringLiteral("```gallery 12\n```") << gallery12;
    QTest::newRow("id inside") << QStringLiteral("```gallery\n12\n```") << gallery12;
    QTest::newRow("tildes, capitals") << QStringLiteral("~~~Gallery 12\n~~~") << gallery12;
    QTest::newRow("between paragraphs")
        << QStringLiteral("Before\n\n```gallery 12\n```\n\nAfter")
        << QStringLiteral("<p>Before</p>\n") + gallery12 + QStringLiteral("<p>After</p>\n");
    QTest::newRow("deleted") << QStringLiteral("```gallery 13\n```")
                             << QStringLiteral(
                                    "<div class=\"corkboard-missing\" data-gallery=\"13\">"
                                    "Gallery 13 is no longer in the catalog.</div>\n");
    QTest::newRow("galleryish is code")
        << QStringLiteral("```gallerya 12\n```")
        << QStringLiteral("<pre><code class=\"language-gallerya\"></code></pre>\n");
}

void TestMarkdownRenderer::galleryBlocks()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    MarkdownRenderer renderer;
    renderer.setGalleryRenderer([](qint64 id) -> std::optional<QString> {
        if (id == 12)
            return QStringLiteral("<div class=\"g\">12</div>");
        return std::nullopt;
    });
    QCOMPARE(renderer.toHtml(markdown), html);
}

void TestMarkdownRenderer::referencesParse()
{
    QCOMPARE(MarkdownRenderer::photoId(u"photo:42"), 42);
    QCOMPARE(MarkdownRenderer::photoId(u" PHOTO:7 "), 7);
    QCOMPARE(MarkdownRenderer::photoId(u"photo:x"), std::nullopt);
    QCOMPARE(MarkdownRenderer::photoId(u"photo:-1"), std::nullopt);
    QCOMPARE(MarkdownRenderer::photoId(u"/posts/photo:1.jpg"), std::nullopt);
    QCOMPARE(MarkdownRenderer::galleryId(u"gallery 3"), 3);
    QCOMPARE(MarkdownRenderer::galleryId(u"gallery", u" 4\n"), 4);
    QCOMPARE(MarkdownRenderer::galleryId(u"cpp 3"), std::nullopt);
    QCOMPARE(MarkdownRenderer::galleryBlock(5), QStringLiteral("```gallery 5\n```\n"));
    QCOMPARE(MarkdownRenderer::photoUrl(5), QStringLiteral("photo:5"));
}

void TestMarkdownRenderer::movedAndDeletedPhotosInTheCatalog()
{
    QTemporaryDir dir;
    Catalog catalog(dir.filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(catalog.open(), QString());
    PhotoRepository photos(catalog.connection());
    QList<qint64> ids;
    for (const char *name : {"kubecon_book.JPG", "kubecon_2.JPG", "kubecon_3.JPG"}) {
        PhotoRecord photo;
        photo.path = dir.filePath(QString::fromLatin1(name));
        photo.fileSize = 1;
        photo.identityKey = name;
        photo.importedAt = QDateTime::currentDateTimeUtc();
        ids.append(photos.insert(photo));
        QVERIFY(ids.constLast() != 0);
    }
    GalleryService galleries(catalog.connection());
    const GalleryEdit made = galleries.createFromPhotos({ids.at(1), ids.at(2)});
    QVERIFY(galleries.apply(made, true));
    JournalService journal(catalog.connection());
    const QString markdown = QStringLiteral("![Joe Beda](photo:%1)\n\n```gallery %2\n```\n")
                                 .arg(ids.at(0))
                                 .arg(made.focusGalleryId);

    QString html = journal.renderHtml(markdown);
    QVERIFY2(html.contains(
                 QUrl::fromLocalFile(dir.filePath(QStringLiteral("kubecon_book.JPG"))).toString()),
             qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("data-gallery=\"%1\"").arg(made.focusGalleryId)));
    QCOMPARE(html.count(QLatin1String("<img")), 3);

    // Moved: same photo, new path; the reference follows it.
    const QString moved = dir.filePath(QStringLiteral("moved/kubecon_book.JPG"));
    QVERIFY(photos.relocate(ids.at(0), moved, 1, 1));
    html = journal.renderHtml(markdown);
    QVERIFY(html.contains(QUrl::fromLocalFile(moved).toString()));

    // Deleted: the photo and one of the gallery's photos are no longer in the catalog.
    QSqlQuery query(catalog.connection().database());
    QVERIFY(query.exec(
        QStringLiteral("DELETE FROM photos WHERE id IN (%1, %2)").arg(ids.at(0)).arg(ids.at(2))));
    html = journal.renderHtml(markdown);
    QVERIFY2(html.contains(
                 QStringLiteral("Photo %1 is no longer in the catalog. (Joe Beda)").arg(ids.at(0))),
             qPrintable(html));
    QVERIFY(html.contains(QLatin1String("This photo is no longer in the catalog.")));
    QCOMPARE(html.count(QLatin1String("<img")), 1);

    // Deleted gallery.
    QVERIFY(galleries.apply(galleries.deleteGallery(made.focusGalleryId), true));
    html = journal.renderHtml(markdown);
    QVERIFY(html.contains(
        QStringLiteral("Gallery %1 is no longer in the catalog.").arg(made.focusGalleryId)));
}

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
