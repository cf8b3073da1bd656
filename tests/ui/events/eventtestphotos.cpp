#include "tests/ui/events/eventtestphotos.h"

#include "core/import/importjob.h"
#include "tests/support/testphotofactory.h"

#include <QDir>
#include <QSignalSpy>

namespace EventTestPhotos {

QString write(const QString &folder, const QList<Shot> &shots)
{
    if (!QDir().mkpath(folder))
        return QStringLiteral("cannot make %1").arg(folder);
    int seed = 0;
    for (const Shot &shot : shots) {
        TestPhotoSpec spec;
        spec.seed = ++seed;
        spec.size = QSize(40, 30);
        spec.tags = {TestPhotoFactory::tag("Exif.Photo.DateTimeOriginal", shot.taken),
                     TestPhotoFactory::tag("Exif.Image.Make", shot.make),
                     TestPhotoFactory::tag("Exif.Image.Model", shot.model)};
        if (!shot.offset.isEmpty())
            spec.tags.append(TestPhotoFactory::tag("Exif.Photo.OffsetTimeOriginal", shot.offset));
        if (const QString error =
                TestPhotoFactory::write(folder + QLatin1Char('/') + shot.fileName, spec);
            !error.isEmpty())
            return error;
    }
    return {};
}

bool import(const QString &catalogPath, const QString &folder)
{
    ImportJob job(catalogPath);
    QSignalSpy finished(&job, &ImportJob::finished);
    job.start({folder});
    return finished.wait(20000);
}

QList<Shot> twoYears()
{
    return {
        {QStringLiteral("summer_1.jpg"), QStringLiteral("2025:07:10 10:00:00")},
        {QStringLiteral("summer_2.jpg"), QStringLiteral("2025:07:10 10:05:00")},
        {QStringLiteral("summer_3.jpg"), QStringLiteral("2025:07:10 10:12:00")},
        {QStringLiteral("day1_1.jpg"), QStringLiteral("2026:05:20 09:30:00")},
        {QStringLiteral("day1_2.jpg"), QStringLiteral("2026:05:20 09:45:00")},
        {QStringLiteral("day1_3.jpg"), QStringLiteral("2026:05:20 10:05:00")},
        {QStringLiteral("day1_4.jpg"), QStringLiteral("2026:05:20 10:20:00")},
        {QStringLiteral("day3_1.jpg"), QStringLiteral("2026:05:22 18:00:00")},
        {QStringLiteral("day3_2.jpg"), QStringLiteral("2026:05:22 18:30:00")},
    };
}

} // namespace EventTestPhotos
