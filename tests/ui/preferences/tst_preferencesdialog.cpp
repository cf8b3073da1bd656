#include "core/catalog/catalog.h"
#include "core/thumbnails/thumbnailservice.h"
#include "tests/support/testphotofactory.h"
#include "ui/preferences/appsettings.h"
#include "ui/preferences/preferencesdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

constexpr qint64 MiB = 1024LL * 1024;
constexpr qint64 GiB = 1024LL * MiB;

} // namespace

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheCurrentSettings();
    void acceptWritesWhatWasChanged();
    void cancelWritesNothing();
    void acceptingUnchangedWritesNothing();
    void switchingUnitsKeepsTheAmount();
    void clearCacheEmptiesIt();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("corkboard.ini")); }
    // Changes every setting the dialog has, as a user would, choosing `catalog` in the dialog.
    void changeEverything(PreferencesDialog &dialog, const QString &catalog);
    template <typename T> T *child(PreferencesDialog &dialog, const char *name)
    {
        T *found = dialog.findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }
    void saveScreenshot(QWidget &widget, const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<ThumbnailService> m_thumbnails;
};

void TestPreferencesDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The Qt file dialog, which the test can fill in, on every platform.
    QApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestPreferencesDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(iniPath());
    ThumbnailService::Settings thumbnailSettings;
    thumbnailSettings.cacheDirectory = m_dir->filePath(QStringLiteral("thumbnails"));
    thumbnailSettings.diskCacheLimitBytes = m_settings->thumbnailCacheLimitBytes();
    m_thumbnails = std::make_unique<ThumbnailService>(thumbnailSettings);
}

void TestPreferencesDialog::cleanup()
{
    m_thumbnails.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestPreferencesDialog::saveScreenshot(QWidget &widget, const QString &name)
{
    // Set CORKBOARD_SCREENSHOT_DIR to look at the dialog as a user would.
    const QString dir = qEnvironmentVariable("CORKBOARD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QCoreApplication::processEvents();
    widget.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

void TestPreferencesDialog::changeEverything(PreferencesDialog &dialog, const QString &catalog)
{
    // Choose… opens a file dialog; the user types a new catalog's name into it.
    bool answered = false;
    QTimer::singleShot(0, &dialog, [&]() {
        auto *files = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!files)
            return;
        files->selectFile(catalog);
        static_cast<QDialog *>(files)->accept(); // as the Choose button does
        answered = true;
    });
    child<QPushButton>(dialog, "chooseCatalogButton")->click();
    QVERIFY(answered);
    QCOMPARE(child<QLineEdit>(dialog, "catalogPathEdit")->text(),
             QDir::toNativeSeparators(catalog));

    auto *unit = child<QComboBox>(dialog, "cacheUnitComboBox");
    unit->setCurrentIndex(unit->findText(QStringLiteral("GB")));
    child<QSpinBox>(dialog, "cacheLimitSpinBox")->setValue(5);
    auto *language = child<QComboBox>(dialog, "languageComboBox");
    language->setCurrentIndex(language->findText(QStringLiteral("Deutsch")));
}

void TestPreferencesDialog::showsTheCurrentSettings()
{
    m_settings->setCatalogPath(m_dir->filePath(QStringLiteral("trip.sqlite")));
    m_settings->setThumbnailCacheLimitBytes(1536 * MiB);
    m_settings->setLanguage(QStringLiteral("fr"));
    PreferencesDialog dialog(*m_settings, *m_thumbnails);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    saveScreenshot(dialog, QStringLiteral("preferences"));
    QCOMPARE(child<QLineEdit>(dialog, "catalogPathEdit")->text(),
             QDir::toNativeSeparators(m_dir->filePath(QStringLiteral("trip.sqlite"))));
    QVERIFY(child<QPushButton>(dialog, "defaultCatalogButton")->isEnabled());
    QCOMPARE(child<QSpinBox>(dialog, "cacheLimitSpinBox")->value(), 1536);
    QCOMPARE(child<QComboBox>(dialog, "cacheUnitComboBox")->currentText(), QStringLiteral("MB"));
    QCOMPARE(child<QComboBox>(dialog, "languageComboBox")->currentText(),
             QStringLiteral("Français"));
    QCOMPARE(child<QLabel>(dialog, "cacheUsageLabel")->text(), QStringLiteral("0 bytes"));
    QVERIFY(!child<QPushButton>(dialog, "clearCacheButton")->isEnabled());

    // The default: GB, and "System Default" first in the language list.
    AppSettings fresh(m_dir->filePath(QStringLiteral("fresh.ini")));
    PreferencesDialog defaults(fresh, *m_thumbnails);
    QCOMPARE(child<QSpinBox>(defaults, "cacheLimitSpinBox")->value(), 1);
    QCOMPARE(child<QComboBox>(defaults, "cacheUnitComboBox")->currentText(), QStringLiteral("GB"));
    QCOMPARE(child<QComboBox>(defaults, "languageComboBox")->currentIndex(), 0);
    QVERIFY(child<QComboBox>(defaults, "languageComboBox")
                ->currentText()
                .startsWith(QStringLiteral("System Default")));
    QVERIFY(!child<QPushButton>(defaults, "defaultCatalogButton")->isEnabled());
}

void TestPreferencesDialog::acceptWritesWhatWasChanged()
{
    const QString catalog = m_dir->filePath(QStringLiteral("new catalog.sqlite"));
    PreferencesDialog dialog(*m_settings, *m_thumbnails);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    changeEverything(dialog, catalog);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    QTest::keyClick(&dialog, Qt::Key_Return); // OK is the default button
    QCOMPARE(accepted.count(), 1);

    const AppSettings reread(iniPath());
    QCOMPARE(reread.catalogPath(), catalog);
    QCOMPARE(reread.thumbnailCacheLimitBytes(), 5 * GiB);
    QCOMPARE(reread.language(), QStringLiteral("de"));
    // The cache limit takes effect at once; the rest after a restart.
    QCOMPARE(m_thumbnails->diskCacheLimit(), 5 * GiB);
}

void TestPreferencesDialog::cancelWritesNothing()
{
    PreferencesDialog dialog(*m_settings, *m_thumbnails);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    changeEverything(dialog, m_dir->filePath(QStringLiteral("other.sqlite")));
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QCOMPARE(dialog.result(), int(QDialog::Rejected));

    m_settings->sync();
    QCOMPARE(QSettings(iniPath(), QSettings::IniFormat).allKeys(), QStringList());
    QCOMPARE(m_settings->catalogPath(), Catalog::defaultPath());
    QCOMPARE(m_settings->thumbnailCacheLimitBytes(), AppSettings::DefaultThumbnailCacheLimitBytes);
    QCOMPARE(m_settings->language(), QString());
    QCOMPARE(m_thumbnails->diskCacheLimit(), AppSettings::DefaultThumbnailCacheLimitBytes);
}

void TestPreferencesDialog::acceptingUnchangedWritesNothing()
{
    PreferencesDialog dialog(*m_settings, *m_thumbnails);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.accept();
    // Defaults left alone stay defaults, free to change with a later version.
    QCOMPARE(QSettings(iniPath(), QSettings::IniFormat).allKeys(), QStringList());
}

void TestPreferencesDialog::switchingUnitsKeepsTheAmount()
{
    m_settings->setThumbnailCacheLimitBytes(2 * GiB);
    PreferencesDialog dialog(*m_settings, *m_thumbnails);
    auto *spin = child<QSpinBox>(dialog, "cacheLimitSpinBox");
    auto *unit = child<QComboBox>(dialog, "cacheUnitComboBox");
    QCOMPARE(spin->value(), 2);
    unit->setCurrentIndex(unit->findText(QStringLiteral("MB")));
    QCOMPARE(spin->value(), 2048);
    spin->setValue(1536);
    unit->setCurrentIndex(unit->findText(QStringLiteral("GB")));
    QCOMPARE(spin->value(), 2); // 1.5 GB rounds to 2
    unit->setCurrentIndex(unit->findText(QStringLiteral("MB")));
    spin->setValue(700);
    dialog.accept();
    QCOMPARE(AppSettings(iniPath()).thumbnailCacheLimitBytes(), 700 * MiB);
}

void TestPreferencesDialog::clearCacheEmptiesIt()
{
    // A real thumbnail in the disk cache.
    const QString photo = m_dir->filePath(QStringLiteral("photo.jpg"));
    TestPhotoSpec spec;
    spec.size = QSize(800, 600);
    QCOMPARE(TestPhotoFactory::write(photo, spec), QString());
    ThumbnailRequest request;
    request.photoId = 1;
    request.path = photo;
    request.identityKey = QByteArray(16, '\x7');
    QSignalSpy ready(m_thumbnails.get(), &ThumbnailService::thumbnailReady);
    m_thumbnails->setVisiblePhotos({1});
    QVERIFY(m_thumbnails->thumbnail(request).isNull());
    QVERIFY(ready.wait(10000));
    QTRY_VERIFY(m_thumbnails->diskCacheSize() > 0);

    PreferencesDialog dialog(*m_settings, *m_thumbnails);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *usage = child<QLabel>(dialog, "cacheUsageLabel");
    auto *clear = child<QPushButton>(dialog, "clearCacheButton");
    QVERIFY(usage->text() != QStringLiteral("0 bytes"));
    QVERIFY(clear->isEnabled());
    clear->click();
    QTRY_COMPARE(m_thumbnails->diskCacheSize(), qint64(0));
    QTRY_COMPARE(usage->text(), QStringLiteral("0 bytes"));
    QVERIFY(!clear->isEnabled());
    // Clearing is done, not a setting: Cancel does not bring the thumbnails back, and writes
    // nothing either.
    dialog.reject();
    QCOMPARE(m_thumbnails->diskCacheSize(), qint64(0));
    QCOMPARE(QSettings(iniPath(), QSettings::IniFormat).allKeys(), QStringList());
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
