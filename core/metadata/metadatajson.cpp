#include "core/metadata/metadatajson.h"

#include <QJsonArray>

namespace {

template <typename T>
void insertOptional(QJsonObject &object, const QString &key, const std::optional<T> &value)
{
    if (value)
        object.insert(key, *value);
}

void insertText(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace

QJsonObject metadataToJson(const QString &path, const MetadataReadResult &result)
{
    QJsonObject object;
    object.insert(QStringLiteral("path"), path);
    object.insert(QStringLiteral("ok"), result.ok);
    if (!result.ok) {
        object.insert(QStringLiteral("error"), result.error);
        return object;
    }
    const PhotoMetadata &m = result.metadata;
    insertText(object, QStringLiteral("format"), imageFormatName(m.format));
    insertOptional(object, QStringLiteral("width"), m.width);
    insertOptional(object, QStringLiteral("height"), m.height);
    insertOptional(object, QStringLiteral("orientation"), m.orientation);
    if (m.takenAt && m.takenAt->isValid()) {
        object.insert(QStringLiteral("takenAt"), m.takenAt->wallTimeString());
        insertText(object, QStringLiteral("takenOffset"), m.takenAt->offsetString());
        insertText(object, QStringLiteral("takenSource"), m.takenAt->sourceTag);
    }
    insertText(object, QStringLiteral("make"), m.make);
    insertText(object, QStringLiteral("model"), m.model);
    insertText(object, QStringLiteral("lens"), m.lens);
    insertOptional(object, QStringLiteral("iso"), m.iso);
    insertOptional(object, QStringLiteral("fNumber"), m.fNumber);
    insertOptional(object, QStringLiteral("exposureTime"), m.exposureTime);
    insertOptional(object, QStringLiteral("focalLength"), m.focalLength);
    insertOptional(object, QStringLiteral("gpsLatitude"), m.gpsLatitude);
    insertOptional(object, QStringLiteral("gpsLongitude"), m.gpsLongitude);
    insertOptional(object, QStringLiteral("gpsAltitude"), m.gpsAltitude);
    insertOptional(object, QStringLiteral("rating"), m.rating);
    insertText(object, QStringLiteral("title"), m.title);
    insertText(object, QStringLiteral("description"), m.description);
    if (!m.keywords.isEmpty())
        object.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(m.keywords));
    insertText(object, QStringLiteral("sidecar"), m.sidecarPath);
    return object;
}
