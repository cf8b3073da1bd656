#pragma once

#include <QHash>
#include <QImage>
#include <QSet>
#include <QTextBrowser>
#include <QTimer>

class CatalogConnection;
class JournalService;
class ThumbnailService;

// The live preview of an entry's body: JournalService::renderHtml() (photos and galleries
// resolved, markers for what is gone), with the photos served from the ThumbnailService rather
// than read from their files. A 12-megapixel original decoded on the GUI thread at every
// keystroke would stall the typing; a thumbnail comes from memory at once, or is made on the
// service's threads while a plain tile stands in, and the preview shows it once it is ready.
// Links open in the system browser; photo files are not opened from here.
class JournalPreview : public QTextBrowser
{
    Q_OBJECT

public:
    // The longest edge of the photos the preview asks for, in device pixels: sharp in a preview
    // column, and a size the thumbnail cache keeps anyway.
    static constexpr int kPhotoPixels = 512;
    static constexpr int kDelayMs = 250; // after the last keystroke
    static constexpr int kGalleryColumns = 3;

    JournalPreview(const JournalService &journal, ThumbnailService &thumbnails,
                   const CatalogConnection &connection, QWidget *parent = nullptr);

    // Renders this body a moment from now (typing goes on: one render per pause).
    void scheduleMarkdown(const QString &markdown);
    // Renders it now.
    void showMarkdown(const QString &markdown);
    bool hasPendingRender() const { return m_delay.isActive(); }
    // The photos shown, by their file's URL, and those still waiting for a thumbnail.
    int imagesServed() const { return m_served; }
    bool isWaitingForThumbnails() const { return !m_waiting.isEmpty(); }

    QVariant loadResource(int type, const QUrl &name) override;

    // A gallery as JournalService renders it is a list of its notes, one under the other: in a
    // preview column that is a long scroll of large photos. This lays each gallery out as a table
    // of `columns` notes a row, its photos `photoWidth` pixels wide, the captions below them.
    static QString withGalleryTables(const QString &html, int columns, int photoWidth);

private:
    struct PhotoRef
    {
        qint64 photoId = 0;
        QString path;
        QByteArray identityKey;
        int orientation = 1;
        QSize displaySize;
    };

    void render();
    void onThumbnailReady(qint64 photoId);
    const PhotoRef *photoAt(const QString &path);
    QImage fitted(const QImage &image) const;

    const JournalService &m_journal;
    ThumbnailService &m_thumbnails;
    const CatalogConnection &m_connection;
    QString m_markdown;
    QTimer m_delay;
    QTimer m_refresh;                  // thumbnails arrive in bursts: one re-render for a burst
    QHash<QString, PhotoRef> m_photos; // by path; read once per photo, not per render
    QSet<qint64> m_waiting;
    int m_served = 0;
};
