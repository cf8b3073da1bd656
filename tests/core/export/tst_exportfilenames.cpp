#include "core/export/exportfilenames.h"

#include <QTest>

// The names of an export's files: ASCII slugs that work in every URL and file system, unique
// within one export, and never a path out of the output folder.
class TestExportFileNames : public QObject
{
    Q_OBJECT

private slots:
    void slugs_data();
    void slugs();
    void slugsAreCapped();
    void slugsOfFileNames_data();
    void slugsOfFileNames();
    void staysInside_data();
    void staysInside();
    void uniqueNames();
};

void TestExportFileNames::slugs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("slug");
    QTest::newRow("plain") << QStringLiteral("KubeCon 2019") << QStringLiteral("kubecon-2019");
    QTest::newRow("accents") << QStringLiteral("Fête à Zürich, Ñandú")
                             << QStringLiteral("fete-a-zurich-nandu");
    QTest::newRow("letters of their own")
        << QStringLiteral("Straße Ærø Œuvre Łódź") << QStringLiteral("strasse-aero-oeuvre-lodz");
    QTest::newRow("compatibility forms")
        << QStringLiteral("ﬁnal Ｔｏｋｙｏ ①") << QStringLiteral("final-tokyo-1");
    QTest::newRow("apostrophe") << QStringLiteral("Anna’s day") << QStringLiteral("annas-day");
    QTest::newRow("runs collapse")
        << QStringLiteral("  --a__b  //  c--  ") << QStringLiteral("a-b-c");
    QTest::newRow("dots") << QStringLiteral("..") << QStringLiteral("untitled");
    QTest::newRow("one dot") << QStringLiteral(".") << QStringLiteral("untitled");
    QTest::newRow("escape") << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd");
    QTest::newRow("separators") << QStringLiteral("a/b\\c") << QStringLiteral("a-b-c");
    QTest::newRow("empty") << QString() << QStringLiteral("untitled");
    QTest::newRow("only symbols") << QStringLiteral("!!! ???") << QStringLiteral("untitled");
    QTest::newRow("no latin") << QStringLiteral("東京 2020") << QStringLiteral("2020");
    QTest::newRow("only cjk") << QStringLiteral("東京") << QStringLiteral("untitled");
    QTest::newRow("emoji") << QStringLiteral("Party 🎉 time") << QStringLiteral("party-time");
    QTest::newRow("control") << QStringLiteral("a\nb\tc\x01") << QStringLiteral("a-b-c");
}

void TestExportFileNames::slugs()
{
    QFETCH(QString, text);
    QFETCH(QString, slug);
    QCOMPARE(ExportFileNames::slug(text), slug);
}

void TestExportFileNames::slugsAreCapped()
{
    const QString words =
        QStringLiteral("the quick brown fox jumps over the lazy dog ").repeated(5);
    const QString slug = ExportFileNames::slug(words);
    QVERIFY(slug.size() <= ExportFileNames::MaximumSlugLength);
    QVERIFY2(slug.size() > ExportFileNames::MaximumSlugLength / 2, qPrintable(slug));
    // Cut between words, with no dash left hanging.
    QVERIFY(!slug.endsWith(u'-'));
    QVERIFY(words.simplified().replace(u' ', u'-').startsWith(slug + u'-'));

    // One long word is cut where the cap falls.
    QCOMPARE(ExportFileNames::slug(QString(200, u'x')), QString(60, u'x'));
    QCOMPARE(ExportFileNames::slug(QStringLiteral("abc-def"), {}, 5), QStringLiteral("abc"));

    // A fallback is slugged too; an unusable one still gives a name.
    QCOMPARE(ExportFileNames::slug(QStringLiteral("…"), QStringLiteral("Gallery 3")),
             QStringLiteral("gallery-3"));
    QCOMPARE(ExportFileNames::slug(QStringLiteral("…"), QStringLiteral("..")),
             QStringLiteral("untitled"));
}

void TestExportFileNames::slugsOfFileNames_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("slug");
    QTest::newRow("camera") << QStringLiteral("IMG_0042.JPG") << QStringLiteral("img-0042");
    QTest::newRow("two dots") << QStringLiteral("kubecon.2019.jpeg")
                              << QStringLiteral("kubecon-2019");
    QTest::newRow("hidden") << QStringLiteral(".hidden") << QStringLiteral("hidden");
    QTest::newRow("a path") << QStringLiteral("../../etc/passwd") << QStringLiteral("passwd");
    QTest::newRow("windows path") << QStringLiteral("C:\\Users\\Ann\\Été.png")
                                  << QStringLiteral("ete");
    QTest::newRow("nothing left") << QStringLiteral("東京.jpg") << QStringLiteral("photo");
}

void TestExportFileNames::slugsOfFileNames()
{
    QFETCH(QString, fileName);
    QFETCH(QString, slug);
    QCOMPARE(ExportFileNames::slugOfFileName(fileName), slug);
}

void TestExportFileNames::staysInside_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("inside");
    QTest::newRow("page") << QStringLiteral("entry-kubecon.html") << true;
    QTest::newRow("image") << QStringLiteral("images/img-1-42-480.jpg") << true;
    QTest::newRow("dots inside a name") << QStringLiteral("images/a..b.jpg") << true;
    QTest::newRow("unicode name") << QStringLiteral("posts/été.jpg") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("up") << QStringLiteral("..") << false;
    QTest::newRow("here") << QStringLiteral(".") << false;
    QTest::newRow("passwd") << QStringLiteral("../../etc/passwd") << false;
    QTest::newRow("up in the middle") << QStringLiteral("images/../../x.jpg") << false;
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << false;
    QTest::newRow("backslash") << QStringLiteral("..\\..\\x") << false;
    QTest::newRow("backslash name") << QStringLiteral("a\\b.html") << false;
    QTest::newRow("drive") << QStringLiteral("C:/Windows/x") << false;
    QTest::newRow("empty segment") << QStringLiteral("images//x.jpg") << false;
    QTest::newRow("trailing slash") << QStringLiteral("images/") << false;
    QTest::newRow("newline") << QStringLiteral("a\nb.html") << false;
    QTest::newRow("nul") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("b")) << false;
}

void TestExportFileNames::staysInside()
{
    QFETCH(QString, path);
    QFETCH(bool, inside);
    QCOMPARE(ExportFileNames::staysInside(path), inside);
}

void TestExportFileNames::uniqueNames()
{
    ExportFileNames names;
    names.reserve(QStringLiteral("index.html"));
    QCOMPARE(names.unique(QStringLiteral("index.html")), QStringLiteral("index-2.html"));
    QCOMPARE(names.unique(QStringLiteral("gallery-paris.html")),
             QStringLiteral("gallery-paris.html"));
    QCOMPARE(names.unique(QStringLiteral("gallery-paris.html")),
             QStringLiteral("gallery-paris-2.html"));
    // Case-insensitive file systems would make these one file.
    QCOMPARE(names.unique(QStringLiteral("Gallery-Paris.html")),
             QStringLiteral("Gallery-Paris-3.html"));
    // A title that slugs to an earlier name's numbered form is not given the same file either.
    QCOMPARE(names.unique(QStringLiteral("gallery-paris-2.html")),
             QStringLiteral("gallery-paris-2-2.html"));
    QCOMPARE(names.unique(QStringLiteral("notes")), QStringLiteral("notes"));
    QCOMPARE(names.unique(QStringLiteral("notes")), QStringLiteral("notes-2"));

    // Another export starts afresh.
    ExportFileNames other;
    QCOMPARE(other.unique(QStringLiteral("gallery-paris.html")),
             QStringLiteral("gallery-paris.html"));
}

QTEST_GUILESS_MAIN(TestExportFileNames)
#include "tst_exportfilenames.moc"
