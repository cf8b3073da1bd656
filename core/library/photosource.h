#pragma once

#include <QMetaType>
#include <QString>

// What a sidebar entry stands for: which photos the grid shows, or a gallery's board or a journal
// entry's editor, which the window shows in the grid's place.
struct PhotoSource
{
    enum class Kind
    {
        None,      // a sidebar heading: shows nothing
        AllPhotos, // every photo in the catalog that is not a problem
        // Folder and Import show every photo of theirs, problems included: the tile of a missing
        // or unreadable file says why, where the user looks for that photo.
        Folder,       // photos in folderPath and the folders below it
        Import,       // photos brought in by one import (importId)
        Problems,     // unreadable and missing files
        Event,        // the photos of one event (eventId), problems included
        Gallery,      // one sticky-note gallery (galleryId): its board, not the grid
        JournalEntry, // one journal entry (entryId): its editor, not the grid
    };

    Kind kind = Kind::None;
    QString folderPath;
    qint64 importId = 0;
    qint64 eventId = 0;
    qint64 galleryId = 0;
    qint64 entryId = 0;

    static PhotoSource allPhotos() { return {Kind::AllPhotos, {}, 0, 0, 0, 0}; }
    static PhotoSource folder(const QString &path) { return {Kind::Folder, path, 0, 0, 0, 0}; }
    static PhotoSource import(qint64 id) { return {Kind::Import, {}, id, 0, 0, 0}; }
    static PhotoSource problems() { return {Kind::Problems, {}, 0, 0, 0, 0}; }
    static PhotoSource event(qint64 id) { return {Kind::Event, {}, 0, id, 0, 0}; }
    static PhotoSource gallery(qint64 id) { return {Kind::Gallery, {}, 0, 0, id, 0}; }
    static PhotoSource journalEntry(qint64 id) { return {Kind::JournalEntry, {}, 0, 0, 0, id}; }
    // Whether the grid shows it: galleries and entries have views of their own.
    bool showsPhotoGrid() const { return kind != Kind::Gallery && kind != Kind::JournalEntry; }

    friend bool operator==(const PhotoSource &, const PhotoSource &) = default;
};
Q_DECLARE_METATYPE(PhotoSource)
