#include "bench/search/searchcatalogwriter.h"

#include "core/catalog/catalogconnection.h"
#include "core/catalog/photorepository.h"
#include "core/catalog/transaction.h"
#include "core/events/eventrepository.h"
#include "core/galleries/galleryrepository.h"
#include "core/journal/journalrepository.h"

#include <algorithm>

namespace {

const QStringList kPlaces = {
    QStringLiteral("Barcelona"), QStringLiteral("Lisboa"),     QStringLiteral("Zürich"),
    QStringLiteral("Bogotá"),    QStringLiteral("Kraków"),     QStringLiteral("São Paulo"),
    QStringLiteral("Reykjavík"), QStringLiteral("Montréal"),   QStringLiteral("Köln"),
    QStringLiteral("Málaga"),    QStringLiteral("Accra"),      QStringLiteral("Copenhagen"),
    QStringLiteral("Kyoto"),     QStringLiteral("Valparaíso"), QStringLiteral("Genève"),
    QStringLiteral("Amsterdam"),
};
// Words people write and tag photos with; the made-up ones fill the long tail.
const QStringList kWords = {
    QStringLiteral("sunset"),     QStringLiteral("café"),       QStringLiteral("cathedral"),
    QStringLiteral("market"),     QStringLiteral("beach"),      QStringLiteral("stage"),
    QStringLiteral("keynote"),    QStringLiteral("meetup"),     QStringLiteral("speaker"),
    QStringLiteral("booth"),      QStringLiteral("party"),      QStringLiteral("dinner"),
    QStringLiteral("mountain"),   QStringLiteral("river"),      QStringLiteral("family"),
    QStringLiteral("wedding"),    QStringLiteral("friends"),    QStringLiteral("kubernetes"),
    QStringLiteral("istio"),      QStringLiteral("envoy"),      QStringLiteral("prometheus"),
    QStringLiteral("opencensus"), QStringLiteral("conference"), QStringLiteral("Sagrada"),
    QStringLiteral("Família"),    QStringLiteral("crème"),      QStringLiteral("brûlée"),
    QStringLiteral("piñata"),     QStringLiteral("naïve"),      QStringLiteral("façade"),
};
const QStringList kCameras = {
    QStringLiteral("Canon|Canon EOS R6"),
    QStringLiteral("Canon|Canon EOS 5D Mark IV"),
    QStringLiteral("NIKON CORPORATION|NIKON Z 6"),
    QStringLiteral("SONY|ILCE-7M3"),
    QStringLiteral("FUJIFILM|X-T4"),
    QStringLiteral("Apple|iPhone 13 Pro"),
    QStringLiteral("Google|Pixel 7"),
    QStringLiteral("samsung|SM-G991B"),
};
const QStringList kSyllables = {
    QStringLiteral("ka"),  QStringLiteral("lo"),  QStringLiteral("mi"),  QStringLiteral("ne"),
    QStringLiteral("ru"),  QStringLiteral("sa"),  QStringLiteral("to"),  QStringLiteral("vi"),
    QStringLiteral("der"), QStringLiteral("lan"), QStringLiteral("mor"), QStringLiteral("pel"),
    QStringLiteral("tis"), QStringLiteral("bo"),  QStringLiteral("gra"), QStringLiteral("fen"),
};
constexpr int kVocabulary = 6000;
constexpr int kPhotosPerEvent = 200;
constexpr int kPhotosPerGallery = 400;

} // namespace

SearchCatalogWriter::SearchCatalogWriter(quint32 seed)
    : m_random(seed)
{
    // Rank 0 is the most common word. The real words sit among the common-to-middling ranks.
    for (int i = 0; m_vocabulary.size() < kVocabulary; ++i) {
        if (i % 40 == 7 && i / 40 < kWords.size()) {
            m_vocabulary.append(kWords.at(i / 40));
            continue;
        }
        QString made;
        const int syllables = 2 + int(m_random.bounded(3));
        for (int s = 0; s < syllables; ++s)
            made += kSyllables.at(int(m_random.bounded(qsizetype(kSyllables.size()))));
        m_vocabulary.append(made);
    }
    double sum = 0;
    for (int rank = 1; rank <= kVocabulary; ++rank) {
        sum += 1.0 / rank;
        m_cumulative.push_back(sum);
    }
}

QString SearchCatalogWriter::word()
{
    const double pick = m_random.generateDouble() * m_cumulative.back();
    const auto it = std::lower_bound(m_cumulative.cbegin(), m_cumulative.cend(), pick);
    return m_vocabulary.at(qsizetype(it - m_cumulative.cbegin()));
}

QString SearchCatalogWriter::words(int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list.append(word());
    return list.join(QLatin1Char(' '));
}

QString SearchCatalogWriter::sentence()
{
    QString text = words(6 + int(m_random.bounded(14)));
    text[0] = text.at(0).toUpper();
    return text + QLatin1Char('.');
}

QString SearchCatalogWriter::place()
{
    return kPlaces.at(int(m_random.bounded(qsizetype(kPlaces.size()))));
}

QString SearchCatalogWriter::entryBody(const QList<qint64> &photoIds,
                                       const QList<qint64> &galleryIds)
{
    // A journal entry as people write them: headings, paragraphs with links, a photo or two and
    // a gallery; 300 to 2,000 words.
    QString body;
    const int sections = 2 + int(m_random.bounded(5));
    for (int s = 0; s < sections; ++s) {
        body += QStringLiteral("### %1\n\n").arg(words(2 + int(m_random.bounded(4))));
        const int paragraphs = 1 + int(m_random.bounded(4));
        for (int p = 0; p < paragraphs; ++p) {
            const int sentences = 3 + int(m_random.bounded(8));
            for (int i = 0; i < sentences; ++i) {
                if (m_random.bounded(5) == 0)
                    body += QStringLiteral("[%1](https://%2.example/%3) ")
                                .arg(words(2), word(), word());
                body += sentence() + QLatin1Char(' ');
            }
            body += QStringLiteral("\n\n");
        }
        if (m_random.bounded(2) == 0 && !photoIds.isEmpty())
            body += QStringLiteral("![%1](photo:%2)\n\n")
                        .arg(words(3))
                        .arg(photoIds.at(int(m_random.bounded(qsizetype(photoIds.size())))));
        if (m_random.bounded(4) == 0 && !galleryIds.isEmpty())
            body += QStringLiteral("```gallery %1\n```\n\n")
                        .arg(galleryIds.at(int(m_random.bounded(qsizetype(galleryIds.size())))));
    }
    return body;
}

QString SearchCatalogWriter::write(const CatalogConnection &connection, int photoCount,
                                   int entryCount)
{
    Transaction transaction(connection.database());
    if (!transaction.isActive())
        return transaction.beginError();
    PhotoRepository photos(connection);
    EventRepository events(connection);
    GalleryRepository galleries(connection);
    JournalRepository journal(connection);

    QList<qint64> photoIds;
    QList<qint64> eventIds;
    QList<qint64> galleryIds;
    const QDateTime imported(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    for (int n = 0; n < photoCount; ++n) {
        if (n % kPhotosPerEvent == 0) {
            EventRecord event;
            event.place = place();
            event.title =
                QStringLiteral("%1 %2").arg(words(1 + int(m_random.bounded(2))), event.place);
            if (m_random.bounded(3) == 0)
                event.description = sentence();
            const qint64 id = events.insert(event);
            if (id == 0)
                return QStringLiteral("event: ") + events.lastError();
            eventIds.append(id);
        }
        PhotoRecord photo;
        photo.path = QStringLiteral("/home/ana/Pictures/%1/event-%2/IMG_%3.JPG")
                         .arg(2015 + n * 10 / std::max(photoCount, 1))
                         .arg(eventIds.size())
                         .arg(n, 6, 10, QLatin1Char('0'));
        photo.fileSize = 3'000'000;
        photo.fileModifiedMs = 1'600'000'000'000 + n * 1000LL;
        photo.identityKey = QByteArray::number(n).leftJustified(16, '.');
        photo.importedAt = imported;
        const QStringList camera =
            kCameras.at(int(m_random.bounded(qsizetype(kCameras.size())))).split(QLatin1Char('|'));
        photo.metadata.make = camera.at(0);
        photo.metadata.model = camera.at(1);
        if (m_random.bounded(100) < 15)
            photo.metadata.title = QStringLiteral("%1 in %2").arg(word(), place());
        if (m_random.bounded(100) < 25)
            photo.metadata.description = sentence();
        const int keywords = int(m_random.bounded(6));
        for (int k = 0; k < keywords; ++k) {
            const QString keyword = k == 0 ? place() : word();
            if (!photo.metadata.keywords.contains(keyword))
                photo.metadata.keywords.append(keyword);
        }
        const qint64 id = photos.insert(photo);
        if (id == 0)
            return QStringLiteral("photo: ") + photos.lastError();
        photoIds.append(id);

        if ((n + 1) % kPhotosPerGallery == 0) {
            Gallery gallery;
            gallery.eventId = eventIds.constLast();
            gallery.title = words(2);
            const qint64 galleryId = galleries.insertGallery(gallery);
            if (galleryId == 0)
                return QStringLiteral("gallery: ") + galleries.lastError();
            galleryIds.append(galleryId);
            const int notes = 5 + int(m_random.bounded(8));
            for (int i = 0; i < notes; ++i) {
                GalleryItem item;
                item.galleryId = galleryId;
                item.photoId = photoIds.at(photoIds.size() - 1 - i);
                item.position = i;
                if (m_random.bounded(2) == 0)
                    item.caption = words(3 + int(m_random.bounded(6)));
                if (galleries.insertItem(item) == 0)
                    return QStringLiteral("note: ") + galleries.lastError();
            }
        }
    }
    for (int n = 0; n < entryCount; ++n) {
        JournalEntry entry;
        entry.eventId = eventIds.isEmpty() ? 0 : eventIds.at(n % eventIds.size());
        entry.title = QStringLiteral("%1 %2").arg(words(2 + int(m_random.bounded(3))), place());
        entry.author = QStringLiteral("ana");
        entry.date = QDate(2015, 1, 1).addDays(n * 3);
        entry.categories = {word()};
        entry.tags = {word(), word()};
        entry.body = entryBody(photoIds, galleryIds);
        if (journal.insertEntry(entry) == 0)
            return QStringLiteral("entry: ") + journal.lastError();
    }
    return transaction.commit();
}
