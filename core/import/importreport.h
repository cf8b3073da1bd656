#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

// A file the import could not take, and why: shown to the user, copyable.
struct ImportProblem
{
    QString path;
    QString reason;
};

// A file skipped because the catalog already holds the same content under another path.
struct DuplicateFile
{
    QString path;
    QString existingPath;
};

// What an import did. Counts add up to the files found (less skipped non-photos).
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    qint64 importId = 0;
    int filesFound = 0;
    int imported = 0;  // new photos
    int updated = 0;   // known photos whose file changed on disk
    int relocated = 0; // known photos found under a new path
    int unchanged = 0; // same size and modification time as last time
    int notPhotos = 0; // files that are not images (videos, documents), skipped quietly
    int markedMissing = 0;
    int eventsCreated = 0; // automatic events the new photos started
    int eventsRemoved = 0; // automatic events regrouping emptied and removed
    QList<DuplicateFile> duplicates;
    QList<ImportProblem> problems;
    bool cancelled = false;
    QString fatalError; // the catalog itself failed (disk full...): nothing after it was written

    bool succeeded() const { return problems.isEmpty() && fatalError.isEmpty(); }
    // "Imported 120 photos, 3 unchanged, 2 duplicates, 1 failed." for status bars and the CLI.
    QString summary() const;
    // The problems as tab-separated "path<TAB>reason" lines, for the clipboard.
    QString problemsText() const;
};

Q_DECLARE_METATYPE(ImportReport)
