#include "core/metadata/metadatadatetime.h"

#include <cmath>

namespace MetadataDateTime {

namespace {

// A small cursor over ASCII text; every read checks the bounds.
class Scanner
{
public:
    explicit Scanner(std::string_view text)
        : m_text(text)
    {}

    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text[m_pos]; }
    void skip() { ++m_pos; }
    std::string_view rest() const { return m_text.substr(qMin(m_pos, m_text.size())); }

    bool number(int digits, int &value)
    {
        if (m_pos + std::size_t(digits) > m_text.size())
            return false;
        value = 0;
        for (int i = 0; i < digits; ++i) {
            const char c = m_text[m_pos + std::size_t(i)];
            if (c < '0' || c > '9')
                return false;
            value = value * 10 + (c - '0');
        }
        m_pos += std::size_t(digits);
        return true;
    }

    bool oneOf(std::string_view separators)
    {
        if (atEnd() || separators.find(m_text[m_pos]) == std::string_view::npos)
            return false;
        ++m_pos;
        return true;
    }

private:
    std::string_view m_text;
    std::size_t m_pos = 0;
};

std::string_view trimmed(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\0'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\0' || text.back() == '\n'))
        text.remove_suffix(1);
    return text;
}

std::optional<TakenTime> makeTaken(int year, int month, int day, int hour, int minute, int second,
                                   int millisecond)
{
    // Year 0 is the "clock never set" placeholder; nobody took photos before 1826.
    if (year < 1800)
        return std::nullopt;
    TakenTime taken;
    taken.date = QDate(year, month, day);
    // 24:00:00 and leap seconds do occur in the wild; clamp them instead of losing the photo.
    if (hour == 24 && minute == 0 && second == 0) {
        hour = 23;
        minute = 59;
        second = 59;
    }
    taken.time = QTime(hour, minute, qMin(second, 59), millisecond);
    if (!taken.isValid())
        return std::nullopt;
    return taken;
}

// "Z", "+hh:mm", "+hhmm", "+hh" at the scanner's position; nullopt when absent or malformed.
std::optional<int> scanOffset(Scanner &scanner)
{
    if (scanner.peek() == 'Z') {
        scanner.skip();
        return 0;
    }
    const char sign = scanner.peek();
    if (sign != '+' && sign != '-')
        return std::nullopt;
    scanner.skip();
    int hours = 0;
    int minutes = 0;
    if (!scanner.number(2, hours))
        return std::nullopt;
    scanner.oneOf(":");
    if (!scanner.atEnd() && !scanner.number(2, minutes))
        return std::nullopt;
    if (hours > 14 || minutes > 59)
        return std::nullopt;
    const int seconds = hours * 3600 + minutes * 60;
    return sign == '-' ? -seconds : seconds;
}

// Fraction digits after the seconds' '.', as milliseconds.
int scanFraction(Scanner &scanner)
{
    int milliseconds = 0;
    int digits = 0;
    while (scanner.peek() >= '0' && scanner.peek() <= '9') {
        if (digits < 3)
            milliseconds = milliseconds * 10 + (scanner.peek() - '0');
        ++digits;
        scanner.skip();
    }
    for (int i = digits; i < 3; ++i)
        milliseconds *= 10;
    return milliseconds;
}

} // namespace

std::optional<TakenTime> parseExif(std::string_view text)
{
    Scanner scanner(trimmed(text));
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (!scanner.number(4, year) || !scanner.oneOf(":-/") || !scanner.number(2, month) ||
        !scanner.oneOf(":-/") || !scanner.number(2, day) || !scanner.oneOf(" T") ||
        !scanner.number(2, hour) || !scanner.oneOf(":") || !scanner.number(2, minute))
        return std::nullopt;
    // Some cameras stop at minutes; seconds are then zero.
    if (scanner.oneOf(":") && !scanner.number(2, second))
        return std::nullopt;
    int millisecond = 0;
    if (scanner.oneOf("."))
        millisecond = scanFraction(scanner);
    return makeTaken(year, month, day, hour, minute, second, millisecond);
}

std::optional<int> parseSubSeconds(std::string_view text)
{
    Scanner scanner(trimmed(text));
    if (scanner.atEnd() || scanner.peek() < '0' || scanner.peek() > '9')
        return std::nullopt;
    const int milliseconds = scanFraction(scanner);
    return scanner.atEnd() ? std::optional<int>(milliseconds) : std::nullopt;
}

std::optional<TakenTime> parseXmp(std::string_view text)
{
    Scanner scanner(trimmed(text));
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    int millisecond = 0;
    if (!scanner.number(4, year) || !scanner.oneOf("-:") || !scanner.number(2, month) ||
        !scanner.oneOf("-:") || !scanner.number(2, day))
        return std::nullopt;
    std::optional<int> offset;
    if (scanner.oneOf("T ")) {
        if (!scanner.number(2, hour) || !scanner.oneOf(":") || !scanner.number(2, minute))
            return std::nullopt;
        if (scanner.oneOf(":")) {
            if (!scanner.number(2, second))
                return std::nullopt;
            if (scanner.oneOf(".,"))
                millisecond = scanFraction(scanner);
        }
        offset = scanOffset(scanner);
    }
    if (!scanner.atEnd())
        return std::nullopt;
    auto taken = makeTaken(year, month, day, hour, minute, second, millisecond);
    if (taken)
        taken->utcOffsetSeconds = offset;
    return taken;
}

std::optional<TakenTime> parseIptc(std::string_view date, std::string_view time)
{
    Scanner dateScanner(trimmed(date));
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = 0;
    int minute = 0;
    int second = 0;
    if (!dateScanner.number(4, year))
        return std::nullopt;
    dateScanner.oneOf("-:");
    if (!dateScanner.number(2, month))
        return std::nullopt;
    dateScanner.oneOf("-:");
    if (!dateScanner.number(2, day) || !dateScanner.atEnd())
        return std::nullopt;
    Scanner timeScanner(trimmed(time));
    std::optional<int> offset;
    if (!timeScanner.atEnd()) {
        if (!timeScanner.number(2, hour))
            return std::nullopt;
        timeScanner.oneOf(":");
        if (!timeScanner.number(2, minute))
            return std::nullopt;
        timeScanner.oneOf(":");
        if (!timeScanner.number(2, second))
            return std::nullopt;
        offset = scanOffset(timeScanner);
    }
    auto taken = makeTaken(year, month, day, hour, minute, second, 0);
    if (taken)
        taken->utcOffsetSeconds = offset;
    return taken;
}

std::optional<QDateTime> gpsUtc(std::string_view dateStamp, double hours, double minutes,
                                double seconds)
{
    Scanner scanner(trimmed(dateStamp));
    int year = 0;
    int month = 0;
    int day = 0;
    if (!scanner.number(4, year) || !scanner.oneOf(":-") || !scanner.number(2, month) ||
        !scanner.oneOf(":-") || !scanner.number(2, day))
        return std::nullopt;
    const QDate date(year, month, day);
    const double total = hours * 3600.0 + minutes * 60.0 + seconds;
    if (!date.isValid() || year < 1800 || !std::isfinite(total) || total < 0.0 || total >= 86400.0)
        return std::nullopt;
    const QTime time = QTime::fromMSecsSinceStartOfDay(int(std::llround(total * 1000.0)));
    if (!time.isValid())
        return std::nullopt;
    return QDateTime(date, time, Qt::UTC);
}

} // namespace MetadataDateTime
