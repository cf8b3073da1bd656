#pragma once

#include "core/export/exportoptions.h"

#include <QString>

// The export dialog's memory (QSettings, group "export"): the options last exported with, and
// where. A static site is one folder per subject, so its folder is remembered per subject and a
// subject exported for the first time is offered a folder named after it beside the last one; a
// Jekyll site is one folder for every post, remembered as it is.
class ExportSettings
{
public:
    // The last options, for this subject, with its folder (see above). The defaults of
    // ExportOptions the first time.
    static ExportOptions load(const ExportSubject &subject, const QString &subjectTitle);
    // Remembers the options and the folder of an export that is starting.
    static void save(const ExportOptions &options);
    // The folder to offer for this subject in this format.
    static QString folderFor(ExportFormat format, const ExportSubject &subject,
                             const QString &subjectTitle);
};
