#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringView>

// What a file really is, decided from its bytes; the extension only breaks ties between
// TIFF-based RAW formats that share one signature.
enum class ImageFormat {
    Unknown,
    Jpeg,
    Png,
    Tiff,
    WebP,
    Heic,
    Heif,
    Avif,
    Dng,
    Cr2,
    Cr3,
    Crw,
    Nef,
    Nrw,
    Arw,
    Sr2,
    Orf,
    Rw2,
    Raf,
    Pef,
    Srw,
    Mrw,
    Erf,
    ThreeFr,
};

// Bytes of a file's head that detectImageFormat() needs to decide.
inline constexpr qsizetype ImageFormatSniffBytes = 64;

ImageFormat detectImageFormat(QByteArrayView head, QStringView suffix = {});
// exiftool-style FileType name: "JPEG", "TIFF", "HEIC", "CR3"... Stored in the catalog.
QString imageFormatName(ImageFormat format);
ImageFormat imageFormatFromName(QStringView name);
bool isRawFormat(ImageFormat format);
// Suffixes (compared case-insensitively, no dot) of files that are meant to be photos or images:
// a file with one of these that cannot be read, or is of a format Corkboard does not read, is a
// problem worth reporting; other unreadable files are simply not photos (videos, documents).
bool isPhotoSuffix(QStringView suffix);
