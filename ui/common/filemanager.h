#pragma once

#include <QCoreApplication>
#include <QString>

// The desktop's file manager: shows a file selected in its folder, the way each platform does it
// (Explorer's /select, Finder's reveal, the freedesktop FileManager1 interface on Linux).
class FileManager
{
    Q_DECLARE_TR_FUNCTIONS(FileManager)

public:
    // "Show in Explorer", "Show in Finder" or "Show in Folder": the platform's own words.
    static QString showFileText();
    // Opens the folder holding `filePath` with the file selected where the file manager can do
    // that, or else just the folder. Returns false when neither the file nor its folder exists.
    // Never waits for the file manager.
    static bool showFile(const QString &filePath);
};
