#include "core/import/filescanner.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

void touch(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("x");
}

QStringList names(const ScanResult &result, const QString &root)
{
    QStringList list;
    for (const ScannedFile &file : result.files)
        list.append(QDir(root).relativeFilePath(file.path));
    list.sort();
    return list;
}

} // namespace

class TestFileScanner : public QObject
{
    Q_OBJECT

private slots:
    void walksFoldersRecursivelySkippingHiddenAndSidecars();
    void rootInsideHiddenFolderStillScans();
    void filesAndMissingPaths();
    void cancelStops();
};

void TestFileScanner::walksFoldersRecursivelySkippingHiddenAndSidecars()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    touch(root + QStringLiteral("/a.jpg"));
    touch(root + QStringLiteral("/a.jpg.xmp"));
    touch(root + QStringLiteral("/Día 2/b c.JPG"));
    touch(root + QStringLiteral("/Día 2/deep/er/c.heic"));
    touch(root + QStringLiteral("/.thumbnails/t.jpg"));
    touch(root + QStringLiteral("/.hidden.jpg"));
    touch(root + QStringLiteral("/notes.txt"));
    const std::atomic_bool cancelled = false;
    const ScanResult result = FileScanner::scan({root}, cancelled);
    QCOMPARE(names(result, root),
             QStringList({QStringLiteral("Día 2/b c.JPG"), QStringLiteral("Día 2/deep/er/c.heic"),
                          QStringLiteral("a.jpg"), QStringLiteral("notes.txt")}));
    QCOMPARE(result.folders, QStringList{QDir::cleanPath(root)});
    QVERIFY(result.problems.isEmpty());
    QCOMPARE(result.files.first().size, 1);
}

void TestFileScanner::rootInsideHiddenFolderStillScans()
{
    QTemporaryDir dir;
    const QString root = dir.path() + QStringLiteral("/.local/photos");
    touch(root + QStringLiteral("/a.jpg"));
    const std::atomic_bool cancelled = false;
    QCOMPARE(FileScanner::scan({root}, cancelled).files.size(), 1);
}

void TestFileScanner::filesAndMissingPaths()
{
    QTemporaryDir dir;
    touch(dir.filePath(QStringLiteral("x.jpg")));
    const std::atomic_bool cancelled = false;
    const ScanResult result = FileScanner::scan({dir.filePath(QStringLiteral("x.jpg")),
                                                 dir.filePath(QStringLiteral("x.jpg")),
                                                 dir.filePath(QStringLiteral("nope.jpg"))},
                                                cancelled);
    QCOMPARE(result.files.size(), 1); // named twice, scanned once
    QVERIFY(result.folders.isEmpty());
    QCOMPARE(result.problems.size(), 1);
    QVERIFY(result.problems.first().path.endsWith(QLatin1String("nope.jpg")));
}

void TestFileScanner::cancelStops()
{
    QTemporaryDir dir;
    for (int i = 0; i < 20; ++i)
        touch(dir.filePath(QStringLiteral("%1.jpg").arg(i)));
    const std::atomic_bool cancelled = true;
    const ScanResult result = FileScanner::scan({dir.path()}, cancelled);
    QVERIFY(result.cancelled);
    QVERIFY(result.files.isEmpty());
}

QTEST_GUILESS_MAIN(TestFileScanner)
#include "tst_filescanner.moc"
