#include "ui/preferences/translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <algorithm>

namespace {

// The locale for a language: the system's own when it speaks that language (an English user in
// Britain keeps British dates), else the language's main one.
QLocale localeFor(const QString &languageCode)
{
    if (!TranslationLoader::isAvailable(languageCode))
        return QLocale::system();
    const QLocale language(languageCode);
    return QLocale::system().language() == language.language() ? QLocale::system() : language;
}

bool loadInto(QTranslator &translator, const QLocale &locale, const QString &name,
              const QStringList &directories)
{
    return std::any_of(directories.cbegin(), directories.cend(), [&](const QString &directory) {
        return translator.load(locale, name, QStringLiteral("_"), directory);
    });
}

} // namespace

QList<TranslationLoader::Language> TranslationLoader::availableLanguages()
{
    // Not translated: a German speaker looking for "Deutsch" in a French interface must find it.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("es"), QStringLiteral("Español")}};
}

bool TranslationLoader::isAvailable(const QString &languageCode)
{
    const QList<Language> languages = availableLanguages();
    return std::any_of(languages.cbegin(), languages.cend(),
                       [&](const Language &language) { return language.code == languageCode; });
}

TranslationLoader::TranslationLoader()
    : m_qt(std::make_unique<QTranslator>())
    , m_app(std::make_unique<QTranslator>())
{}

TranslationLoader::~TranslationLoader()
{
    remove();
}

void TranslationLoader::install(const QString &languageCode)
{
    remove();
    const QLocale locale = localeFor(languageCode);
    QLocale::setDefault(locale);

    // Qt's translations where Qt is installed (Linux packages), else beside the executable, where
    // windeployqt and macdeployqt put them.
    const QStringList qtDirectories = {
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("translations"))};
    m_qtLoaded = loadInto(*m_qt, locale, QStringLiteral("qtbase"), qtDirectories);
    if (m_qtLoaded)
        QCoreApplication::installTranslator(m_qt.get());
    // English has a file too, for its plural forms ("1 photo"); it also stands in for a system
    // language Corkboard does not speak, whose text is the English source text.
    const QStringList appDirectories = {QStringLiteral(":/i18n")};
    m_appLoaded =
        loadInto(*m_app, locale, QStringLiteral("corkboard"), appDirectories) ||
        loadInto(*m_app, QLocale(QLocale::English), QStringLiteral("corkboard"), appDirectories);
    if (m_appLoaded)
        QCoreApplication::installTranslator(m_app.get());
}

void TranslationLoader::remove()
{
    if (m_qtLoaded)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_appLoaded)
        QCoreApplication::removeTranslator(m_app.get());
    m_qtLoaded = false;
    m_appLoaded = false;
}
