#pragma once

#include <QMetaType>
#include <QString>

// Which photos a view shows: what a sidebar entry stands for. Later features add kinds (events,
// galleries) without changing the views that show them.
struct PhotoSource
{
    enum class Kind
    {
        None,      // a sidebar heading: shows nothing
        AllPhotos, // every photo in the catalog that is not a problem
        // Folder and Import show every photo of theirs, problems included: the tile of a missing
        // or unreadable file says why, where the user looks for that photo.
        Folder,   // photos in folderPath and the folders below it
        Import,   // photos brought in by one import (importId)
        Problems, // unreadable and missing files
        Event,    // the photos of one event (eventId), problems included
    };

    Kind kind = Kind::None;
    QString folderPath;
    qint64 importId = 0;
    qint64 eventId = 0;

    static PhotoSource allPhotos() { return {Kind::AllPhotos, {}, 0, 0}; }
    static PhotoSource folder(const QString &path) { return {Kind::Folder, path, 0, 0}; }
    static PhotoSource import(qint64 id) { return {Kind::Import, {}, id, 0}; }
    static PhotoSource problems() { return {Kind::Problems, {}, 0, 0}; }
    static PhotoSource event(qint64 id) { return {Kind::Event, {}, 0, id}; }

    friend bool operator==(const PhotoSource &, const PhotoSource &) = default;
};
Q_DECLARE_METATYPE(PhotoSource)
