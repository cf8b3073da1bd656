#include "core/metadata/takentime.h"

#include <QRegularExpression>

QString TakenTime::wallTimeString() const
{
    if (!isValid())
        return {};
    return date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('T')
           + time.toString(QStringLiteral("HH:mm:ss"));
}

QString TakenTime::sortableWallTimeString() const
{
    if (!isValid())
        return {};
    return date.toString(QStringLiteral("yyyy-MM-dd")) + QLatin1Char('T')
           + time.toString(QStringLiteral("HH:mm:ss.zzz"));
}

QString TakenTime::offsetString() const
{
    if (!utcOffsetSeconds)
        return {};
    const int total = *utcOffsetSeconds;
    const int minutes = (total < 0 ? -total : total) / 60;
    return QStringLiteral("%1%2:%3")
        .arg(total < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

std::optional<TakenTime> TakenTime::fromSortableString(const QString &wallTime,
                                                       std::optional<int> offsetSeconds,
                                                       const QString &sourceTag)
{
    if (wallTime.size() < 19)
        return std::nullopt;
    TakenTime taken;
    taken.date = QDate::fromString(wallTime.left(10), QStringLiteral("yyyy-MM-dd"));
    const QString timePart = wallTime.mid(11);
    taken.time = QTime::fromString(timePart, timePart.size() > 8 ? QStringLiteral("HH:mm:ss.zzz")
                                                                  : QStringLiteral("HH:mm:ss"));
    taken.utcOffsetSeconds = offsetSeconds;
    taken.sourceTag = sourceTag;
    if (!taken.isValid())
        return std::nullopt;
    return taken;
}

std::optional<int> TakenTime::parseOffset(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    if (trimmed == QLatin1String("Z"))
        return 0;
    static const QRegularExpression pattern(QStringLiteral("^([+-])(\\d{2}):?(\\d{2})$"));
    const auto match = pattern.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const int hours = match.capturedView(2).toInt();
    const int minutes = match.capturedView(3).toInt();
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    const int seconds = hours * 3600 + minutes * 60;
    return match.capturedView(1) == QLatin1String("-") ? -seconds : seconds;
}
