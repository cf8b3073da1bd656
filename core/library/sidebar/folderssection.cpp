#include "core/library/sidebar/folderssection.h"

#include "core/catalog/importhistoryrepository.h"
#include "core/catalog/photocountrepository.h"
#include "core/library/naturalorder.h"

#include <QDir>
#include <QSet>

#include <algorithm>
#include <map>

namespace {

struct FolderNode
{
    QString path;
    int count = 0;                          // photos in this folder and below
    std::map<QString, FolderNode> children; // by name; put in natural order at the end
};

// The folder holding `path`, or an empty string for a root ("/", "C:/") or a bare name.
QString parentFolder(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    if (slash < 0 || slash == path.size() - 1)
        return {};
    const QString left = path.left(slash);
    // "/a" is in "/", "C:/a" in "C:/": a root keeps its separator.
    return left.isEmpty() || left.endsWith(QLatin1Char(':')) ? path.left(slash + 1) : left;
}

QString folderName(const QString &path)
{
    const QString name = path.section(QLatin1Char('/'), -1);
    return name.isEmpty() ? QDir::toNativeSeparators(path) : name;
}

// The outermost of `roots` that holds `folder` (or is it), or an empty string.
QString outermostRoot(const QString &folder, const QSet<QString> &roots)
{
    QString outermost;
    for (QString path = folder; !path.isEmpty(); path = parentFolder(path)) {
        if (roots.contains(path))
            outermost = path;
    }
    return outermost;
}

SidebarEntry entryOf(const FolderNode &node, const QString &title, const QCollator &collator)
{
    SidebarEntry entry;
    entry.title = title;
    entry.iconName = QStringLiteral("folder");
    entry.toolTip = QDir::toNativeSeparators(node.path);
    entry.source = PhotoSource::folder(node.path);
    entry.count = node.count;
    std::vector<const std::pair<const QString, FolderNode> *> children;
    for (const auto &child : node.children)
        children.push_back(&child);
    std::sort(children.begin(), children.end(), [&collator](const auto *a, const auto *b) {
        const int order = collator.compare(a->first, b->first);
        return order != 0 ? order < 0 : a->first < b->first;
    });
    for (const auto *child : children)
        entry.children.append(entryOf(child->second, child->first, collator));
    return entry;
}

} // namespace

FoldersSection::FoldersSection(const CatalogConnection &connection, QObject *parent)
    : SidebarSection(parent)
    , m_connection(connection)
{}

QString FoldersSection::title() const
{
    return tr("Folders");
}

QList<SidebarEntry> FoldersSection::loadEntries() const
{
    const QList<FolderPhotoCount> folders = PhotoCountRepository(m_connection).countsByFolder();
    QSet<QString> roots;
    for (const QString &root : ImportHistoryRepository(m_connection).roots())
        roots.insert(QDir::cleanPath(root));
    // A folder no imported root holds becomes a root of its own. Roots are found by walking up a
    // folder's parents (a few each), not by comparing every folder with every root.
    for (const FolderPhotoCount &folder : folders) {
        if (outermostRoot(folder.folderPath, roots).isEmpty())
            roots.insert(folder.folderPath);
    }

    // Each folder under the outermost root that holds it: an import of a folder inside one
    // imported before shows inside it, not beside it. Roots that hold no photo do not show.
    std::map<QString, FolderNode> trees;
    for (const FolderPhotoCount &folder : folders) {
        const QString root = outermostRoot(folder.folderPath, roots);
        FolderNode *node = &trees[root];
        node->path = root;
        node->count += folder.count;
        const QString below = folder.folderPath.mid(root.size());
        for (const QString &name : below.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            FolderNode &child = node->children[name];
            if (child.path.isEmpty())
                child.path = node->path.endsWith(QLatin1Char('/'))
                                 ? node->path + name
                                 : node->path + QLatin1Char('/') + name;
            child.count += folder.count;
            node = &child;
        }
    }

    const QCollator collator = naturalOrderCollator();
    QList<SidebarEntry> entries;
    for (const auto &[path, tree] : trees)
        entries.append(entryOf(tree, folderName(path), collator));
    std::sort(entries.begin(), entries.end(), [&collator](const auto &a, const auto &b) {
        const int order = collator.compare(a.title, b.title);
        return order != 0 ? order < 0 : a.source.folderPath < b.source.folderPath;
    });
    return entries;
}
