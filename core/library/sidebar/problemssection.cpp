#include "core/library/sidebar/problemssection.h"

#include "core/catalog/photocountrepository.h"

ProblemsSection::ProblemsSection(const CatalogConnection &connection, QObject *parent)
    : SidebarSection(parent)
    , m_connection(connection)
{}

QString ProblemsSection::title() const
{
    return tr("Problems");
}

QList<SidebarEntry> ProblemsSection::loadEntries() const
{
    const PhotoStateCounts counts = PhotoCountRepository(m_connection).countsByState();
    if (counts.problems() == 0)
        return {};
    SidebarEntry problems;
    // Not "Problems" again under the "Problems" heading: the entry says what it holds.
    problems.title = tr("Missing or unreadable");
    problems.iconName = QStringLiteral("dialog-warning");
    problems.toolTip = tr("%n missing", nullptr, counts.missing) + QLatin1Char('\n') +
                       tr("%n unreadable", nullptr, counts.unreadable);
    problems.source = PhotoSource::problems();
    problems.count = counts.problems();
    return {problems};
}
