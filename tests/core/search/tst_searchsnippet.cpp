#include "core/search/searchsnippet.h"

#include <QTest>

// The words around a match, marked as the index matches: prefixes, without case or diacritics.
class TestSearchSnippet : public QObject
{
    Q_OBJECT

private slots:
    void folds_data();
    void folds();
    void marksMatches_data();
    void marksMatches();
};

void TestSearchSnippet::folds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("accents") << QStringLiteral("Café Zürich Bogotá")
                             << QStringLiteral("cafe zurich bogota");
    QTest::newRow("capitals") << QStringLiteral("ISTIO") << QStringLiteral("istio");
    QTest::newRow("cedilla, tilde")
        << QStringLiteral("Façade Piñata") << QStringLiteral("facade pinata");
    QTest::newRow("same length") << QStringLiteral("日本 ✓") << QStringLiteral("日本 ✓");
}

void TestSearchSnippet::folds()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(SearchSnippet::folded(text), folded);
    QCOMPARE(SearchSnippet::folded(text).size(), text.size());
}

void TestSearchSnippet::marksMatches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("snippet");
    QTest::addColumn<QStringList>("marked");
    QTest::newRow("short text, whole")
        << QStringLiteral("cafe") << QStringLiteral("Sunset at the Café.")
        << QStringLiteral("Sunset at the Café.") << QStringList{QStringLiteral("Café")};
    QTest::newRow("prefixes, every one")
        << QStringLiteral("ist mesh") << QStringLiteral("Istio and the service mesh; istio again")
        << QStringLiteral("Istio and the service mesh; istio again")
        << QStringList{QStringLiteral("Istio"), QStringLiteral("mesh"), QStringLiteral("istio")};
    QTest::newRow("long text, cut around the match")
        << QStringLiteral("elevator")
        << QStringLiteral("If you're lucky enough to do well, it's your responsibility to send "
                          "the elevator back down, said someone on House of Cards, or so they "
                          "say.")
        << QStringLiteral("…to send the elevator back down, said someone on House of Cards…")
        << QStringList{QStringLiteral("elevator")};
    QTest::newRow("white space folded")
        << QStringLiteral("ghana") << QStringLiteral("CNCF\n\n   Ghana chapter")
        << QStringLiteral("CNCF Ghana chapter") << QStringList{QStringLiteral("Ghana")};
    QTest::newRow("a word inside a query word")
        << QStringLiteral("cncf-ghana") << QStringLiteral("tags: cncf-ghana conference")
        << QStringLiteral("tags: cncf-ghana conference")
        << QStringList{QStringLiteral("cncf"), QStringLiteral("ghana")};
    QTest::newRow("no match: the beginning")
        << QStringLiteral("zzz")
        << QStringLiteral("one two three four five six seven eight nine "
                          "ten eleven twelve thirteen")
        << QStringLiteral("one two three four five six seven eight nine ten eleven twelve…")
        << QStringList();
}

void TestSearchSnippet::marksMatches()
{
    QFETCH(QString, query);
    QFETCH(QString, text);
    QFETCH(QString, snippet);
    QFETCH(QStringList, marked);
    SearchHit hit;
    SearchSnippet(query).fill(text, hit);
    QCOMPARE(hit.snippet, snippet);
    QStringList found;
    for (const SearchHighlight &highlight : std::as_const(hit.highlights))
        found.append(hit.snippet.mid(highlight.start, highlight.length));
    QCOMPARE(found, marked);
    QCOMPARE(SearchSnippet(query).matches(text), !marked.isEmpty());
}

QTEST_GUILESS_MAIN(TestSearchSnippet)
#include "tst_searchsnippet.moc"
