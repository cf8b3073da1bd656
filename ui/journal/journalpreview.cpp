#include "ui/journal/journalpreview.h"

#include "core/catalog/photorepository.h"
#include "core/journal/journalservice.h"
#include "core/thumbnails/thumbnailservice.h"

#include <QPainter>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextDocument>
#include <QTransform>
#include <QUrl>

#include <cmath>

JournalPreview::JournalPreview(const JournalService &journal, ThumbnailService &thumbnails,
                               const CatalogConnection &connection, QWidget *parent)
    : QTextBrowser(parent)
    , m_journal(journal)
    , m_thumbnails(thumbnails)
    , m_connection(connection)
{
    setAccessibleName(tr("Preview"));
    setOpenExternalLinks(true);
    setOpenLinks(false);
    // The markers for deleted photos and galleries must stand out from the text around them.
    document()->setDefaultStyleSheet(QStringLiteral(
        ".corkboard-missing { color: #b3261e; background-color: #fde7e5; font-weight: bold; }"
        "img { margin: 4px; }"
        "pre, code { font-family: monospace; }"));
    m_delay.setSingleShot(true);
    m_delay.setInterval(kDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &JournalPreview::render);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(50);
    connect(&m_refresh, &QTimer::timeout, this, &JournalPreview::render);
    connect(&thumbnails, &ThumbnailService::thumbnailReady, this,
            &JournalPreview::onThumbnailReady);
    connect(&thumbnails, &ThumbnailService::thumbnailFailed, this,
            [this](qint64 photoId) { m_waiting.remove(photoId); });
}

void JournalPreview::scheduleMarkdown(const QString &markdown)
{
    m_markdown = markdown;
    m_delay.start();
}

void JournalPreview::showMarkdown(const QString &markdown)
{
    m_markdown = markdown;
    render();
}

void JournalPreview::render()
{
    m_delay.stop();
    m_refresh.stop();
    m_waiting.clear();
    // Keep the reader's place: a render replaces the whole document.
    const int scroll = verticalScrollBar()->value();
    // The document caches images by URL: clear it so that a thumbnail made meanwhile replaces
    // the tile that stood in for it.
    document()->clear();
    const int width = viewport()->width() - 2 * int(document()->documentMargin()) - 24;
    setHtml(withGalleryTables(m_journal.renderHtml(m_markdown), kGalleryColumns,
                              qMax(48, width / kGalleryColumns - 12)));
    verticalScrollBar()->setValue(scroll);
}

void JournalPreview::onThumbnailReady(qint64 photoId)
{
    if (m_waiting.contains(photoId))
        m_refresh.start();
}

QString JournalPreview::withGalleryTables(const QString &html, int columns, int photoWidth)
{
    static const QRegularExpression gallery(
        QStringLiteral("<div class=\"corkboard-gallery\"([^>]*)>\\s*<ul>(.*?)</ul>\\s*</div>"),
        QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression note(QStringLiteral("<li>(.*?)</li>"),
                                         QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression imageStyle(QStringLiteral("(<img [^>]*?)\\s*style=\"[^\"]*\""));
    QString result;
    qsizetype last = 0;
    for (auto it = gallery.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(html).mid(last, match.capturedStart() - last);
        last = match.capturedEnd();
        QString table = QStringLiteral("<table class=\"corkboard-gallery\"%1 cellspacing=\"6\">")
                            .arg(match.captured(1));
        int column = 0;
        for (auto notes = note.globalMatch(match.captured(2)); notes.hasNext();) {
            QString cell = notes.next().captured(1);
            // The width the board gave a note is for the board; here every photo is as wide.
            cell.replace(imageStyle, QStringLiteral("\\1"));
            cell.replace(QStringLiteral("<img "),
                         QStringLiteral("<img width=\"%1\" ").arg(photoWidth));
            if (column == 0)
                table += QStringLiteral("<tr>");
            table += QStringLiteral("<td valign=\"top\">%1</td>").arg(cell);
            if (++column == columns) {
                table += QStringLiteral("</tr>");
                column = 0;
            }
        }
        if (column != 0)
            table += QStringLiteral("</tr>");
        table += QStringLiteral("</table>");
        result += table;
    }
    result += QStringView(html).mid(last);
    return result;
}

const JournalPreview::PhotoRef *JournalPreview::photoAt(const QString &path)
{
    auto it = m_photos.constFind(path);
    if (it == m_photos.constEnd()) {
        PhotoRef ref;
        if (const std::optional<PhotoRecord> photo = PhotoRepository(m_connection).findByPath(path);
            photo && photo->state == PhotoState::Ok) {
            ref.photoId = photo->id;
            ref.path = photo->path;
            ref.identityKey = photo->identityKey;
            ref.orientation = photo->metadata.orientation.value_or(1);
            QSize size(photo->metadata.width.value_or(4), photo->metadata.height.value_or(3));
            if (ref.orientation >= 5)
                size.transpose();
            ref.displaySize = size;
        }
        it = m_photos.insert(path, ref);
    }
    return it->photoId ? &it.value() : nullptr;
}

QImage JournalPreview::fitted(const QImage &image) const
{
    // No wider than the column, so a photo never scrolls the preview sideways.
    const int width = qMax(64, viewport()->width() - 2 * int(document()->documentMargin()) - 12);
    if (image.width() <= width)
        return image;
    return image.scaledToWidth(width, Qt::SmoothTransformation);
}

QVariant JournalPreview::loadResource(int type, const QUrl &name)
{
    if (type != QTextDocument::ImageResource || !name.isLocalFile())
        return QTextBrowser::loadResource(type, name);
    const PhotoRef *photo = photoAt(name.toLocalFile());
    if (!photo)
        return {}; // not a catalog photo: never read a file the catalog does not know
    ThumbnailRequest request;
    request.photoId = photo->photoId;
    request.path = photo->path;
    request.identityKey = photo->identityKey;
    request.orientation = photo->orientation;
    request.pixelSize = kPhotoPixels;
    const QImage image = m_thumbnails.thumbnail(request);
    ++m_served;
    if (!image.isNull())
        return fitted(image);
    // A plain tile of the photo's shape until its thumbnail is made.
    m_waiting.insert(photo->photoId);
    QSize tile =
        photo->displaySize.scaled(QSize(kPhotoPixels / 2, kPhotoPixels / 2), Qt::KeepAspectRatio);
    if (tile.isEmpty())
        tile = QSize(kPhotoPixels / 2, kPhotoPixels * 3 / 8);
    QImage placeholder(tile, QImage::Format_RGB32);
    placeholder.fill(palette().color(QPalette::Mid));
    return placeholder;
}
