#pragma once

#include "core/catalog/photorecord.h"

#include <QByteArray>
#include <QDateTime>
#include <QSize>
#include <QString>

#include <optional>

// What the grid needs of a photo: small enough that 100,000 of them load in one query and fit in a
// few tens of megabytes. The full PhotoRecord is read only for the photo the info panel shows.
struct PhotoSummary
{
    qint64 id = 0;
    QString path;
    // Wall time as the camera showed it, held as Qt::UTC so that nothing converts it to a zone:
    // read its fields or format it as is, never toLocalTime(). Invalid when unknown.
    QDateTime takenLocal;
    std::optional<int> takenOffsetSeconds;
    // The photo on the one timeline (UTC ms since 1970), the offset that placed it there and where
    // that offset came from (OffsetSource's values: 0 file, 1 GPS time, 2 event zone, 3 system
    // zone); nullopt and -1 while it has no time. The camera clock correction it carries, in s.
    std::optional<qint64> takenInstantMs;
    int instantOffsetSeconds = 0;
    int offsetSource = -1;
    int clockShiftSeconds = 0;
    QDateTime importedAt; // UTC
    qint64 importId = 0;
    QByteArray identityKey;
    int orientation = 1;
    QSize pixelSize; // stored pixels, before orientation
    PhotoState state = PhotoState::Ok;
    QString stateReason;

    QString fileName() const; // the last path component
};
// Every member is relocatable: lists of 100,000 summaries grow by realloc, not element by element.
Q_DECLARE_TYPEINFO(PhotoSummary, Q_RELOCATABLE_TYPE);
