#pragma once

#include <QSet>
#include <QString>

// The names an export gives its files. Titles and file names come from the user and from cameras:
// a page or image name made of them must work on every host and file system, in a URL without
// escaping, and must never leave the output folder. So names are ASCII slugs ("Fête à Zürich" ->
// "fete-a-zurich"), made unique within one export, and every relative path is checked before it
// is written.
class ExportFileNames
{
public:
    static constexpr int MaximumSlugLength = 60;

    // Lower-case ASCII letters, digits and single '-' between them; accents transliterated
    // (NFKD, the marks dropped), every other run of characters one '-'. Never empty, never "." or
    // "..": a text with nothing to keep gives `fallback` (itself slugged, else "untitled").
    static QString slug(const QString &text, const QString &fallback = QStringLiteral("untitled"),
                        int maximumLength = MaximumSlugLength);

    // The slug of a file name without its extension ("IMG_0042.JPG" -> "img-0042").
    static QString slugOfFileName(const QString &fileName);

    // True when `relativePath` ('/'-separated, as written into the output folder) names something
    // inside it: not empty, not absolute, no drive letter, no backslash, no "." or ".." segment,
    // no empty segment, no control character.
    static bool staysInside(const QString &relativePath);

    // `name` ("gallery-paris.html"), or the first of "gallery-paris-2.html", "-3"... not yet
    // handed out by this object; compared case-insensitively, as macOS and Windows file systems
    // do. The number goes before the extension (the text after the last '.').
    QString unique(const QString &name);

    // Marks a name as taken (a file the theme writes, say) without handing it out.
    void reserve(const QString &name);

private:
    QSet<QString> m_taken; // case-folded
};
