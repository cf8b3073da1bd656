#include "core/catalog/catalog.h"
#include "ui/preferences/appsettings.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestAppSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void defaults();
    void roundTrip();
    void defaultCatalogPathIsNotStored();
    void nonsenseFallsBackToDefaults_data();
    void nonsenseFallsBackToDefaults();
    void applicationSettingsRoundTrip();

private:
    QString iniPath() const { return m_dir.filePath(QStringLiteral("corkboard.ini")); }

    QTemporaryDir m_dir;
};

void TestAppSettings::initTestCase()
{
    // Catalog::defaultPath() and the application's own settings land in a test location, never
    // in the real user's.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CorkboardTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_appsettings"));
    QVERIFY(m_dir.isValid());
}

void TestAppSettings::init()
{
    QFile::remove(iniPath());
}

void TestAppSettings::defaults()
{
    const AppSettings settings(iniPath());
    QCOMPARE(settings.catalogPath(), Catalog::defaultPath());
    QCOMPARE(settings.thumbnailCacheLimitBytes(), 1024LL * 1024 * 1024);
    QCOMPARE(settings.language(), QString());
}

void TestAppSettings::roundTrip()
{
    const QString catalog = m_dir.filePath(QStringLiteral("trips/barcelona.sqlite"));
    {
        AppSettings settings(iniPath());
        settings.setCatalogPath(catalog);
        settings.setThumbnailCacheLimitBytes(3LL * 1024 * 1024 * 1024);
        settings.setLanguage(QStringLiteral("fr"));
        settings.sync();
    }
    const AppSettings settings(iniPath());
    QCOMPARE(settings.catalogPath(), catalog);
    QCOMPARE(settings.thumbnailCacheLimitBytes(), 3LL * 1024 * 1024 * 1024);
    QCOMPARE(settings.language(), QStringLiteral("fr"));

    // Back to following the system.
    AppSettings again(iniPath());
    again.setLanguage(QString());
    again.sync();
    QCOMPARE(AppSettings(iniPath()).language(), QString());
    QVERIFY(
        !QSettings(iniPath(), QSettings::IniFormat).contains(QStringLiteral("interface/language")));
}

void TestAppSettings::defaultCatalogPathIsNotStored()
{
    AppSettings settings(iniPath());
    settings.setCatalogPath(m_dir.filePath(QStringLiteral("other.sqlite")));
    settings.setCatalogPath(Catalog::defaultPath());
    settings.sync();
    // Not stored, so the default may move (a new OS convention) and the user follows it.
    QVERIFY(!QSettings(iniPath(), QSettings::IniFormat).contains(QStringLiteral("catalog/path")));
    QCOMPARE(settings.catalogPath(), Catalog::defaultPath());
}

void TestAppSettings::nonsenseFallsBackToDefaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<QVariant>("expected");
    const QString limit = QStringLiteral("thumbnails/diskCacheLimitBytes");
    QTest::newRow("limit not a number") << limit << QVariant(QStringLiteral("lots"))
                                        << QVariant(AppSettings::DefaultThumbnailCacheLimitBytes);
    QTest::newRow("limit negative")
        << limit << QVariant(-5) << QVariant(AppSettings::DefaultThumbnailCacheLimitBytes);
    QTest::newRow("limit too small")
        << limit << QVariant(1024) << QVariant(AppSettings::MinimumThumbnailCacheLimitBytes);
    QTest::newRow("limit too large") << limit << QVariant(Q_INT64_C(1) << 60)
                                     << QVariant(AppSettings::MaximumThumbnailCacheLimitBytes);
    QTest::newRow("language not offered") << QStringLiteral("interface/language")
                                          << QVariant(QStringLiteral("tlh")) << QVariant(QString());
    QTest::newRow("catalog path empty") << QStringLiteral("catalog/path") << QVariant(QString())
                                        << QVariant(Catalog::defaultPath());
}

void TestAppSettings::nonsenseFallsBackToDefaults()
{
    QFETCH(QString, key);
    QFETCH(QVariant, stored);
    QFETCH(QVariant, expected);
    {
        QSettings raw(iniPath(), QSettings::IniFormat);
        raw.setValue(key, stored);
    }
    const AppSettings settings(iniPath());
    if (key.startsWith(QLatin1String("thumbnails")))
        QCOMPARE(settings.thumbnailCacheLimitBytes(), expected.toLongLong());
    else if (key.startsWith(QLatin1String("interface")))
        QCOMPARE(settings.language(), expected.toString());
    else
        QCOMPARE(settings.catalogPath(), expected.toString());
}

void TestAppSettings::applicationSettingsRoundTrip()
{
    QSettings().clear();
    {
        AppSettings settings;
        QCOMPARE(settings.language(), QString());
        settings.setLanguage(QStringLiteral("es"));
        settings.sync();
    }
    QCOMPARE(AppSettings().language(), QStringLiteral("es"));
    QCOMPARE(QSettings().value(QStringLiteral("interface/language")).toString(),
             QStringLiteral("es"));
    QSettings().clear();
}

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
