#pragma once

#include "core/export/exportcontent.h"
#include "core/export/exportsubject.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class CatalogConnection;
struct PhotoMetadata;

// Reads from the catalog everything one export publishes (ExportContent), in one go, on the
// export's own connection:
// - an event: the event, its photos in timeline order, its galleries and journal entries, the
//   galleries those entries show, and every photo any of them shows;
// - a gallery: the gallery and its notes' photos;
// - a journal entry: the entry, its cover, the photos and galleries its text refers to, and the
//   galleries' photos.
// A photo gone from the catalog is left out of ExportContent::photos (the pages show a marker
// for an id they cannot find there); one whose file is missing or unreadable is in it with
// available false and the reason.
class ExportContentCollector
{
    Q_DECLARE_TR_FUNCTIONS(ExportContentCollector)

public:
    // nullopt with `error` set (translated) when the subject is not in the catalog or the
    // catalog cannot be read.
    static std::optional<ExportContent> collect(const CatalogConnection &connection,
                                                const ExportSubject &subject, QString *error);

    // "Canon EOS 5D · 35 mm · f/2.8 · 1/200 s · ISO 400": the camera and the exposure, in the
    // user's language; what the photo does not say is left out. Empty when it says nothing.
    static QString exifLine(const PhotoMetadata &metadata);
};
