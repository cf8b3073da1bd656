#include "core/library/sidebar/sidebarformats.h"

#include <QLocale>
#include <QRegularExpression>

namespace SidebarFormats {

QString mediumDate(const QLocale &locale)
{
    static const QRegularExpression leadingWeekday(QStringLiteral("^dddd[,.]?\\s*"));
    static const QRegularExpression trailingWeekday(QStringLiteral("[,\\s]*dddd$"));
    QString format = locale.dateFormat(QLocale::LongFormat);
    format.remove(leadingWeekday);
    format.remove(trailingWeekday);
    format.replace(QLatin1String("dddd"), QLatin1String("ddd"));
    format.replace(QLatin1String("MMMM"), QLatin1String("MMM"));
    return format;
}

QString shortTime(const QLocale &locale)
{
    static const QRegularExpression seconds(QStringLiteral("[:.]ss"));
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(seconds);
    return format;
}

} // namespace SidebarFormats
