// journal-autosave-typist CATALOG ENTRY_ID: types into a journal entry through JournalAutosaver,
// one character every few milliseconds, as fast as a quick typist and steadily, and prints
// "<characters typed> <ms since the epoch>" after each one. It never stops by itself (within a
// minute): tst_journalautosave kills it with SIGKILL mid-word and checks what the catalog kept.

#include "core/catalog/catalog.h"
#include "core/journal/journalautosaver.h"
#include "core/journal/journalservice.h"
#include "tests/core/journal/typedtext.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: journal-autosave-typist CATALOG ENTRY_ID\n");
        return 2;
    }
    Catalog catalog(args.at(1));
    if (const QString error = catalog.open(); !error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    JournalService service(catalog.connection());
    JournalAutosaver autosaver(service);
    autosaver.setEntry(args.at(2).toLongLong());
    QObject::connect(&autosaver, &JournalAutosaver::saveFailed, [](qint64, const QString &error) {
        std::fprintf(stderr, "save failed: %s\n", qPrintable(error));
    });

    int typed = 0;
    QTimer keys;
    keys.setInterval(TypedText::kKeyIntervalMs);
    keys.setTimerType(Qt::PreciseTimer);
    QObject::connect(&keys, &QTimer::timeout, [&] {
        ++typed;
        autosaver.bodyChanged(TypedText::text(typed));
        std::printf("%d %lld\n", typed, QDateTime::currentMSecsSinceEpoch());
        std::fflush(stdout);
    });
    keys.start();
    QTimer::singleShot(60'000, &app, &QCoreApplication::quit);
    return app.exec();
}
