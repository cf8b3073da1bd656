// corkboard-demo-photos DIR [--seed S] [--no-broken]: paints the photos of a three-day trip to
// Barcelona into DIR/phone and DIR/camera, with the EXIF and XMP a phone and a camera write, plus
// two broken files (a truncated JPEG, a web page saved as .jpg) for the Problems list. The
// pictures are plainly painted, not photographed: they are for screenshots, demos and benchmarks,
// and may be committed and shown anywhere.

#include "tools/demo-photos/demophotowriter.h"
#include "tools/demo-photos/scenepainter.h"
#include "tools/demo-photos/tripplan.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QtConcurrent>

#include <algorithm>
#include <cstdio>
#include <exiv2/exiv2.hpp>

namespace {

// A 3:2 frame of 1.7 MP: big enough for the viewer to look sharp on a laptop screen, small
// enough that the whole trip is a few megabytes.
const QSize kLandscapeSize(1600, 1067);

void printError(const QString &message)
{
    std::fprintf(stderr, "corkboard-demo-photos: %s\n", qPrintable(message));
}

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        return file.errorString();
    return {};
}

// The copy from the card was interrupted: the file stops in the middle of its EXIF, before the
// picture. (A JPEG cut inside the picture data imports fine and shows a grey lower half.)
QString writeTruncated(const QString &path, const QString &completePath)
{
    QFile complete(completePath);
    if (!complete.open(QIODevice::ReadOnly))
        return complete.errorString();
    const QByteArray jpeg = complete.readAll();
    const qsizetype startOfScan = jpeg.indexOf("\xff\xda");
    return writeFile(path, jpeg.left(std::max<qsizetype>(startOfScan, 64) / 2));
}

// A "photo" saved from a web page that had already expired: HTML behind a .jpg name.
QString writeNotAnImage(const QString &path)
{
    return writeFile(
        path, QByteArrayLiteral("<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>\n"
                                "<body><h1>Not Found</h1><p>The requested URL was not found on "
                                "this server.</p></body></html>\n"));
}

} // namespace

int main(int argc, char *argv[])
{
    // QPainter on QImage needs no display; a QGuiApplication gives it its fonts and image plugins.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Paints the photos of a three-day trip to Barcelona into DIR/phone and DIR/camera."));
    parser.addHelpOption();
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Varies the pictures (default 1)."),
                                        QStringLiteral("S"), QStringLiteral("1"));
    const QCommandLineOption noBrokenOption(
        QStringLiteral("no-broken"),
        QStringLiteral("Leave out the truncated JPEG and the web page named .jpg."));
    parser.addOptions({seedOption, noBrokenOption});
    parser.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("Where to write them."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1) {
        printError(QStringLiteral("give one folder to write into (see --help)"));
        return 2;
    }
    bool seedOk = false;
    const quint32 seed = parser.value(seedOption).toUInt(&seedOk);
    if (!seedOk) {
        printError(QStringLiteral("--seed takes a number"));
        return 2;
    }

    const QDir dir(parser.positionalArguments().constFirst());
    for (const char *folder : {"phone", "camera"}) {
        if (!dir.mkpath(QString::fromLatin1(folder))) {
            printError(
                QStringLiteral("cannot create %1").arg(dir.filePath(QString::fromLatin1(folder))));
            return 1;
        }
    }

    QElapsedTimer timer;
    timer.start();
    const QList<DemoShot> shots = TripPlan::barcelona(seed);
    // Painting and encoding take most of the time and need no shared state: all cores at once.
    const QList<QByteArray> jpegs = QtConcurrent::blockingMapped(shots, [](const DemoShot &shot) {
        const bool portrait = isPortrait(shot.scene);
        const QSize size = portrait ? kLandscapeSize.transposed() : kLandscapeSize;
        return DemoPhotoWriter::encode(paintScene(shot.scene, shot.light, shot.seed, size),
                                       portrait);
    });

    Exiv2::XmpParser::initialize();
    Exiv2::LogMsg::setLevel(Exiv2::LogMsg::error);
    int failures = 0;
    qint64 bytes = 0;
    for (qsizetype i = 0; i < shots.size(); ++i) {
        const QString path = dir.filePath(shots.at(i).relativePath);
        if (const QString error = DemoPhotoWriter::write(path, jpegs.at(i), shots.at(i));
            !error.isEmpty()) {
            printError(QStringLiteral("%1: %2").arg(path, error));
            ++failures;
            continue;
        }
        bytes += QFileInfo(path).size();
    }
    int broken = 0;
    if (!parser.isSet(noBrokenOption)) {
        const DemoShot &lastCameraShot = *std::find_if(
            shots.crbegin(), shots.crend(), [](const DemoShot &shot) { return !shot.phone; });
        // Named like the files around them: the Problems list shows where they are.
        const QStringList errors = {
            writeTruncated(dir.filePath(QStringLiteral("camera/DSCF2399.JPG")),
                           dir.filePath(lastCameraShot.relativePath)),
            writeNotAnImage(dir.filePath(QStringLiteral("phone/IMG_4188.JPG")))};
        for (const QString &error : errors) {
            if (!error.isEmpty()) {
                printError(error);
                ++failures;
            }
        }
        broken = 2;
    }
    Exiv2::XmpParser::terminate();
    std::printf("%d photos (%.1f MB) and %d broken files in %s, in %.1f s\n",
                static_cast<int>(shots.size()) - failures, static_cast<double>(bytes) / 1e6, broken,
                qPrintable(QDir::toNativeSeparators(dir.absolutePath())),
                static_cast<double>(timer.elapsed()) / 1000);
    return failures == 0 ? 0 : 1;
}
