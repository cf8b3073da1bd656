#pragma once

#include "core/metadata/photometadata.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

enum class PhotoState
{
    Ok = 0,
    Missing = 1,    // the file is gone from disk; everything the user added is kept
    Unreadable = 2, // the file is there but could not be read; stateReason says why
};

QString photoStateName(PhotoState state); // "ok", "missing", "unreadable"

// One photo as the catalog knows it. A value type: repositories hand these out and take them in.
struct PhotoRecord
{
    qint64 id = 0;
    QString path;
    qint64 fileSize = 0;
    qint64 fileModifiedMs = 0; // ms since the epoch, UTC
    QByteArray identityKey;    // cheap content identity (see ContentIdentity)
    QByteArray contentHash;    // full content hash, only once a collision required it
    PhotoMetadata metadata;
    QDateTime importedAt;
    qint64 importId = 0;
    PhotoState state = PhotoState::Ok;
    QString stateReason;
};
