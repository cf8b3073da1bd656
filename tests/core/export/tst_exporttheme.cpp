#include "core/export/exporttheme.h"
#include "core/export/sitebuilder.h"
#include "core/export/themetemplates.h"
#include "tests/core/export/sitefixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kScript = QStringLiteral("<script>alert(1)</script>");
const QString kScriptEscaped = QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;");

} // namespace

using namespace SiteFixture;

// The theme of a site export, through SiteBuilder: a user theme folder overrides the built-in one
// file by file, and a broken or unknown theme stops the export before it writes anything.
class TestExportTheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void builtInThemeIsComplete();
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

void TestExportTheme::initTestCase()
{
    // User themes go to a test folder, never to the user's own.
    QStandardPaths::setTestModeEnabled(true);
    QDir(ExportTheme::userThemesDirectory()).removeRecursively();
}

void TestExportTheme::cleanup()
{
    QDir(ExportTheme::userThemesDirectory()).removeRecursively();
}

void TestExportTheme::builtInThemeIsComplete()
{
    QString error;
    const std::optional<ExportTheme> theme = ExportTheme::load(ExportTheme::defaultName(), &error);
    QVERIFY2(theme, qPrintable(error));
    for (const char *name : {"event", "gallery", "entry", "_photo", "_gallery"})
        QVERIFY2(theme->templates().contains(QLatin1String(name)), name);
    QVERIFY(theme->assets().contains(QStringLiteral("style.css")));
    QVERIFY(theme->assets().contains(QStringLiteral("lightbox.js")));
    QVERIFY(theme->templateSource(QStringLiteral("event")).startsWith(u':'));
    QVERIFY(ThemeTemplates::compile(*theme, {QStringLiteral("event")}, &error));
    QCOMPARE(ExportTheme::availableThemes(), QStringList{ExportTheme::defaultName()});
}

void TestExportTheme::userThemeOverridesFileByFile()
{
    writeThemeFile(QStringLiteral("default"), QStringLiteral("assets/style.css"),
                   "/* mine */ body { background: black; }\n");
    writeThemeFile(QStringLiteral("default"), QStringLiteral("templates/gallery.mustache"),
                   "<!DOCTYPE html><title>{{pageTitle}}</title><p>My gallery: "
                   "{{gallery.title}}</p>{{> _gallery}}\n");
    QTemporaryDir out;
    const Export f = make(kScript);
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

void TestExportTheme::userThemeOfAnotherNameLiesOverTheBuiltIn()
{
    writeThemeFile(QStringLiteral("plain"), QStringLiteral("assets/style.css"), "body{}\n");
    writeThemeFile(QStringLiteral("plain"), QStringLiteral("assets/fonts/README"), "none\n");
    QCOMPARE(ExportTheme::availableThemes(),
             (QStringList{QStringLiteral("default"), QStringLiteral("plain")}));

    QTemporaryDir out;
    const Export f = make(QStringLiteral("KubeCon"));
    ExportOptions options = optionsFor(out.path());
    options.theme = QStringLiteral("plain");
    ExportReport report;
    QVERIFY2(SiteBuilder::build(f.content, f.images, options, report), qPrintable(report.error));
    QCOMPARE(readText(out.filePath(QStringLiteral("assets/style.css"))),
             QStringLiteral("body{}\n"));
    QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("assets/fonts/README"))));
    QVERIFY(QFileInfo::exists(out.filePath(QStringLiteral("assets/lightbox.js"))));
}

void TestExportTheme::brokenTemplateWritesNothing_data()
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

void TestExportTheme::brokenTemplateWritesNothing()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, text);
    QFETCH(QString, errorSays);

    QTemporaryDir out;
    const Export f = make(QStringLiteral("KubeCon"));
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

void TestExportTheme::unknownThemeIsAnError()
{
    QTemporaryDir out;
    const Export f = make(QStringLiteral("KubeCon"));
    for (const QString &name : {QStringLiteral("nonesuch"), QStringLiteral("../default")}) {
        ExportOptions options = optionsFor(out.path());
        options.theme = name;
        ExportReport report;
        QVERIFY(!SiteBuilder::build(f.content, f.images, options, report));
        QVERIFY2(report.error.contains(name), qPrintable(report.error));
    }
    QVERIFY(allFiles(out.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestExportTheme)
#include "tst_exporttheme.moc"
