#include "bench/generator/shotplanner.h"

#include "bench/generator/benchrandom.h"
#include "bench/generator/cameraprofile.h"

#include <QTimeZone>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

// The trip: Barcelona in May (UTC+2), around KubeCon Europe 2019.
constexpr int kUtcOffsetMinutes = 120;
constexpr double kCityLatitude = 41.3874;
constexpr double kCityLongitude = 2.1686;
constexpr int kPhotosPerDay = 250;
constexpr int kMinDays = 3;
constexpr int kMaxDays = 12;

enum class Scene
{
    Daylight,
    Indoor,
    Evening,
};

constexpr std::array kShutterDenominators{30U,  40U,   50U,   60U,   80U,  100U, 125U,
                                          160U, 200U,  250U,  320U,  400U, 500U, 640U,
                                          800U, 1000U, 1250U, 1600U, 2000U};
constexpr std::array kFStops{1.4, 1.5, 1.8, 2.0, 2.2, 2.5, 2.8, 3.2,  3.5, 4.0,
                             4.5, 5.0, 5.6, 6.3, 7.1, 8.0, 9.0, 10.0, 11.0};
constexpr std::array kIsoSteps{32,   50,   64,   80,   100,  125,  160,   200,  250,
                               320,  400,  500,  640,  800,  1000, 1250,  1600, 2000,
                               2500, 3200, 4000, 5000, 6400, 8000, 10000, 12800};
constexpr std::array kZoomStops{24.0, 28.0, 35.0, 50.0, 70.0, 85.0, 105.0};

// Splits `total` over `parts` with random weights (largest remainder), every part getting at
// least one when there are enough to go round.
QList<int> splitRandomly(int total, int parts, double minWeight, double maxWeight,
                         BenchRandom &random)
{
    QList<double> weights;
    double sum = 0;
    for (int i = 0; i < parts; ++i) {
        weights.append(random.uniform(minWeight, maxWeight));
        sum += weights.last();
    }
    QList<int> counts(parts, total >= parts ? 1 : 0);
    const int spread = total - (total >= parts ? parts : 0);
    int given = 0;
    QList<QPair<double, int>> remainders;
    for (int i = 0; i < parts; ++i) {
        const double share = spread * weights[i] / sum;
        counts[i] += static_cast<int>(share);
        given += static_cast<int>(share);
        remainders.append({share - std::floor(share), i});
    }
    std::sort(remainders.begin(), remainders.end(), std::greater<>());
    for (int i = 0; given < spread; ++i, ++given)
        counts[remainders[i % parts].second] += 1;
    return counts;
}

int pickCamera(const QList<CameraProfile> &cameras, BenchRandom &random)
{
    int total = 0;
    for (const CameraProfile &camera : cameras)
        total += camera.weight;
    int ticket = random.range(0, total - 1);
    for (int i = 0; i < cameras.size(); ++i) {
        ticket -= cameras[i].weight;
        if (ticket < 0)
            return i;
    }
    return 0;
}

template <typename T, std::size_t N>
T pickBetween(const std::array<T, N> &steps, T low, T high, BenchRandom &random)
{
    QList<T> inRange;
    for (T step : steps) {
        if (step >= low && step <= high)
            inRange.append(step);
    }
    if (inRange.isEmpty())
        return low;
    return inRange[random.range(0, static_cast<int>(inRange.size()) - 1)];
}

// Exposure, aperture, sensitivity and focal length the way the scene and the body call for them.
void exposeFor(ShotSpec &shot, Scene scene, const CameraProfile &camera, BenchRandom &random)
{
    struct Range
    {
        quint32 slowest, fastest;
        int isoLow, isoHigh;
        double fLow, fHigh;
    };
    const Range range = scene == Scene::Daylight ? Range{250, 2000, 100, 200, 5.6, 11.0}
                        : scene == Scene::Indoor ? Range{60, 160, 800, 6400, 1.8, 5.6}
                                                 : Range{30, 125, 1600, 12800, 1.4, 4.0};
    shot.exposureDenominator =
        pickBetween(kShutterDenominators, range.slowest, range.fastest, random);
    const int isoLow = std::clamp(range.isoLow, camera.minIso, camera.maxIso);
    const int isoHigh = std::clamp(range.isoHigh, camera.minIso, camera.maxIso);
    shot.iso =
        pickBetween(kIsoSteps, camera.hasGps && scene == Scene::Daylight ? camera.minIso : isoLow,
                    isoHigh, random);
    shot.fNumber = camera.fixedFNumber > 0
                       ? camera.fixedFNumber
                       : pickBetween(kFStops, std::max(range.fLow, camera.minFNumber),
                                     std::max(range.fHigh, camera.minFNumber), random);
    shot.focalLength =
        camera.minFocalLength == camera.maxFocalLength
            ? camera.minFocalLength
            : pickBetween(kZoomStops, camera.minFocalLength, camera.maxFocalLength, random);
    shot.exposureBiasThirds = random.chance(0.7) ? 0 : random.range(-3, 2);
    shot.flashFired = scene == Scene::Indoor && !camera.hasGps && random.chance(0.1);
}

int orientationFor(const CameraProfile &camera, BenchRandom &random)
{
    if (!random.chance(camera.uprightShare))
        return 1;
    return random.chance(0.75) ? 6 : 8;
}

} // namespace

namespace ShotPlanner {

QList<ShotSpec> plan(int count, quint64 seed, int baseImageCount)
{
    const QList<CameraProfile> &cameras = CameraProfiles::all();
    BenchRandom random(seed);
    const QTimeZone tripZone(kUtcOffsetMinutes * 60);
    const QDate firstDay(2019, 5, 18);
    const int dayCount =
        std::min(std::clamp((count + kPhotosPerDay - 1) / kPhotosPerDay, kMinDays, kMaxDays),
                 std::max(count, 1));

    QList<ShotSpec> shots;
    shots.reserve(count);
    QList<quint32> shutterCounts(cameras.size());
    for (int i = 0; i < cameras.size(); ++i)
        shutterCounts[i] = static_cast<quint32>(random.range(1000, 40000));

    const QList<int> perDay = splitRandomly(count, dayCount, 0.4, 1.6, random);
    for (int day = 0; day < dayCount; ++day) {
        if (perDay[day] == 0)
            continue;
        const int outings = std::min(random.range(2, 5), perDay[day]);
        const QList<int> perOuting = splitRandomly(perDay[day], outings, 0.3, 1.7, random);
        // Outings start in their own slice of the waking day, so they are hours apart.
        const int dayStart = 8 * 3600 + 30 * 60;
        const int slice = (22 * 3600 - dayStart) / outings;
        QList<ShotSpec> dayShots;
        for (int outing = 0; outing < outings; ++outing) {
            double seconds = dayStart + outing * slice + random.uniform(0, slice * 0.4);
            const Scene scene = seconds > 19.5 * 3600 ? Scene::Evening
                                : random.chance(0.5)  ? Scene::Daylight
                                                      : Scene::Indoor;
            const int mainCamera = pickCamera(cameras, random);
            const double spotLatitude = kCityLatitude + random.uniform(-0.03, 0.03);
            const double spotLongitude = kCityLongitude + random.uniform(-0.04, 0.04);
            const double spotAltitude = random.uniform(5, 160);
            int burstLeft = 0;
            ShotSpec previous;
            for (int i = 0; i < perOuting[outing]; ++i) {
                ShotSpec shot;
                if (burstLeft > 0) {
                    // A burst: same body, same settings, same scene, a tenth of a second later.
                    --burstLeft;
                    seconds += random.uniform(0.1, 0.2);
                    shot = previous;
                } else {
                    if (i > 0)
                        seconds += 2 + random.exponential(45);
                    shot.camera = random.chance(0.75) ? mainCamera : pickCamera(cameras, random);
                    shot.baseImage = random.range(0, baseImageCount - 1);
                    exposeFor(shot, scene, cameras[shot.camera], random);
                    shot.orientation = orientationFor(cameras[shot.camera], random);
                    if (random.chance(0.08))
                        burstLeft = random.range(3, 10);
                }
                const CameraProfile &camera = cameras[shot.camera];
                const QDateTime local(firstDay.addDays(day).startOfDay(tripZone).addMSecs(
                    static_cast<qint64>(seconds * 1000)));
                shot.utcOffsetMinutes = kUtcOffsetMinutes;
                shot.utcTime = local.toUTC();
                // The camera's clock shows the wall time of its own (possibly wrong) zone.
                shot.cameraTime = QDateTime(local.date(), local.time(), Qt::UTC)
                                      .addSecs(static_cast<qint64>(camera.clockShiftMinutes) * 60);
                shot.latitude = spotLatitude + random.uniform(-0.0004, 0.0004);
                shot.longitude = spotLongitude + random.uniform(-0.0004, 0.0004);
                shot.altitude = spotAltitude + random.uniform(-2, 2);
                shot.shutterCount = ++shutterCounts[shot.camera];
                previous = shot;
                dayShots.append(shot);
            }
        }
        std::stable_sort(
            dayShots.begin(), dayShots.end(),
            [](const ShotSpec &a, const ShotSpec &b) { return a.utcTime < b.utcTime; });
        for (ShotSpec &shot : dayShots) {
            shot.index = static_cast<int>(shots.size());
            shot.relativePath = QStringLiteral("day-%1/IMG_%2.JPG")
                                    .arg(day + 1, 2, 10, QLatin1Char('0'))
                                    .arg(shot.index + 1, 4, 10, QLatin1Char('0'));
            shots.append(shot);
        }
    }
    return shots;
}

} // namespace ShotPlanner
