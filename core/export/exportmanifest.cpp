#include "core/export/exportmanifest.h"

#include "core/export/exportfilenames.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <algorithm>

namespace {

// The manifest's own format, independent of how images are made (FormatVersion).
constexpr int ManifestSchema = 1;

QJsonObject toJson(const ExportManifestFile &file)
{
    const ExportFingerprint &f = file.fingerprint;
    return QJsonObject{
        {QStringLiteral("file"), file.relativePath},
        {QStringLiteral("width"), file.width},
        {QStringLiteral("height"), file.height},
        {QStringLiteral("bytes"), file.bytes},
        {QStringLiteral("source"), f.sourceKey},
        {QStringLiteral("sourceSize"), f.sourceSize},
        {QStringLiteral("sourceModifiedMs"), f.sourceModifiedMs},
        {QStringLiteral("orientation"), f.orientation},
        {QStringLiteral("sizeBound"), f.sizeBound},
        {QStringLiteral("quality"), f.quality},
        {QStringLiteral("stripped"), f.stripped},
        {QStringLiteral("formatVersion"), f.formatVersion},
    };
}

ExportManifestFile fromJson(const QJsonObject &object)
{
    ExportManifestFile file;
    file.relativePath = object.value(QStringLiteral("file")).toString();
    file.width = object.value(QStringLiteral("width")).toInt();
    file.height = object.value(QStringLiteral("height")).toInt();
    file.bytes = object.value(QStringLiteral("bytes")).toInteger();
    ExportFingerprint &f = file.fingerprint;
    f.sourceKey = object.value(QStringLiteral("source")).toString();
    f.sourceSize = object.value(QStringLiteral("sourceSize")).toInteger();
    f.sourceModifiedMs = object.value(QStringLiteral("sourceModifiedMs")).toInteger();
    f.orientation = object.value(QStringLiteral("orientation")).toInt();
    f.sizeBound = object.value(QStringLiteral("sizeBound")).toInt();
    f.quality = object.value(QStringLiteral("quality")).toInt();
    f.stripped = object.value(QStringLiteral("stripped")).toBool();
    f.formatVersion = object.value(QStringLiteral("formatVersion")).toInt();
    return file;
}

} // namespace

ExportFingerprint ExportManifest::fingerprint(const ExportPhoto &photo, int sizeBound,
                                              const ExportOptions &options)
{
    ExportFingerprint f;
    f.sourceKey = sourceKey(photo.path);
    f.sourceSize = photo.fileSize;
    f.sourceModifiedMs = photo.fileModifiedMs;
    f.orientation = photo.orientation;
    f.sizeBound = sizeBound;
    f.quality = options.jpegQuality;
    f.stripped = options.stripPrivateMetadata;
    f.formatVersion = FormatVersion;
    return f;
}

ExportFingerprint ExportManifest::originalFingerprint(const ExportPhoto &photo)
{
    ExportFingerprint f;
    f.sourceKey = sourceKey(photo.path);
    f.sourceSize = photo.fileSize;
    f.sourceModifiedMs = photo.fileModifiedMs;
    f.formatVersion = FormatVersion;
    return f;
}

QString ExportManifest::sourceKey(const QString &sourcePath)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(sourcePath.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString ExportManifest::key(const ExportFingerprint &f)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6|%7|")
               .arg(f.sourceSize)
               .arg(f.sourceModifiedMs)
               .arg(f.orientation)
               .arg(f.sizeBound)
               .arg(f.quality)
               .arg(int(f.stripped))
               .arg(f.formatVersion) +
           f.sourceKey;
}

void ExportManifest::load(const QString &outputDirectory)
{
    m_directory = outputDirectory;
    m_files.clear();
    m_keysOfPath.clear();
    QFile file(QDir(outputDirectory).filePath(fileName()));
    if (!file.open(QIODevice::ReadOnly))
        return;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value(QStringLiteral("schema")).toInt() != ManifestSchema)
        return;
    const QJsonArray files = root.value(QStringLiteral("files")).toArray();
    for (const QJsonValue &value : files) {
        const ExportManifestFile entry = fromJson(value.toObject());
        // A manifest edited by hand must not make the export trust a path outside the folder.
        if (!ExportFileNames::staysInside(entry.relativePath))
            continue;
        insert(entry);
    }
}

std::optional<ExportManifestFile> ExportManifest::find(const ExportFingerprint &fingerprint) const
{
    const auto it = m_files.constFind(key(fingerprint));
    if (it == m_files.cend() || it->fingerprint != fingerprint)
        return std::nullopt;
    const QFileInfo info(QDir(m_directory).filePath(it->relativePath));
    if (!info.isFile() || info.size() != it->bytes)
        return std::nullopt;
    return *it;
}

void ExportManifest::record(const QList<ExportManifestFile> &files)
{
    for (const ExportManifestFile &file : files) {
        for (const QString &old : m_keysOfPath.values(file.relativePath))
            m_files.remove(old);
        m_keysOfPath.remove(file.relativePath);
    }
    for (const ExportManifestFile &file : files)
        insert(file);
}

void ExportManifest::insert(const ExportManifestFile &file)
{
    const QString newKey = key(file.fingerprint);
    // One fingerprint gives one file: a record of it under another path goes.
    if (const auto previous = m_files.constFind(newKey); previous != m_files.cend())
        m_keysOfPath.remove(previous->relativePath, newKey);
    m_files.insert(newKey, file);
    m_keysOfPath.insert(file.relativePath, newKey);
}

QString ExportManifest::save() const
{
    // Sorted, so that the file changes only where the export did.
    QList<ExportManifestFile> files = m_files.values();
    std::sort(files.begin(), files.end(), [](const auto &a, const auto &b) {
        return a.relativePath != b.relativePath ? a.relativePath < b.relativePath
                                                : a.fingerprint.sizeBound < b.fingerprint.sizeBound;
    });
    QJsonArray array;
    for (const ExportManifestFile &file : std::as_const(files))
        array.append(toJson(file));
    const QJsonObject root{
        {QStringLiteral("schema"), ManifestSchema},
        {QStringLiteral("generator"), QStringLiteral("Corkboard")},
        {QStringLiteral("files"), array},
    };
    QSaveFile out(QDir(m_directory).filePath(fileName()));
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !out.commit())
        return tr("The export's record of its images could not be written to %1: %2")
            .arg(QDir::toNativeSeparators(out.fileName()), out.errorString());
    return {};
}
