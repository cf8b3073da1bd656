// The export dialog: its options to ExportOptions and back, the rows each format shows, what it
// remembers, the folders it asks about, and its states driven by a real ExportJob on a small
// catalog: running with Cancel, finished with the summary, the skipped photos and the buttons,
// cancelled, failed.

#include "core/export/exportjob.h"
#include "core/export/exporttheme.h"
#include "tests/ui/galleries/gallerytestcatalog.h"
#include "ui/export/exportdialog.h"
#include "ui/export/exportoptionsform.h"
#include "ui/export/exportsettings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

Q_DECLARE_METATYPE(ExportOptions)

class TestExportDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void optionsRoundTrip_data();
    void optionsRoundTrip();
    void privacyIsOnByDefault();
    void userThemesAreOffered();
    void jekyllRowsShowForJekyllOnly();
    void eachFormatKeepsItsFolder();
    void exportNeedsAFolder();
    void settingsRememberTheLastExport();
    void aNewSubjectIsOfferedAFolderBesideTheLast();
    void foreignFolders();
    void runsThenShowsTheSummary();
    void skippedPhotosAreListedWithTheirReason();
    void cancelWhileRunning();
    void aForeignFolderIsWrittenIntoOnlyWhenTheUserSaysSo();
    void aJekyllPostOffersItsFolder();
    void anErrorIsSaidInWords();

private:
    ExportSubject gallerySubject() const { return {ExportSubject::Kind::Gallery, m_gallery}; }
    std::unique_ptr<ExportDialog> dialogInto(const QString &folder) const;

    std::unique_ptr<GalleryTestCatalog> m_catalog;
    qint64 m_gallery = 0;
    QTemporaryDir m_out;
};

void TestExportDialog::initTestCase()
{
    // Settings and the user theme folder of the test's own, not the user's.
    QStandardPaths::setTestModeEnabled(true);
    m_catalog = std::make_unique<GalleryTestCatalog>(12);
    QVERIFY2(m_catalog->error().isEmpty(), qPrintable(m_catalog->error()));
    m_gallery = m_catalog->newGallery(12, GalleryStyle::Board);
    QVERIFY(m_gallery > 0);
}

void TestExportDialog::init()
{
    QSettings().remove(QStringLiteral("export"));
}

std::unique_ptr<ExportDialog> TestExportDialog::dialogInto(const QString &folder) const
{
    auto dialog = std::make_unique<ExportDialog>(m_catalog->catalog().path(), gallerySubject(),
                                                 QStringLiteral("Test"));
    ExportOptions options = dialog->form()->options();
    options.format = ExportFormat::Html;
    options.outputDirectory = folder;
    options.imageSizes = {48, 96};
    dialog->form()->setOptions(options);
    dialog->show();
    return dialog;
}

void TestExportDialog::optionsRoundTrip_data()
{
    QTest::addColumn<ExportOptions>("options");
    const QString folder = m_out.filePath(QStringLiteral("round trip"));
    ExportOptions html;
    html.subject = {ExportSubject::Kind::Event, 7};
    html.outputDirectory = folder;
    QTest::newRow("defaults") << html;

    ExportOptions everything = html;
    everything.subject = {ExportSubject::Kind::Entry, 3};
    everything.imageSizes = {320, 800, 1600};
    everything.jpegQuality = 62;
    everything.stripPrivateMetadata = false;
    everything.includeOriginals = true;
    everything.showExifLine = false;
    QTest::newRow("every option changed") << everything;

    ExportOptions twoSizes = html;
    twoSizes.imageSizes = {600, 1200};
    QTest::newRow("two sizes") << twoSizes;

    ExportOptions jekyll = html;
    jekyll.format = ExportFormat::Jekyll;
    jekyll.subject = {ExportSubject::Kind::Gallery, 12};
    jekyll.jekyllImageFolder = QStringLiteral("assets/posts");
    QTest::newRow("jekyll") << jekyll;
}

void TestExportDialog::optionsRoundTrip()
{
    QFETCH(ExportOptions, options);
    ExportOptionsForm form(options.subject, QStringLiteral("Title"));
    form.setOptions(options);
    QCOMPARE(form.options(), options);
}

void TestExportDialog::privacyIsOnByDefault()
{
    ExportDialog dialog(m_catalog->catalog().path(), gallerySubject(), QStringLiteral("Test"));
    QVERIFY(dialog.form()->stripPrivateCheck()->isChecked());
    QVERIFY(dialog.form()->options().stripPrivateMetadata);
    QCOMPARE(dialog.form()->options().subject, gallerySubject());
    QCOMPARE(dialog.form()->themeCombo()->currentData().toString(), QStringLiteral("default"));
}

void TestExportDialog::userThemesAreOffered()
{
    // A folder in the user's themes folder is a theme; a theme whose folder is gone falls back
    // to the built-in one.
    const QString folder = ExportTheme::userThemesDirectory() + QStringLiteral("/Night Sky");
    QVERIFY(QDir().mkpath(folder));
    const auto removeTheme = qScopeGuard([folder]() { QDir(folder).removeRecursively(); });
    ExportOptionsForm form(gallerySubject(), QStringLiteral("Test"));
    QComboBox *themes = form.themeCombo();
    QVERIFY(themes->findData(QStringLiteral("Night Sky")) >= 0);
    QVERIFY(themes->findData(QStringLiteral("default")) >= 0);
    ExportOptions options = form.options();
    options.theme = QStringLiteral("Night Sky");
    form.setOptions(options);
    QCOMPARE(form.options().theme, QStringLiteral("Night Sky"));
    options.theme = QStringLiteral("Gone");
    form.setOptions(options);
    QCOMPARE(form.options().theme, QStringLiteral("default"));
}

void TestExportDialog::jekyllRowsShowForJekyllOnly()
{
    ExportOptionsForm form(gallerySubject(), QStringLiteral("Test"));
    form.show();
    QComboBox *format = form.formatCombo();
    format->setCurrentIndex(format->findData(int(ExportFormat::Html)));
    QVERIFY(form.isThemeRowVisible());
    QVERIFY(!form.isImageFolderRowVisible());
    QVERIFY(!form.imageFolderEdit()->isVisible());
    QVERIFY(form.themeCombo()->isVisible());

    format->setCurrentIndex(format->findData(int(ExportFormat::Jekyll)));
    QCOMPARE(form.options().format, ExportFormat::Jekyll);
    QVERIFY(!form.isThemeRowVisible());
    QVERIFY(form.isImageFolderRowVisible());
    QVERIFY(form.imageFolderEdit()->isVisible());
    QVERIFY(!form.themeCombo()->isVisible());

    format->setCurrentIndex(format->findData(int(ExportFormat::Html)));
    QVERIFY(!form.imageFolderEdit()->isVisible());
}

void TestExportDialog::eachFormatKeepsItsFolder()
{
    ExportOptionsForm form(gallerySubject(), QStringLiteral("Test"));
    QComboBox *format = form.formatCombo();
    format->setCurrentIndex(format->findData(int(ExportFormat::Html)));
    const QString site = m_out.filePath(QStringLiteral("site-folder"));
    const QString blog = m_out.filePath(QStringLiteral("blog-folder"));
    form.folderEdit()->setText(site);
    format->setCurrentIndex(format->findData(int(ExportFormat::Jekyll)));
    QVERIFY(form.folderEdit()->text() != site);
    form.folderEdit()->setText(blog);
    format->setCurrentIndex(format->findData(int(ExportFormat::Html)));
    QCOMPARE(form.options().outputDirectory, site);
    format->setCurrentIndex(format->findData(int(ExportFormat::Jekyll)));
    QCOMPARE(form.options().outputDirectory, blog);
}

void TestExportDialog::exportNeedsAFolder()
{
    auto dialog = dialogInto(m_out.filePath(QStringLiteral("any")));
    QVERIFY(dialog->exportButton()->isEnabled());
    dialog->form()->folderEdit()->clear();
    QVERIFY(!dialog->exportButton()->isEnabled());
    dialog->form()->folderEdit()->setText(m_out.filePath(QStringLiteral("any")));
    QVERIFY(dialog->exportButton()->isEnabled());
    // A Jekyll post needs its image folder too.
    QComboBox *format = dialog->form()->formatCombo();
    format->setCurrentIndex(format->findData(int(ExportFormat::Jekyll)));
    dialog->form()->folderEdit()->setText(m_out.filePath(QStringLiteral("blog")));
    dialog->form()->imageFolderEdit()->setText(QStringLiteral("/"));
    QVERIFY(!dialog->exportButton()->isEnabled());
}

void TestExportDialog::settingsRememberTheLastExport()
{
    ExportOptions options;
    options.subject = gallerySubject();
    options.format = ExportFormat::Jekyll;
    options.outputDirectory = m_out.filePath(QStringLiteral("blog"));
    options.imageSizes = {300, 700};
    options.jpegQuality = 70;
    options.stripPrivateMetadata = false;
    options.includeOriginals = true;
    options.showExifLine = false;
    options.jekyllImageFolder = QStringLiteral("img/posts");
    ExportSettings::save(options);
    QCOMPARE(ExportSettings::load(gallerySubject(), QStringLiteral("Test")), options);

    // The dialog opens on them.
    ExportDialog dialog(m_catalog->catalog().path(), gallerySubject(), QStringLiteral("Test"));
    QCOMPARE(dialog.form()->options(), options);
}

void TestExportDialog::aNewSubjectIsOfferedAFolderBesideTheLast()
{
    ExportOptions options;
    options.subject = {ExportSubject::Kind::Event, 1};
    options.outputDirectory = m_out.filePath(QStringLiteral("sites/kubecon"));
    ExportSettings::save(options);
    // The same subject: its own folder again.
    QCOMPARE(ExportSettings::folderFor(ExportFormat::Html, options.subject, QStringLiteral("x")),
             options.outputDirectory);
    // Another: a folder named after it, beside.
    QCOMPARE(ExportSettings::folderFor(ExportFormat::Html, gallerySubject(),
                                       QStringLiteral("Fête à Zürich")),
             m_out.filePath(QStringLiteral("sites/fete-a-zurich")));
}

void TestExportDialog::foreignFolders()
{
    QTemporaryDir dir;
    QVERIFY(!ExportDialog::isForeignFolder(dir.filePath(QStringLiteral("missing"))));
    QVERIFY(!ExportDialog::isForeignFolder(dir.path())); // empty
    QFile other(dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    QVERIFY(ExportDialog::isForeignFolder(dir.path()));
    QFile manifest(dir.filePath(QStringLiteral(".corkboard-export.json")));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.close();
    QVERIFY(!ExportDialog::isForeignFolder(dir.path()));
}

void TestExportDialog::runsThenShowsTheSummary()
{
    const QString folder = m_out.filePath(QStringLiteral("summary"));
    auto dialog = dialogInto(folder);
    QCOMPARE(dialog->state(), ExportDialog::State::Options);
    QVERIFY(dialog->exportButton()->isVisible());
    QVERIFY(!dialog->showFolderButton()->isVisible());
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);

    dialog->startExport(); // an empty folder: no question
    QCOMPARE(dialog->state(), ExportDialog::State::Running);
    QVERIFY(!dialog->exportButton()->isVisible());
    QVERIFY(dialog->cancelButton()->isVisible());
    QVERIFY(dialog->cancelButton()->isEnabled());
    QVERIFY(dialog->progressBar()->isVisible());
    QVERIFY(!dialog->phaseText().isEmpty());
    QVERIFY(dialog->job()->isRunning());

    QVERIFY(finished.wait(60000));
    QCOMPARE(dialog->state(), ExportDialog::State::Finished);
    const auto report = finished.constFirst().constFirst().value<ExportReport>();
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    QVERIFY(QFileInfo::exists(folder + QStringLiteral("/index.html")));
    QVERIFY(!dialog->cancelButton()->isVisible());
    QVERIFY(dialog->openInBrowserButton()->isVisible());
    QVERIFY(dialog->openInBrowserButton()->isDefault());
    QVERIFY(dialog->showFolderButton()->isVisible());
    QVERIFY(dialog->closeButton()->isVisible());
    QVERIFY2(dialog->summaryText().contains(QLatin1String("\nImages: 24 made, 0 reused\n")),
             qPrintable(dialog->summaryText()));
    QVERIFY(dialog->detailsText().isEmpty());
    // The options it ran with are remembered.
    QCOMPARE(ExportSettings::load(gallerySubject(), QStringLiteral("Test")).outputDirectory,
             folder);

    // Again into the same folder: nothing to make, and no question (it is an earlier export).
    QVERIFY(!ExportDialog::isForeignFolder(folder));
    auto again = dialogInto(folder);
    QSignalSpy finishedAgain(again.get(), &ExportDialog::exportFinished);
    again->startExport();
    QVERIFY(finishedAgain.wait(60000));
    QVERIFY2(again->summaryText().contains(QLatin1String("\nImages: 0 made, 24 reused\n")),
             qPrintable(again->summaryText()));
    // Close closes now.
    again->closeButton()->click();
    QVERIFY(!again->isVisible());
}

void TestExportDialog::skippedPhotosAreListedWithTheirReason()
{
    // A gallery of its own whose first photo is gone from the disk.
    GalleryTestCatalog catalog(3);
    QVERIFY(catalog.error().isEmpty());
    const qint64 gallery = catalog.newGallery(3, GalleryStyle::Board);
    const QString gone = catalog.folder() + QStringLiteral("/photo_0.jpg");
    QVERIFY(QFile::remove(gone));
    ExportDialog dialog(catalog.catalog().path(), {ExportSubject::Kind::Gallery, gallery},
                        QStringLiteral("Test"));
    ExportOptions options = dialog.form()->options();
    options.outputDirectory = m_out.filePath(QStringLiteral("skipped"));
    options.imageSizes = {48};
    dialog.form()->setOptions(options);
    dialog.show();
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    dialog.startExport();
    QVERIFY(finished.wait(60000));
    const auto report = finished.constFirst().constFirst().value<ExportReport>();
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    QCOMPARE(report.skipped.size(), 1);
    QVERIFY2(dialog.summaryText().contains(QLatin1String("\nNot published: 1\n")),
             qPrintable(dialog.summaryText()));
    const QString details = dialog.detailsText();
    QVERIFY2(details.contains(QDir::toNativeSeparators(gone)), qPrintable(details));
    QVERIFY2(details.contains(report.skipped.constFirst().reason), qPrintable(details));
}

void TestExportDialog::cancelWhileRunning()
{
#ifdef Q_OS_UNIX
    // The first photo becomes a named pipe for this test: the worker that opens it waits until
    // the test opens the other end, so the export cannot end before the cancel reaches it, however
    // the threads are scheduled (on a loaded machine, or one at a time under valgrind).
    const QString photo = m_catalog->folder() + QStringLiteral("/photo_0.jpg");
    const QString kept = photo + QStringLiteral(".kept");
    QVERIFY(QFile::rename(photo, kept));
    const auto restore = qScopeGuard([&] {
        QFile::remove(photo);
        QFile::rename(kept, photo);
    });
    QCOMPARE(::mkfifo(QFile::encodeName(photo).constData(), 0600), 0);

    auto dialog = dialogInto(m_out.filePath(QStringLiteral("cancelled")));
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    dialog->startExport();
    QCOMPARE(dialog->state(), ExportDialog::State::Running);
    // Escape (reject) cancels the export and keeps the dialog open to say so.
    dialog->reject();
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->cancelButton()->isEnabled());
    QCOMPARE(dialog->phaseText(), QStringLiteral("Cancelling…"));
    // Let a worker waiting on the pipe go on (it reads nothing: that photo is skipped).
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const int fd = ::open(QFile::encodeName(photo).constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0)
                ::close(fd);
            return !finished.isEmpty();
        }(),
        60000);
#else
    QSKIP("Needs a named pipe to hold the export until the cancel has reached it.");
    auto dialog = dialogInto(m_out.filePath(QStringLiteral("cancelled")));
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
#endif
    QCOMPARE(dialog->state(), ExportDialog::State::Finished);
    const auto report = finished.constFirst().constFirst().value<ExportReport>();
    QVERIFY(report.cancelled);
    QVERIFY2(dialog->summaryText().startsWith(QLatin1String("The export was cancelled.")),
             qPrintable(dialog->summaryText()));
    QVERIFY(!dialog->openInBrowserButton()->isVisible());
    QVERIFY(dialog->showFolderButton()->isVisible());
    // Now Escape closes it.
    dialog->reject();
    QVERIFY(!dialog->isVisible());
}

void TestExportDialog::aForeignFolderIsWrittenIntoOnlyWhenTheUserSaysSo()
{
    const QString folder = m_out.filePath(QStringLiteral("someone else's"));
    QVERIFY(QDir().mkpath(folder));
    QFile other(folder + QStringLiteral("/index.html"));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("<p>mine</p>");
    other.close();
    auto dialog = dialogInto(folder);
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);

    // The question comes up; Cancel (its default) leaves the folder alone.
    QString question;
    const auto answer = [&question](bool go) {
        QTimer::singleShot(0, [&question, go]() {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            question = box->text();
            for (QAbstractButton *button : box->buttons()) {
                if ((box->buttonRole(button) == QMessageBox::AcceptRole) == go) {
                    button->click();
                    return;
                }
            }
        });
    };
    answer(false);
    dialog->startExport();
    QVERIFY2(question.contains(QDir::toNativeSeparators(folder)), qPrintable(question));
    QCOMPARE(dialog->state(), ExportDialog::State::Options);
    QVERIFY(!dialog->job()->isRunning());

    // "Export into It" goes on.
    question.clear();
    answer(true);
    dialog->startExport();
    QVERIFY(!question.isEmpty());
    QCOMPARE(dialog->state(), ExportDialog::State::Running);
    QVERIFY(finished.wait(60000));
    QVERIFY(dialog->openInBrowserButton()->isVisible());
    // Now it is an earlier export: no question next time.
    QVERIFY(!ExportDialog::isForeignFolder(folder));
}

void TestExportDialog::aJekyllPostOffersItsFolder()
{
    const QString blog = m_out.filePath(QStringLiteral("blog"));
    auto dialog = dialogInto(blog);
    ExportOptions options = dialog->form()->options();
    options.format = ExportFormat::Jekyll;
    options.outputDirectory = blog;
    options.jekyllImageFolder = QStringLiteral("posts");
    dialog->form()->setOptions(options);
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    dialog->startExport();
    QVERIFY(finished.wait(60000));
    const auto report = finished.constFirst().constFirst().value<ExportReport>();
    QVERIFY2(report.succeeded(), qPrintable(report.error));
    QVERIFY(report.entryPoint.startsWith(blog + QStringLiteral("/_posts/")));
    QVERIFY2(dialog->summaryText().startsWith(QLatin1String("The Jekyll post is written.\n")),
             qPrintable(dialog->summaryText()));
    QVERIFY2(dialog->summaryText().contains(QLatin1String("\nPosts: 1 written, 0 unchanged\n")),
             qPrintable(dialog->summaryText()));
    // A post is no page to open in a browser; its folder is shown.
    QVERIFY(!dialog->openInBrowserButton()->isVisible());
    QVERIFY(dialog->showFolderButton()->isVisible());
    QVERIFY(dialog->closeButton()->isDefault());
}

void TestExportDialog::anErrorIsSaidInWords()
{
    // The folder to export into is a file.
    const QString file = m_out.filePath(QStringLiteral("a file"));
    QFile blocker(file);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto dialog = dialogInto(file);
    QSignalSpy finished(dialog.get(), &ExportDialog::exportFinished);
    dialog->startExportWithoutAsking();
    QVERIFY(finished.wait(60000));
    const auto report = finished.constFirst().constFirst().value<ExportReport>();
    QVERIFY(!report.error.isEmpty());
    QVERIFY2(dialog->summaryText().startsWith(QLatin1String("The export failed.\n") + report.error),
             qPrintable(dialog->summaryText()));
    QVERIFY(!dialog->openInBrowserButton()->isVisible());
    QVERIFY(!dialog->showFolderButton()->isVisible()); // there is no folder to show
    QVERIFY(dialog->closeButton()->isDefault());
    // Back to the options, to choose another folder and export again.
    QVERIFY(dialog->backButton()->isVisible());
    dialog->backButton()->click();
    QCOMPARE(dialog->state(), ExportDialog::State::Options);
    QVERIFY(dialog->exportButton()->isVisible());
    QCOMPARE(dialog->form()->options().outputDirectory, file);
    dialog->form()->folderEdit()->setText(m_out.filePath(QStringLiteral("after the error")));
    dialog->startExport();
    QVERIFY(finished.wait(60000));
    QVERIFY(dialog->openInBrowserButton()->isVisible());
    QVERIFY(!dialog->backButton()->isVisible());
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
