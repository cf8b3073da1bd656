#include "ui/preferences/translationloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>

namespace {

// corkboard_fr.ts beside this test is compiled into :/i18n/corkboard_fr.qm, where
// qt_add_translations puts the app's own; there is no corkboard_de.qm.
QString appText()
{
    return QCoreApplication::translate("TranslationLoaderTest", "The photo is missing.");
}

QString qtText()
{
    return QCoreApplication::translate("QPlatformTheme", "Cancel");
}

bool hasQtTranslation(const char *language)
{
    return QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                         QStringLiteral("/qtbase_%1.qm").arg(QLatin1String(language)));
}

} // namespace

class TestTranslationLoader : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void offersItsLanguagesByTheirOwnNames();
    void installsQtAndAppTranslations();
    void missingTranslationsAreSkipped();
    void anotherLanguageReplacesTheFirst();
    void systemLanguage();
};

void TestTranslationLoader::cleanup()
{
    QLocale::setDefault(QLocale::system());
}

void TestTranslationLoader::offersItsLanguagesByTheirOwnNames()
{
    const QList<TranslationLoader::Language> languages = TranslationLoader::availableLanguages();
    QStringList codes;
    QStringList names;
    for (const TranslationLoader::Language &language : languages) {
        codes << language.code;
        names << language.nativeName;
    }
    QCOMPARE(codes, (QStringList{QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"),
                                 QStringLiteral("es")}));
    QCOMPARE(names, (QStringList{QStringLiteral("English"), QStringLiteral("Deutsch"),
                                 QStringLiteral("Français"), QStringLiteral("Español")}));
    QVERIFY(TranslationLoader::isAvailable(QStringLiteral("de")));
    QVERIFY(!TranslationLoader::isAvailable(QStringLiteral("tlh")));
    QVERIFY(!TranslationLoader::isAvailable(QString()));
}

void TestTranslationLoader::installsQtAndAppTranslations()
{
    {
        TranslationLoader loader;
        loader.install(QStringLiteral("fr"));
        QVERIFY(loader.hasAppTranslation());
        QCOMPARE(appText(), QStringLiteral("La photo est introuvable."));
        QCOMPARE(QLocale().language(), QLocale::French);
        if (hasQtTranslation("fr")) {
            QVERIFY(loader.hasQtTranslation());
            QCOMPARE(qtText(), QStringLiteral("Annuler"));
        }
    }
    // Gone with the loader.
    QCOMPARE(appText(), QStringLiteral("The photo is missing."));
    QCOMPARE(qtText(), QStringLiteral("Cancel"));
}

void TestTranslationLoader::missingTranslationsAreSkipped()
{
    TranslationLoader loader;
    loader.install(QStringLiteral("de"));
    QVERIFY(!loader.hasAppTranslation());
    QCOMPARE(appText(), QStringLiteral("The photo is missing.")); // English, not an empty string
    QCOMPARE(QLocale().language(), QLocale::German);
    if (!hasQtTranslation("de"))
        QSKIP("Qt's German translation is not installed");
    QVERIFY(loader.hasQtTranslation());
    QCOMPARE(qtText(), QStringLiteral("Abbrechen"));
}

void TestTranslationLoader::anotherLanguageReplacesTheFirst()
{
    TranslationLoader loader;
    loader.install(QStringLiteral("fr"));
    QCOMPARE(appText(), QStringLiteral("La photo est introuvable."));
    loader.install(QStringLiteral("es"));
    QVERIFY(!loader.hasAppTranslation());
    QCOMPARE(appText(), QStringLiteral("The photo is missing."));
    QCOMPARE(QLocale().language(), QLocale::Spanish);
    if (hasQtTranslation("es"))
        QCOMPARE(qtText(), QStringLiteral("Cancelar"));
}

void TestTranslationLoader::systemLanguage()
{
    TranslationLoader loader;
    loader.install(QStringLiteral("fr"));
    loader.install(QString());
    QCOMPARE(QLocale(), QLocale::system());
    loader.install(QStringLiteral("tlh")); // not offered: the system's
    QCOMPARE(QLocale(), QLocale::system());
}

QTEST_GUILESS_MAIN(TestTranslationLoader)
#include "tst_translationloader.moc"
