#include "core/metadata/metadatajson.h"
#include "core/metadata/metadatareader.h"
#include "tests/support/corpus.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <array>
#include <cmath>
#include <map>

namespace {

// exiftool's DateTimeOriginal/CreateDate ("2019:05:21 09:05:07", maybe with ".041-04:00" or "Z")
// as our wall time; a date alone gives the date. Placeholders ("0000:00:00", blanks) give nothing.
struct OracleTime
{
    QString wallTime; // "YYYY-MM-DDTHH:MM:SS" or "YYYY-MM-DD"
    QString offset;   // "+02:00" when the string carries one
};

std::optional<OracleTime> oracleTime(const QJsonValue &value)
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(^(\d{4}):(\d\d):(\d\d)(?: (\d\d):(\d\d):(\d\d)(?:\.\d+)?(Z|[+-]\d\d:\d\d)?)?$)"));
    const auto match = pattern.match(value.toString());
    if (!match.hasMatch() || match.captured(1) == QLatin1String("0000"))
        return std::nullopt;
    OracleTime time;
    time.wallTime =
        QStringLiteral("%1-%2-%3").arg(match.captured(1), match.captured(2), match.captured(3));
    if (!match.captured(4).isEmpty())
        time.wallTime += QStringLiteral("T%1:%2:%3")
                             .arg(match.captured(4), match.captured(5), match.captured(6));
    const QString zone = match.captured(7);
    time.offset = zone == QLatin1String("Z") ? QStringLiteral("+00:00") : zone;
    return time;
}

bool isBlank(const QJsonValue &value)
{
    return value.isUndefined() || value.isNull() ||
           (value.isString() && value.toString().trimmed().isEmpty());
}

QString asText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble(), 'g', 12)
                            : value.toString().trimmed();
}

QStringList asList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.isArray() ? value.toArray() : QJsonArray{value};
    for (const auto &item : array)
        list << asText(item);
    return list;
}

// The oracle's fields mapped to ours. exiftool calls a WebP file with a VP8X header
// "Extended WEBP"; it is the same format.
QJsonObject expectedFields(const QJsonObject &oracle)
{
    QJsonObject expected;
    if (!isBlank(oracle.value(u"FileType"))) {
        const QString type = oracle.value(u"FileType").toString();
        expected.insert(QStringLiteral("format"),
                        type == QLatin1String("Extended WEBP") ? QStringLiteral("WEBP") : type);
    }
    const auto direct = std::to_array<std::pair<const char *, const char *>>({
        {"ImageWidth", "width"},
        {"ImageHeight", "height"},
        {"Orientation", "orientation"},
        {"Make", "make"},
        {"Model", "model"},
        {"LensModel", "lens"},
        {"ISO", "iso"},
        {"FNumber", "fNumber"},
        {"ExposureTime", "exposureTime"},
        {"FocalLength", "focalLength"},
        {"GPSLatitude", "gpsLatitude"},
        {"GPSLongitude", "gpsLongitude"},
        {"GPSAltitude", "gpsAltitude"},
        {"Rating", "rating"},
        {"Title", "title"},
    });

    for (const auto &[theirs, ours] : direct) {
        const QJsonValue value = oracle.value(QLatin1String(theirs));
        if (!isBlank(value))
            expected.insert(QLatin1String(ours), value);
    }
    for (const char *description : {"Description", "ImageDescription"}) {
        if (const QJsonValue value = oracle.value(QLatin1String(description)); !isBlank(value)) {
            expected.insert(QStringLiteral("description"), value);
            break;
        }
    }
    for (const char *keywords : {"Keywords", "Subject"}) {
        if (const QJsonValue value = oracle.value(QLatin1String(keywords)); !isBlank(value)) {
            expected.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(asList(value)));
            break;
        }
    }
    for (const char *date : {"DateTimeOriginal", "CreateDate"}) {
        if (const auto time = oracleTime(oracle.value(QLatin1String(date)))) {
            expected.insert(QStringLiteral("takenAt"), time->wallTime);
            const QString offset = isBlank(oracle.value(u"OffsetTimeOriginal"))
                                       ? time->offset
                                       : oracle.value(u"OffsetTimeOriginal").toString();
            if (!offset.isEmpty())
                expected.insert(QStringLiteral("takenOffset"), offset);
            break;
        }
    }
    return expected;
}

bool agrees(const QString &field, const QJsonValue &expected, const QJsonValue &actual)
{
    if (actual.isUndefined())
        return false;
    if (field == QLatin1String("takenAt")) {
        const QString wall = expected.toString();
        return wall.size() == 10 ? actual.toString().startsWith(wall) : actual.toString() == wall;
    }
    if (field == QLatin1String("keywords"))
        return asList(expected) == asList(actual);
    if (expected.isDouble()) {
        if (!actual.isDouble())
            return false;
        const double e = expected.toDouble();
        const double a = actual.toDouble();
        if (field == QLatin1String("gpsLatitude") || field == QLatin1String("gpsLongitude"))
            return std::abs(e - a) <= 1e-4;
        if (field == QLatin1String("gpsAltitude"))
            return std::abs(e - a) <= 0.1;
        return std::abs(e - a) <= 1e-3 * std::max(1.0, std::abs(e));
    }
    return asText(expected) == asText(actual);
}

} // namespace

// The reader against exiftool on the shared corpus of real photos, and against the files that
// have crashed metadata parsers before.
class TestMetadataCorpus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void photosAgreeWithExiftool();
    void badFilesFailCleanly_data();
    void badFilesFailCleanly();

private:
    QString m_corpus;
    MetadataReader m_reader;
};

void TestMetadataCorpus::initTestCase()
{
    m_corpus = Corpus::directory();
    if (m_corpus.isEmpty())
        QSKIP(qPrintable(Corpus::unavailableReason()));
}

void TestMetadataCorpus::photosAgreeWithExiftool()
{
    int compared = 0;
    int agreed = 0;
    std::map<QString, QStringList> mismatches; // field -> "file: expected ... got ..."
    QStringList unreadable;
    const QJsonArray oracle = Corpus::oracle();
    for (const auto &entry : oracle) {
        const QJsonObject theirs = entry.toObject();
        const QString file = theirs.value(u"SourceFile").toString();
        if (!file.startsWith(QLatin1String("photos/")))
            continue;
        const QString path = QDir(m_corpus).filePath(file);
        const MetadataReadResult result = m_reader.read(path);
        if (!result.ok)
            unreadable << file + QStringLiteral(": ") + result.error;
        const QJsonObject ours = metadataToJson(path, result);
        const QJsonObject expected = expectedFields(theirs);
        for (auto it = expected.begin(); it != expected.end(); ++it) {
            ++compared;
            if (agrees(it.key(), it.value(), ours.value(it.key()))) {
                ++agreed;
                continue;
            }
            const QJsonValue got = ours.value(it.key());
            mismatches[it.key()] << QStringLiteral("%1: exiftool %2, ours %3")
                                        .arg(file, asList(it.value()).join(u", ").left(70),
                                             got.isUndefined() ? QStringLiteral("(none)")
                                                               : asList(got).join(u", ").left(70));
        }
    }
    for (const auto &[field, list] : mismatches) {
        for (const QString &line : list)
            qInfo().noquote() << field << "mismatch:" << line;
    }
    const double agreement = compared ? 100.0 * agreed / compared : 0.0;
    qInfo().noquote() << QStringLiteral("agreement with exiftool: %1% (%2 of %3 fields)")
                             .arg(agreement, 0, 'f', 2)
                             .arg(agreed)
                             .arg(compared);
    QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(u"\n")));
    QVERIFY(compared > 500);
    QVERIFY2(agreement >= 98.0,
             qPrintable(QStringLiteral("agreement %1% is below 98%").arg(agreement)));
}

void TestMetadataCorpus::badFilesFailCleanly_data()
{
    QTest::addColumn<QString>("path");
    const QDir bad(QDir(Corpus::directory()).filePath(QStringLiteral("bad")));
    const QStringList files = bad.entryList(QDir::Files, QDir::Name);
    if (files.isEmpty())
        QSKIP("the corpus has no bad/ folder");
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << bad.filePath(file);
}

void TestMetadataCorpus::badFilesFailCleanly()
{
    QFETCH(QString, path);
    QElapsedTimer timer;
    timer.start();
    const MetadataReadResult result = m_reader.read(path);
    const qint64 elapsed = timer.elapsed();
    qInfo().noquote() << QFileInfo(path).fileName()
                      << (result.ok
                              ? QStringLiteral("read as ") + imageFormatName(result.metadata.format)
                              : QStringLiteral("rejected: ") + result.error);
    QVERIFY2(elapsed < 2000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    if (result.ok) {
        QVERIFY(result.metadata.format != ImageFormat::Unknown);
        QVERIFY(result.metadata.width && result.metadata.height);
    } else {
        QVERIFY(!result.error.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestMetadataCorpus)
#include "tst_metadatacorpus.moc"
