#include "core/export/exporttheme.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace {

const QString kTemplateSuffix = QStringLiteral(".mustache");

// A theme name is one folder name: nothing that could reach outside the themes folder.
bool isPlainName(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") &&
           !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\')) &&
           !name.contains(QLatin1Char(':'));
}

// Every file under `directory`, by its '/'-separated path relative to it.
QMap<QString, QString> filesUnder(const QString &directory)
{
    QMap<QString, QString> files;
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        return files;
    const QDir root(directory);
    QDirIterator it(directory, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(root.relativeFilePath(path), path);
    }
    return files;
}

} // namespace

QString ExportTheme::builtInDirectory()
{
    return QStringLiteral(":/themes/default");
}

QString ExportTheme::userThemesDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/themes");
}

QStringList ExportTheme::availableThemes()
{
    QStringList names{defaultName()};
    const QDir user(userThemesDirectory());
    for (const QString &name : user.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        if (isPlainName(name) && !names.contains(name))
            names.append(name);
    }
    std::sort(names.begin() + 1, names.end());
    return names;
}

std::optional<ExportTheme> ExportTheme::load(const QString &name, QString *error)
{
    if (!isPlainName(name)) {
        *error = tr("“%1” is not a theme name.").arg(name);
        return std::nullopt;
    }
    const QString userDirectory = userThemesDirectory() + QLatin1Char('/') + name;
    if (name != defaultName() && !QFileInfo(userDirectory).isDir()) {
        *error = tr("The theme “%1” was not found in %2.")
                     .arg(name, QDir::toNativeSeparators(userThemesDirectory()));
        return std::nullopt;
    }
    return loadFrom(name, builtInDirectory(), userDirectory, error);
}

std::optional<ExportTheme> ExportTheme::loadFrom(const QString &name, const QString &baseDirectory,
                                                 const QString &overrideDirectory, QString *error)
{
    // The override's files replace the base's of the same path; the rest of the base stays.
    QMap<QString, QString> files = filesUnder(baseDirectory);
    const QMap<QString, QString> overrides = filesUnder(overrideDirectory);
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        files.insert(it.key(), it.value());

    ExportTheme theme;
    theme.m_name = name;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString &relative = it.key();
        if (relative.startsWith(QLatin1String("assets/"))) {
            theme.m_assets.insert(relative.mid(7), it.value());
            continue;
        }
        if (!relative.startsWith(QLatin1String("templates/")) ||
            !relative.endsWith(kTemplateSuffix) || relative.count(QLatin1Char('/')) != 1)
            continue; // a README or a preview picture in the theme's folder
        QFile file(it.value());
        if (!file.open(QIODevice::ReadOnly)) {
            *error = tr("The theme file %1 cannot be read: %2")
                         .arg(QDir::toNativeSeparators(it.value()), file.errorString());
            return std::nullopt;
        }
        const QString templateName =
            relative.mid(10, relative.size() - 10 - kTemplateSuffix.size());
        theme.m_templates.insert(templateName, QString::fromUtf8(file.readAll()));
        theme.m_templateSources.insert(templateName, it.value());
    }
    if (theme.m_templates.isEmpty()) {
        *error = tr("The theme “%1” has no templates.").arg(name);
        return std::nullopt;
    }
    return theme;
}
