#include "core/catalog/sqlidlist.h"

#include <QStringList>

QString sqlIdList(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts.append(QString::number(id));
    return parts.join(QLatin1Char(','));
}
