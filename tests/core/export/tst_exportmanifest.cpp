#include "core/export/exportmanifest.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// The record of what an export made: read back as written, trusted only for files still as they
// were written, never for a path outside the folder, and replaced when a file is made again.
class TestExportManifest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void filesChangedSinceAreNotTrusted();
    void damagedManifestsAreEmpty_data();
    void damagedManifestsAreEmpty();
    void pathsOutsideTheFolderAreIgnored();
    void aFileMadeAgainReplacesItsRecords();
    void sourcePathsAreNotPublished();

private:
    ExportManifestFile writeFile(const QString &relativePath, int sizeBound,
                                 const QByteArray &bytes = "pixels");

    std::unique_ptr<QTemporaryDir> m_dir;
    ExportPhoto m_photo;
    ExportOptions m_options;
};

void TestExportManifest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("images")));
    m_photo = ExportPhoto();
    m_photo.id = 3;
    m_photo.path = QStringLiteral("/photos/IMG_1.JPG");
    m_photo.fileSize = 1234;
    m_photo.fileModifiedMs = 1558426201000;
    m_photo.orientation = 6;
    m_options = ExportOptions();
}

ExportManifestFile TestExportManifest::writeFile(const QString &relativePath, int sizeBound,
                                                 const QByteArray &bytes)
{
    QFile file(QDir(m_dir->path()).filePath(relativePath));
    [&] { QVERIFY(file.open(QIODevice::WriteOnly)); }();
    file.write(bytes);
    ExportManifestFile made;
    made.relativePath = relativePath;
    made.width = sizeBound;
    made.height = sizeBound * 3 / 4;
    made.bytes = bytes.size();
    made.fingerprint = ExportManifest::fingerprint(m_photo, sizeBound, m_options);
    return made;
}

void TestExportManifest::roundTrip()
{
    ExportManifest manifest;
    manifest.load(m_dir->path());
    QCOMPARE(manifest.size(), 0);
    const ExportManifestFile small = writeFile(QStringLiteral("images/img-1-3-480.jpg"), 480);
    const ExportManifestFile large = writeFile(QStringLiteral("images/img-1-3-1024.jpg"), 1024);
    manifest.record({small, large});
    QCOMPARE(manifest.save(), QString());
    QVERIFY(QFile::exists(QDir(m_dir->path()).filePath(ExportManifest::fileName())));

    ExportManifest again;
    again.load(m_dir->path());
    QCOMPARE(again.size(), 2);
    const std::optional<ExportManifestFile> found =
        again.find(ExportManifest::fingerprint(m_photo, 1024, m_options));
    QVERIFY(found);
    QCOMPARE(found->relativePath, large.relativePath);
    QCOMPARE(found->width, 1024);
    QCOMPARE(found->height, 768);
    QCOMPARE(found->fingerprint, large.fingerprint);
    QVERIFY(!again.find(ExportManifest::fingerprint(m_photo, 2048, m_options)));
}

void TestExportManifest::filesChangedSinceAreNotTrusted()
{
    ExportManifest manifest;
    manifest.load(m_dir->path());
    const ExportManifestFile made = writeFile(QStringLiteral("images/a.jpg"), 480);
    manifest.record({made});
    QVERIFY(manifest.find(made.fingerprint));
    // Replaced by hand with something else.
    writeFile(QStringLiteral("images/a.jpg"), 480, "other bytes");
    QVERIFY(!manifest.find(made.fingerprint));
    QFile::remove(QDir(m_dir->path()).filePath(QStringLiteral("images/a.jpg")));
    QVERIFY(!manifest.find(made.fingerprint));
}

void TestExportManifest::damagedManifestsAreEmpty_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("not json") << QByteArray("{\"schema\": 1, \"files\": [");
    QTest::newRow("another schema") << QByteArray("{\"schema\": 99, \"files\": []}");
    QTest::newRow("an array") << QByteArray("[1, 2, 3]");
    QTest::newRow("empty") << QByteArray();
}

void TestExportManifest::damagedManifestsAreEmpty()
{
    QFETCH(QByteArray, text);
    QFile file(QDir(m_dir->path()).filePath(ExportManifest::fileName()));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();
    ExportManifest manifest;
    manifest.load(m_dir->path());
    QCOMPARE(manifest.size(), 0);
}

void TestExportManifest::pathsOutsideTheFolderAreIgnored()
{
    // A manifest edited to point elsewhere: a file that exists outside the folder is not reused.
    QTemporaryDir outside;
    QFile target(outside.filePath(QStringLiteral("x.jpg")));
    QVERIFY(target.open(QIODevice::WriteOnly));
    target.write("pixels");
    target.close();
    const QString escape = QDir(m_dir->path()).relativeFilePath(target.fileName());
    QVERIFY(escape.startsWith(QStringLiteral("..")));

    ExportManifest manifest;
    manifest.load(m_dir->path());
    ExportManifestFile made = writeFile(QStringLiteral("images/x.jpg"), 480);
    made.relativePath = escape;
    manifest.record({made});
    QCOMPARE(manifest.save(), QString());
    ExportManifest again;
    again.load(m_dir->path());
    QCOMPARE(again.size(), 0);
    QVERIFY(!again.find(made.fingerprint));
}

void TestExportManifest::aFileMadeAgainReplacesItsRecords()
{
    ExportManifest manifest;
    manifest.load(m_dir->path());
    // A small photo: one file serves two size bounds.
    ExportManifestFile first = writeFile(QStringLiteral("images/b.jpg"), 1024);
    ExportManifestFile second = first;
    second.fingerprint.sizeBound = 2048;
    manifest.record({first, second});
    QCOMPARE(manifest.size(), 2);
    QVERIFY(manifest.find(second.fingerprint));
    QCOMPARE(manifest.save(), QString());
    ExportManifest loaded;
    loaded.load(m_dir->path());
    QCOMPARE(loaded.size(), 2);

    // Made again at another quality into the same file: the old records describe it no more.
    m_options.jpegQuality = 60;
    const ExportManifestFile remade = writeFile(QStringLiteral("images/b.jpg"), 1024);
    loaded.record({remade});
    QCOMPARE(loaded.size(), 1);
    QVERIFY(!loaded.find(first.fingerprint));
    QVERIFY(!loaded.find(second.fingerprint));
    QVERIFY(loaded.find(remade.fingerprint));
}

// The manifest goes to the web with the site: it must not give away where the photos are kept
// (a home folder names its user), only tell one source from another.
void TestExportManifest::sourcePathsAreNotPublished()
{
    m_photo.path = QStringLiteral("/home/alice.smith/Pictures/KubeCon/IMG_1.JPG");
    ExportManifest manifest;
    manifest.load(m_dir->path());
    manifest.record({writeFile(QStringLiteral("images/img-1-3-480.jpg"), 480)});
    QCOMPARE(manifest.save(), QString());

    QFile file(QDir(m_dir->path()).filePath(ExportManifest::fileName()));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(!text.contains("alice"));
    QVERIFY(!text.contains("KubeCon"));
    QVERIFY(!text.contains("IMG_1"));

    ExportPhoto moved = m_photo;
    moved.path = QStringLiteral("/home/alice.smith/Pictures/KubeCon/IMG_2.JPG");
    ExportManifest again;
    again.load(m_dir->path());
    QVERIFY(again.find(ExportManifest::fingerprint(m_photo, 480, m_options)));
    QVERIFY(!again.find(ExportManifest::fingerprint(moved, 480, m_options)));
}
QTEST_GUILESS_MAIN(TestExportManifest)
#include "tst_exportmanifest.moc"
