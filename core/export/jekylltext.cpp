#include "core/export/jekylltext.h"

#include <QRegularExpression>

QString JekyllText::markdown(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    bool lineStart = true;
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
        case u'`':
        case u'*':
        case u'_':
        case u'[':
        case u']':
        case u'<':
        case u'>':
        case u'|':
        case u'~':
        case u'!':
            out += u'\\';
            out += c;
            break;
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'{': // Liquid knows no backslash escapes: "\\{%" is still its tag
            out += QStringLiteral("&#123;");
            break;
        case u'}':
            out += QStringLiteral("&#125;");
            break;
        case u'#':
        case u'-':
        case u'+':
        case u'=':
            // Headings, list items and underlines begin a line; elsewhere they are text.
            if (lineStart)
                out += u'\\';
            out += c;
            break;
        default:
            out += c;
        }
        if (c == u'\n')
            lineStart = true;
        else if (c != u' ' && c != u'\t')
            lineStart = false;
    }
    // "2019. A good year" at the start of a line would begin a numbered list.
    static const QRegularExpression listNumber(QStringLiteral("^([ \\t]*\\d+)([.)])"),
                                               QRegularExpression::MultilineOption);
    out.replace(listNumber, QStringLiteral("\\1\\\\2"));
    return out;
}

QString JekyllText::liquidProof(const QString &body)
{
    if (!body.contains(QStringLiteral("{{")) && !body.contains(QStringLiteral("{%")))
        return body;
    return QStringLiteral("{% raw %}\n") + body + QStringLiteral("{% endraw %}\n");
}

QString JekyllText::attribute(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'&':
            out += QStringLiteral("&amp;");
            break;
        case u'<':
            out += QStringLiteral("&lt;");
            break;
        case u'>':
            out += QStringLiteral("&gt;");
            break;
        case u'"':
            out += QStringLiteral("&quot;");
            break;
        case u'\'':
            out += QStringLiteral("&#39;");
            break;
        case u'{':
            out += QStringLiteral("&#123;");
            break;
        case u'}':
            out += QStringLiteral("&#125;");
            break;
        case u'\r':
            break;
        case u'\n':
        case u'\t':
            out += u' ';
            break;
        default:
            out += c;
        }
    }
    return out;
}
