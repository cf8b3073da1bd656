#include "core/import/importreport.h"

#include <QStringList>

QString ImportReport::summary() const
{
    QStringList parts;
    parts.append(tr("Imported %n photo(s)", nullptr, imported));
    if (updated > 0)
        parts.append(tr("%n updated", nullptr, updated));
    if (relocated > 0)
        parts.append(tr("%n moved", nullptr, relocated));
    parts.append(tr("%n unchanged", nullptr, unchanged));
    parts.append(tr("%n duplicate(s)", nullptr, static_cast<int>(duplicates.size())));
    parts.append(tr("%n failed", nullptr, static_cast<int>(problems.size())));
    if (markedMissing > 0)
        parts.append(tr("%n missing", nullptr, markedMissing));
    if (notPhotos > 0)
        parts.append(tr("%n not photos", nullptr, notPhotos));
    QString text = parts.join(QStringLiteral(", "));
    if (cancelled)
        text += QLatin1Char(' ') + tr("(cancelled)");
    return text + QLatin1Char('.');
}

QString ImportReport::problemsText() const
{
    QStringList lines;
    for (const ImportProblem &problem : problems)
        lines.append(problem.path + QLatin1Char('\t') + problem.reason);
    if (!fatalError.isEmpty())
        lines.append(fatalError);
    return lines.join(QLatin1Char('\n'));
}
