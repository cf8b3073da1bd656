#include "core/export/exportsubjecttitle.h"

#include "core/events/eventservice.h"
#include "core/galleries/galleryservice.h"
#include "core/journal/journalservice.h"

QString ExportSubjectTitle::kindName(ExportSubject::Kind kind)
{
    switch (kind) {
    case ExportSubject::Kind::Event:
        return tr("Event");
    case ExportSubject::Kind::Gallery:
        return tr("Gallery");
    case ExportSubject::Kind::Entry:
        return tr("Journal entry");
    }
    return {};
}

std::optional<QString> ExportSubjectTitle::title(const CatalogConnection &connection,
                                                 const ExportSubject &subject)
{
    switch (subject.kind) {
    case ExportSubject::Kind::Event:
        if (const auto event = EventService(connection).event(subject.id))
            return EventService::displayTitle(*event);
        break;
    case ExportSubject::Kind::Gallery:
        if (const auto gallery = GalleryService(connection).gallery(subject.id))
            return GalleryService::displayTitle(*gallery);
        break;
    case ExportSubject::Kind::Entry:
        if (const auto entry = JournalService(connection).entry(subject.id))
            return JournalService::displayTitle(*entry);
        break;
    }
    return std::nullopt;
}
