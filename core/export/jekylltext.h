#pragma once

#include <QString>
#include <QStringView>

// Text from the catalog (titles, captions, descriptions) and Corkboard's own words (the markers)
// as they land in a Jekyll post. Jekyll reads a post with Liquid first, then Markdown (kramdown),
// and passes HTML blocks through: each place needs its own escaping, and "{{" or "{%" anywhere
// would be read as Liquid, whose tags know no backslash escapes.
class JekyllText
{
public:
    // Plain text as Markdown that shows it as it is: the characters that would format it are
    // backslash-escaped (those that only matter at the start of a line only there), & is &amp;,
    // and { and } are character references.
    static QString markdown(const QString &text);

    // Text for an HTML attribute value in double quotes: & < > " ' escaped, line breaks as spaces
    // (a blank line would end Markdown's HTML block), and { } as character references.
    static QString attribute(QStringView text);

    // The body of a post as Jekyll must read it: a body with "{{" or "{%" (a code sample, a
    // template) is wrapped in {% raw %}, so it shows as the app shows it instead of being run, or
    // of stopping the whole site's build when it is not valid Liquid.
    static QString liquidProof(const QString &body);
};
