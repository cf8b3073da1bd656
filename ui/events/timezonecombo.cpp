#include "ui/events/timezonecombo.h"

#include <QCompleter>
#include <QLineEdit>
#include <QTimeZone>

TimeZoneCombo::TimeZoneCombo(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    // Typing searches; it never adds a zone of its own.
    setInsertPolicy(NoInsert);
    setMaxVisibleItems(16);
    setSizeAdjustPolicy(AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(18);
    //: The time zone of an event when it has none (photos without an offset use this computer's).
    addItem(tr("None"), QString());
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds()) {
        const QString name = QString::fromUtf8(id);
        // Underscores read as spaces; the id stays the item's data.
        addItem(QString(name).replace(QLatin1Char('_'), QLatin1Char(' ')), name);
    }
    auto *completer = new QCompleter(model(), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    lineEdit()->setPlaceholderText(tr("Search time zones"));

    connect(this, &QComboBox::activated, this, &TimeZoneCombo::choose);
    // A completion picked from the popup lands here as text: find its row.
    connect(completer, qOverload<const QString &>(&QCompleter::activated), this,
            [this](const QString &text) {
                const int row = findText(text, Qt::MatchFixedString);
                if (row >= 0)
                    choose(row);
            });
    setZoneId({});
}

QString TimeZoneCombo::zoneId() const
{
    return m_zoneId;
}

void TimeZoneCombo::setZoneId(const QString &zoneId)
{
    m_zoneId = zoneId;
    int row = findData(zoneId);
    if (row < 0) {
        // A zone this computer does not know (a catalog from elsewhere): show it as it is.
        addItem(zoneId, zoneId);
        row = count() - 1;
    }
    setCurrentIndex(row);
}

bool TimeZoneCombo::isSearching() const
{
    return hasFocus() && currentIndex() >= 0 && lineEdit()->text() != itemText(currentIndex());
}

void TimeZoneCombo::choose(int row)
{
    if (row < 0)
        return;
    const QString chosen = itemData(row).toString();
    setCurrentIndex(row);
    if (chosen == m_zoneId)
        return;
    m_zoneId = chosen;
    emit zoneChosen(chosen);
}

void TimeZoneCombo::restoreText()
{
    const int row = findData(m_zoneId);
    if (row >= 0) {
        setCurrentIndex(row);
        lineEdit()->setText(itemText(row));
    }
}

void TimeZoneCombo::focusOutEvent(QFocusEvent *event)
{
    // Half-typed text that names no zone goes back to the zone set.
    if (findText(currentText(), Qt::MatchFixedString) < 0)
        restoreText();
    QComboBox::focusOutEvent(event);
}
