#pragma once

#include "core/export/exportcontent.h"
#include "core/export/exportoptions.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// Everything that decides the bytes of one published image: its source file as it is now, the
// orientation applied, the size asked for, the JPEG quality, whether private metadata was left
// out, and the version of the way images are made (raised whenever that changes what is made).
struct ExportFingerprint
{
    // The SHA-256 of the source's absolute path, in hex (sourceKey()), never the path itself: the
    // manifest is published with the site, and a path would tell the world the user's account
    // name and folders.
    QString sourceKey;
    qint64 sourceSize = 0;
    qint64 sourceModifiedMs = 0;
    int orientation = 1;
    int sizeBound = 0; // the longest side asked for; 0: a copy of the original
    int quality = 0;   // 0 for a copy of the original
    bool stripped = false;
    int formatVersion = 0;

    friend bool operator==(const ExportFingerprint &, const ExportFingerprint &) = default;
};

// One file an export made.
struct ExportManifestFile
{
    QString relativePath; // from the output folder, '/'-separated
    ExportFingerprint fingerprint;
    int width = 0; // 0 for a copy of the original
    int height = 0;
    qint64 bytes = 0; // as written: a file changed or replaced since is not reused
};

// `.corkboard-export.json` in the output folder: what an earlier export made there and from
// what, so that exporting again into the same folder remakes only the images whose fingerprint
// changed (a photo edited, the quality changed) and whose file is gone or was changed by hand.
// It never removes a file: what the user keeps in the folder is theirs. Written atomically
// (QSaveFile), so a cancelled or crashed export leaves the last complete manifest.
class ExportManifest
{
    Q_DECLARE_TR_FUNCTIONS(ExportManifest)

public:
    static constexpr int FormatVersion = 2; // 2: sources by key, not path
    static QString fileName() { return QStringLiteral(".corkboard-export.json"); }

    static ExportFingerprint fingerprint(const ExportPhoto &photo, int sizeBound,
                                         const ExportOptions &options);
    // The fingerprint of the original's copy (ExportOptions::includeOriginals).
    static ExportFingerprint originalFingerprint(const ExportPhoto &photo);
    static QString sourceKey(const QString &sourcePath);

    // Reads the folder's manifest. A missing one is an empty manifest; one that cannot be
    // parsed (or of another format) too: every image is then made again, nothing is lost.
    void load(const QString &outputDirectory);

    // The file made with this fingerprint, if it is still there as it was written.
    std::optional<ExportManifestFile> find(const ExportFingerprint &fingerprint) const;
    // The files made now of one photo. Earlier records of the same paths are dropped: those
    // files were written over. Several records may name one file (a small photo's one image
    // serves every size bound above its own).
    void record(const QList<ExportManifestFile> &files);

    // Empty on success, otherwise why the manifest could not be written (translated).
    QString save() const;

    int size() const { return int(m_files.size()); }

private:
    static QString key(const ExportFingerprint &fingerprint);
    void insert(const ExportManifestFile &file);

    QString m_directory;
    QHash<QString, ExportManifestFile> m_files; // by fingerprint key
    QMultiHash<QString, QString> m_keysOfPath;  // relative path -> fingerprint keys
};
