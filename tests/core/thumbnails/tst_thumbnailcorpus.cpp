#include "core/thumbnails/thumbnailservice.h"
#include "tests/support/corpus.h"

#include <QDir>
#include <QHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// Every photo of the shared corpus through the real service: each gets a thumbnail or a clear
// reason, and every file of corpus/bad gives a reason or an image, without a crash or a hang.
class TestThumbnailCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyFileGetsAThumbnailOrAReason_data();
    void everyFileGetsAThumbnailOrAReason();

private:
    struct Outcome
    {
        QImage image;
        QString reason;
    };
    QHash<QString, Outcome> m_outcomes; // by path relative to the corpus
};

void TestThumbnailCorpus::initTestCase()
{
    if (Corpus::directory().isEmpty())
        QSKIP(qPrintable(Corpus::unavailableReason()));
    QTemporaryDir cache;
    ThumbnailService::Settings settings;
    settings.cacheDirectory = cache.path();
    settings.threadCount = 2;
    ThumbnailService service(settings);
    QSignalSpy ready(&service, &ThumbnailService::thumbnailReady);
    QSignalSpy failed(&service, &ThumbnailService::thumbnailFailed);

    const QDir corpus(Corpus::directory());
    QHash<qint64, ThumbnailRequest> requests;
    QHash<qint64, QString> names;
    for (const QString &folder : {QStringLiteral("photos"), QStringLiteral("bad")}) {
        const QDir dir(corpus.filePath(folder));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name)) {
            ThumbnailRequest request;
            request.photoId = requests.size() + 1;
            request.path = dir.filePath(name);
            // A stand-in identity, one per file: these tests check decoding, not the catalog.
            request.identityKey = QByteArray::number(request.photoId).rightJustified(16, '0');
            request.pixelSize = 256;
            requests.insert(request.photoId, request);
            names.insert(request.photoId, folder + QLatin1Char('/') + name);
            service.thumbnail(request);
        }
    }
    QVERIFY(!requests.isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(ready.count() + failed.count(), requests.size(), 60000);
    for (const QList<QVariant> &signal : std::as_const(ready)) {
        const qint64 id = signal.at(0).toLongLong();
        m_outcomes.insert(names.value(id), Outcome{service.thumbnail(requests.value(id)), {}});
    }
    for (const QList<QVariant> &signal : std::as_const(failed)) {
        const qint64 id = signal.at(0).toLongLong();
        QCOMPARE(service.failure(id), std::optional<QString>(signal.at(1).toString()));
        m_outcomes.insert(names.value(id), Outcome{{}, signal.at(1).toString()});
    }
}

void TestThumbnailCorpus::everyFileGetsAThumbnailOrAReason_data()
{
    QTest::addColumn<QString>("name");
    QStringList names = m_outcomes.keys();
    names.sort();
    for (const QString &name : names)
        QTest::newRow(name.toUtf8().constData()) << name;
}

void TestThumbnailCorpus::everyFileGetsAThumbnailOrAReason()
{
    QFETCH(QString, name);
    const Outcome outcome = m_outcomes.value(name);
    if (!outcome.image.isNull()) {
        QVERIFY(outcome.reason.isEmpty());
        const QSize size = outcome.image.size();
        QVERIFY2(size.width() <= 256 && size.height() <= 256 && !size.isEmpty(),
                 qPrintable(QStringLiteral("%1x%2").arg(size.width()).arg(size.height())));
        return;
    }
    // A reason a person can read: words, not an empty string or a code.
    QVERIFY2(outcome.reason.size() >= 10 && outcome.reason.contains(QLatin1Char(' ')),
             qPrintable(outcome.reason));
    if (name.startsWith(QLatin1String("photos/")))
        qInfo("%s: %s", qPrintable(name), qPrintable(outcome.reason));
}

QTEST_GUILESS_MAIN(TestThumbnailCorpus)
#include "tst_thumbnailcorpus.moc"
