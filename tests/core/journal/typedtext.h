#pragma once

#include <QString>

// What journal-autosave-typist types, so that the test knows it too: letters, a space every
// seventh character and a line break every sixty.
namespace TypedText {

constexpr int kKeyIntervalMs = 15;

inline QString text(int length)
{
    QString text;
    text.reserve(length);
    for (int i = 1; i <= length; ++i) {
        if (i % 60 == 0)
            text += QLatin1Char('\n');
        else if (i % 7 == 0)
            text += QLatin1Char(' ');
        else
            text += QLatin1Char(char('a' + i % 26));
    }
    return text;
}

} // namespace TypedText
