#pragma once

#include <QList>
#include <QString>

#include <memory>

class QTranslator;

// Puts a language into effect: Qt's own translations (qtbase_<lang>.qm: standard buttons, file
// dialogs) and Corkboard's (:/i18n/corkboard_<lang>.qm, where qt_add_translations puts them), and
// the locale that numbers and dates are written in. A translation that is not there is skipped:
// the English source text shows instead, with corkboard_en.qm's plural forms ("1 photo").
class TranslationLoader
{
public:
    struct Language
    {
        QString code;       // "de"
        QString nativeName; // "Deutsch": how its speakers look for it in a list
    };

    // The languages Corkboard offers, English first.
    static QList<Language> availableLanguages();
    static bool isAvailable(const QString &languageCode);

    TranslationLoader();
    // Removes the translators it installed.
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader &) = delete;
    TranslationLoader &operator=(const TranslationLoader &) = delete;

    // Installs the translations for `languageCode`, or for the system's UI languages when it is
    // empty (or not a language Corkboard offers), replacing what an earlier call installed. Call
    // before any window is created: text already on screen does not change.
    void install(const QString &languageCode);

    bool hasQtTranslation() const { return m_qtLoaded; }
    bool hasAppTranslation() const { return m_appLoaded; }

private:
    void remove();

    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_app;
    bool m_qtLoaded = false;
    bool m_appLoaded = false;
};
