#pragma once

#include <QMetaType>
#include <QString>

// Where a running import is; sent to the UI and the CLI a few times a second.
struct ImportProgress
{
    enum class Phase
    {
        Scanning,
        Reading,
        Finishing
    };

    Phase phase = Phase::Scanning;
    int done = 0;  // files dealt with, including unchanged ones
    int total = 0; // files found; grows while scanning
    QString currentPath;
};

Q_DECLARE_METATYPE(ImportProgress)
