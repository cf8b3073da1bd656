#include "core/catalog/photocountrepository.h"

#include "core/catalog/catalogconnection.h"

#include <QDir>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

PhotoCountRepository::PhotoCountRepository(const CatalogConnection &connection)
    : m_connection(connection)
{}

PhotoStateCounts PhotoCountRepository::countsByState() const
{
    // count(*) reads the smallest index; the problems come from the partial index on them
    // (migration 2), so neither query walks the table.
    PhotoStateCounts counts;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM photos")) || !query.next()) {
        m_lastError = query.lastError().text();
        return counts;
    }
    int total = query.value(0).toInt();
    if (!query.exec(
            QStringLiteral("SELECT state, count(*) FROM photos WHERE state <> 0 GROUP BY state"))) {
        m_lastError = query.lastError().text();
        return counts;
    }
    while (query.next()) {
        const int count = query.value(1).toInt();
        total -= count;
        if (query.value(0).toInt() == 1)
            counts.missing = count;
        else
            counts.unreadable = count;
    }
    counts.ok = total;
    return counts;
}

QList<FolderPhotoCount> PhotoCountRepository::countsByFolder() const
{
    // SQLite has no "last index of" to cut the file name off in the query (the rtrim() trick
    // costs 4 us a row), so the paths come out of the index on path, in order, and are grouped
    // here. In path order a folder's own files mostly follow one another: the hash is only asked
    // when the folder changes.
    QList<FolderPhotoCount> folders;
    QSqlQuery query(m_connection.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT path FROM photos ORDER BY path"))) {
        m_lastError = query.lastError().text();
        return folders;
    }
    QHash<QString, qsizetype> indexOfFolder;
    QString current;
    qsizetype currentIndex = -1;
    while (query.next()) {
        const QString path = query.value(0).toString();
        const QStringView folder = QStringView(path).left(path.lastIndexOf(QLatin1Char('/')) + 1);
        if (currentIndex < 0 || folder != current) {
            current = folder.toString();
            const auto found = indexOfFolder.constFind(current);
            if (found != indexOfFolder.cend()) {
                currentIndex = *found;
            } else {
                currentIndex = folders.size();
                indexOfFolder.insert(current, currentIndex);
                folders.append({current, 0});
            }
        }
        ++folders[currentIndex].count;
    }
    // "/a/" to "/a", "/" and "C:/" stay as they are.
    for (FolderPhotoCount &folder : folders)
        folder.folderPath = QDir::cleanPath(folder.folderPath);
    std::sort(folders.begin(), folders.end(),
              [](const auto &a, const auto &b) { return a.folderPath < b.folderPath; });
    return folders;
}
