#pragma once

#include <QComboBox>

// The time zones this computer knows (IANA ids, "Europe/Madrid"), after "None", in a combo the user
// can type into to search: "madr" finds Europe/Madrid, "new_y" or "new y" America/New_York.
// Emits zoneChosen() when the user picks one; setting a zone from code emits nothing.
class TimeZoneCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit TimeZoneCombo(QWidget *parent = nullptr);

    // The zone shown: an IANA id, or empty for none.
    QString zoneId() const;
    void setZoneId(const QString &zoneId);
    // Whether the user is typing a search (the text names no zone yet): leave it alone.
    bool isSearching() const;

signals:
    void zoneChosen(const QString &zoneId); // empty: none

protected:
    void focusOutEvent(QFocusEvent *event) override;

private:
    void choose(int row);
    void restoreText();

    QString m_zoneId;
};
