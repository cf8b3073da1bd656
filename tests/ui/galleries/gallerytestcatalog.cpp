#include "tests/ui/galleries/gallerytestcatalog.h"

#include "core/catalog/photorepository.h"
#include "core/galleries/galleryeditcommand.h"
#include "tests/support/testphotofactory.h"

GalleryTestCatalog::GalleryTestCatalog(int photoCount)
{
    m_catalog = std::make_unique<Catalog>(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    m_error = m_catalog->open();
    if (!m_error.isEmpty())
        return;
    m_service = std::make_unique<GalleryService>(m_catalog->connection());
    ThumbnailService::Settings settings;
    settings.cacheDirectory = m_dir.filePath(QStringLiteral("thumbnails"));
    settings.threadCount = 1;
    m_thumbnails = std::make_unique<ThumbnailService>(settings);
    PhotoRepository photos(m_catalog->connection());
    for (int i = 0; i < photoCount; ++i) {
        // Landscape, portrait and square in turn.
        const int shape = i % 3;
        TestPhotoSpec spec;
        spec.size = shape == 0 ? QSize(160, 120) : shape == 1 ? QSize(90, 120) : QSize(120, 120);
        spec.color = QColor::fromHsv((i * 47) % 360, 160, 200);
        spec.seed = i;
        const QString path = m_dir.filePath(QStringLiteral("photo_%1.jpg").arg(i));
        m_error = TestPhotoFactory::write(path, spec);
        if (!m_error.isEmpty())
            return;
        PhotoRecord record;
        record.path = path;
        record.fileSize = 1000;
        record.identityKey = QStringLiteral("photo_%1").arg(i).toUtf8();
        record.importedAt = QDateTime::currentDateTimeUtc();
        record.metadata.width = spec.size.width();
        record.metadata.height = spec.size.height();
        record.metadata.orientation = 1;
        const qint64 id = photos.insert(record);
        if (id == 0) {
            m_error = photos.lastError();
            return;
        }
        m_photos.append(id);
    }
}

qint64 GalleryTestCatalog::newGallery(int count, GalleryStyle style)
{
    const GalleryEdit edit =
        m_service->createFromPhotos(m_photos.mid(0, count), QStringLiteral("Test"), 0, style);
    if (edit.isEmpty())
        return 0;
    m_undoStack.push(new GalleryEditCommand(*m_service, edit));
    return edit.focusGalleryId;
}
