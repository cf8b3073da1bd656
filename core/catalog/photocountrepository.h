#pragma once

#include <QList>
#include <QString>

class CatalogConnection;

struct PhotoStateCounts
{
    int ok = 0;
    int missing = 0;
    int unreadable = 0;

    int problems() const { return missing + unreadable; }
};

// The photos directly inside one folder (not those of its subfolders), whatever their state.
struct FolderPhotoCount
{
    QString folderPath; // cleaned, without a trailing separator except for a root ("/", "C:/")
    int count = 0;
};

// Counts for the sidebar: a query each, computed by SQLite without handing out the photos.
class PhotoCountRepository
{
public:
    explicit PhotoCountRepository(const CatalogConnection &connection);

    PhotoStateCounts countsByState() const;
    // Every folder that directly holds a photo, ordered by path.
    QList<FolderPhotoCount> countsByFolder() const;

    QString lastError() const { return m_lastError; }

private:
    const CatalogConnection &m_connection;
    mutable QString m_lastError;
};
