#include "core/library/sidebar/sidebarmodel.h"

#include "core/library/sidebar/sidebarsection.h"

#include <algorithm>
#include <ranges>

// A heading (section set, entry.title its title) or an entry. Nodes live in unique_ptrs, so the
// internal pointer of an index stays valid for as long as its row exists.
struct SidebarModel::Node
{
    Node *parent = nullptr;
    SidebarSection *section = nullptr;
    SidebarEntry entry; // entry.children stays empty: the children are nodes
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        const auto &siblings = parent->children;
        const auto it = std::find_if(siblings.cbegin(), siblings.cend(),
                                     [this](const auto &sibling) { return sibling.get() == this; });
        return static_cast<int>(it - siblings.cbegin());
    }
};

namespace {

bool sameLook(const SidebarEntry &a, const SidebarEntry &b)
{
    return a.title == b.title && a.subtitle == b.subtitle && a.iconName == b.iconName &&
           a.toolTip == b.toolTip && a.count == b.count;
}

// Whether two entries are the same row: the same source, or for entries without one (groups
// such as an events year) the same title.
bool sameEntry(const SidebarEntry &a, const SidebarEntry &b)
{
    return a.source == b.source && (a.source.kind != PhotoSource::Kind::None || a.title == b.title);
}

} // namespace

SidebarModel::SidebarModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

SidebarModel::~SidebarModel() = default;

void SidebarModel::addSection(std::unique_ptr<SidebarSection> section)
{
    SidebarSection *added = section.get();
    m_sections.push_back(std::move(section));
    connect(added, &SidebarSection::changed, this, [this, added] { syncSection(added); });
    syncSection(added);
}

QModelIndex SidebarModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = nodeOf(parent);
    return createIndex(row, column, parentNode->children.at(row).get());
}

QModelIndex SidebarModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = static_cast<Node *>(child.internalPointer())->parent;
    if (parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row(), 0, parentNode);
}

int SidebarModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return static_cast<int>(nodeOf(parent)->children.size());
}

int SidebarModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent)
    return 1;
}

QVariant SidebarModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    Q_ASSERT(checkIndex(index));
    const Node *node = nodeOf(index);
    const SidebarEntry &entry = node->entry;
    switch (role) {
    case Qt::DisplayRole:
        return entry.title;
    case Qt::ToolTipRole:
        return entry.toolTip.isEmpty() ? QVariant() : QVariant(entry.toolTip);
    case SourceRole:
        return QVariant::fromValue(entry.source);
    case CountRole:
        return entry.count;
    case IconNameRole:
        return entry.iconName;
    case IsSectionRole:
        return node->section != nullptr;
    case SubtitleRole:
        return entry.subtitle;
    }
    return {};
}

Qt::ItemFlags SidebarModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Q_ASSERT(checkIndex(index));
    const Node *node = nodeOf(index);
    // A heading is there to be read, not chosen.
    if (node->section || node->entry.source.kind == PhotoSource::Kind::None)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QModelIndex SidebarModel::indexOfSource(const PhotoSource &source) const
{
    if (source.kind == PhotoSource::Kind::None)
        return {};
    // Depth first, in the order the sidebar shows: the first entry wins.
    std::vector<const Node *> pending{m_root.get()};
    while (!pending.empty()) {
        const Node *node = pending.back();
        pending.pop_back();
        if (node != m_root.get() && !node->section && node->entry.source == source)
            return createIndex(node->row(), 0, const_cast<Node *>(node));
        for (const auto &child : std::views::reverse(node->children))
            pending.push_back(child.get());
    }
    return {};
}

void SidebarModel::reload()
{
    for (const auto &section : m_sections)
        syncSection(section.get());
}

SidebarModel::Node *SidebarModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex SidebarModel::indexOf(const Node *node) const
{
    if (node == m_root.get())
        return {};
    return createIndex(node->row(), 0, const_cast<Node *>(node));
}

void SidebarModel::syncSection(SidebarSection *section)
{
    const QList<SidebarEntry> entries = section->loadEntries();
    auto &headings = m_root->children;
    const auto found = std::find_if(headings.begin(), headings.end(), [section](const auto &node) {
        return node->section == section;
    });

    // A section with nothing to show shows no heading either (no problems: no Problems).
    if (entries.isEmpty()) {
        if (found != headings.end()) {
            const int row = static_cast<int>(found - headings.begin());
            beginRemoveRows({}, row, row);
            headings.erase(found);
            endRemoveRows();
        }
        return;
    }

    if (found == headings.end()) {
        // Below the headings of the sections added before it that are showing.
        int row = 0;
        for (const auto &earlier : m_sections) {
            if (earlier.get() == section)
                break;
            row += std::any_of(headings.cbegin(), headings.cend(), [&earlier](const auto &node) {
                return node->section == earlier.get();
            });
        }
        auto heading = std::make_unique<Node>();
        heading->parent = m_root.get();
        heading->section = section;
        heading->entry.title = section->title();
        for (const SidebarEntry &entry : entries)
            heading->children.push_back(makeNode(entry, heading.get()));
        beginInsertRows({}, row, row);
        headings.insert(headings.begin() + row, std::move(heading));
        endInsertRows();
        return;
    }

    Node *heading = found->get();
    const QModelIndex headingIndex = indexOf(heading);
    if (const QString title = section->title(); title != heading->entry.title) {
        heading->entry.title = title;
        emit dataChanged(headingIndex, headingIndex);
    }
    syncChildren(heading, headingIndex, entries);
}

void SidebarModel::syncChildren(Node *parent, const QModelIndex &parentIndex,
                                const QList<SidebarEntry> &entries)
{
    auto &children = parent->children;
    auto hasEntry = [&entries](const SidebarEntry &existing) {
        return std::any_of(
            entries.cbegin(), entries.cend(),
            [&existing](const SidebarEntry &entry) { return sameEntry(entry, existing); });
    };

    // Rows whose source is gone, bottom up.
    for (int row = static_cast<int>(children.size()) - 1; row >= 0; --row) {
        if (!hasEntry(children.at(row)->entry)) {
            beginRemoveRows(parentIndex, row, row);
            children.erase(children.begin() + row);
            endRemoveRows();
        }
    }

    // Then walk the new entries in order: keep a matching row where it is, move one up from
    // further down, or insert a new one. Kept and moved rows keep their persistent indexes.
    for (int row = 0; row < static_cast<int>(entries.size()); ++row) {
        const SidebarEntry &entry = entries.at(row);
        const auto match = std::find_if(
            children.begin() + std::min<qsizetype>(row, children.size()), children.end(),
            [&entry](const auto &node) { return sameEntry(node->entry, entry); });
        if (match == children.end()) {
            beginInsertRows(parentIndex, row, row);
            children.insert(children.begin() + row, makeNode(entry, parent));
            endInsertRows();
            continue;
        }
        if (const int from = static_cast<int>(match - children.begin()); from != row) {
            beginMoveRows(parentIndex, from, from, parentIndex, row);
            std::unique_ptr<Node> moving = std::move(*match);
            children.erase(match);
            children.insert(children.begin() + row, std::move(moving));
            endMoveRows();
        }
        Node *node = children.at(row).get();
        const QModelIndex nodeIndex = index(row, 0, parentIndex);
        if (!sameLook(node->entry, entry)) {
            node->entry.title = entry.title;
            node->entry.subtitle = entry.subtitle;
            node->entry.iconName = entry.iconName;
            node->entry.toolTip = entry.toolTip;
            node->entry.count = entry.count;
            emit dataChanged(nodeIndex, nodeIndex);
        }
        syncChildren(node, nodeIndex, entry.children);
    }

    // Left over: rows that repeated a source the new entries hold fewer times.
    if (children.size() > static_cast<size_t>(entries.size())) {
        const int first = static_cast<int>(entries.size());
        beginRemoveRows(parentIndex, first, static_cast<int>(children.size()) - 1);
        children.erase(children.begin() + first, children.end());
        endRemoveRows();
    }
}

std::unique_ptr<SidebarModel::Node> SidebarModel::makeNode(const SidebarEntry &entry, Node *parent)
{
    auto node = std::make_unique<Node>();
    node->parent = parent;
    node->entry = entry;
    node->entry.children.clear();
    for (const SidebarEntry &child : entry.children)
        node->children.push_back(makeNode(child, node.get()));
    return node;
}
