#include "app/cli/eventscommand.h"

#include "core/catalog/catalog.h"
#include "core/events/eventservice.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString splitKindName(EventSplitReason::Kind kind)
{
    switch (kind) {
    case EventSplitReason::Kind::First:
        return QStringLiteral("first");
    case EventSplitReason::Kind::TimeGap:
        return QStringLiteral("pause");
    case EventSplitReason::Kind::Moved:
        return QStringLiteral("moved");
    case EventSplitReason::Kind::ByHand:
        return QStringLiteral("byHand");
    }
    return {};
}

// ISO 8601 with the offset of where the photo was taken: "2019-05-21T18:30:01+02:00".
QString localIso(qint64 instantMs, int offsetSeconds)
{
    return QDateTime::fromMSecsSinceEpoch(instantMs, Qt::OffsetFromUTC, offsetSeconds)
        .toString(Qt::ISODate);
}

QJsonObject eventToJson(const EventSummary &summary)
{
    const EventRecord &event = summary.event;
    QJsonObject object{
        {QStringLiteral("id"), event.id},
        {QStringLiteral("title"), event.title},
        {QStringLiteral("displayTitle"), EventService::displayTitle(summary)},
        {QStringLiteral("photoCount"), summary.photoCount},
        {QStringLiteral("byHand"), event.byHand},
        {QStringLiteral("split"),
         QJsonObject{{QStringLiteral("kind"), splitKindName(event.splitReason.kind)},
                     {QStringLiteral("gapSeconds"), event.splitReason.gapSeconds},
                     {QStringLiteral("distanceMetres"), event.splitReason.distanceMetres},
                     {QStringLiteral("text"), EventService::splitReasonText(event)}}},
    };
    if (!event.description.isEmpty())
        object.insert(QStringLiteral("description"), event.description);
    if (!event.place.isEmpty())
        object.insert(QStringLiteral("place"), event.place);
    if (!event.timeZoneId.isEmpty())
        object.insert(QStringLiteral("timeZone"), event.timeZoneId);
    if (summary.coverPhotoId() != 0)
        object.insert(QStringLiteral("coverPhotoId"), summary.coverPhotoId());
    if (summary.hasDates()) {
        object.insert(QStringLiteral("start"),
                      localIso(summary.firstInstantMs, summary.firstOffsetSeconds));
        object.insert(QStringLiteral("end"),
                      localIso(summary.lastInstantMs, summary.lastOffsetSeconds));
    }
    return object;
}

QString eventLine(const EventSummary &summary)
{
    QString line =
        QStringLiteral("%1  %2  %3  %4")
            .arg(summary.event.id, 5)
            .arg(EventService::dateRange(summary), -32)
            .arg(QCoreApplication::translate("Cli", "%n photo(s)", nullptr, summary.photoCount),
                 -11)
            .arg(EventService::displayTitle(summary));
    if (!summary.event.place.isEmpty())
        line += QStringLiteral(" · ") + summary.event.place;
    line += QStringLiteral("  (%1)").arg(EventService::splitReasonText(summary.event));
    return line;
}

} // namespace

int runEventsCommand(const CliContext &context)
{
    QCommandLineParser parser;
    const QCommandLineOption json = jsonLinesOption();
    parser.addOption(json);
    const int parsed = parseCommandWithoutArguments(
        parser, context,
        QCoreApplication::translate("Cli", "Lists the events of the catalog, newest first, with "
                                           "why each automatic one begins where it does."));
    if (parsed >= 0)
        return parsed;
    const std::unique_ptr<Catalog> catalog = openExistingCatalog(context);
    if (!catalog)
        return ExitFailed;
    const EventService events(catalog->connection());
    for (const EventSummary &summary : events.events()) {
        if (parser.isSet(json))
            printOut(QString::fromUtf8(
                QJsonDocument(eventToJson(summary)).toJson(QJsonDocument::Compact)));
        else
            printOut(eventLine(summary));
    }
    return ExitOk;
}
