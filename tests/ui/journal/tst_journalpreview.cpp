// The live preview: photos come from the thumbnail service (never decoded from their files on the
// GUI thread), a tile stands in until a thumbnail is made, and a photo deleted from the catalog
// shows the clear marker.

#include "core/catalog/catalog.h"
#include "core/catalog/photosummaryrepository.h"
#include "core/journal/journalservice.h"
#include "core/journal/markdownrenderer.h"
#include "core/thumbnails/thumbnailservice.h"
#include "tests/ui/events/eventtestphotos.h"
#include "ui/journal/journalpreview.h"

#include <QImage>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QUrl>

#include <memory>

class TestJournalPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void photosComeFromThumbnails();
    void deletedPhotoShowsTheMarker();
    void filesOutsideTheCatalogAreNotRead();
    void rendersOncePerPause();
    void galleriesShowAsTables();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Catalog> m_catalog;
    std::unique_ptr<JournalService> m_journal;
    std::unique_ptr<ThumbnailService> m_thumbnails;
    QList<PhotoSummary> m_photos;
};

void TestJournalPreview::initTestCase()
{
    const QString photos = m_dir.filePath(QStringLiteral("photos"));
    const QString error = EventTestPhotos::write(photos, EventTestPhotos::twoYears());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_catalog = std::make_unique<Catalog>(m_dir.filePath(QStringLiteral("catalog.sqlite")));
    QCOMPARE(m_catalog->open(), QString());
    QVERIFY(EventTestPhotos::import(m_catalog->path(), photos));
    m_journal = std::make_unique<JournalService>(m_catalog->connection());
    ThumbnailService::Settings settings;
    settings.cacheDirectory = m_dir.filePath(QStringLiteral("thumbnails"));
    m_thumbnails = std::make_unique<ThumbnailService>(settings);
    m_photos = PhotoSummaryRepository(m_catalog->connection()).list(PhotoSummaryFilter{});
    QVERIFY(m_photos.size() >= 3);
}

void TestJournalPreview::photosComeFromThumbnails()
{
    JournalPreview preview(*m_journal, *m_thumbnails, m_catalog->connection());
    preview.resize(600, 500);
    const PhotoSummary &photo = m_photos.at(0);
    const QString markdown =
        QStringLiteral("Before\n\n![Stage](%1)\n\nAfter").arg(MarkdownRenderer::photoUrl(photo.id));
    preview.show();
    QVERIFY(QTest::qWaitForWindowExposed(&preview));
    preview.showMarkdown(markdown);
    QVERIFY(preview.toHtml().contains(QStringLiteral("<img")));
    // Images are asked for as the document is laid out.
    QTRY_VERIFY(preview.imagesServed() >= 1);
    // Nothing cached yet: a tile stands in while the service makes the thumbnail on its threads,
    // and the preview renders again once it is there.
    QTRY_VERIFY_WITH_TIMEOUT(!preview.isWaitingForThumbnails(), 10000);
    const QUrl url = QUrl::fromLocalFile(photo.path);
    const QImage image = preview.loadResource(QTextDocument::ImageResource, url).value<QImage>();
    QVERIFY(!image.isNull());
    // The test photos are 40×30: the thumbnail is never larger than the photo itself.
    QVERIFY(image.width() <= JournalPreview::kPhotoPixels);
    QCOMPARE(image.size(), QSize(40, 30));
}

void TestJournalPreview::deletedPhotoShowsTheMarker()
{
    const qint64 photoId = m_photos.at(1).id;
    QSqlQuery query(m_catalog->connection().database());
    QVERIFY(query.exec(QStringLiteral("DELETE FROM photos WHERE id = %1").arg(photoId)));

    JournalPreview preview(*m_journal, *m_thumbnails, m_catalog->connection());
    preview.showMarkdown(QStringLiteral("![Gone](%1)\n\n```gallery 987\n```\n")
                             .arg(MarkdownRenderer::photoUrl(photoId)));
    const QString text = preview.toPlainText();
    QVERIFY2(text.contains(MarkdownRenderer::missingPhotoText(photoId)), qPrintable(text));
    QVERIFY2(text.contains(MarkdownRenderer::missingGalleryText(987)), qPrintable(text));
    QVERIFY(!preview.toHtml().contains(QStringLiteral("<img")));
    // The marker stands out: the style sheet's colour, not the text's.
    QVERIFY2(preview.toHtml().contains(QStringLiteral("#b3261e")), qPrintable(preview.toHtml()));
}

void TestJournalPreview::filesOutsideTheCatalogAreNotRead()
{
    JournalPreview preview(*m_journal, *m_thumbnails, m_catalog->connection());
    const QString outside = m_dir.filePath(QStringLiteral("outside.png"));
    QImage(20, 20, QImage::Format_RGB32).save(outside);
    QVERIFY(
        preview.loadResource(QTextDocument::ImageResource, QUrl::fromLocalFile(outside)).isNull());
}

void TestJournalPreview::rendersOncePerPause()
{
    JournalPreview preview(*m_journal, *m_thumbnails, m_catalog->connection());
    preview.scheduleMarkdown(QStringLiteral("# One"));
    preview.scheduleMarkdown(QStringLiteral("# Two"));
    QVERIFY(preview.hasPendingRender());
    QCOMPARE(preview.toPlainText(), QString());
    QTRY_COMPARE(preview.toPlainText().trimmed(), QStringLiteral("Two"));
}

void TestJournalPreview::galleriesShowAsTables()
{
    const QString html = QStringLiteral(
        "<p>Before</p>\n"
        "<div class=\"corkboard-gallery\" data-gallery=\"3\">\n<ul>\n"
        "<li><img src=\"file:///a.jpg\" alt=\"A\" style=\"width:310px\"><p>Stage</p></li>\n"
        "<li><img src=\"file:///b.jpg\" alt=\"\"></li>\n"
        "<li><span class=\"corkboard-missing\">Gone</span></li>\n"
        "<li><img src=\"file:///d.jpg\" alt=\"\"></li>\n"
        "</ul>\n</div>\n<p>After</p>");
    const QString tables = JournalPreview::withGalleryTables(html, 3, 120);
    QCOMPARE(tables,
             QStringLiteral(
                 "<p>Before</p>\n"
                 "<table class=\"corkboard-gallery\" data-gallery=\"3\" cellspacing=\"6\">"
                 "<tr><td valign=\"top\"><img width=\"120\" src=\"file:///a.jpg\" alt=\"A\">"
                 "<p>Stage</p></td>"
                 "<td valign=\"top\"><img width=\"120\" src=\"file:///b.jpg\" alt=\"\"></td>"
                 "<td valign=\"top\"><span class=\"corkboard-missing\">Gone</span></td></tr>"
                 "<tr><td valign=\"top\"><img width=\"120\" src=\"file:///d.jpg\" alt=\"\"></td>"
                 "</tr></table>\n<p>After</p>"));
    // Without galleries the HTML stays as it is.
    QCOMPARE(JournalPreview::withGalleryTables(QStringLiteral("<p>x</p>"), 3, 120),
             QStringLiteral("<p>x</p>"));
}

QTEST_MAIN(TestJournalPreview)
#include "tst_journalpreview.moc"
