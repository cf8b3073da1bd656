#pragma once

#include <QJsonArray>
#include <QString>

// The shared test corpus (../shared/corpus beside the repository, or CORKBOARD_SHARED_DIR).
// It is never committed; tests that use it QSKIP with the reason when it is absent.
namespace Corpus {

// The corpus folder, or an empty string when it is not there.
QString directory();
// Why the corpus is unavailable, for QSKIP.
QString unavailableReason();
// exiftool-oracle.json parsed, one object per file ("SourceFile" relative to the corpus).
QJsonArray oracle();

} // namespace Corpus
