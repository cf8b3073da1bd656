#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QMimeData;

// Photos on the move inside Corkboard (dragged from the grid onto an event): their catalog ids
// under a type of our own, and their files as text/uri-list so that a file manager or another app
// takes them too. Import ignores drags that carry the ids: they are photos already in the catalog.
namespace PhotoMimeData {

inline constexpr char kPhotoIdsType[] = "application/x-corkboard-photo-ids";

// A new QMimeData for the drag (the drag owns it).
QMimeData *create(const QList<qint64> &photoIds, const QStringList &paths);
bool hasPhotoIds(const QMimeData *mime);
// The ids a drag carries, in order; empty when it carries none.
QList<qint64> photoIds(const QMimeData *mime);

} // namespace PhotoMimeData
