#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

// A theme of the static site: Mustache templates (templates/*.mustache) and the files copied
// beside the pages (assets/...). The built-in theme "default" lives in the resources
// (:/themes/default); a folder of the same layout under userThemesDirectory() overrides it file
// by file, so a user theme may hold only the one stylesheet it changes. A user theme of another
// name is laid over the built-in one the same way.
//
// Templates whose name begins with '_' are partials ({{> _photo}}); the others are pages. See
// docs/themes.md for the data each template gets.
class ExportTheme
{
    Q_DECLARE_TR_FUNCTIONS(ExportTheme)

public:
    static QString defaultName() { return QStringLiteral("default"); }
    // ":/themes/default": the built-in theme.
    static QString builtInDirectory();
    // <AppDataLocation>/themes: where the user's theme folders are.
    static QString userThemesDirectory();
    // The built-in theme's name and every folder under userThemesDirectory(), sorted, once each.
    static QStringList availableThemes();

    // The theme `name`, every file from the user's folder when it has it, else the built-in
    // one. nullopt with *error (translated) when the theme does not exist or a file cannot be
    // read. Whether its templates parse is ThemeTemplates' to say.
    static std::optional<ExportTheme> load(const QString &name, QString *error);
    // The same from explicit folders (tests; a theme being written): `overrideDirectory` first,
    // then `baseDirectory`. `overrideDirectory` may be empty or missing.
    static std::optional<ExportTheme> loadFrom(const QString &name, const QString &baseDirectory,
                                               const QString &overrideDirectory, QString *error);

    const QString &name() const { return m_name; }
    // Templates by name: "event" for templates/event.mustache, "_photo" for the partial.
    const QHash<QString, QString> &templates() const { return m_templates; }
    // Where each template came from (for error messages).
    QString templateSource(const QString &templateName) const
    {
        return m_templateSources.value(templateName);
    }
    // Asset files by their path under assets/ ("style.css", "icons/pin.svg"), each the file to
    // copy (a resource path or a file in the user's folder).
    const QMap<QString, QString> &assets() const { return m_assets; }

private:
    QString m_name;
    QHash<QString, QString> m_templates;
    QHash<QString, QString> m_templateSources;
    QMap<QString, QString> m_assets;
};
