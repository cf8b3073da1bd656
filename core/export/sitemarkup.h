#pragma once

#include <QColor>
#include <QString>

// The bits of HTML the site makes itself, from text that is escaped first: nothing a user wrote
// reaches a page unescaped through here.
class SiteMarkup
{
public:
    // "<p>" paragraphs of plain text, escaped, a blank line between paragraphs, <br> for lines.
    static QString paragraphsHtml(const QString &text);
    // The text of HTML that md4c wrote for an alt attribute: its entities read back.
    static QString htmlToText(const QString &html);
    // An entry body's headings under the page's one h1: the levels it uses become h2, h3...,
    // none more than one below the heading before it (a skipped level is an error to the HTML
    // checker and a puzzle to a screen reader's outline).
    static QString demotedHeadings(const QString &html);
    // Black or white text, whichever reads better on `paper` (WCAG contrast).
    static QColor inkFor(const QColor &paper);
};
