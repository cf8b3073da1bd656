#include "app/cli/inspectcommand.h"

#include "core/metadata/metadatajson.h"
#include "core/metadata/metadatareader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace {

QString humanReadable(const QJsonObject &object)
{
    QStringList lines;
    lines.append(object.value(QLatin1String("path")).toString());
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key() == QLatin1String("path"))
            continue;
        QString value;
        if (it->isArray()) {
            QStringList items;
            for (const auto &item : it->toArray())
                items.append(item.toString());
            value = items.join(QStringLiteral(", "));
        } else if (it->isBool()) {
            value = it->toBool() ? QStringLiteral("yes") : QStringLiteral("no");
        } else if (it->isDouble()) {
            value = QString::number(it->toDouble(), 'g', 10);
        } else {
            value = it->toString();
        }
        lines.append(QStringLiteral("  %1: %2").arg(it.key(), -14).arg(value));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

int runInspectCommand(const CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("Cli", "One JSON object per line."));
    parser.addOption(json);
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("Cli", "Photos to read."),
                                 QStringLiteral("FILE..."));
    const int parsed = parseCommandLine(
        parser, context,
        QCoreApplication::translate("Cli", "Reads the metadata of photos, without a catalog."),
        true);
    if (parsed >= 0)
        return parsed;

    const MetadataReader reader;
    bool allRead = true;
    for (const QString &path : parser.positionalArguments()) {
        const MetadataReadResult result = reader.read(path);
        allRead = allRead && result.ok;
        const QJsonObject object = metadataToJson(path, result);
        if (parser.isSet(json))
            printOut(QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
        else
            printOut(humanReadable(object));
    }
    return allRead ? ExitOk : ExitFailed;
}
