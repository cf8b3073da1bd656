#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

// How an export ended. A photo that could not be published is listed and skipped; the export
// goes on. An error (the folder cannot be written, the theme is broken) stops it.
struct ExportReport
{
    struct SkippedPhoto
    {
        qint64 photoId = 0;
        QString path;
        QString reason; // translated
    };

    bool cancelled = false;
    QString error; // translated; empty when the export succeeded (perhaps with skipped photos)
    QString outputDirectory;
    QString entryPoint; // absolute path of what to open: index.html, or the Jekyll post

    int imagesMade = 0;   // resized now
    int imagesReused = 0; // still current from an earlier export into the same folder
    int pagesWritten = 0; // pages (or posts) whose text changed
    int pagesUnchanged = 0;
    QList<SkippedPhoto> skipped;
    qint64 elapsedMs = 0;

    bool succeeded() const { return !cancelled && error.isEmpty(); }
};
Q_DECLARE_METATYPE(ExportReport)
