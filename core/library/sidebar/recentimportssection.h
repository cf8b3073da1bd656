#pragma once

#include "core/library/sidebar/sidebarsection.h"

#include <QDateTime>

class CatalogConnection;

// "Recent imports": the last ten imports that brought photos, newest first, each titled with
// when it started ("24 Nov 2026, 14:02" in the user's locale) and counting the photos it brought.
class RecentImportsSection : public SidebarSection
{
    Q_OBJECT

public:
    static constexpr int kShown = 10;

    explicit RecentImportsSection(const CatalogConnection &connection, QObject *parent = nullptr);

    QString title() const override;
    QList<SidebarEntry> loadEntries() const override;

    // The entry title for an import that started at `startedAt`, in local time and `locale`.
    static QString importTitle(const QDateTime &startedAt, const QLocale &locale);

private:
    const CatalogConnection &m_connection;
};
