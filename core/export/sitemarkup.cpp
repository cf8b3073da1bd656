#include "core/export/sitemarkup.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace {

double relativeLuminance(const QColor &color)
{
    auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) +
           0.0722 * channel(color.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

} // namespace

QString SiteMarkup::demotedHeadings(const QString &html)
{
    // md4c escapes every '<' of the text, so each "<h3>" in its output is a heading's tag.
    static const QRegularExpression tag(QStringLiteral("<(/?)h([1-6])>"));
    QList<int> used;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const int level = it.next().captured(2).toInt();
        if (!used.contains(level))
            used.append(level);
    }
    std::sort(used.begin(), used.end());

    // The levels the body uses, in order, become h2, h3...; and a heading never goes more than
    // one level below the one before it ("### Day one" straight under the title is an h2).
    QString result;
    qsizetype last = 0;
    int previous = 1;
    int open = 2;
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += html.mid(last, match.capturedStart() - last);
        const bool closing = !match.captured(1).isEmpty();
        if (!closing) {
            const int ranked = 2 + int(used.indexOf(match.captured(2).toInt()));
            open = std::min({ranked, previous + 1, 6});
            previous = open;
        }
        result += QStringLiteral("<%1h%2>").arg(match.captured(1)).arg(open);
        last = match.capturedEnd();
    }
    result += html.mid(last);
    return result;
}

QString SiteMarkup::paragraphsHtml(const QString &plain)
{
    static const QRegularExpression blankLines(QStringLiteral("\\n\\s*\\n"));
    QString html;
    const QString normalized = QString(plain).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    for (const QString &paragraph : normalized.split(blankLines, Qt::SkipEmptyParts)) {
        const QString trimmed = paragraph.trimmed();
        if (trimmed.isEmpty())
            continue;
        html += QStringLiteral("<p>") +
                trimmed.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>\n")) +
                QStringLiteral("</p>\n");
    }
    return html;
}

QString SiteMarkup::htmlToText(const QString &html)
{
    static const QRegularExpression entity(QStringLiteral("&(#[0-9]+|#[xX][0-9a-fA-F]+|amp|lt|gt|"
                                                          "quot|apos);"));
    QString result;
    qsizetype last = 0;
    for (auto it = entity.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += html.mid(last, match.capturedStart() - last);
        const QString name = match.captured(1);
        char32_t code = 0;
        if (name == QLatin1String("amp"))
            code = '&';
        else if (name == QLatin1String("lt"))
            code = '<';
        else if (name == QLatin1String("gt"))
            code = '>';
        else if (name == QLatin1String("quot"))
            code = '"';
        else if (name == QLatin1String("apos"))
            code = '\'';
        else if (name.startsWith(QLatin1String("#x"), Qt::CaseInsensitive))
            code = name.mid(2).toUInt(nullptr, 16);
        else
            code = name.mid(1).toUInt();
        if (code == 0 || code > 0x10FFFF)
            code = 0xFFFD;
        result += QString::fromUcs4(&code, 1);
        last = match.capturedEnd();
    }
    result += html.mid(last);
    return result;
}

QColor SiteMarkup::inkFor(const QColor &paper)
{
    const QColor dark(0x22, 0x22, 0x22);
    if (!paper.isValid())
        return dark;
    return contrast(paper, dark) >= contrast(paper, Qt::white) ? dark : QColor(Qt::white);
}
