#include "ui/viewer/viewerinfo.h"

#include "core/catalog/photorepository.h"
#include "core/library/photogridmodel.h"
#include "core/metadata/photodetails.h"

#include <QLocale>
#include <QModelIndex>

ViewerInfo::ViewerInfo(const CatalogConnection &connection)
    : m_repository(std::make_unique<PhotoRepository>(connection))
{}

ViewerInfo::~ViewerInfo() = default;

void ViewerInfo::forget()
{
    m_record.reset();
}

QStringList ViewerInfo::lines(const QModelIndex &photo, QSize pixels)
{
    const qint64 id = photo.data(PhotoGridModel::PhotoIdRole).toLongLong();
    if (id == 0)
        return {};
    if (!m_record || m_record->id != id) {
        // A photo the catalog no longer has still gets what the model knows of it.
        m_record = std::make_unique<PhotoRecord>(m_repository->find(id).value_or(PhotoRecord()));
        m_record->id = id;
    }
    const PhotoMetadata &m = m_record->metadata;
    QStringList lines;
    lines << photo.data(PhotoGridModel::FileNameRole).toString();
    if (m.takenAt) {
        lines << PhotoDetails::takenTime(*m.takenAt);
    } else {
        const QVariant offset = photo.data(PhotoGridModel::TakenOffsetRole);
        lines << PhotoDetails::takenTime(photo.data(PhotoGridModel::TakenAtRole).toDateTime(),
                                         offset.isValid() ? std::optional(offset.toInt())
                                                          : std::nullopt);
    }
    lines << PhotoDetails::camera(m.make, m.model) << m.lens << PhotoDetails::exposure(m);
    lines << PhotoDetails::dimensions(pixels);
    const QLocale locale;
    lines << tr("Photo %1 of %2")
                 .arg(locale.toString(photo.row() + 1),
                      locale.toString(photo.model()->rowCount(photo.parent())));
    lines.removeAll(QString());
    return lines;
}
