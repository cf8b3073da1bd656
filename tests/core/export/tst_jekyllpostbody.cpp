#include "core/export/exportsubject.h"
#include "core/export/jekyllgallerymarkup.h"
#include "core/export/jekyllimages.h"
#include "core/export/jekyllpostbody.h"
#include "core/export/jekylltext.h"
#include "core/journal/markdownrenderer.h"
#include "tests/core/export/jekyllposttestdata.h"

#include <QTemporaryDir>
#include <QTest>

using namespace JekyllPostTestData;

// The body of a Jekyll post: only Corkboard's photo and gallery references change, and raw HTML
// shows as text as in the app; everything else the user wrote stays byte for byte, and the text
// Corkboard adds reads as text in Markdown and in Liquid.
class TestJekyllPostBody : public QObject
{
    Q_OBJECT

private slots:
    void references_data();
    void references();
    void entryBodyKeepsWhatTheUserWrote();
    void missingPhotosAndGalleries();
    void galleryInsideAQuote();
    void liquidInTheBodyStaysText();
    void rawHtmlShowsAsText();
};

// Photos 3 and 4 are published, 99 is not; gallery 5 is, 404 is not. "G" stands for gallery 5's
// HTML, "M99" for photo 99's marker, "M404" for gallery 404's.
void TestJekyllPostBody::references_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("expected");
    QTest::newRow("image") << QStringLiteral("![a](photo:3)") << QStringLiteral("![a](/p/3-page)");
    QTest::newRow("link") << QStringLiteral("[a](photo:3)") << QStringLiteral("[a](/p/3-large)");
    QTest::newRow("angle brackets and title")
        << QStringLiteral("![a](<photo:3> 'b')") << QStringLiteral("![a](</p/3-page> 'b')");
    QTest::newRow("escaped brackets in alt")
        << QStringLiteral("![a \\] b](photo:99)") << QStringLiteral("M99 (a \\] b)");
    QTest::newRow("nested brackets in link")
        << QStringLiteral("[a [b] c](photo:99)") << QStringLiteral("a [b] c (M99)");
    QTest::newRow("missing image in a published link")
        << QStringLiteral("[![x](photo:99)](photo:3)") << QStringLiteral("[M99 (x)](/p/3-large)");
    QTest::newRow("published image in a missing link")
        << QStringLiteral("[![x](photo:3)](photo:99)") << QStringLiteral("![x](/p/3-page) (M99)");
    QTest::newRow("two uses of a definition")
        << QStringLiteral("![a][r] [b][r]\n\n[r]: photo:4\n")
        << QStringLiteral("![a][r] [b][r]\n\n[r]: /p/4-page\n");
    QTest::newRow("other URLs") << QStringLiteral("![a](photos:3) [b](https://x/photo:3)")
                                << QStringLiteral("![a](photos:3) [b](https://x/photo:3)");
    QTest::newRow("code span and indented code")
        << QStringLiteral("`[a](photo:3)`\n\n    ![b](photo:3)\n")
        << QStringLiteral("`[a](photo:3)`\n\n    ![b](photo:3)\n");
    QTest::newRow("tilde fence") << QStringLiteral("~~~gallery 5\n~~~\n") << QStringLiteral("G\n");
    QTest::newRow("id inside the block")
        << QStringLiteral("```gallery\n5\n```\n") << QStringLiteral("G\n");
    QTest::newRow("longer closing fence")
        << QStringLiteral("````gallery 5\n`````\nafter\n") << QStringLiteral("G\n\nafter\n");
    QTest::newRow("blank lines inside")
        << QStringLiteral("```gallery 5\n\n\n```\n") << QStringLiteral("G\n");
    QTest::newRow("unclosed") << QStringLiteral("```gallery 5\n") << QStringLiteral("G\n");
    QTest::newRow("missing gallery")
        << QStringLiteral("a\n```gallery 404\n```\nb\n") << QStringLiteral("a\n\nM404\n\nb\n");
    QTest::newRow("not a gallery")
        << QStringLiteral("```galleryx 5\n```\n") << QStringLiteral("```galleryx 5\n```\n");
    // Raw HTML shows as text, as in the app: its "<" become "&lt;", nothing else changes.
    QTest::newRow("inline script") << QStringLiteral("Hi <script>alert(1)</script> there.\n")
                                   << QStringLiteral("Hi &lt;script>alert(1)&lt;/script> there.\n");
    QTest::newRow("HTML block")
        << QStringLiteral("Before.\n\n<div onclick=\"x\">hi</div>\n\nAfter.\n")
        << QStringLiteral("Before.\n\n&lt;div onclick=\"x\">hi&lt;/div>\n\nAfter.\n");
    QTest::newRow("HTML block over lines")
        << QStringLiteral("<div onclick=\"x\">\n*hi* <img src=x onerror=alert(1)>\n</div>\n")
        << QStringLiteral(
               "&lt;div onclick=\"x\">\n*hi* &lt;img src=x onerror=alert(1)>\n&lt;/div>\n");
    QTest::newRow("bold tag") << QStringLiteral("<b>bold</b>")
                              << QStringLiteral("&lt;b>bold&lt;/b>");
    QTest::newRow("comment") << QStringLiteral("a <!-- b --> c")
                             << QStringLiteral("a &lt;!-- b --> c");
    QTest::newRow("entity") << QStringLiteral("&copy; <b title=\"&amp;\">&copy;</b>")
                            << QStringLiteral("&copy; &lt;b title=\"&amp;\">&copy;&lt;/b>");
    QTest::newRow("tag name kramdown takes, CommonMark does not")
        << QStringLiteral("<a_b onmouseover=\"alert(1)\">x</a_b>")
        << QStringLiteral("&lt;a_b onmouseover=\"alert(1)\">x&lt;/a_b>");
    QTest::newRow("not HTML")
        << QStringLiteral("a < b, \\<b>, <https://x> and [a](https://x \"<b>\")")
        << QStringLiteral("a < b, \\<b>, <https://x> and [a](https://x \"<b>\")");
    QTest::newRow("HTML in code span") << QStringLiteral("`<script>alert(1)</script> &copy; <b>`")
                                       << QStringLiteral("`<script>alert(1)</script> &copy; <b>`");
    QTest::newRow("HTML in fenced and indented code")
        << QStringLiteral("```html\n<script>alert(1)</script>\n&copy; <b>x</b>\n```\n\n    <b>\n")
        << QStringLiteral("```html\n<script>alert(1)</script>\n&copy; <b>x</b>\n```\n\n    <b>\n");
    QTest::newRow("gallery after HTML") << QStringLiteral("<div>\n```gallery 5\n```\n</div>\n")
                                        << QStringLiteral("&lt;div>\n\nG\n\n&lt;/div>\n");
    QTest::newRow("photo in an HTML block")
        << QStringLiteral("<div>\n![a](photo:3) <photo:4>\n</div>\n")
        << QStringLiteral("&lt;div>\n![a](/p/3-page) [/p/4-large](/p/4-large)\n&lt;/div>\n");
    QTest::newRow("HTML in a missing photo's alt")
        << QStringLiteral("![<b>x</b>](photo:99) [<i>y</i>](photo:99)")
        << QStringLiteral("M99 (&lt;b>x&lt;/b>) &lt;i>y&lt;/i> (M99)");
    // So does kramdown's own syntax, which would give any element attributes.
    QTest::newRow("kramdown attributes and extensions")
        << QStringLiteral("Hi\n{: onmouseover=\"x\"}\n\n*a*{: .b} {::nomarkdown}<i>{:/}\n\n"
                          "`{: c}` \\{: d} { : e} {{ f }}\n")
        << QStringLiteral("Hi\n&#123;: onmouseover=\"x\"}\n\n*a*&#123;: .b} "
                          "&#123;::nomarkdown}&lt;i>&#123;:/}\n\n`{: c}` \\{: d} { : e} {{ f }}\n");
    QTest::newRow("CRLF") << QStringLiteral("a\r\n\r\n```gallery 5\r\n```\r\n\r\n![b](photo:3)\r\n")
                          << QStringLiteral("a\r\n\r\nG\r\n\r\n![b](/p/3-page)\r\n");
}

void TestJekyllPostBody::references()
{
    QFETCH(QString, markdown);
    QFETCH(QString, expected);
    const QString converted = JekyllPostBody::convert(
        markdown,
        [](qint64 id, bool large) -> std::optional<QString> {
            if (id != 3 && id != 4)
                return std::nullopt;
            return QStringLiteral("/p/%1-%2").arg(id).arg(large ? u"large" : u"page");
        },
        [](qint64 id) -> std::optional<QString> {
            return id == 5 ? std::optional<QString>(QStringLiteral("G")) : std::nullopt;
        });
    QString want = expected;
    want.replace(QStringLiteral("M99"),
                 JekyllText::markdown(MarkdownRenderer::missingPhotoText(99)));
    want.replace(QStringLiteral("M404"),
                 JekyllText::markdown(MarkdownRenderer::missingGalleryText(404)));
    QCOMPARE(converted, want);
}

void TestJekyllPostBody::entryBodyKeepsWhatTheUserWrote()
{
    QTemporaryDir dir;
    Export e;
    e.options.outputDirectory = dir.path();
    e.content.subject = {ExportSubject::Kind::Entry, 9};
    e.content.events = {kubeconEvent()};
    e.content.eventFirstDays = firstDaysOf(e.content.events);
    e.content.galleries = {gallery(5, {3, 4}, {QStringLiteral("a"), QStringLiteral("b")})};
    e.addPhotos({2, 3, 4, 20});
    ExportEntry entry;
    entry.entry.id = 9;
    entry.entry.eventId = 1;
    entry.entry.title = QStringLiteral("KubeCon Europe 2019 : My KubeCon Experience");
    entry.title = entry.entry.title;
    entry.entry.author = QStringLiteral("malike");
    entry.entry.date = QDate(2019, 5, 25);
    entry.entry.categories = {QStringLiteral("stuff")};
    entry.entry.tags = {QStringLiteral("conference"), QStringLiteral("cncf-ghana")};
    entry.entry.cover.photoId = 2;
    entry.entry.cover.alt = QStringLiteral("kubecon.");
    entry.entry.extraFrontMatter = QStringLiteral("comments: true\n");
    const QString before =
        QStringLiteral("[KubeCon](https://events.linuxfoundation.org/) was *not* my first.\n"
                       "\n"
                       "### 1. Let the games begin\n"
                       "```gallery 5\n"
                       "```\n"
                       "The first thing: `![code](photo:2)` stays, and so does\n"
                       "\n"
                       "```markdown\n"
                       "![fenced](photo:3)\n"
                       "```\n"
                       "\n");
    const QString after =
        QStringLiteral("![Joe Beda](photo:20 \"Joe\") and [the full size](photo:4) and <photo:3>.\n"
                       "\n"
                       "[![small](photo:3)](photo:3) ![by reference][ref]\n"
                       "\n"
                       "[ref]: photo:2\n");
    entry.entry.body = before + after;
    e.content.entries = {entry};
    const ExportReport report = e.run();
    QVERIFY2(report.succeeded(), qPrintable(report.error));

    const QString path = dir.filePath(
        QStringLiteral("_posts/2019-05-25-kubecon-europe-2019-my-kubecon-experience.md"));
    QCOMPARE(report.entryPoint, path);
    const QString post = readFile(path);
    const YAML::Node yaml = frontMatter(post);
    QCOMPARE(str(yaml["layout"]), QStringLiteral("post"));
    QCOMPARE(str(yaml["title"]), entry.entry.title);
    QCOMPARE(str(yaml["author"]), QStringLiteral("malike"));
    QCOMPARE(yaml["categories"].size(), std::size_t(1));
    QCOMPARE(str(yaml["categories"][0]), QStringLiteral("stuff"));
    QCOMPARE(str(yaml["tags"][1]), QStringLiteral("cncf-ghana"));
    QCOMPARE(yaml["comments"].as<bool>(), true);
    QCOMPARE(str(yaml["image"]["path"]), QStringLiteral("/posts/kubecon-2-2-1024.jpg"));
    QCOMPARE(str(yaml["image"]["alt"]), QStringLiteral("kubecon."));
    QVERIFY(!yaml["date"]);

    const QString body = bodyOf(post);
    const QString gallery =
        JekyllGalleryMarkup::html(e.content.galleries.first(), e.content.photos,
                                  JekyllImages(e.images, QStringLiteral("posts")));
    const QString expected =
        QStringLiteral("[KubeCon](https://events.linuxfoundation.org/) was *not* my first.\n"
                       "\n"
                       "### 1. Let the games begin\n"
                       "\n") +
        gallery +
        QStringLiteral("\n"
                       "\n"
                       "The first thing: `![code](photo:2)` stays, and so does\n"
                       "\n"
                       "```markdown\n"
                       "![fenced](photo:3)\n"
                       "```\n"
                       "\n"
                       "![Joe Beda](/posts/kubecon-20-20-1024.jpg \"Joe\") and "
                       "[the full size](/posts/kubecon-4-4-2048.jpg) and "
                       "[/posts/kubecon-3-3-2048.jpg](/posts/kubecon-3-3-2048.jpg).\n"
                       "\n"
                       "[![small](/posts/kubecon-3-3-1024.jpg)](/posts/kubecon-3-3-2048.jpg) "
                       "![by reference][ref]\n"
                       "\n"
                       "[ref]: /posts/kubecon-2-2-1024.jpg\n");
    QCOMPARE(body, expected);
}

void TestJekyllPostBody::missingPhotosAndGalleries()
{
    QTemporaryDir dir;
    Export e;
    e.options.outputDirectory = dir.path();
    e.content.subject = {ExportSubject::Kind::Entry, 9};
    // Photo 99 is on the gallery but could not be published.
    e.content.galleries = {gallery(5, {3, 99}, {QStringLiteral("here"), QStringLiteral("gone")})};
    e.addPhotos({3});
    ExportEntry entry;
    entry.entry.id = 9;
    entry.entry.date = QDate(2019, 5, 25);
    entry.title = QStringLiteral("Lost");
    entry.entry.body = QStringLiteral("Before ![gone](photo:77) and [see it](photo:78 \"t\") and "
                                      "<photo:79>.\n\n```gallery 404\n```\n\n```gallery 5\n```\n");
    e.content.entries = {entry};
    const ExportReport report = e.run();
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    const QString body = bodyOf(readFile(report.entryPoint));

    const QString expectedStart =
        QStringLiteral("Before %1 (gone) and see it (%2) and %3.\n\n%4\n\n")
            .arg(MarkdownRenderer::missingPhotoText(77), MarkdownRenderer::missingPhotoText(78),
                 MarkdownRenderer::missingPhotoText(79), MarkdownRenderer::missingGalleryText(404));
    QVERIFY2(body.startsWith(expectedStart), qPrintable(body));
    QVERIFY(!body.contains(QStringLiteral("photo:")));
    // The note whose photo is missing keeps its place, saying so.
    const int width = qRound(e.content.galleries.first().board.notes.at(1).photoRect.width());
    QVERIFY2(body.contains(QStringLiteral("<li><span class=\"corkboard-missing\" "
                                          "style=\"width:%1px\">%2 (gone)</span></li>")
                               .arg(width)
                               .arg(MarkdownRenderer::missingPhotoText(99))),
             qPrintable(body));
    QVERIFY(body.contains(QStringLiteral("<img src=\"/posts/kubecon-3-3-1024.jpg\"")));
}

void TestJekyllPostBody::galleryInsideAQuote()
{
    QTemporaryDir dir;
    Export e;
    e.options.outputDirectory = dir.path();
    e.content.subject = {ExportSubject::Kind::Entry, 9};
    e.content.galleries = {gallery(5, {3}, {QStringLiteral("one")})};
    e.addPhotos({3});
    ExportEntry entry;
    entry.entry.id = 9;
    entry.entry.date = QDate(2019, 5, 25);
    entry.title = QStringLiteral("Quoted");
    entry.entry.body = QStringLiteral("> Look:\n>\n> ```gallery 5\n> ```\n>\n> Nice.\n\n"
                                      "- item\n- ```gallery 5\n  ```\n");
    e.content.entries = {entry};
    const ExportReport report = e.run();
    QVERIFY2(report.succeeded(), qPrintable(report.error));

    QString html = JekyllGalleryMarkup::html(e.content.galleries.first(), e.content.photos,
                                             JekyllImages(e.images, QStringLiteral("posts")));
    const QString quoted = QString(html).replace(u'\n', QStringLiteral("\n> "));
    const QString listed = QString(html).replace(u'\n', QStringLiteral("\n  "));
    QCOMPARE(bodyOf(readFile(report.entryPoint)), QStringLiteral("> Look:\n>\n> ") + quoted +
                                                      QStringLiteral("\n>\n> Nice.\n\n- item\n- ") +
                                                      listed + QStringLiteral("\n"));
}

void TestJekyllPostBody::liquidInTheBodyStaysText()
{
    QTemporaryDir dir;
    Export e;
    e.options.outputDirectory = dir.path();
    e.content.subject = {ExportSubject::Kind::Entry, 9};
    ExportEntry entry;
    entry.entry.id = 9;
    entry.entry.date = QDate(2019, 5, 25);
    entry.title = QStringLiteral("Templates");
    entry.entry.body = QStringLiteral("Use `{{ site.title }}` in a template.\n");
    e.content.entries = {entry};
    ExportReport report = e.run();
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    QCOMPARE(bodyOf(readFile(report.entryPoint)),
             QStringLiteral("{% raw %}\nUse `{{ site.title }}` in a template.\n{% endraw %}\n"));

    // Without any, the body is as it was written.
    e.content.entries[0].entry.body = QStringLiteral("Use {curly} braces.\n");
    report = e.run();
    QCOMPARE(bodyOf(readFile(report.entryPoint)), QStringLiteral("Use {curly} braces.\n"));
}

void TestJekyllPostBody::rawHtmlShowsAsText()
{
    QTemporaryDir dir;
    Export e;
    e.options.outputDirectory = dir.path();
    e.content.subject = {ExportSubject::Kind::Entry, 9};
    e.content.galleries = {gallery(5, {3}, {QStringLiteral("<b>one</b>")})};
    e.addPhotos({3});
    ExportEntry entry;
    entry.entry.id = 9;
    entry.entry.date = QDate(2019, 5, 25);
    entry.title = QStringLiteral("Markup");
    entry.entry.body = QStringLiteral("<script>alert(1)</script> and `<b>`\n\n"
                                      "<div onclick=\"x\">hi</div>\n\n```gallery 5\n```\n");
    e.content.entries = {entry};
    const ExportReport report = e.run();
    QVERIFY2(report.succeeded(), qPrintable(report.error));

    // The user's HTML is text; the sticky notes Corkboard writes are HTML, their caption escaped.
    const QString html = JekyllGalleryMarkup::html(e.content.galleries.first(), e.content.photos,
                                                   JekyllImages(e.images, QStringLiteral("posts")));
    QVERIFY(html.startsWith(QStringLiteral("<div class=\"full-screen-gallery stickynote\">")));
    QVERIFY(html.contains(QStringLiteral("alt=\"&lt;b&gt;one&lt;/b&gt;\"")));
    QCOMPARE(bodyOf(readFile(report.entryPoint)),
             QStringLiteral("&lt;script>alert(1)&lt;/script> and `<b>`\n\n"
                            "&lt;div onclick=\"x\">hi&lt;/div>\n\n") +
                 html + QStringLiteral("\n"));
    QCOMPARE(stickyNoteLists(readFile(report.entryPoint)).size(), 1);
}

QTEST_GUILESS_MAIN(TestJekyllPostBody)
#include "tst_jekyllpostbody.moc"
