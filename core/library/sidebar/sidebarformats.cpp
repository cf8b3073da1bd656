#include "core/library/sidebar/sidebarformats.h"

#include <QLocale>

// Plain string edits rather than QRegularExpression: these run for every event on every reload,
// and a pattern used that often is JIT-compiled, which valgrind cannot follow
// (tst_mainwindow_memcheck).
namespace SidebarFormats {

QString mediumDate(const QLocale &locale)
{
    QString format = locale.dateFormat(QLocale::LongFormat);
    const QLatin1String weekday("dddd");
    // "dddd, d MMMM yyyy", "dddd d. MMMM yyyy": the weekday, its punctuation and the space after.
    if (format.startsWith(weekday)) {
        qsizetype end = weekday.size();
        if (end < format.size() &&
            (format.at(end) == QLatin1Char(',') || format.at(end) == QLatin1Char('.')))
            ++end;
        while (end < format.size() && format.at(end).isSpace())
            ++end;
        format.remove(0, end);
    }
    // "d MMMM yyyy, dddd": the weekday at the end, and what separates it.
    if (format.endsWith(weekday)) {
        qsizetype start = format.size() - weekday.size();
        while (start > 0 &&
               (format.at(start - 1) == QLatin1Char(',') || format.at(start - 1).isSpace()))
            --start;
        format.truncate(start);
    }
    format.replace(QLatin1String("dddd"), QLatin1String("ddd"));
    format.replace(QLatin1String("MMMM"), QLatin1String("MMM"));
    return format;
}

QString shortTime(const QLocale &locale)
{
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    format.remove(QLatin1String(".ss"));
    return format;
}

} // namespace SidebarFormats
