#pragma once

#include <QList>
#include <QString>

// One published image of a photo.
struct ImageRendition
{
    QString relativePath; // from the output folder, '/'-separated: "images/kubecon-2-42-1024.jpg"
    int width = 0;
    int height = 0;
};

// What the export made of one photo: its images from the smallest to the largest, the original's
// copy when asked for, or why there are none (the photo is then shown as a marker).
struct PhotoRenditions
{
    qint64 photoId = 0;
    QList<ImageRendition> sizes; // ascending; empty when the photo could not be published
    QString originalRelativePath; // empty unless ExportOptions::includeOriginals
    QString error;                // translated; set when sizes is empty

    bool isValid() const { return !sizes.isEmpty(); }
    const ImageRendition &largest() const { return sizes.constLast(); }
};
