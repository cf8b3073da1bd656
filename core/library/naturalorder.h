#pragma once

#include <QCollator>

// The collator behind every list of names the library sorts (file names in the grid, folders in
// the sidebar): the user's locale, case-insensitive, numbers by value ("IMG_2" before "IMG_10").
QCollator naturalOrderCollator();
