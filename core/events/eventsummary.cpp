#include "core/events/eventsummary.h"

QDateTime EventSummary::firstLocalTime() const
{
    if (!hasDates())
        return {};
    return QDateTime::fromMSecsSinceEpoch(firstInstantMs + qint64(firstOffsetSeconds) * 1000,
                                          Qt::UTC);
}

QDateTime EventSummary::lastLocalTime() const
{
    if (!hasDates())
        return {};
    return QDateTime::fromMSecsSinceEpoch(lastInstantMs + qint64(lastOffsetSeconds) * 1000,
                                          Qt::UTC);
}
