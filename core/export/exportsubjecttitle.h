#pragma once

#include "core/export/exportsubject.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class CatalogConnection;

// What the export dialog and `corkboard-cli export` call the subject: its kind ("Event") and its
// title as the app shows it ("KubeCon Europe 2019", or an untitled event's dates). Read before
// the export starts, so that a subject gone from the catalog is said at once, by name.
class ExportSubjectTitle
{
    Q_DECLARE_TR_FUNCTIONS(ExportSubjectTitle)

public:
    static QString kindName(ExportSubject::Kind kind);
    // nullopt when the catalog has no such event, gallery or entry.
    static std::optional<QString> title(const CatalogConnection &connection,
                                        const ExportSubject &subject);
};
