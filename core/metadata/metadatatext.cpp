#include "core/metadata/metadatatext.h"

#include <charconv>
#include <cmath>

namespace MetadataText {

namespace {

std::string_view untilNul(std::string_view bytes)
{
    const auto nul = bytes.find('\0');
    return nul == std::string_view::npos ? bytes : bytes.substr(0, nul);
}

std::string_view trimmedView(std::string_view text)
{
    while (!text.empty() && (text.front() == ' ' || text.front() == '\0'))
        text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\0'))
        text.remove_suffix(1);
    return text;
}

std::optional<double> parseDecimal(std::string_view text)
{
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value))
        return std::nullopt;
    return value;
}

bool isPadding(QChar c)
{
    return c.isSpace() || c.unicode() == 0;
}

} // namespace

bool isValidUtf8(std::string_view bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const unsigned char lead = *p;
        if (lead < 0x80) {
            ++p;
            continue;
        }
        int continuation = 0;
        char32_t minimum = 0;
        char32_t codePoint = 0;
        if ((lead & 0xe0) == 0xc0) {
            continuation = 1;
            minimum = 0x80;
            codePoint = lead & 0x1f;
        } else if ((lead & 0xf0) == 0xe0) {
            continuation = 2;
            minimum = 0x800;
            codePoint = lead & 0x0f;
        } else if ((lead & 0xf8) == 0xf0) {
            continuation = 3;
            minimum = 0x10000;
            codePoint = lead & 0x07;
        } else {
            return false;
        }
        if (end - p <= continuation)
            return false;
        for (int i = 1; i <= continuation; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            codePoint = (codePoint << 6) | (p[i] & 0x3f);
        }
        // Overlong forms, UTF-16 surrogates and values past Unicode are not UTF-8.
        if (codePoint < minimum || codePoint > 0x10ffff ||
            (codePoint >= 0xd800 && codePoint <= 0xdfff))
            return false;
        p += continuation + 1;
    }
    return true;
}

QString decodeLegacy(std::string_view bytes)
{
    bytes = untilNul(bytes);
    QString text =
        cleaned(isValidUtf8(bytes) ? QString::fromUtf8(bytes.data(), qsizetype(bytes.size()))
                                   : QString::fromLatin1(bytes.data(), qsizetype(bytes.size())));
    return isReadableText(text) ? text : QString();
}

QString decodeUtf8(std::string_view bytes)
{
    return cleaned(QString::fromUtf8(bytes.data(), qsizetype(bytes.size())));
}

QString decodeUcs2Le(std::string_view bytes)
{
    QString text;
    text.reserve(qsizetype(bytes.size() / 2));
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        const char16_t unit = char16_t(static_cast<unsigned char>(bytes[i])) |
                              char16_t(static_cast<unsigned char>(bytes[i + 1]) << 8);
        if (unit == 0)
            break;
        text.append(QChar(unit));
    }
    text = cleaned(std::move(text));
    return isReadableText(text) ? text : QString();
}

QString cleaned(QString text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isPadding(text.at(begin)))
        ++begin;
    while (end > begin && isPadding(text.at(end - 1)))
        --end;
    if (begin == 0 && end == text.size())
        return text;
    return text.mid(begin, end - begin);
}

bool isReadableText(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control && c != u'\n' && c != u'\r' && c != u'\t')
            return false;
        if (c == QChar::ReplacementCharacter)
            return false;
    }
    return true;
}

std::optional<double> parseNumber(std::string_view text)
{
    text = trimmedView(text);
    if (text.empty())
        return std::nullopt;
    const auto slash = text.find('/');
    if (slash == std::string_view::npos)
        return parseDecimal(text);
    const auto numerator = parseDecimal(trimmedView(text.substr(0, slash)));
    const auto denominator = parseDecimal(trimmedView(text.substr(slash + 1)));
    if (!numerator || !denominator || *denominator == 0.0)
        return std::nullopt;
    return *numerator / *denominator;
}

std::optional<double> parseNumber(const QString &text)
{
    // Numbers are ASCII; anything else fails to parse either way.
    const QByteArray latin1 = text.toLatin1();
    return parseNumber(std::string_view(latin1.constData(), std::size_t(latin1.size())));
}

} // namespace MetadataText
