#include "core/export/jekylltext.h"
#include "core/journal/markdownrenderer.h"

#include <QTest>

// Text as it lands in a Jekyll post: as Markdown that shows it as written, as an HTML attribute,
// and out of Liquid's reach.
class TestJekyllText : public QObject
{
    Q_OBJECT

private slots:
    void markdown_data();
    void markdown();
    void attribute_data();
    void attribute();
    void liquidProof_data();
    void liquidProof();
};

void TestJekyllText::markdown_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("markdown");
    QTest::newRow("plain") << QStringLiteral("Three days in Barcelona.")
                           << QStringLiteral("Three days in Barcelona.");
    QTest::newRow("emphasis and code")
        << QStringLiteral("*a* _b_ `c` ~d~") << QStringLiteral("\\*a\\* \\_b\\_ \\`c\\` \\~d\\~");
    QTest::newRow("html and entities")
        << QStringLiteral("<b>&amp;</b>") << QStringLiteral("\\<b\\>&amp;amp;\\</b\\>");
    QTest::newRow("links and images")
        << QStringLiteral("![x](y) [z]") << QStringLiteral("\\!\\[x\\](y) \\[z\\]");
    QTest::newRow("liquid") << QStringLiteral("{{ site }} {% if %}")
                            << QStringLiteral("&#123;&#123; site &#125;&#125; &#123;% if %&#125;");
    QTest::newRow("line starts") << QStringLiteral("# no heading\n- no item\n  2019. no list\n+ x")
                                 << QStringLiteral(
                                        "\\# no heading\n\\- no item\n  2019\\. no list\n\\+ x");
    QTest::newRow("mid-line") << QStringLiteral("a - b # c 1. d")
                              << QStringLiteral("a - b # c 1. d");
}

void TestJekyllText::markdown()
{
    QFETCH(QString, text);
    QFETCH(QString, markdown);
    QCOMPARE(JekyllText::markdown(text), markdown);
    // And md4c reads it back as the text, in one paragraph or one line each.
    MarkdownRenderer renderer;
    const QString html = renderer.toHtml(JekyllText::markdown(text));
    QVERIFY2(!html.contains(QStringLiteral("<em>")) && !html.contains(QStringLiteral("<code>")) &&
                 !html.contains(QStringLiteral("<h1>")) && !html.contains(QStringLiteral("<li>")) &&
                 !html.contains(QStringLiteral("<a ")) && !html.contains(QStringLiteral("<img")),
             qPrintable(html));
}

void TestJekyllText::attribute_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("escaped");
    QTest::newRow("plain") << QStringLiteral("Fira Gran Via") << QStringLiteral("Fira Gran Via");
    QTest::newRow("script") << QStringLiteral("<script>alert(1)</script>")
                            << QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;");
    QTest::newRow("quotes and ampersand")
        << QStringLiteral("Joe's \"keynote\" & more")
        << QStringLiteral("Joe&#39;s &quot;keynote&quot; &amp; more");
    QTest::newRow("liquid") << QStringLiteral("{{ x }} {% y %}")
                            << QStringLiteral("&#123;&#123; x &#125;&#125; &#123;% y %&#125;");
    QTest::newRow("line breaks") << QStringLiteral("one\r\n\r\ntwo\tthree")
                                 << QStringLiteral("one  two three");
}

void TestJekyllText::attribute()
{
    QFETCH(QString, text);
    QFETCH(QString, escaped);
    QCOMPARE(JekyllText::attribute(text), escaped);
}

void TestJekyllText::liquidProof_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("proof");
    QTest::newRow("none") << QStringLiteral("Use {curly} braces.\n")
                          << QStringLiteral("Use {curly} braces.\n");
    QTest::newRow("output") << QStringLiteral("`{{ site.title }}`\n")
                            << QStringLiteral("{% raw %}\n`{{ site.title }}`\n{% endraw %}\n");
    QTest::newRow("tag") << QStringLiteral("{% include x.html %}\n")
                         << QStringLiteral("{% raw %}\n{% include x.html %}\n{% endraw %}\n");
}

void TestJekyllText::liquidProof()
{
    QFETCH(QString, body);
    QFETCH(QString, proof);
    QCOMPARE(JekyllText::liquidProof(body), proof);
}

QTEST_GUILESS_MAIN(TestJekyllText)
#include "tst_jekylltext.moc"
