#pragma once

#include "core/events/timeresolver.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <functional>

class CatalogConnection;

// Writes each photo's place on the one timeline (photos.taken_instant_ms, instant_offset_s,
// offset_source) from what the catalog knows of it: its wall time and offsets, its clock
// correction and its event's time zone (TimeResolver decides). Runs inside the caller's
// transaction; rows that do not change are not written.
class TimelineUpdater
{
public:
    TimelineUpdater(const CatalogConnection &connection, const QTimeZone &systemZone);

    // These photos, or every photo when the list is empty. False on a database error.
    bool update(const QList<qint64> &photoIds = {});

    // Where these photos would land with this clock correction instead of their own, without
    // writing anything: the preview of a correction. Photos without a time are left out.
    QHash<qint64, ResolvedTime> preview(const QList<qint64> &photoIds, qint64 clockShiftSeconds);

    int photosChanged() const { return m_changed; }
    QString lastError() const { return m_lastError; }

private:
    struct Row;
    // Reads the facts of these photos (every photo when empty) and hands each to visit(); false on
    // a database error.
    bool forEachPhoto(const QList<qint64> &photoIds, const std::function<bool(const Row &)> &visit);

    const CatalogConnection &m_connection;
    QTimeZone m_systemZone;
    int m_changed = 0;
    QString m_lastError;
};
