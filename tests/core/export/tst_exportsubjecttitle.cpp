// ExportSubjectTitle: what the dialog and the CLI call the subject, and nothing for a subject the
// catalog does not have.

#include "core/catalog/catalog.h"
#include "core/events/eventservice.h"
#include "core/export/exportsubjecttitle.h"
#include "core/journal/journalservice.h"
#include "tests/ui/galleries/gallerytestcatalog.h"

#include <QTest>

class TestExportSubjectTitle : public QObject
{
    Q_OBJECT

private slots:
    void kindNames();
    void titlesAsTheAppShowsThem();
};

void TestExportSubjectTitle::kindNames()
{
    QCOMPARE(ExportSubjectTitle::kindName(ExportSubject::Kind::Event), QStringLiteral("Event"));
    QCOMPARE(ExportSubjectTitle::kindName(ExportSubject::Kind::Gallery), QStringLiteral("Gallery"));
    QCOMPARE(ExportSubjectTitle::kindName(ExportSubject::Kind::Entry),
             QStringLiteral("Journal entry"));
}

void TestExportSubjectTitle::titlesAsTheAppShowsThem()
{
    GalleryTestCatalog catalog(2);
    QVERIFY(catalog.error().isEmpty());
    const CatalogConnection &connection = catalog.catalog().connection();
    const qint64 gallery = catalog.newGallery(2, GalleryStyle::Strip);
    QCOMPARE(ExportSubjectTitle::title(connection, {ExportSubject::Kind::Gallery, gallery}),
             std::optional<QString>(QStringLiteral("Test")));

    JournalService journal(connection);
    JournalEntry fields;
    const JournalEdit untitled = journal.create(fields);
    QVERIFY(journal.apply(untitled, true));
    QCOMPARE(
        ExportSubjectTitle::title(connection, {ExportSubject::Kind::Entry, untitled.focusEntryId}),
        std::optional<QString>(
            JournalService::displayTitle(*journal.entry(untitled.focusEntryId))));

    for (const ExportSubject::Kind kind :
         {ExportSubject::Kind::Event, ExportSubject::Kind::Gallery, ExportSubject::Kind::Entry})
        QCOMPARE(ExportSubjectTitle::title(connection, {kind, 999}), std::nullopt);
}

QTEST_GUILESS_MAIN(TestExportSubjectTitle)
#include "tst_exportsubjecttitle.moc"
