#include "core/library/naturalorder.h"

#include <QLocale>

QCollator naturalOrderCollator()
{
    // The C locale (a bare container, LANG unset) collates by code point, which would put IMG_10
    // before IMG_2 and "b" before "A": fall back to English rules there.
    QLocale locale;
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QCollator collator(locale);
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    return collator;
}
