#include "core/export/sitemarkup.h"

#include <QTest>

class TestSiteMarkup : public QObject
{
    Q_OBJECT

private slots:
    void headingsGoUnderTheTitle_data();
    void headingsGoUnderTheTitle();
    void paragraphsAreEscaped();
    void altTextReadsBackEntities();
    void inkReadsOnEveryPaper_data();
    void inkReadsOnEveryPaper();
};

void TestSiteMarkup::headingsGoUnderTheTitle_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("h1 and h2") << QStringLiteral("<h1>A</h1>\n<p>x</p>\n<h2>B</h2>\n")
                               << QStringLiteral("<h2>A</h2>\n<p>x</p>\n<h3>B</h3>\n");
    // The reference post: "### 1. Let the games begin" straight under the title.
    QTest::newRow("only h3") << QStringLiteral("<h3>1. Let the games begin</h3>\n<h3>Next</h3>")
                             << QStringLiteral("<h2>1. Let the games begin</h2>\n<h2>Next</h2>");
    QTest::newRow("h2 then h4") << QStringLiteral("<h2>A</h2><h4>B</h4><h2>C</h2>")
                                << QStringLiteral("<h2>A</h2><h3>B</h3><h2>C</h2>");
    QTest::newRow("deeper first") << QStringLiteral("<h3>A</h3><h1>B</h1><h3>C</h3>")
                                  << QStringLiteral("<h2>A</h2><h2>B</h2><h3>C</h3>");
    QTest::newRow("six levels") << QStringLiteral("<h1>a</h1><h2>b</h2><h3>c</h3><h4>d</h4>"
                                                  "<h5>e</h5><h6>f</h6>")
                                << QStringLiteral("<h2>a</h2><h3>b</h3><h4>c</h4><h5>d</h5>"
                                                  "<h6>e</h6><h6>f</h6>");
    QTest::newRow("escaped text") << QStringLiteral("<p>&lt;h1&gt;</p>")
                                  << QStringLiteral("<p>&lt;h1&gt;</p>");
}

void TestSiteMarkup::headingsGoUnderTheTitle()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    QCOMPARE(SiteMarkup::demotedHeadings(html), expected);
}

void TestSiteMarkup::paragraphsAreEscaped()
{
    QCOMPARE(SiteMarkup::paragraphsHtml(
                 QStringLiteral("<script>alert(1)</script>\nline two\r\n\r\n\n  Next & last  ")),
             QStringLiteral("<p>&lt;script&gt;alert(1)&lt;/script&gt;<br>\nline two</p>\n"
                            "<p>Next &amp; last</p>\n"));
    QCOMPARE(SiteMarkup::paragraphsHtml(QStringLiteral("  \n\n ")), QString());
}

void TestSiteMarkup::altTextReadsBackEntities()
{
    QCOMPARE(SiteMarkup::htmlToText(
                 QStringLiteral("Joe &amp; &lt;me&gt; &quot;x&quot; &#233;t&#xE9; &copy;")),
             QStringLiteral("Joe & <me> \"x\" été &copy;"));
}

void TestSiteMarkup::inkReadsOnEveryPaper_data()
{
    QTest::addColumn<QColor>("paper");
    QTest::addColumn<QColor>("ink");
    const QColor dark(0x22, 0x22, 0x22);
    QTest::newRow("yellow") << QColor(0xff, 0xff, 0xcc) << dark;
    QTest::newRow("green") << QColor(0xcc, 0xff, 0xcc) << dark;
    QTest::newRow("blue") << QColor(0xcc, 0xcc, 0xff) << dark;
    QTest::newRow("pink") << QColor(0xec, 0xb1, 0xb7) << dark;
    QTest::newRow("navy") << QColor(0x1a, 0x23, 0x7e) << QColor(Qt::white);
    QTest::newRow("invalid") << QColor() << dark;
}

void TestSiteMarkup::inkReadsOnEveryPaper()
{
    QFETCH(QColor, paper);
    QFETCH(QColor, ink);
    QCOMPARE(SiteMarkup::inkFor(paper), ink);
}

QTEST_GUILESS_MAIN(TestSiteMarkup)
#include "tst_sitemarkup.moc"
