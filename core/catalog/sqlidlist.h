#pragma once

#include <QList>
#include <QString>

// "12,15,40": ids for an inline `IN (...)` list. Ids are integers the catalog handed out, so
// writing them into the statement is safe, and one statement for a batch of a few hundred costs
// far less than one per id.
QString sqlIdList(const QList<qint64> &ids);
