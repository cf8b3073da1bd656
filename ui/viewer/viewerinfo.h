#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QStringList>

#include <memory>

class CatalogConnection;
class PhotoRepository;
class QModelIndex;
struct PhotoRecord;

// What the viewer's info overlay says about a photo: its name, when it was taken, with what, its
// exposure and size, and where it is in the list. Details come from the catalog, read once per
// photo, and are written the way the info panel writes them.
class ViewerInfo
{
    Q_DECLARE_TR_FUNCTIONS(ViewerInfo)

public:
    // `connection` (the GUI thread's) must outlive this.
    explicit ViewerInfo(const CatalogConnection &connection);
    ~ViewerInfo();

    // `photo` is a row with PhotoGridModel's roles; `pixels` the photo's size as displayed.
    QStringList lines(const QModelIndex &photo, QSize pixels);
    // The photo's details may have changed (an import read it again): read them anew.
    void forget();

private:
    std::unique_ptr<PhotoRepository> m_repository;
    std::unique_ptr<PhotoRecord> m_record;
};
