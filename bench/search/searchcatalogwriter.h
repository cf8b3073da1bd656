#pragma once

#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <vector>

class CatalogConnection;

// Writes a catalog to search in: N photos (a camera's make and model each; keywords on most,
// a title on some, a description on more), an event every 200 photos, a gallery with captions
// every 400, and M journal entries of a few hundred to some thousand words of Markdown. The
// words are drawn from a vocabulary of 6,000 (real place, subject and tech words with accents,
// and made-up ones) by Zipf's law, as words are in real text, so that common words match a lot
// and rare ones little. The same seed writes the same catalog.
class SearchCatalogWriter
{
public:
    explicit SearchCatalogWriter(quint32 seed = 6);

    // Returns an empty string on success, otherwise what failed.
    QString write(const CatalogConnection &connection, int photos, int entries);

private:
    QString word();
    QString words(int count);
    QString sentence();
    QString place();
    QString entryBody(const QList<qint64> &photoIds, const QList<qint64> &galleryIds);

    QRandomGenerator m_random;
    QStringList m_vocabulary;
    std::vector<double> m_cumulative; // Zipf weights, summed
};
