#include "app/cli/photoscommand.h"

#include "core/catalog/catalog.h"
#include "core/catalog/photorepository.h"
#include "core/metadata/metadatajson.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QJsonObject photoToJson(const PhotoRecord &photo)
{
    QJsonObject object = metadataToJson(photo.path, {true, {}, photo.metadata});
    object.remove(QStringLiteral("ok"));
    object.insert(QStringLiteral("id"), photo.id);
    object.insert(QStringLiteral("state"), photoStateName(photo.state));
    if (!photo.stateReason.isEmpty())
        object.insert(QStringLiteral("stateReason"), photo.stateReason);
    object.insert(QStringLiteral("fileSize"), photo.fileSize);
    object.insert(QStringLiteral("importedAt"), photo.importedAt.toString(Qt::ISODate));
    return object;
}

QString photoLine(const PhotoRecord &photo)
{
    const PhotoMetadata &m = photo.metadata;
    const QString taken =
        m.takenAt ? m.takenAt->wallTimeString() + m.takenAt->offsetString() : QStringLiteral("-");
    QString camera = m.model.isEmpty() ? QStringLiteral("-") : m.model;
    QString line = QStringLiteral("%1  %2  %3  %4")
                       .arg(photo.id, 6)
                       .arg(taken, -25)
                       .arg(camera.left(24), -24)
                       .arg(photo.path);
    if (photo.state != PhotoState::Ok)
        line += QStringLiteral("  [%1: %2]").arg(photoStateName(photo.state), photo.stateReason);
    return line;
}

} // namespace

int runPhotosCommand(const CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonLinesOption();
    parser.addOption(json);
    const int parsed = parseCommandWithoutArguments(
        parser, context,
        QCoreApplication::translate("Cli", "Lists the photos of the catalog by time taken."));
    if (parsed >= 0)
        return parsed;
    const std::unique_ptr<Catalog> catalog = openExistingCatalog(context);
    if (!catalog)
        return ExitFailed;
    const PhotoRepository photos(catalog->connection());
    for (const PhotoRecord &photo : photos.list()) {
        if (parser.isSet(json))
            printOut(QString::fromUtf8(
                QJsonDocument(photoToJson(photo)).toJson(QJsonDocument::Compact)));
        else
            printOut(photoLine(photo));
    }
    return ExitOk;
}
