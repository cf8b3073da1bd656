#pragma once

#include <QMetaType>
#include <QString>

// How far an export has come, a few times a second.
struct ExportProgress
{
    enum class Phase
    {
        Reading, // the catalog
        Images,  // resizing photos: done/total count photos
        Pages,   // writing pages: done/total count pages
    };

    Phase phase = Phase::Reading;
    int done = 0;
    int total = 0;
    QString current; // the file or page being worked on, for the dialog's second line
};
Q_DECLARE_METATYPE(ExportProgress)
