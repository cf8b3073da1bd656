#include "tools/demo-photos/tripplan.h"

#include "tools/demo-photos/randomrange.h"

#include <QRandomGenerator>

namespace {

struct Place
{
    const char *name;
    double latitude;
    double longitude;
    double altitude;
    const char *keywords; // ';'-separated, empty for none
};

const Place kEixample{"Eixample", 41.3917, 2.1649, 38, "Barcelona;Eixample;architecture"};
const Place kSagrada{"Sagrada Família", 41.4036, 2.1744, 48, "Barcelona;Sagrada Família;Gaudí"};
const Place kTapasBar{"El Born", 41.3851, 2.1820, 12, "tapas;food"};
const Place kPortVell{"Port Vell", 41.3760, 2.1830, 3, "Barcelona;harbour"};
const Place kBarceloneta{"Barceloneta", 41.3784, 2.1925, 2, "beach;sea"};
const Place kGothic{"Barri Gòtic", 41.3839, 2.1763, 16, "Barcelona;old town"};
const Place kBoqueria{"La Boqueria", 41.3817, 2.1716, 14, "market;food"};
const Place kParkGuell{"Park Güell", 41.4145, 2.1527, 152, "Park Güell;Gaudí;mosaic"};
const Place kBunkers{"Bunkers del Carmel", 41.4190, 2.1617, 262, "Barcelona;view"};
const Place kMontjuic{"Montjuïc", 41.3640, 2.1586, 173, "Montjuïc;view"};
const Place kGracia{"Gràcia", 41.4030, 2.1565, 60, ""};

struct Entry
{
    int day; // 1..3
    const char *time;
    bool phone;
    Scene scene;
    TimeOfDay light;
    const Place *place;
    bool tagged; // the photo carries the place's keywords
    int rating;
};

// The itinerary: arrival on Friday afternoon, a full Saturday, the beach on Sunday. Times follow
// the light of mid-May (sunrise 6:35, sunset 21:10, summer time).
const Entry kItinerary[] = {
    {1, "15:12:04", true, Scene::Facade, TimeOfDay::Afternoon, &kEixample, true, 0},
    {1, "15:13:40", true, Scene::Facade, TimeOfDay::Afternoon, &kEixample, false, 0},
    {1, "15:41:22", false, Scene::Facade, TimeOfDay::Afternoon, &kEixample, false, 4},
    {1, "16:58:10", false, Scene::Spires, TimeOfDay::Afternoon, &kSagrada, true, 5},
    {1, "17:02:51", false, Scene::Spires, TimeOfDay::Afternoon, &kSagrada, false, 0},
    {1, "17:05:13", true, Scene::Spires, TimeOfDay::Afternoon, &kSagrada, true, 0},
    {1, "19:30:45", true, Scene::Tapas, TimeOfDay::Afternoon, &kTapasBar, true, 0},
    {1, "19:34:02", true, Scene::Tapas, TimeOfDay::Afternoon, &kTapasBar, false, 0},
    {1, "20:40:37", false, Scene::Harbour, TimeOfDay::GoldenHour, &kPortVell, false, 0},
    {1, "21:08:12", false, Scene::Seafront, TimeOfDay::Sunset, &kBarceloneta, true, 5},
    {1, "21:12:30", false, Scene::Seafront, TimeOfDay::Sunset, &kBarceloneta, false, 0},
    {1, "21:35:09", true, Scene::Harbour, TimeOfDay::BlueHour, &kPortVell, true, 0},
    {1, "22:20:44", true, Scene::Harbour, TimeOfDay::Night, &kPortVell, false, 0},
    {1, "22:45:18", false, Scene::Alley, TimeOfDay::Night, &kGothic, true, 4},
    {2, "06:48:33", false, Scene::Seafront, TimeOfDay::Dawn, &kBarceloneta, false, 0},
    {2, "06:52:05", false, Scene::Palm, TimeOfDay::Dawn, &kBarceloneta, true, 0},
    {2, "07:05:41", true, Scene::Seafront, TimeOfDay::Dawn, &kBarceloneta, false, 0},
    {2, "09:40:16", true, Scene::Market, TimeOfDay::Morning, &kBoqueria, true, 0},
    {2, "09:43:58", true, Scene::Market, TimeOfDay::Morning, &kBoqueria, false, 0},
    {2, "09:51:27", false, Scene::Market, TimeOfDay::Morning, &kBoqueria, false, 4},
    {2, "11:30:02", false, Scene::Mosaic, TimeOfDay::Midday, &kParkGuell, true, 5},
    {2, "11:34:49", false, Scene::Mosaic, TimeOfDay::Midday, &kParkGuell, false, 0},
    {2, "11:36:11", true, Scene::Mosaic, TimeOfDay::Midday, &kParkGuell, true, 0},
    {2, "11:52:38", true, Scene::CityView, TimeOfDay::Midday, &kParkGuell, false, 0},
    {2, "13:10:24", true, Scene::Alley, TimeOfDay::Midday, &kGothic, true, 0},
    {2, "14:20:55", true, Scene::Tapas, TimeOfDay::Midday, &kGothic, true, 0},
    {2, "17:45:19", false, Scene::Alley, TimeOfDay::Afternoon, &kGothic, false, 0},
    {2, "18:10:07", false, Scene::Facade, TimeOfDay::Afternoon, &kTapasBar, false, 0},
    {2, "20:35:43", false, Scene::CityView, TimeOfDay::GoldenHour, &kBunkers, true, 0},
    {2, "20:58:26", true, Scene::CityView, TimeOfDay::Sunset, &kBunkers, false, 0},
    {2, "21:03:14", false, Scene::CityView, TimeOfDay::Sunset, &kBunkers, true, 5},
    {2, "21:30:50", false, Scene::CityView, TimeOfDay::BlueHour, &kBunkers, false, 0},
    {2, "21:41:36", true, Scene::CityView, TimeOfDay::BlueHour, &kBunkers, true, 0},
    {3, "09:15:21", true, Scene::Montjuic, TimeOfDay::Morning, &kMontjuic, true, 0},
    {3, "09:40:08", false, Scene::Montjuic, TimeOfDay::Morning, &kMontjuic, false, 4},
    {3, "09:44:47", false, Scene::Montjuic, TimeOfDay::Morning, &kMontjuic, false, 0},
    {3, "10:30:33", false, Scene::CityView, TimeOfDay::Morning, &kMontjuic, true, 0},
    {3, "12:30:12", true, Scene::Seafront, TimeOfDay::Midday, &kBarceloneta, true, 0},
    {3, "12:34:40", true, Scene::Seafront, TimeOfDay::Midday, &kBarceloneta, false, 0},
    {3, "12:50:05", false, Scene::Palm, TimeOfDay::Midday, &kBarceloneta, false, 0},
    {3, "13:05:58", false, Scene::Seafront, TimeOfDay::Midday, &kBarceloneta, true, 0},
    {3, "14:40:26", true, Scene::Tapas, TimeOfDay::Afternoon, &kBarceloneta, true, 0},
    {3, "16:20:39", true, Scene::Facade, TimeOfDay::Afternoon, &kGracia, false, 0},
    {3, "17:10:17", false, Scene::Seafront, TimeOfDay::Afternoon, &kBarceloneta, false, 0},
    {3, "19:55:52", false, Scene::Palm, TimeOfDay::GoldenHour, &kBarceloneta, true, 0},
    {3, "20:10:29", true, Scene::Seafront, TimeOfDay::GoldenHour, &kBarceloneta, false, 0},
    {3, "21:06:03", false, Scene::Seafront, TimeOfDay::Sunset, &kBarceloneta, true, 5},
    {3, "21:10:44", true, Scene::Palm, TimeOfDay::Sunset, &kBarceloneta, false, 0},
};

// What an automatic exposure picks in that light: shutter, aperture, ISO.
struct Exposure
{
    const char *time;
    double fNumber;
    int iso;
};

Exposure cameraExposure(Scene scene, TimeOfDay light)
{
    if (scene == Scene::Tapas || scene == Scene::Market)
        return {"1/60", 2.8, 800};
    switch (light) {
    case TimeOfDay::Dawn:
        return {"1/60", 4, 800};
    case TimeOfDay::Morning:
        return {"1/500", 8, 160};
    case TimeOfDay::Midday:
        return {"1/1000", 8, 160};
    case TimeOfDay::Afternoon:
        return {"1/640", 7.1, 160};
    case TimeOfDay::GoldenHour:
        return {"1/250", 5.6, 200};
    case TimeOfDay::Sunset:
        return {"1/125", 4, 400};
    case TimeOfDay::BlueHour:
        return {"1/30", 2.8, 1600};
    case TimeOfDay::Night:
        return {"1/15", 2.8, 3200};
    }
    return {"1/250", 5.6, 200};
}

// The phone's aperture is fixed: it trades shutter speed and ISO instead.
Exposure phoneExposure(Scene scene, TimeOfDay light)
{
    if (scene == Scene::Tapas || scene == Scene::Market)
        return {"1/50", 1.6, 320};
    switch (light) {
    case TimeOfDay::Dawn:
        return {"1/120", 1.6, 200};
    case TimeOfDay::Morning:
    case TimeOfDay::Afternoon:
        return {"1/1600", 1.6, 50};
    case TimeOfDay::Midday:
        return {"1/3000", 1.6, 50};
    case TimeOfDay::GoldenHour:
        return {"1/900", 1.6, 64};
    case TimeOfDay::Sunset:
        return {"1/400", 1.6, 80};
    case TimeOfDay::BlueHour:
        return {"1/30", 1.6, 640};
    case TimeOfDay::Night:
        return {"1/15", 1.6, 1250};
    }
    return {"1/500", 1.6, 64};
}

} // namespace

namespace TripPlan {

QList<DemoShot> barcelona(quint32 seed)
{
    QRandomGenerator random(seed);
    const QDate firstDay(2024, 5, 17);
    int phoneNumber = 4101;
    int cameraNumber = 2301;
    QList<DemoShot> shots;
    for (const Entry &entry : kItinerary) {
        DemoShot shot;
        shot.phone = entry.phone;
        // Numbers skip the shots that were deleted on the spot.
        int &number = entry.phone ? phoneNumber : cameraNumber;
        number += randomChance(random, 0.3) ? randomInt(random, 2, 4) : 1;
        shot.relativePath = entry.phone ? QStringLiteral("phone/IMG_%1.JPG").arg(number)
                                        : QStringLiteral("camera/DSCF%1.JPG").arg(number);
        shot.scene = entry.scene;
        shot.light = entry.light;
        shot.taken =
            QDateTime(firstDay.addDays(entry.day - 1),
                      QTime::fromString(QString::fromLatin1(entry.time), Qt::ISODate), Qt::UTC);
        // A few metres apart, as one walks about.
        shot.latitude = entry.place->latitude + randomRange(random, -0.0006, 0.0006);
        shot.longitude = entry.place->longitude + randomRange(random, -0.0008, 0.0008);
        shot.altitude = entry.place->altitude + randomRange(random, -2, 2);
        const Exposure exposure = entry.phone ? phoneExposure(entry.scene, entry.light)
                                              : cameraExposure(entry.scene, entry.light);
        shot.exposureTime = QString::fromLatin1(exposure.time);
        shot.fNumber = exposure.fNumber;
        shot.iso = exposure.iso;
        if (entry.phone) {
            shot.focalLength = 5.1;
            shot.focalLength35 = 26;
        } else {
            const int focal = randomInt(random, 18, 55);
            shot.focalLength = focal;
            shot.focalLength35 = static_cast<int>(focal * 1.5 + 0.5);
        }
        if (entry.tagged && entry.place->keywords[0] != '\0')
            shot.keywords = QString::fromUtf8(entry.place->keywords).split(QLatin1Char(';'));
        shot.rating = entry.rating;
        shot.seed = seed * 1000003U + static_cast<quint32>(shots.size()) * 7919U;
        shots << shot;
    }
    return shots;
}

} // namespace TripPlan
