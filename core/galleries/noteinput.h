#pragma once

#include "core/galleries/notelook.h"

// What the layout needs of one note: who it is (for its own random draws), the shape of its
// photo and what the user set by hand.
struct NoteInput
{
    qint64 itemId = 0;        // 0 for a note not stored yet: its index stands in
    double aspectRatio = 0.0; // width / height of the photo as seen; 0 or less: unknown (4:3)
    NoteLook look;
};
