#include "ui/export/exportsettings.h"

#include "core/export/exportfilenames.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace {

QString subjectKey(const ExportSubject &subject)
{
    const char *kind = subject.kind == ExportSubject::Kind::Event     ? "event"
                       : subject.kind == ExportSubject::Kind::Gallery ? "gallery"
                                                                      : "entry";
    return QStringLiteral("export/htmlFolders/%1-%2").arg(QLatin1String(kind)).arg(subject.id);
}

QString sizesText(const QList<int> &sizes)
{
    QStringList parts;
    for (const int size : sizes)
        parts.append(QString::number(size));
    return parts.join(QLatin1Char(','));
}

QList<int> sizesFrom(const QString &text, const QList<int> &fallback)
{
    QList<int> sizes;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int size = part.toInt(&ok);
        if (!ok || size <= 0)
            return fallback;
        sizes.append(size);
    }
    std::sort(sizes.begin(), sizes.end());
    return sizes.isEmpty() ? fallback : sizes;
}

} // namespace

QString ExportSettings::folderFor(ExportFormat format, const ExportSubject &subject,
                                  const QString &subjectTitle)
{
    const QSettings settings;
    if (format == ExportFormat::Jekyll)
        return settings.value(QStringLiteral("export/jekyllFolder")).toString();
    const QString remembered = settings.value(subjectKey(subject)).toString();
    if (!remembered.isEmpty())
        return remembered;
    // Beside the last site exported, else in the user's documents.
    const QString last = settings.value(QStringLiteral("export/htmlFolder")).toString();
    const QString parent = last.isEmpty()
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(last).absolutePath();
    if (parent.isEmpty())
        return {};
    return QDir(parent).filePath(ExportFileNames::slug(subjectTitle, QStringLiteral("corkboard")));
}

ExportOptions ExportSettings::load(const ExportSubject &subject, const QString &subjectTitle)
{
    const QSettings settings;
    const ExportOptions defaults;
    ExportOptions options;
    options.subject = subject;
    options.format =
        settings.value(QStringLiteral("export/format")).toString() == QLatin1String("jekyll")
            ? ExportFormat::Jekyll
            : ExportFormat::Html;
    options.theme = settings.value(QStringLiteral("export/theme"), defaults.theme).toString();
    options.imageSizes = sizesFrom(settings.value(QStringLiteral("export/imageSizes")).toString(),
                                   defaults.imageSizes);
    options.jpegQuality = std::clamp(
        settings.value(QStringLiteral("export/jpegQuality"), defaults.jpegQuality).toInt(), 1, 100);
    options.stripPrivateMetadata =
        settings.value(QStringLiteral("export/stripPrivateMetadata"), defaults.stripPrivateMetadata)
            .toBool();
    options.includeOriginals =
        settings.value(QStringLiteral("export/includeOriginals"), defaults.includeOriginals)
            .toBool();
    options.showExifLine =
        settings.value(QStringLiteral("export/showExifLine"), defaults.showExifLine).toBool();
    options.jekyllImageFolder =
        settings.value(QStringLiteral("export/jekyllImageFolder"), defaults.jekyllImageFolder)
            .toString();
    options.outputDirectory = folderFor(options.format, subject, subjectTitle);
    return options;
}

void ExportSettings::save(const ExportOptions &options)
{
    QSettings settings;
    const bool jekyll = options.format == ExportFormat::Jekyll;
    settings.setValue(QStringLiteral("export/format"),
                      jekyll ? QStringLiteral("jekyll") : QStringLiteral("html"));
    settings.setValue(QStringLiteral("export/theme"), options.theme);
    settings.setValue(QStringLiteral("export/imageSizes"), sizesText(options.imageSizes));
    settings.setValue(QStringLiteral("export/jpegQuality"), options.jpegQuality);
    settings.setValue(QStringLiteral("export/stripPrivateMetadata"), options.stripPrivateMetadata);
    settings.setValue(QStringLiteral("export/includeOriginals"), options.includeOriginals);
    settings.setValue(QStringLiteral("export/showExifLine"), options.showExifLine);
    settings.setValue(QStringLiteral("export/jekyllImageFolder"), options.jekyllImageFolder);
    if (jekyll) {
        settings.setValue(QStringLiteral("export/jekyllFolder"), options.outputDirectory);
    } else {
        settings.setValue(QStringLiteral("export/htmlFolder"), options.outputDirectory);
        settings.setValue(subjectKey(options.subject), options.outputDirectory);
    }
}
