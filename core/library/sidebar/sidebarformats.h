#pragma once

#include <QString>

class QLocale;

// Date and time formats that fit a sidebar line, shared by its sections.
namespace SidebarFormats {

// The locale's long date without the weekday and with the short month name: "24 Nov 2026" in
// en_GB, "Nov 24, 2026" in en_US, "24. Nov. 2026" in de. Qt has no medium format; the short one
// ("24/11/2026") reads poorly in a list of dates, the long one is too wide for a sidebar.
QString mediumDate(const QLocale &locale);
// The locale's short time without seconds ("14:02", "2:02 PM"); the C locale's has them.
QString shortTime(const QLocale &locale);

} // namespace SidebarFormats
