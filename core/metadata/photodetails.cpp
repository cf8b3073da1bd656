#include "core/metadata/photodetails.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>
#include <QUrlQuery>

#include <cmath>

namespace {

// The user's locale without thousands separators: "ISO 12800" and "4032 × 3024" read as codes,
// not amounts.
QLocale plainLocale()
{
    QLocale locale;
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}

// Rounded to at most `decimals` places, without trailing zeros: 2.8, 35, 4.25.
QString shortNumber(double value, int decimals)
{
    const double factor = std::pow(10.0, decimals);
    return plainLocale().toString(std::round(value * factor) / factor, 'f',
                                  QLocale::FloatingPointShortest);
}

// The locale's long time format, which has seconds, without its time zone: a photo's time is the
// camera's wall time, and the zone of the computer showing it would be wrong.
QString timeFormatWithSeconds(const QLocale &locale)
{
    const QString format = locale.timeFormat(QLocale::LongFormat);
    QString result;
    bool quoted = false;
    for (const QChar c : format) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (!quoted && c == QLatin1Char('t'))
            continue;
        result += c;
    }
    // Some locales wrap the zone in parentheses ("H:mm:ss (t)" in Spanish): drop them too.
    result.remove(QStringLiteral("()"));
    return result.simplified();
}

// For URLs: C locale, at most five decimals (about a metre).
QString urlNumber(double value)
{
    return QString::number(std::round(value * 1e5) / 1e5, 'f', QLocale::FloatingPointShortest);
}

} // namespace

QString PhotoDetails::exposureTime(double seconds)
{
    if (!(seconds > 0))
        return {};
    if (seconds < 1.0) {
        // Cameras step fast speeds as 1/N: show them so, but slow ones such as 0.8 s (1/1.25) as
        // decimals, the way the camera displayed them.
        const double denominator = 1.0 / seconds;
        const double rounded = std::round(denominator);
        if (seconds <= 0.25 || std::abs(denominator - rounded) < 0.02 * rounded)
            return tr("1/%1 s", "exposure time: a fraction of a second")
                .arg(plainLocale().toString(static_cast<qint64>(rounded)));
    }
    return tr("%1 s", "exposure time in seconds").arg(shortNumber(seconds, 1));
}

QString PhotoDetails::aperture(double fNumber)
{
    if (!(fNumber > 0))
        return {};
    return tr("f/%1", "aperture").arg(shortNumber(fNumber, 1));
}

QString PhotoDetails::iso(int speed)
{
    if (speed <= 0)
        return {};
    return tr("ISO %1").arg(plainLocale().toString(speed));
}

QString PhotoDetails::focalLength(double millimetres)
{
    if (!(millimetres > 0))
        return {};
    return tr("%1 mm", "focal length in millimetres").arg(shortNumber(millimetres, 2));
}

QString PhotoDetails::exposure(const PhotoMetadata &metadata)
{
    QStringList parts;
    if (metadata.exposureTime)
        parts << exposureTime(*metadata.exposureTime);
    if (metadata.fNumber)
        parts << aperture(*metadata.fNumber);
    if (metadata.iso)
        parts << iso(*metadata.iso);
    if (metadata.focalLength)
        parts << focalLength(*metadata.focalLength);
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

QString PhotoDetails::camera(const QString &make, const QString &model)
{
    const QString cleanMake = make.simplified();
    const QString cleanModel = model.simplified();
    if (cleanModel.isEmpty())
        return cleanMake;
    if (cleanMake.isEmpty())
        return cleanModel;
    // "NIKON CORPORATION" with "NIKON D750": the model already names the brand.
    const QString brand = cleanMake.section(QLatin1Char(' '), 0, 0);
    if (cleanModel.startsWith(cleanMake, Qt::CaseInsensitive) ||
        cleanModel.startsWith(brand, Qt::CaseInsensitive))
        return cleanModel;
    return cleanMake + QLatin1Char(' ') + cleanModel;
}

QString PhotoDetails::utcOffset(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    const QString offset = QStringLiteral("%1%2:%3")
                               .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                               .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                               .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("UTC%1", "a UTC offset such as +02:00").arg(offset);
}

QString PhotoDetails::takenTime(const TakenTime &taken)
{
    if (!taken.isValid())
        return {};
    return takenTime(QDateTime(taken.date, taken.time), taken.utcOffsetSeconds);
}

QString PhotoDetails::takenTime(const QDateTime &wallTime, std::optional<int> utcOffsetSeconds)
{
    if (!wallTime.isValid())
        return {};
    const QLocale locale;
    const QString text = tr("%1 at %2", "date taken at time taken")
                             .arg(locale.toString(wallTime.date(), QLocale::LongFormat),
                                  locale.toString(wallTime.time(), timeFormatWithSeconds(locale)));
    if (!utcOffsetSeconds)
        return text;
    return tr("%1 (%2)", "time taken (UTC offset)").arg(text, utcOffset(*utcOffsetSeconds));
}

QString PhotoDetails::shortDateTime(const QDateTime &wallTime)
{
    if (!wallTime.isValid())
        return {};
    const QLocale locale;
    return tr("%1, %2", "short date, time with seconds")
        .arg(locale.toString(wallTime.date(), QLocale::ShortFormat),
             locale.toString(wallTime.time(), timeFormatWithSeconds(locale)));
}

QString PhotoDetails::clockShift(qint64 seconds)
{
    // The true minus sign, as in typeset text; "+" spelled out so no shift reads as unsigned.
    const QString sign = seconds < 0 ? QString(QChar(0x2212)) : QStringLiteral("+");
    const qint64 total = std::abs(seconds);
    const qint64 hours = total / 3600;
    const qint64 minutes = total / 60 % 60;
    const qint64 rest = total % 60;
    QString text;
    if (hours > 0) {
        text = tr("%1 h %2 min", "a clock shift: hours, minutes (two digits)")
                   .arg(hours)
                   .arg(minutes, 2, 10, QLatin1Char('0'));
        if (rest > 0)
            text = tr("%1 %2 s", "a clock shift: hours and minutes, seconds (two digits)")
                       .arg(text)
                       .arg(rest, 2, 10, QLatin1Char('0'));
    } else if (minutes > 0) {
        text = rest > 0 ? tr("%1 min %2 s", "a clock shift: minutes, seconds")
                              .arg(minutes)
                              .arg(rest, 2, 10, QLatin1Char('0'))
                        : tr("%1 min", "a clock shift: minutes").arg(minutes);
    } else {
        text = tr("%1 s", "a clock shift: seconds").arg(rest);
    }
    // One duration: it does not break across lines between a number and its unit.
    return sign + text.replace(QLatin1Char(' '), QChar(QChar::Nbsp));
}

QString PhotoDetails::coordinates(double latitude, double longitude)
{
    const QLocale locale;
    const QString lat = locale.toString(std::abs(latitude), 'f', 4);
    const QString lon = locale.toString(std::abs(longitude), 'f', 4);
    return tr("%1, %2", "latitude, longitude")
        .arg(latitude < 0 ? tr("%1° S", "latitude south").arg(lat)
                          : tr("%1° N", "latitude north").arg(lat),
             longitude < 0 ? tr("%1° W", "longitude west").arg(lon)
                           : tr("%1° E", "longitude east").arg(lon));
}

QString PhotoDetails::altitude(double metres)
{
    const QString amount = plainLocale().toString(std::lround(std::abs(metres)));
    return metres < 0 ? tr("%1 m below sea level").arg(amount)
                      : tr("%1 m above sea level").arg(amount);
}

QUrl PhotoDetails::openStreetMapUrl(double latitude, double longitude)
{
    const QString lat = urlNumber(latitude);
    const QString lon = urlNumber(longitude);
    QUrl url(QStringLiteral("https://www.openstreetmap.org/"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("mlat"), lat);
    query.addQueryItem(QStringLiteral("mlon"), lon);
    url.setQuery(query);
    url.setFragment(QStringLiteral("map=16/%1/%2").arg(lat, lon));
    return url;
}

QString PhotoDetails::fileSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString PhotoDetails::dimensions(QSize pixels)
{
    if (pixels.isEmpty())
        return {};
    const QLocale locale = plainLocale();
    const QString width = locale.toString(pixels.width());
    const QString height = locale.toString(pixels.height());
    const double megapixels = double(pixels.width()) * pixels.height() / 1e6;
    if (megapixels < 0.1)
        return tr("%1 × %2 pixels", "width × height").arg(width, height);
    return tr("%1 × %2 pixels (%3 MP)", "width × height (megapixels)")
        .arg(width, height, shortNumber(megapixels, 1));
}

QString PhotoDetails::stateName(PhotoState state)
{
    switch (state) {
    case PhotoState::Ok:
        return tr("OK", "photo state");
    case PhotoState::Missing:
        return tr("Missing", "photo state: the file is gone");
    case PhotoState::Unreadable:
        return tr("Unreadable", "photo state: the file cannot be read");
    }
    return {};
}
