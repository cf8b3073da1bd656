// Corkboard in German, French, Spanish and English: the translations the app loads say what they
// should, and the .ts files they come from are complete, keep their placeholders, accelerators
// and markup, and hold every string the sources have (a new untranslated string fails here).

#include "core/import/importreport.h"
#include "ui/preferences/translationloader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <map>

namespace {

const QStringList &languages()
{
    static const QStringList all = {QStringLiteral("de"), QStringLiteral("fr"),
                                    QStringLiteral("es"), QStringLiteral("en")};
    return all;
}

struct Message
{
    QString context;
    QString source;
    QString comment; // the disambiguation: part of a message's identity
    bool numerus = false;
    QString type;             // "unfinished", "vanished", "obsolete" or empty
    QStringList translations; // one, or one per plural form
    qint64 line = 0;

    QString key() const { return context + QChar(0) + source + QChar(0) + comment; }
    QString name() const
    {
        return QStringLiteral("[%1] \"%2\"%3")
            .arg(context, source,
                 comment.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(comment));
    }
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open %1").arg(path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (xml.readNext() != QXmlStreamReader::EndDocument && !xml.hasError()) {
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            ts.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.line = xml.lineNumber();
            message.numerus =
                xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            // The last element of a message: the message is complete once it is read.
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error =
            QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return ts;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(CORKBOARD_TS_DIR "/corkboard_%1.ts").arg(language);
}

// %1, %L2, %n, %Ln: each once, in any order.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:[1-9][0-9]?|n)"));
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    found.removeDuplicates();
    return found;
}

// "&File" has one, "Salt && Pepper" none.
int accelerators(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("(?<!&)&(?!&)"));
    return int(text.count(pattern));
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("</?[a-zA-Z][^>]*>"));
    QStringList tags;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        tags.append(match.captured());
    return tags;
}

QStringList problemsOf(const Message &message, const QString &language)
{
    QStringList problems;
    const auto problem = [&](const QString &what) {
        problems.append(QStringLiteral("corkboard_%1.ts:%2: %3: %4")
                            .arg(language)
                            .arg(message.line)
                            .arg(message.name(), what));
    };
    if (!message.type.isEmpty())
        problem(message.type);
    if (language == QLatin1String("en") && !message.numerus)
        problem(QStringLiteral("not a plural: the English file holds plural forms only"));
    // German, French, Spanish and English all have two forms: one and other (French counts 0 as
    // one).
    if (message.numerus && message.translations.size() != 2)
        problem(QStringLiteral("%1 plural forms, not 2").arg(message.translations.size()));
    const QString suffix = QStringLiteral("…");
    for (const QString &translation : message.translations) {
        if (translation.trimmed().isEmpty()) {
            problem(QStringLiteral("empty translation"));
            continue;
        }
        if (placeholders(translation) != placeholders(message.source)) {
            problem(QStringLiteral("placeholders %1 in \"%2\", not %3")
                        .arg(placeholders(translation).join(QLatin1Char(' ')), translation,
                             placeholders(message.source).join(QLatin1Char(' '))));
        }
        if (accelerators(translation) != accelerators(message.source))
            problem(QStringLiteral("accelerators differ in \"%1\"").arg(translation));
        if (translation.endsWith(suffix) != message.source.endsWith(suffix))
            problem(QStringLiteral("the trailing … differs in \"%1\"").arg(translation));
        if (htmlTags(translation) != htmlTags(message.source))
            problem(QStringLiteral("HTML tags differ in \"%1\"").arg(translation));
    }
    return problems;
}

// lupdate over the sources the build scans, into a fresh .ts file: what the committed ones must
// hold. Empty, with `error` set, when it cannot run.
QList<Message> freshMessages(bool pluralOnly, QString *error)
{
    static std::map<bool, QList<Message>> cache;
    if (const auto found = cache.find(pluralOnly); found != cache.end())
        return found->second;
    const QString lupdate = QStringLiteral(CORKBOARD_LUPDATE);
    const QString sources = QStringLiteral(CORKBOARD_TRANSLATED_SOURCES);
    if (!QFileInfo::exists(lupdate) || !QFileInfo::exists(sources)) {
        *error = QStringLiteral("%1 or %2 is not there").arg(lupdate, sources);
        return {};
    }
    QTemporaryDir directory;
    const QString ts = directory.filePath(QStringLiteral("corkboard_de.ts"));
    QStringList arguments = {QStringLiteral("-silent"), QStringLiteral("-locations"),
                             QStringLiteral("none")};
    if (pluralOnly)
        arguments << QStringLiteral("-pluralonly");
    arguments << QLatin1Char('@') + sources << QStringLiteral("-ts") << ts;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        *error =
            QStringLiteral("lupdate failed: %1").arg(QString::fromLocal8Bit(process.readAll()));
        return {};
    }
    const TsFile fresh = readTs(ts);
    if (!fresh.error.isEmpty()) {
        *error = fresh.error;
        return {};
    }
    cache[pluralOnly] = fresh.messages;
    return fresh.messages;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void translates_data();
    void translates();
    void importSummary_data();
    void importSummary();
    void tsFilesAreComplete_data();
    void tsFilesAreComplete();
    void tsFilesHoldEverySourceString_data();
    void tsFilesHoldEverySourceString();
};

void TestTranslations::cleanup()
{
    QLocale::setDefault(QLocale::system());
}

void TestTranslations::translates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("count"); // -1: not a plural
    QTest::addColumn<QString>("expected");

    const auto row = [](const char *language, const char *context, const char *source, int count,
                        const QString &expected) {
        QTest::addRow("%s %s %s %d", language, context, source, count)
            << QString::fromLatin1(language) << QString::fromLatin1(context)
            << QString::fromUtf8(source) << count << expected;
    };
    // The menu bar.
    row("de", "MainWindow", "&File", -1, QStringLiteral("&Datei"));
    row("fr", "MainWindow", "&File", -1, QStringLiteral("&Fichier"));
    row("es", "MainWindow", "&File", -1, QStringLiteral("&Archivo"));
    row("en", "MainWindow", "&File", -1, QStringLiteral("&File"));
    row("de", "MainWindow", "Pre&ferences…", -1, QStringLiteral("&Einstellungen…"));
    // Plurals, from core: German and Spanish have one and other, French counts 0 as one.
    const char *imported = "Imported %n photo(s)";
    row("de", "ImportReport", imported, 1, QStringLiteral("1 Foto importiert"));
    row("de", "ImportReport", imported, 5, QStringLiteral("5 Fotos importiert"));
    row("fr", "ImportReport", imported, 0, QStringLiteral("0 photo importée"));
    row("fr", "ImportReport", imported, 1, QStringLiteral("1 photo importée"));
    row("fr", "ImportReport", imported, 5, QStringLiteral("5 photos importées"));
    row("es", "ImportReport", imported, 1, QStringLiteral("1 foto importada"));
    row("es", "ImportReport", imported, 5, QStringLiteral("5 fotos importadas"));
    row("en", "ImportReport", imported, 1, QStringLiteral("Imported 1 photo"));
    row("en", "ImportReport", imported, 5, QStringLiteral("Imported 5 photos"));
    row("en", "GridHeader", "%n photo(s)", 1, QStringLiteral("1 photo"));
    row("en", "GridHeader", "%n photo(s)", 96, QStringLiteral("96 photos"));
    row("de", "GridHeader", "%n photo(s)", 96, QStringLiteral("96 Fotos"));
    // The grid, the viewer, the info panel, the CLI.
    row("de", "PhotoGridDelegate", "Cannot read this photo", -1,
        QStringLiteral("Foto nicht lesbar"));
    row("fr", "PhotoGridDelegate", "Cannot read this photo", -1, QStringLiteral("Photo illisible"));
    row("es", "PhotoGridDelegate", "Cannot read this photo", -1, QStringLiteral("Foto ilegible"));
    row("de", "ViewerActions", "&Next Photo", -1, QStringLiteral("&Nächstes Foto"));
    row("fr", "ViewerActions", "&Next Photo", -1, QStringLiteral("Photo &suivante"));
    row("es", "ViewerActions", "&Next Photo", -1, QStringLiteral("Foto &siguiente"));
    row("fr", "PhotoViewer", "Loading…", -1, QStringLiteral("Chargement…"));
    row("es", "PhotoInfoPanel", "No Photo Selected", -1,
        QStringLiteral("Ninguna foto seleccionada"));
    row("de", "Cli", "Commands:", -1, QStringLiteral("Befehle:"));
}

void TestTranslations::translates()
{
    QFETCH(QString, language);
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(int, count);
    QFETCH(QString, expected);

    TranslationLoader loader;
    loader.install(language);
    QVERIFY(loader.hasAppTranslation());
    const QByteArray contextBytes = context.toUtf8();
    const QByteArray sourceBytes = source.toUtf8();
    QCOMPARE(QCoreApplication::translate(contextBytes.constData(), sourceBytes.constData(), nullptr,
                                         count),
             expected);
}

void TestTranslations::importSummary_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("imported");
    QTest::addColumn<QString>("expected");

    QTest::newRow("en 1") << QStringLiteral("en") << 1 << QStringLiteral("Imported 1 photo, ");
    QTest::newRow("en 5") << QStringLiteral("en") << 5 << QStringLiteral("Imported 5 photos, ");
    QTest::newRow("de 1") << QStringLiteral("de") << 1 << QStringLiteral("1 Foto importiert, ");
    QTest::newRow("de 5") << QStringLiteral("de") << 5 << QStringLiteral("5 Fotos importiert, ");
    QTest::newRow("fr 1") << QStringLiteral("fr") << 1 << QStringLiteral("1 photo importée, ");
    QTest::newRow("es 5") << QStringLiteral("es") << 5 << QStringLiteral("5 fotos importadas, ");
}

// Through the code that says it, so the context the code uses is the one translated.
void TestTranslations::importSummary()
{
    QFETCH(QString, language);
    QFETCH(int, imported);
    QFETCH(QString, expected);

    TranslationLoader loader;
    loader.install(language);
    ImportReport report;
    report.imported = imported;
    const QString summary = report.summary();
    QVERIFY2(summary.startsWith(expected), qPrintable(summary));
}

void TestTranslations::tsFilesAreComplete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::tsFilesAreComplete()
{
    QFETCH(QString, language);
    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QVERIFY2(!ts.messages.isEmpty(), "no messages");
    QVERIFY2(ts.language.startsWith(language), qPrintable(ts.language));
    QStringList problems;
    for (const Message &message : ts.messages)
        problems += problemsOf(message, language);
    QVERIFY2(problems.isEmpty(), qPrintable(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
}

void TestTranslations::tsFilesHoldEverySourceString_data()
{
    tsFilesAreComplete_data();
}

void TestTranslations::tsFilesHoldEverySourceString()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> fresh = freshMessages(language == QLatin1String("en"), &error);
    if (!error.isEmpty())
        QSKIP(qPrintable(error));
    QVERIFY(!fresh.isEmpty());
    const TsFile ts = readTs(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));

    QSet<QString> committed;
    for (const Message &message : ts.messages)
        committed.insert(message.key());
    QSet<QString> current;
    QStringList problems;
    for (const Message &message : fresh) {
        current.insert(message.key());
        if (!committed.contains(message.key()))
            problems.append(QStringLiteral("missing: ") + message.name());
    }
    for (const Message &message : ts.messages) {
        if (!current.contains(message.key()))
            problems.append(QStringLiteral("no longer in the sources: ") + message.name());
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("corkboard_%1.ts is out of date: build the "
                                       "update_translations target and translate what is new.\n")
                            .arg(language) +
                        problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
