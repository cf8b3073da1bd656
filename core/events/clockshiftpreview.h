#pragma once

#include <QDateTime>
#include <QString>

// One photo as a camera clock correction would move it: shown before the correction is applied.
struct ClockShiftPreview
{
    qint64 photoId = 0;
    QString fileName;
    // Where the photo was taken, as wall times held in Qt::UTC (see PhotoSummary::takenLocal).
    QDateTime before;
    QDateTime after;
    // Its place among the event's photos in time order, before and after (0-based).
    int positionBefore = 0;
    int positionAfter = 0;
};
