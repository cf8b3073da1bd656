#include "core/library/sidebar/recentimportssection.h"

#include "core/catalog/importhistoryrepository.h"
#include "core/library/sidebar/sidebarformats.h"

#include <QDir>
#include <QLocale>

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
    return tr("%1, %2").arg(locale.toString(local.date(), SidebarFormats::mediumDate(locale)),
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
