#pragma once

#include <QList>
#include <QString>

class Catalog;

// Photos for the events tests: JPEGs with a time, a UTC offset and a camera, written into a folder
// and imported the way the app imports them (ImportJob: placed on the timeline and grouped into
// automatic events at the end).
namespace EventTestPhotos {

struct Shot
{
    QString fileName;
    QString taken; // "2026:05:20 10:00:00", EXIF style
    QString offset = QStringLiteral("+02:00");
    QString make = QStringLiteral("Canon");
    QString model = QStringLiteral("Canon EOS R5");
};

// Writes the shots into `folder`; returns an empty string or the error.
QString write(const QString &folder, const QList<Shot> &shots);
// Imports `folder` into the catalog at `catalogPath` and waits; returns whether it finished.
bool import(const QString &catalogPath, const QString &folder);

// Three events over two years: a 2025 summer day (3 photos), and in 2026 two conference days two
// days apart (4 and 2 photos). Newest first: 22 May 2026, 20 May 2026, 10 July 2025.
QList<Shot> twoYears();

} // namespace EventTestPhotos
