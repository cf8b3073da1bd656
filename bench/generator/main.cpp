// corkboard-bench-generate N DIR [--seed S]: writes N realistic 12 MP camera JPEGs for the import
// benchmark. Painting and encoding a 12 MP JPEG takes about a third of a second, so a few base
// images are encoded once and every photo is a base plus its own EXIF: the files differ in their
// heads (and so in any identity key read from the head), weigh what camera files weigh, and carry
// what cameras write.

#include "bench/generator/baseimagerenderer.h"
#include "bench/generator/cameraprofile.h"
#include "bench/generator/exifcomposer.h"
#include "bench/generator/shotplanner.h"

#include <QAtomicInt>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QtConcurrent>

#include <algorithm>
#include <cstdio>
#include <exiv2/exiv2.hpp>

namespace {

constexpr int kBaseImageCount = 8;
// Bumped whenever the generator's output changes, so that an old set is not taken for a new one.
constexpr int kGeneratorVersion = 1;
// In a hidden folder, which exiftool -r skips: the timed tools see only the photos.
const QString kManifestDir = QStringLiteral(".corkboard-bench");
const QString kManifestName = QStringLiteral(".corkboard-bench/manifest.json");

QMutex exiv2XmpMutex;

void lockExiv2Xmp(void * /*data*/, bool lock)
{
    if (lock)
        exiv2XmpMutex.lock();
    else
        exiv2XmpMutex.unlock();
}

void printError(const QString &message)
{
    std::fprintf(stderr, "corkboard-bench-generate: %s\n", qPrintable(message));
}

QJsonObject manifestFor(int count, quint64 seed)
{
    return QJsonObject{{QStringLiteral("generator"), kGeneratorVersion},
                       {QStringLiteral("count"), count},
                       {QStringLiteral("seed"), QString::number(seed)}};
}

QJsonObject readManifest(const QDir &dir)
{
    QFile file(dir.filePath(kManifestName));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

bool allPresent(const QDir &dir, const QList<ShotSpec> &shots)
{
    return std::all_of(shots.cbegin(), shots.cend(), [&dir](const ShotSpec &shot) {
        return QFileInfo(dir.filePath(shot.relativePath)).size() > 0;
    });
}

// Makes DIR ready for a new set. A folder this tool wrote (it has the manifest folder, made
// before the first photo) loses its old day folders and manifest; any other non-empty folder is
// left alone, since it may hold someone's real photos.
bool prepareDirectory(QDir &dir)
{
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        printError(QStringLiteral("cannot create %1").arg(dir.path()));
        return false;
    }
    const bool ours = QFileInfo(dir.filePath(kManifestDir)).isDir();
    if (!ours && !dir.isEmpty()) {
        printError(QStringLiteral("%1 is not empty and was not written by this tool; "
                                  "choose an empty or new folder")
                       .arg(dir.path()));
        return false;
    }
    QFile::remove(dir.filePath(kManifestName));
    static const QRegularExpression dayFolder(QStringLiteral("^day-\\d+$"));
    for (const QString &entry : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (dayFolder.match(entry).hasMatch() && !QDir(dir.filePath(entry)).removeRecursively()) {
            printError(QStringLiteral("cannot remove %1").arg(dir.filePath(entry)));
            return false;
        }
    }
    if (!dir.mkpath(kManifestDir)) {
        printError(QStringLiteral("cannot create %1").arg(dir.filePath(kManifestDir)));
        return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes, QString &error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("corkboard-bench-generate"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes N realistic 12 MP camera JPEGs with EXIF into DIR/day-NN/ for the "
                       "import benchmark. Does nothing if DIR already holds that set."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("N"), QStringLiteral("Number of photos."));
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Output folder."));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the photo set (default 1)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    parser.addOption(seedOption);
    parser.process(app);

    const QStringList arguments = parser.positionalArguments();
    bool countOk = false;
    bool seedOk = false;
    const int count = arguments.value(0).toInt(&countOk);
    const quint64 seed = parser.value(seedOption).toULongLong(&seedOk);
    if (arguments.size() != 2 || !countOk || count < 1 || !seedOk) {
        printError(QStringLiteral("usage: corkboard-bench-generate N DIR [--seed S]"));
        return 2;
    }
    QDir dir(arguments.at(1));
    const QList<ShotSpec> shots = ShotPlanner::plan(count, seed, kBaseImageCount);

    if (readManifest(dir) == manifestFor(count, seed) && allPresent(dir, shots)) {
        std::printf("%d photos (seed %llu) already in %s\n", count,
                    static_cast<unsigned long long>(seed), qPrintable(dir.path()));
        return 0;
    }
    if (!prepareDirectory(dir))
        return 1;

    Exiv2::XmpParser::initialize(lockExiv2Xmp, nullptr);
    Exiv2::LogMsg::setLevel(Exiv2::LogMsg::error);
    QElapsedTimer timer;
    timer.start();

    QList<int> variants;
    for (int i = 0; i < kBaseImageCount; ++i)
        variants.append(i);
    const QList<BaseImage> bases = QtConcurrent::blockingMapped(
        variants, [seed](int variant) { return BaseImageRenderer::render(variant, seed); });
    std::fprintf(stderr, "encoded %d base images in %.1f s\n", kBaseImageCount,
                 static_cast<double>(timer.elapsed()) / 1000.0);

    QSet<QString> days;
    for (const ShotSpec &shot : shots)
        days.insert(QFileInfo(shot.relativePath).path());
    for (const QString &day : std::as_const(days)) {
        if (!dir.mkpath(day)) {
            printError(QStringLiteral("cannot create %1").arg(dir.filePath(day)));
            return 1;
        }
    }

    QAtomicInt processed;
    QAtomicInt failed;
    QMutex errorMutex;
    QString firstError;
    qint64 totalBytes = 0;
    QMutex bytesMutex;
    const QList<CameraProfile> &cameras = CameraProfiles::all();
    QtConcurrent::blockingMap(shots, [&](const ShotSpec &shot) {
        const TaggedPhoto photo =
            ExifComposer::tag(bases[shot.baseImage].jpeg, bases[shot.baseImage].thumbnail, shot,
                              cameras[shot.camera]);
        QString error = photo.error;
        if (error.isEmpty() && writeFile(dir.filePath(shot.relativePath), photo.bytes, error)) {
            const QMutexLocker locker(&bytesMutex);
            totalBytes += photo.bytes.size();
        } else {
            failed.fetchAndAddRelaxed(1);
            const QMutexLocker locker(&errorMutex);
            if (firstError.isEmpty())
                firstError = QStringLiteral("%1: %2").arg(shot.relativePath, error);
        }
        const int done = processed.fetchAndAddRelaxed(1) + 1;
        if (done % 200 == 0)
            std::fprintf(stderr, "  %d/%d photos\n", done, count);
    });
    if (failed.loadRelaxed() > 0) {
        printError(QStringLiteral("%1 photos failed; first: %2")
                       .arg(failed.loadRelaxed())
                       .arg(firstError));
        return 1;
    }

    // Written last: a folder whose generation was interrupted has no manifest and is redone.
    QString error;
    if (!writeFile(dir.filePath(kManifestName), QJsonDocument(manifestFor(count, seed)).toJson(),
                   error)) {
        printError(error);
        return 1;
    }
    std::printf("wrote %d photos (%.1f MB, %.2f MB each on average) to %s in %.1f s\n", count,
                static_cast<double>(totalBytes) / 1e6,
                static_cast<double>(totalBytes) / 1e6 / count, qPrintable(dir.path()),
                static_cast<double>(timer.elapsed()) / 1000.0);
    return 0;
}
