#include "ui/viewer/photoviewport.h"

#include <QTest>

class TestPhotoViewport : public QObject
{
    Q_OBJECT

private slots:
    void fitZoom_data();
    void fitZoom();
    void fittedPhotoIsCentred();
    void zoomKeepsThePointUnderTheAnchor();
    void zoomingToOrBelowFitFits();
    void zoomStopsAtTheMaximum();
    void panStopsAtThePhotoEdges();
    void narrowPhotoStaysCentredAcross();
    void hundredPercentIsOneDevicePixelPerPhotoPixel();
};

void TestPhotoViewport::fitZoom_data()
{
    QTest::addColumn<QSize>("photo");
    QTest::addColumn<QSizeF>("view");
    QTest::addColumn<qreal>("devicePixelRatio");
    QTest::addColumn<double>("expected");
    QTest::newRow("landscape, width bound")
        << QSize(4000, 2000) << QSizeF(1000, 800) << 1.0 << 0.25;
    QTest::newRow("portrait, height bound") << QSize(3000, 4000) << QSizeF(1000, 800) << 1.0 << 0.2;
    QTest::newRow("small photo is not enlarged")
        << QSize(400, 300) << QSizeF(1000, 800) << 1.0 << 1.0;
    QTest::newRow("HiDPI counts device pixels")
        << QSize(4000, 2000) << QSizeF(1000, 800) << 2.0 << 0.5;
    QTest::newRow("unknown size") << QSize() << QSizeF(1000, 800) << 1.0 << 1.0;
}

void TestPhotoViewport::fitZoom()
{
    QFETCH(QSize, photo);
    QFETCH(QSizeF, view);
    QFETCH(qreal, devicePixelRatio);
    QFETCH(double, expected);
    PhotoViewport viewport;
    viewport.setViewSize(view, devicePixelRatio);
    viewport.setPhotoSize(photo);
    QVERIFY(viewport.isFitted());
    QCOMPARE(viewport.fitZoom(), expected);
    QCOMPARE(viewport.zoom(), expected);
    QVERIFY(!viewport.canPan());
}

void TestPhotoViewport::fittedPhotoIsCentred()
{
    PhotoViewport viewport;
    viewport.setViewSize(QSizeF(1000, 800), 1.0);
    viewport.setPhotoSize(QSize(4000, 2000));
    QCOMPARE(viewport.photoRect(), QRectF(0, 150, 1000, 500));
    // A resized view refits.
    viewport.setViewSize(QSizeF(500, 800), 1.0);
    QCOMPARE(viewport.photoRect(), QRectF(0, 275, 500, 250));
}

void TestPhotoViewport::zoomKeepsThePointUnderTheAnchor()
{
    PhotoViewport viewport;
    viewport.setViewSize(QSizeF(1000, 800), 1.0);
    viewport.setPhotoSize(QSize(4000, 2000));
    const QPointF anchor(700, 300);
    const QRectF before = viewport.photoRect();
    const QPointF photoPoint = (anchor - before.topLeft()) / viewport.zoom(); // (2800, 600)
    viewport.zoomTo(1.0, anchor);
    QVERIFY(!viewport.isFitted());
    QCOMPARE(viewport.zoom(), 1.0);
    const QRectF after = viewport.photoRect();
    QCOMPARE(after.size(), QSizeF(4000, 2000));
    QCOMPARE(after.topLeft() + photoPoint, anchor);
    QVERIFY(viewport.canPan());
}

void TestPhotoViewport::zoomingToOrBelowFitFits()
{
    PhotoViewport viewport;
    viewport.setViewSize(QSizeF(1000, 800), 1.0);
    viewport.setPhotoSize(QSize(4000, 2000));
    viewport.zoomTo(1.0, viewport.viewCenter());
    viewport.zoomTo(0.1, viewport.viewCenter());
    QVERIFY(viewport.isFitted());
    QCOMPARE(viewport.zoom(), 0.25);
    viewport.zoomTo(2.0, viewport.viewCenter());
    viewport.fit();
    QVERIFY(viewport.isFitted());
    QCOMPARE(viewport.photoRect(), QRectF(0, 150, 1000, 500));
}

void TestPhotoViewport::zoomStopsAtTheMaximum()
{
    PhotoViewport viewport;
    viewport.setViewSize(QSizeF(1000, 800), 1.0);
    viewport.setPhotoSize(QSize(4000, 2000));
    viewport.zoomTo(1000.0, viewport.viewCenter());
    QCOMPARE(viewport.zoom(), PhotoViewport::MaximumZoom);
}

void TestPhotoViewport::panStopsAtThePhotoEdges()
{
    PhotoViewport viewport;
    viewport.setViewSize(QSizeF(1000, 800), 1.0);
    viewport.setPhotoSize(QSize(4000, 2000));
    viewport.zoomTo(1.0, viewport.viewCenter());
    viewport.panBy(QPointF(100000, 100000)); // far to the right and down: the top-left corner
    QCOMPARE(viewport.photoRect().topLeft(), QPointF(0, 0));
    viewport.panBy(QPointF(-100000, -100000));
    QCOMPARE(viewport.photoRect().bottomRight(), QPointF(1000, 800));
    viewport.panBy(QPointF(30, 20));
    QCOMPARE(viewport.photoRect().bottomRight(), QPointF(1030, 820));
}

void TestPhotoViewport::narrowPhotoStaysCentredAcross()
{
    PhotoViewport viewport;
    viewport.setViewSize(QSizeF(1000, 800), 1.0);
    viewport.setPhotoSize(QSize(600, 3000)); // at 100%: narrower than the view, much taller
    viewport.zoomTo(1.0, QPointF(900, 100));
    QCOMPARE(viewport.photoRect().left(), 200.0);
    viewport.panBy(QPointF(300, -400));
    QCOMPARE(viewport.photoRect().left(), 200.0); // no sideways pan into the black
    QVERIFY(viewport.photoRect().top() <= 0);
}

void TestPhotoViewport::hundredPercentIsOneDevicePixelPerPhotoPixel()
{
    PhotoViewport viewport;
    viewport.setViewSize(QSizeF(1000, 800), 2.0);
    viewport.setPhotoSize(QSize(4001, 3001));
    viewport.zoomTo(1.0, QPointF(333.3, 444.4));
    const QRectF rect = viewport.photoRect();
    QCOMPARE(rect.size(), QSizeF(2000.5, 1500.5)); // logical pixels: half the photo's
    // Whole device pixels, so nothing is resampled at 100%.
    QCOMPARE(rect.left() * 2, std::round(rect.left() * 2));
    QCOMPARE(rect.top() * 2, std::round(rect.top() * 2));
}

QTEST_GUILESS_MAIN(TestPhotoViewport)
#include "tst_photoviewport.moc"
