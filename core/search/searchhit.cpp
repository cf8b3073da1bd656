#include "core/search/searchhit.h"

QString SearchHit::snippetHtml() const
{
    QString html;
    qsizetype at = 0;
    for (const SearchHighlight &highlight : highlights) {
        html += QStringView(snippet).mid(at, highlight.start - at).toString().toHtmlEscaped();
        html +=
            QStringLiteral("<b>") +
            QStringView(snippet).mid(highlight.start, highlight.length).toString().toHtmlEscaped() +
            QStringLiteral("</b>");
        at = highlight.start + highlight.length;
    }
    return html + QStringView(snippet).mid(at).toString().toHtmlEscaped();
}
