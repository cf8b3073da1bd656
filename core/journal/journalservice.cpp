#include "core/journal/journalservice.h"

#include "core/catalog/catalogconnection.h"
#include "core/catalog/transaction.h"
#include "core/galleries/galleryrepository.h"
#include "core/journal/journalrepository.h"
#include "core/journal/markdownpostimporter.h"
#include "core/journal/markdownrenderer.h"

#include <QRandomGenerator>
#include <QUrl>

namespace {

// `current` with every field that differs between `from` and `to` set as in `to`. What an edit
// did not touch (the body typed since a rename, say) stays as it is now.
JournalEntry mergeChanges(JournalEntry current, const JournalEntry &from, const JournalEntry &to)
{
    const auto take = [](auto &field, const auto &before, const auto &after) {
        if (before != after)
            field = after;
    };
    take(current.eventId, from.eventId, to.eventId);
    take(current.title, from.title, to.title);
    take(current.author, from.author, to.author);
    take(current.date, from.date, to.date);
    take(current.categories, from.categories, to.categories);
    take(current.tags, from.tags, to.tags);
    take(current.cover, from.cover, to.cover);
    take(current.body, from.body, to.body);
    take(current.extraFrontMatter, from.extraFrontMatter, to.extraFrontMatter);
    return current;
}

QStringList cleaned(const QStringList &words)
{
    QStringList result;
    for (const QString &word : words) {
        const QString trimmed = word.trimmed();
        if (!trimmed.isEmpty() && !result.contains(trimmed))
            result.append(trimmed);
    }
    return result;
}

} // namespace

JournalService::JournalService(const CatalogConnection &connection, QObject *parent)
    : QObject(parent)
    , m_connection(connection)
    , m_repository(std::make_unique<JournalRepository>(connection))
    , m_galleries(std::make_unique<GalleryRepository>(connection))
{}

JournalService::~JournalService() = default;

QList<JournalEntry> JournalService::entries() const
{
    return m_repository->list();
}

QList<JournalEntry> JournalService::entriesOfEvent(qint64 eventId) const
{
    return m_repository->listOfEvent(eventId);
}

std::optional<JournalEntry> JournalService::entry(qint64 entryId) const
{
    return m_repository->entry(entryId);
}

QList<JournalVersion> JournalService::versions(qint64 entryId) const
{
    return m_repository->versions(entryId);
}

QString JournalService::displayTitle(const JournalEntry &entry)
{
    return entry.title.isEmpty() ? tr("Untitled Entry") : entry.title;
}

QString JournalService::renderHtml(const QString &markdown) const
{
    MarkdownRenderer renderer;
    renderer.setPhotoResolver([this](qint64 photoId) -> std::optional<QString> {
        const std::optional<JournalPhotoFile> file = m_repository->photoFile(photoId);
        if (!file)
            return std::nullopt;
        return QUrl::fromLocalFile(file->path).toString(QUrl::FullyEncoded);
    });
    renderer.setGalleryRenderer([this](qint64 galleryId) -> std::optional<QString> {
        bool found = false;
        QString html = galleryHtml(galleryId, &found);
        return found ? std::optional<QString>(html) : std::nullopt;
    });
    return renderer.toHtml(markdown);
}

QString JournalService::galleryHtml(qint64 galleryId, bool *found) const
{
    // The preview's plain list of the notes; the board's look is the gallery view's and the
    // export's, which lay it out.
    const std::optional<Gallery> gallery = m_galleries->gallery(galleryId);
    *found = gallery.has_value();
    if (!gallery)
        return {};
    QString html = QStringLiteral("<div class=\"corkboard-gallery\" data-gallery=\"%1\">\n<ul>\n")
                       .arg(galleryId);
    for (const GalleryNote &note : m_galleries->notes(galleryId)) {
        html += QStringLiteral("<li>");
        if (note.photoState == GalleryNote::PhotoState::Gone) {
            html += QStringLiteral("<span class=\"corkboard-missing\">%1</span>")
                        .arg(tr("This photo is no longer in the catalog.").toHtmlEscaped());
        } else {
            html +=
                QStringLiteral("<img src=\"%1\" alt=\"%2\"%3>")
                    .arg(
                        QUrl::fromLocalFile(note.path).toString(QUrl::FullyEncoded).toHtmlEscaped(),
                        note.item.caption.toHtmlEscaped(),
                        note.item.look.width ? QStringLiteral(" style=\"width:%1px\"")
                                                   .arg(qRound(*note.item.look.width))
                                             : QString());
        }
        if (!note.item.caption.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(note.item.caption.toHtmlEscaped());
        html += QStringLiteral("</li>\n");
    }
    html += QStringLiteral("</ul>\n</div>\n");
    return html;
}

JournalEdit JournalService::editEntry(qint64 entryId, const QString &text,
                                      const std::function<void(JournalEntry &)> &change) const
{
    const std::optional<JournalEntry> before = m_repository->entry(entryId);
    if (!before) {
        m_lastError = tr("The journal entry no longer exists.");
        return {};
    }
    JournalEntry after = *before;
    change(after);
    JournalEdit edit;
    if (after.hasSameContent(*before))
        return edit;
    edit.text = text;
    edit.entriesBefore.insert(entryId, before);
    edit.entriesAfter.insert(entryId, after);
    return edit;
}

JournalEdit JournalService::create(const JournalEntry &fields) const
{
    if (fields.eventId != 0 && !m_repository->eventExists(fields.eventId)) {
        m_lastError = tr("The event no longer exists.");
        return {};
    }
    JournalEntry entry = fields;
    entry.id = m_repository->nextEntryId();
    entry.title = entry.title.trimmed();
    entry.categories = cleaned(entry.categories);
    entry.tags = cleaned(entry.tags);
    entry.createdAt = entry.updatedAt = QDateTime();
    JournalEdit edit;
    edit.text = tr("New Journal Entry");
    edit.entriesBefore.insert(entry.id, std::nullopt);
    edit.entriesAfter.insert(entry.id, entry);
    edit.focusEntryId = entry.id;
    return edit;
}

JournalEdit JournalService::rename(qint64 entryId, const QString &title) const
{
    return editEntry(entryId, tr("Rename Entry"),
                     [&](JournalEntry &entry) { entry.title = title.trimmed(); });
}

JournalEdit JournalService::setAuthor(qint64 entryId, const QString &author) const
{
    return editEntry(entryId, tr("Change Author"),
                     [&](JournalEntry &entry) { entry.author = author.trimmed(); });
}

JournalEdit JournalService::setDate(qint64 entryId, QDate date) const
{
    return editEntry(entryId, tr("Change Entry Date"),
                     [&](JournalEntry &entry) { entry.date = date; });
}

JournalEdit JournalService::setCategories(qint64 entryId, const QStringList &categories) const
{
    return editEntry(entryId, tr("Change Categories"),
                     [&](JournalEntry &entry) { entry.categories = cleaned(categories); });
}

JournalEdit JournalService::setTags(qint64 entryId, const QStringList &tags) const
{
    return editEntry(entryId, tr("Change Tags"),
                     [&](JournalEntry &entry) { entry.tags = cleaned(tags); });
}

JournalEdit JournalService::setCover(qint64 entryId, const JournalCover &cover) const
{
    if (cover.photoId != 0 && !m_repository->photoExists(cover.photoId)) {
        m_lastError = tr("The photo is no longer in the catalog.");
        return {};
    }
    JournalCover stored = cover;
    if (stored.photoId != 0)
        stored.path.clear(); // a catalog photo is found by its id wherever its file goes
    return editEntry(entryId, tr("Change Cover"),
                     [&](JournalEntry &entry) { entry.cover = stored; });
}

JournalEdit JournalService::setEvent(qint64 entryId, qint64 eventId) const
{
    if (eventId != 0 && !m_repository->eventExists(eventId)) {
        m_lastError = tr("The event no longer exists.");
        return {};
    }
    return editEntry(entryId, tr("Change Entry Event"),
                     [&](JournalEntry &entry) { entry.eventId = eventId; });
}

JournalEdit JournalService::restoreVersion(qint64 versionId) const
{
    const std::optional<JournalVersion> version = m_repository->version(versionId);
    if (!version) {
        m_lastError = tr("That version of the entry no longer exists.");
        return {};
    }
    return editEntry(version->entryId, tr("Restore Earlier Version"), [&](JournalEntry &entry) {
        entry.title = version->title;
        entry.body = version->body;
    });
}

JournalEdit JournalService::deleteEntry(qint64 entryId) const
{
    const std::optional<JournalEntry> entry = m_repository->entry(entryId);
    if (!entry) {
        m_lastError = tr("The journal entry no longer exists.");
        return {};
    }
    JournalEdit edit;
    edit.text = tr("Delete Journal Entry");
    edit.entriesBefore.insert(entryId, entry);
    edit.entriesAfter.insert(entryId, std::nullopt);
    return edit;
}

bool JournalService::apply(const JournalEdit &edit, bool forward)
{
    const auto &from = forward ? edit.entriesBefore : edit.entriesAfter;
    const auto &to = forward ? edit.entriesAfter : edit.entriesBefore;
    Transaction transaction(m_connection.database());
    if (!transaction.isActive()) {
        m_lastError = transaction.beginError();
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = to.cbegin(); it != to.cend(); ++it) {
        const qint64 id = it.key();
        const std::optional<JournalEntry> current = m_repository->entry(id);
        bool ok = true;
        if (!it.value()) {
            ok = !current || m_repository->removeEntry(id);
        } else if (!current) {
            JournalEntry entry = *it.value();
            entry.id = id;
            if (!entry.createdAt.isValid())
                entry.createdAt = now; // a new one; one brought back keeps its own
            entry.updatedAt = now;
            ok = m_repository->insertEntry(entry) != 0;
        } else {
            // The text as it is now is kept before an edit replaces it (restoring a version, or
            // undoing that): going back and forth in history never loses what was typed. Only an
            // edit of the body: a rename (or its undo) replaces no text, and kept versions "before
            // a restore" that none was made before.
            const std::optional<JournalEntry> before = from.value(id);
            if (before && before->body != it.value()->body)
                ok = keepVersion(*current, JournalVersionReason::BeforeRestore) != 0;
            JournalEntry merged = mergeChanges(*current, before.value_or(*current), *it.value());
            merged.updatedAt = now;
            ok = ok && m_repository->updateEntry(merged);
        }
        if (!ok) {
            m_lastError = m_repository->lastError();
            return false;
        }
    }
    const QString error = transaction.commit();
    if (!error.isEmpty()) {
        m_lastError = error;
        return false;
    }
    emit entriesChanged();
    for (auto it = to.cbegin(); it != to.cend(); ++it)
        emit entryChanged(it.key());
    return true;
}

bool JournalService::saveDraft(qint64 entryId, const QString &body)
{
    // Its own short transaction: committed (and in the WAL) the moment this returns, so a crash
    // right after loses nothing of it.
    Transaction transaction(m_connection.database());
    if (!transaction.isActive()) {
        m_lastError = transaction.beginError();
        return false;
    }
    if (!m_repository->updateBody(entryId, body, QDateTime::currentDateTimeUtc())) {
        m_lastError = m_repository->lastError();
        return false;
    }
    if (const QString error = transaction.commit(); !error.isEmpty()) {
        m_lastError = error;
        return false;
    }
    emit bodySaved(entryId);
    return true;
}

qint64 JournalService::keepVersion(qint64 entryId, JournalVersionReason reason)
{
    const std::optional<JournalEntry> entry = m_repository->entry(entryId);
    if (!entry) {
        m_lastError = tr("The journal entry no longer exists.");
        return 0;
    }
    return keepVersion(*entry, reason);
}

qint64 JournalService::keepVersion(const JournalEntry &entry, JournalVersionReason reason)
{
    const std::optional<JournalVersion> latest = m_repository->latestVersion(entry.id);
    if (latest && latest->title == entry.title && latest->body == entry.body)
        return latest->id;
    JournalVersion version;
    version.entryId = entry.id;
    version.savedAt = QDateTime::currentDateTimeUtc();
    version.reason = reason;
    version.title = entry.title;
    version.body = entry.body;
    const qint64 id = m_repository->insertVersion(version);
    if (id == 0)
        m_lastError = m_repository->lastError();
    return id;
}

qint64 JournalService::importPost(const QString &text, qint64 eventId, const QString &fileName)
{
    if (eventId != 0 && !m_repository->eventExists(eventId)) {
        m_lastError = tr("The event no longer exists.");
        return 0;
    }
    Transaction transaction(m_connection.database());
    if (!transaction.isActive()) {
        m_lastError = transaction.beginError();
        return 0;
    }
    MarkdownPostImporter importer;
    importer.setPhotoMatcher(
        [this](const QString &name) { return m_repository->photosNamed(name).value(0, 0); });
    importer.setGalleryMaker(
        [&](const QString &title, const QList<ImportedGalleryPhoto> &photos) -> qint64 {
            Gallery gallery;
            gallery.eventId = eventId;
            gallery.title = title;
            gallery.seed = QRandomGenerator::global()->generate();
            const qint64 galleryId = m_galleries->insertGallery(gallery);
            for (qsizetype i = 0; galleryId != 0 && i < photos.size(); ++i) {
                GalleryItem item;
                item.galleryId = galleryId;
                item.photoId = photos.at(i).photoId;
                item.position = int(i);
                item.look.width = photos.at(i).width;
                if (m_galleries->insertItem(item) == 0)
                    return 0;
            }
            return galleryId;
        });
    std::optional<JournalEntry> entry = importer.parse(text, fileName);
    if (!entry) {
        m_lastError = importer.errorString();
        return 0;
    }
    entry->eventId = eventId;
    entry->id = m_repository->insertEntry(*entry);
    if (entry->id == 0 || keepVersion(entry->id, JournalVersionReason::Saved) == 0) {
        m_lastError = m_repository->lastError();
        return 0;
    }
    if (const QString error = transaction.commit(); !error.isEmpty()) {
        m_lastError = error;
        return 0;
    }
    emit entriesChanged();
    return entry->id;
}
