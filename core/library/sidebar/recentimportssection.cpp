#include "core/library/sidebar/recentimportssection.h"

#include "core/catalog/importhistoryrepository.h"

#include <QDir>
#include <QLocale>
#include <QRegularExpression>

namespace {

// The locale's long date without the weekday and with the short month name: "24 Nov 2026" in
// en_GB, "Nov 24, 2026" in en_US, "24. Nov. 2026" in de. Qt has no medium format; the short one
// ("24/11/2026") reads poorly in a list of dates, the long one is too wide for a sidebar.
QString mediumDateFormat(const QLocale &locale)
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

} // namespace

RecentImportsSection::RecentImportsSection(const CatalogConnection &connection, QObject *parent)
    : SidebarSection(parent)
    , m_connection(connection)
{}

QString RecentImportsSection::title() const
{
    return tr("Recent imports");
}

QString RecentImportsSection::importTitle(const QDateTime &startedAt, const QLocale &locale)
{
    const QDateTime local = startedAt.toLocalTime();
    //: An import in the sidebar: its date, then the time it started.
    return tr("%1, %2").arg(locale.toString(local.date(), mediumDateFormat(locale)),
                            locale.toString(local.time(), QLocale::ShortFormat));
}

QList<SidebarEntry> RecentImportsSection::loadEntries() const
{
    const QLocale locale;
    QList<SidebarEntry> entries;
    for (const ImportPhotoCount &import :
         ImportHistoryRepository(m_connection).recentWithPhotos(kShown)) {
        SidebarEntry entry;
        entry.title = importTitle(import.import.startedAt, locale);
        entry.iconName = QStringLiteral("document-import");
        QStringList roots;
        for (const QString &root : import.import.roots)
            roots.append(QDir::toNativeSeparators(root));
        entry.toolTip = roots.join(QLatin1Char('\n'));
        entry.source = PhotoSource::import(import.import.id);
        entry.count = import.photoCount;
        entries.append(entry);
    }
    return entries;
}
