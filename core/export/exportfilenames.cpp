#include "core/export/exportfilenames.h"

namespace {

// A few letters NFKD leaves whole because they are letters of their own, not a base letter with
// a mark: spelled the way German, the Nordic languages and French write them in ASCII.
QString transliterated(QChar c)
{
    switch (c.unicode()) {
    case 0x00DF: // ß
        return QStringLiteral("ss");
    case 0x00E6: // æ
    case 0x00C6:
        return QStringLiteral("ae");
    case 0x0153: // œ
    case 0x0152:
        return QStringLiteral("oe");
    case 0x00F8: // ø
    case 0x00D8:
        return QStringLiteral("o");
    case 0x0111: // đ
    case 0x0110:
    case 0x00F0: // ð
    case 0x00D0:
        return QStringLiteral("d");
    case 0x00FE: // þ
    case 0x00DE:
        return QStringLiteral("th");
    case 0x0142: // ł
    case 0x0141:
        return QStringLiteral("l");
    case 0x0131: // dotless ı
        return QStringLiteral("i");
    default:
        return {};
    }
}

QString slugOrEmpty(const QString &text, int maximumLength)
{
    // NFKD splits "é" into "e" and a combining accent, and compatibility forms ("ﬁ", "①", full
    // width letters) into their plain letters; the marks and everything else non-ASCII then go.
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString slug;
    slug.reserve(qMin<qsizetype>(decomposed.size(), maximumLength));
    bool pendingDash = false;
    auto append = [&](QChar c) {
        if (pendingDash && !slug.isEmpty())
            slug += u'-';
        pendingDash = false;
        slug += c;
    };
    for (const QChar c : decomposed) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9')) {
            append(c);
        } else if (u >= u'A' && u <= u'Z') {
            append(QChar(u + (u'a' - u'A')));
        } else if (c.category() == QChar::Mark_NonSpacing ||
                   c.category() == QChar::Mark_SpacingCombining ||
                   c.category() == QChar::Mark_Enclosing) {
            // The accent of a letter just kept: dropped without breaking the word.
        } else if (const QString ascii = transliterated(c); !ascii.isEmpty()) {
            for (const QChar a : ascii)
                append(a);
        } else if (u == u'\'' || u == 0x2019) {
            // "Anna's" reads better as "annas" than "anna-s".
        } else {
            pendingDash = true;
        }
    }
    if (slug.size() > maximumLength) {
        slug.truncate(maximumLength);
        // Cut at the last word boundary when there is one in the second half, so a long title
        // does not end in half a word.
        const qsizetype dash = slug.lastIndexOf(u'-');
        if (dash > maximumLength / 2)
            slug.truncate(dash);
        while (slug.endsWith(u'-'))
            slug.chop(1);
    }
    return slug;
}

} // namespace

QString ExportFileNames::slug(const QString &text, const QString &fallback, int maximumLength)
{
    maximumLength = qMax(1, maximumLength);
    QString slug = slugOrEmpty(text, maximumLength);
    if (slug.isEmpty())
        slug = slugOrEmpty(fallback, maximumLength);
    // A slug holds only [a-z0-9-] and neither starts nor ends with '-', so it can never be "."
    // or "..": only emptiness is left to rule out.
    if (slug.isEmpty())
        slug = QStringLiteral("untitled").left(maximumLength);
    return slug;
}

QString ExportFileNames::slugOfFileName(const QString &fileName)
{
    // The name only: a path's folders ("../../x.jpg", "a\\b.jpg") are not part of what is kept.
    QString name = fileName;
    name.replace(u'\\', u'/');
    name = name.mid(name.lastIndexOf(u'/') + 1);
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot > 0)
        name.truncate(dot);
    return slug(name, QStringLiteral("photo"));
}

bool ExportFileNames::staysInside(const QString &relativePath)
{
    if (relativePath.isEmpty() || relativePath.startsWith(u'/'))
        return false;
    for (const QChar c : relativePath) {
        // A backslash is a separator on Windows, a colon starts a drive or a stream there.
        if (c == u'\\' || c == u':' || c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    const QStringList segments = relativePath.split(u'/');
    for (const QString &segment : segments) {
        if (segment.isEmpty() || segment == u"." || segment == u"..")
            return false;
    }
    return true;
}

QString ExportFileNames::unique(const QString &name)
{
    QString candidate = name;
    if (!m_taken.contains(candidate.toCaseFolded())) {
        m_taken.insert(candidate.toCaseFolded());
        return candidate;
    }
    const qsizetype dot = name.lastIndexOf(u'.');
    const QString stem = dot > 0 ? name.left(dot) : name;
    const QString extension = dot > 0 ? name.mid(dot) : QString();
    for (int n = 2;; ++n) {
        candidate = stem + u'-' + QString::number(n) + extension;
        if (!m_taken.contains(candidate.toCaseFolded())) {
            m_taken.insert(candidate.toCaseFolded());
            return candidate;
        }
    }
}

void ExportFileNames::reserve(const QString &name)
{
    m_taken.insert(name.toCaseFolded());
}
