#pragma once

#include "core/import/importreport.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

// A regular file found under the paths the user asked to import.
struct ScannedFile
{
    QString path; // absolute and cleaned
    qint64 size = 0;
    qint64 modifiedMs = 0;
};

struct ScanResult
{
    QList<ScannedFile> files;
    QStringList folders;           // the folders that were walked whole, for "missing" detection
    QList<ImportProblem> problems; // paths that do not exist or cannot be listed
    bool cancelled = false;
};

// Walks files and folders recursively. Hidden files and folders, XMP sidecars and symbolic
// links to folders (which can loop) are left out; whether a file is a photo is decided later,
// from its content.
class FileScanner
{
    Q_DECLARE_TR_FUNCTIONS(FileScanner)

public:
    static ScanResult scan(const QStringList &paths, const std::atomic_bool &cancelled);
};
