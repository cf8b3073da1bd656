#include "tests/support/corpus.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace Corpus {

QString directory()
{
    const QString shared = qEnvironmentVariable("CORKBOARD_SHARED_DIR");
    if (shared.isEmpty())
        return {};
    const QString corpus = QDir(shared).filePath(QStringLiteral("corpus"));
    return QFileInfo(QDir(corpus).filePath(QStringLiteral("exiftool-oracle.json"))).isFile()
               ? QDir::cleanPath(corpus)
               : QString();
}

QString unavailableReason()
{
    return QStringLiteral("the shared corpus is absent (looked in CORKBOARD_SHARED_DIR=\"%1\"); "
                          "it lives beside the repository as ../shared/corpus")
        .arg(qEnvironmentVariable("CORKBOARD_SHARED_DIR"));
}

QJsonArray oracle()
{
    QFile file(QDir(directory()).filePath(QStringLiteral("exiftool-oracle.json")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).array();
}

} // namespace Corpus
