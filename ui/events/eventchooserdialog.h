#pragma once

#include <QDialog>

class EventService;
class QDialogButtonBox;
class QLineEdit;
class QListWidget;

// Move Selection to Event…: the events, newest first, with their dates and place, filtered as the
// user types; Enter or a double click picks one.
class EventChooserDialog : public QDialog
{
    Q_OBJECT

public:
    // Lists every event but `excludedEventId` (the one the photos are in, when they are in one).
    EventChooserDialog(const EventService &service, qint64 excludedEventId,
                       QWidget *parent = nullptr);

    // The event picked, or 0.
    qint64 chosenEventId() const;
    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter(const QString &text);

    QLineEdit *m_filter;
    QListWidget *m_list;
    QDialogButtonBox *m_buttons;
};
