#include "core/library/photogridmodel.h"

#include "core/catalog/photosummaryrepository.h"
#include "core/library/naturalorder.h"

#include <QDir>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <limits>
#include <optional>

namespace {

// What the catalog is asked for a source. AllPhotos leaves the problems out (they have their own
// entry); Folder and Import keep them, so a broken tile explains itself where the user expects
// the photo. None (a heading) and incomplete sources show nothing.
std::optional<PhotoSummaryFilter> filterFor(const PhotoSource &source)
{
    PhotoSummaryFilter filter;
    switch (source.kind) {
    case PhotoSource::Kind::None:
        return std::nullopt;
    case PhotoSource::Kind::AllPhotos:
        filter.states = PhotoSummaryFilter::States::Ok;
        return filter;
    case PhotoSource::Kind::Folder:
        if (source.folderPath.isEmpty())
            return std::nullopt;
        filter.folderPath = source.folderPath;
        return filter;
    case PhotoSource::Kind::Import:
        if (source.importId == 0)
            return std::nullopt;
        filter.importId = source.importId;
        return filter;
    case PhotoSource::Kind::Problems:
        filter.states = PhotoSummaryFilter::States::Problems;
        return filter;
    case PhotoSource::Kind::Event:
        if (source.eventId == 0)
            return std::nullopt;
        filter.eventId = source.eventId;
        return filter;
    case PhotoSource::Kind::Gallery:
    case PhotoSource::Kind::JournalEntry:
        return std::nullopt; // shown by the board and the editor, not the grid
    }
    return std::nullopt;
}

bool samePhoto(const PhotoSummary &a, const PhotoSummary &b)
{
    return a.id == b.id && a.path == b.path && a.takenLocal == b.takenLocal &&
           a.takenOffsetSeconds == b.takenOffsetSeconds && a.importedAt == b.importedAt &&
           a.importId == b.importId && a.identityKey == b.identityKey &&
           a.orientation == b.orientation && a.pixelSize == b.pixelSize && a.state == b.state &&
           a.stateReason == b.stateReason && a.takenInstantMs == b.takenInstantMs &&
           a.instantOffsetSeconds == b.instantOffsetSeconds && a.offsetSource == b.offsetSource &&
           a.clockShiftSeconds == b.clockShiftSeconds;
}

QString offsetText(int seconds)
{
    const int minutes = std::abs(seconds) / 60;
    return QStringLiteral("UTC%1%2:%3")
        .arg(seconds < 0 ? QLatin1Char('-') : QLatin1Char('+'))
        .arg(minutes / 60, 2, 10, QLatin1Char('0'))
        .arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

PhotoGridModel::PhotoGridModel(const CatalogConnection &connection, QObject *parent)
    : QAbstractListModel(parent)
    , m_connection(connection)
    , m_collator(naturalOrderCollator())
{
    reload();
}

int PhotoGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant PhotoGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index, CheckIndexOption::ParentIsInvalid));
    const PhotoSummary &photo = summaryAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case FileNameRole:
        return photo.fileName();
    case Qt::ToolTipRole: {
        QStringList lines{QDir::toNativeSeparators(photo.path)};
        if (photo.takenInstantMs) {
            // Where it was taken, with the camera clock corrected.
            const QDateTime local = QDateTime::fromMSecsSinceEpoch(
                *photo.takenInstantMs + qint64(photo.instantOffsetSeconds) * 1000, Qt::UTC);
            lines.append(tr("Taken %1")
                             .arg(QLocale().toString(local, QLocale::ShortFormat) +
                                  QLatin1Char(' ') + offsetText(photo.instantOffsetSeconds)));
        } else if (photo.takenLocal.isValid()) {
            QString taken = QLocale().toString(photo.takenLocal, QLocale::ShortFormat);
            if (photo.takenOffsetSeconds)
                taken += QLatin1Char(' ') + offsetText(*photo.takenOffsetSeconds);
            lines.append(tr("Taken %1").arg(taken));
        } else {
            lines.append(tr("Time taken unknown"));
        }
        if (photo.state != PhotoState::Ok && !photo.stateReason.isEmpty())
            lines.append(photo.stateReason);
        return lines.join(QLatin1Char('\n'));
    }
    case PhotoIdRole:
        return photo.id;
    case PathRole:
        return photo.path;
    case TakenAtRole:
        return photo.takenLocal;
    case TakenOffsetRole:
        return photo.takenOffsetSeconds ? QVariant(*photo.takenOffsetSeconds) : QVariant();
    case ImportedAtRole:
        return photo.importedAt;
    case OrientationRole:
        return photo.orientation;
    case PixelSizeRole:
        // EXIF orientations 5 to 8 turn the picture a quarter: width and height swap on screen.
        return photo.orientation >= 5 ? photo.pixelSize.transposed() : photo.pixelSize;
    case StateRole:
        return static_cast<int>(photo.state);
    case StateReasonRole:
        return photo.stateReason;
    case IdentityKeyRole:
        return photo.identityKey;
    }
    return {};
}

QHash<int, QByteArray> PhotoGridModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PhotoIdRole, "photoId");
    names.insert(PathRole, "path");
    names.insert(FileNameRole, "fileName");
    names.insert(TakenAtRole, "takenAt");
    names.insert(TakenOffsetRole, "takenOffset");
    names.insert(ImportedAtRole, "importedAt");
    names.insert(OrientationRole, "orientation");
    names.insert(PixelSizeRole, "pixelSize");
    names.insert(StateRole, "state");
    names.insert(StateReasonRole, "stateReason");
    names.insert(IdentityKeyRole, "identityKey");
    return names;
}

void PhotoGridModel::setSource(const PhotoSource &source)
{
    if (source == m_source)
        return;
    m_source = source;
    reload();
}

void PhotoGridModel::setSortOrder(SortOrder order)
{
    if (order == m_order)
        return;
    // The summaries are all here: sorting again needs no query.
    beginResetModel();
    m_order = order;
    computeSortKeys();
    sortRows();
    endResetModel();
}

QModelIndex PhotoGridModel::indexOfPhoto(qint64 photoId) const
{
    const auto slot = m_slotOfPhoto.constFind(photoId);
    if (slot == m_slotOfPhoto.cend())
        return {};
    const int row = rowOfSlot(*slot);
    return row < 0 ? QModelIndex() : index(row);
}

void PhotoGridModel::reload()
{
    const std::optional<PhotoSummaryFilter> filter = filterFor(m_source);
    QList<PhotoSummary> photos;
    if (filter) {
        PhotoSummaryRepository repository(m_connection);
        photos = repository.list(*filter);
        if (!repository.lastError().isEmpty())
            qWarning("PhotoGridModel: %s", qPrintable(repository.lastError()));
    }

    beginResetModel();
    m_photos = std::move(photos);
    m_freeSlots.clear();
    m_slotOfPhoto.clear();
    m_slotOfPhoto.reserve(m_photos.size());
    m_rows.resize(m_photos.size());
    for (int slot = 0; slot < static_cast<int>(m_photos.size()); ++slot) {
        m_rows[slot] = slot;
        m_slotOfPhoto.insert(m_photos.at(slot).id, slot);
    }
    computeSortKeys();
    sortRows();
    endResetModel();
}

void PhotoGridModel::refreshPhotos(const QList<qint64> &photoIds)
{
    const std::optional<PhotoSummaryFilter> filter = filterFor(m_source);
    if (!filter || photoIds.isEmpty())
        return;
    PhotoSummaryRepository repository(m_connection);
    QList<PhotoSummary> fresh = repository.listByIds(photoIds, *filter);
    if (!repository.lastError().isEmpty()) {
        qWarning("PhotoGridModel: %s", qPrintable(repository.lastError()));
        return;
    }

    // Rows of photos that no longer belong here (gone, or now a problem while showing all).
    QSet<qint64> belonging;
    belonging.reserve(fresh.size());
    for (const PhotoSummary &photo : std::as_const(fresh))
        belonging.insert(photo.id);
    QList<int> leaving;
    for (qint64 id : photoIds) {
        const auto slot = m_slotOfPhoto.constFind(id);
        if (slot != m_slotOfPhoto.cend() && !belonging.contains(id)) {
            if (const int row = rowOfSlot(*slot); row >= 0 && !leaving.contains(row))
                leaving.append(row);
        }
    }
    removePhotoRows(std::move(leaving));

    QList<int> arriving;
    for (PhotoSummary &photo : fresh) {
        const auto slot = m_slotOfPhoto.constFind(photo.id);
        if (slot == m_slotOfPhoto.cend()) {
            arriving.append(takeSlot(std::move(photo)));
        } else if (!samePhoto(m_photos.at(*slot), photo)) {
            updateRow(rowOfSlot(*slot), std::move(photo));
        }
    }
    insertSlots(std::move(arriving));
}

bool PhotoGridModel::lessThan(int slotA, int slotB) const
{
    // A total order (the id decides last), so that a binary search finds every row exactly.
    if (m_order != SortOrder::FileName) {
        const qint64 a = m_timeKeys[slotA];
        const qint64 b = m_timeKeys[slotB];
        if (a != b)
            return a < b;
    }
    if (m_order != SortOrder::ImportedAt) {
        if (const int c = nameKey(slotA).compare(nameKey(slotB)); c != 0)
            return c < 0;
        // The same name in two folders: the folders decide.
        if (const int c = m_photos.at(slotA).path.compare(m_photos.at(slotB).path); c != 0)
            return c < 0;
    }
    return m_photos.at(slotA).id < m_photos.at(slotB).id;
}

void PhotoGridModel::computeSortKeys()
{
    m_timeKeys.resize(m_photos.size());
    m_nameKeys.assign(m_photos.size(), std::nullopt);
    for (int slot = 0; slot < static_cast<int>(m_photos.size()); ++slot)
        m_timeKeys[slot] = timeKey(m_photos.at(slot));
}

void PhotoGridModel::computeSortKey(int slot)
{
    m_timeKeys[slot] = timeKey(m_photos.at(slot));
    m_nameKeys[slot].reset();
}

const QCollatorSortKey &PhotoGridModel::nameKey(int slot) const
{
    std::optional<QCollatorSortKey> &key = m_nameKeys[slot];
    if (!key)
        key = m_collator.sortKey(m_photos.at(slot).fileName());
    return *key;
}

qint64 PhotoGridModel::timeKey(const PhotoSummary &photo) const
{
    if (m_order == SortOrder::ImportedAt)
        return photo.importedAt.toMSecsSinceEpoch();
    // One timeline: the true instant (wall time and offset, clock corrected). A photo not placed
    // yet goes by its wall time; photos without a time go after every photo with one, then by
    // name.
    if (photo.takenInstantMs)
        return *photo.takenInstantMs;
    return photo.takenLocal.isValid() ? photo.takenLocal.toMSecsSinceEpoch()
                                      : std::numeric_limits<qint64>::max();
}

void PhotoGridModel::sortRows()
{
    std::sort(m_rows.begin(), m_rows.end(), [this](int a, int b) { return lessThan(a, b); });
}

int PhotoGridModel::rowOfSlot(int slot) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), slot,
                                     [this](int a, int b) { return lessThan(a, b); });
    return it != m_rows.cend() && *it == slot ? static_cast<int>(it - m_rows.cbegin()) : -1;
}

int PhotoGridModel::takeSlot(PhotoSummary &&photo)
{
    const qint64 id = photo.id;
    int slot;
    if (!m_freeSlots.isEmpty()) {
        slot = m_freeSlots.takeLast();
        m_photos[slot] = std::move(photo);
    } else {
        slot = static_cast<int>(m_photos.size());
        m_photos.append(std::move(photo));
        m_timeKeys.push_back(0);
        m_nameKeys.emplace_back();
    }
    m_slotOfPhoto.insert(id, slot);
    computeSortKey(slot);
    return slot;
}

void PhotoGridModel::releaseSlot(int slot)
{
    m_slotOfPhoto.remove(m_photos.at(slot).id);
    m_photos[slot] = PhotoSummary();
    m_nameKeys[slot].reset();
    m_freeSlots.append(slot);
}

void PhotoGridModel::removePhotoRows(QList<int> rows)
{
    // From the bottom up, a contiguous run at a time, so each signal names rows as they are then.
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (qsizetype i = 0; i < rows.size();) {
        const int last = rows.at(i);
        int first = last;
        while (++i < rows.size() && rows.at(i) == first - 1)
            first = rows.at(i);
        beginRemoveRows({}, first, last);
        std::vector<int> released(m_rows.begin() + first, m_rows.begin() + last + 1);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        for (int slot : released)
            releaseSlot(slot);
        endRemoveRows();
    }
}

void PhotoGridModel::updateRow(int row, PhotoSummary &&photo)
{
    if (row < 0)
        return;
    const int slot = m_rows[row];
    m_photos[slot] = std::move(photo);
    computeSortKey(slot);

    // The rows on either side are still in order; only this one may now belong elsewhere. A move,
    // not a removal and an insertion, keeps the photo selected.
    const int count = static_cast<int>(m_rows.size());
    const bool afterPrevious = row == 0 || lessThan(m_rows[row - 1], slot);
    const bool beforeNext = row == count - 1 || lessThan(slot, m_rows[row + 1]);
    if (!afterPrevious || !beforeNext) {
        const auto less = [this](int a, int b) { return lessThan(a, b); };
        // The destination as beginMoveRows() counts it: the row it goes before, in the rows as
        // they are before the move.
        const int destination =
            !afterPrevious ? static_cast<int>(std::lower_bound(m_rows.cbegin(),
                                                               m_rows.cbegin() + row, slot, less) -
                                              m_rows.cbegin())
                           : static_cast<int>(std::lower_bound(m_rows.cbegin() + row + 1,
                                                               m_rows.cend(), slot, less) -
                                              m_rows.cbegin());
        beginMoveRows({}, row, row, {}, destination);
        m_rows.erase(m_rows.begin() + row);
        m_rows.insert(m_rows.begin() + (destination > row ? destination - 1 : destination), slot);
        endMoveRows();
        row = destination > row ? destination - 1 : destination;
    }
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed);
}

void PhotoGridModel::insertSlots(QList<int> newSlots)
{
    if (newSlots.isEmpty())
        return;
    const auto less = [this](int a, int b) { return lessThan(a, b); };
    std::sort(newSlots.begin(), newSlots.end(), less);
    // Where each new photo goes among the rows as they are now; photos that land between the same
    // two rows go in together, with one signal.
    std::vector<int> positions;
    positions.reserve(newSlots.size());
    for (int slot : std::as_const(newSlots)) {
        positions.push_back(static_cast<int>(
            std::lower_bound(m_rows.cbegin(), m_rows.cend(), slot, less) - m_rows.cbegin()));
    }
    int inserted = 0;
    for (qsizetype i = 0; i < newSlots.size();) {
        qsizetype end = i + 1;
        while (end < newSlots.size() && positions[end] == positions[i])
            ++end;
        const int first = positions[i] + inserted;
        const int runLength = static_cast<int>(end - i);
        beginInsertRows({}, first, first + runLength - 1);
        m_rows.insert(m_rows.begin() + first, newSlots.cbegin() + i, newSlots.cbegin() + end);
        endInsertRows();
        inserted += runLength;
        i = end;
    }
}
