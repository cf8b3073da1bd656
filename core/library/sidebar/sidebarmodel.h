#pragma once

#include "core/library/sidebar/sidebarentry.h"

#include <QAbstractItemModel>

#include <memory>
#include <vector>

class SidebarSection;

// The tree beside the grid: section headings at the top level, their entries below. New features
// add a section with addSection(); nothing else changes.
class SidebarModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        SourceRole = Qt::UserRole + 1, // PhotoSource
        CountRole,                     // int, -1 for none
        IconNameRole,                  // QString
        IsSectionRole,                 // bool: a heading, not selectable
        SubtitleRole,                  // QString, a second line; empty for none
    };

    explicit SidebarModel(QObject *parent = nullptr);
    ~SidebarModel() override;

    void addSection(std::unique_ptr<SidebarSection> section);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The first entry showing this source, to select it again after a reload.
    QModelIndex indexOfSource(const PhotoSource &source) const;

public slots:
    // Reloads every section (after an import). Rows whose source is unchanged keep their index.
    void reload();

private:
    struct Node;
    Node *nodeOf(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    // Diffs the section's fresh entries against its rows, by source, recursively: titles and
    // counts change in place; only rows whose source came or went are inserted or removed.
    void syncSection(SidebarSection *section);
    void syncChildren(Node *parent, const QModelIndex &parentIndex,
                      const QList<SidebarEntry> &entries);
    static std::unique_ptr<Node> makeNode(const SidebarEntry &entry, Node *parent);

    std::vector<std::unique_ptr<SidebarSection>> m_sections;
    std::unique_ptr<Node> m_root;
};
