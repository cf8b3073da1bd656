#pragma once

#include "core/journal/journaledit.h"
#include "core/journal/journalentry.h"

#include <QWidget>

#include <optional>

class CatalogConnection;
class EventService;
class JournalService;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class ThumbnailService;

// The front matter of a journal entry as a form: title, author, date, categories and tags (comma
// separated), the cover photo with its alt text, and the event it belongs to. A field is taken
// when the user is done with it (Enter, or focus leaves it; a choice in a list at once) and
// becomes a JournalEdit, which the editor pushes onto the window's undo stack: the form itself
// writes nothing.
class JournalFrontMatterForm : public QWidget
{
    Q_OBJECT

public:
    JournalFrontMatterForm(const JournalService &journal, const EventService &events,
                           ThumbnailService &thumbnails, const CatalogConnection &connection,
                           QWidget *parent = nullptr);

    // Shows this entry's fields (nullopt: none, the form is disabled). Fields the user is
    // editing right now keep their text when only other fields changed.
    void setEntry(const std::optional<JournalEntry> &entry);
    qint64 entryId() const { return m_entry ? m_entry->id : 0; }
    // The events changed: the list of events is read again.
    void reloadEvents();

    // Comma separated as the user types it: trimmed, empty parts dropped, duplicates once.
    static QStringList splitList(const QString &text);

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *authorEdit() const { return m_author; }
    QDateEdit *dateEdit() const { return m_date; }
    QLineEdit *categoriesEdit() const { return m_categories; }
    QLineEdit *tagsEdit() const { return m_tags; }
    QLineEdit *coverAltEdit() const { return m_coverAlt; }
    QComboBox *eventCombo() const { return m_event; }

public slots:
    // Asks for the cover (PhotoChooserDialog) and requests the edit.
    void chooseCover();
    void setCoverPhoto(qint64 photoId);
    void clearCover();

signals:
    void editRequested(const JournalEdit &edit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void takeTitle();
    void takeAuthor();
    void takeDate();
    void takeCategories();
    void takeTags();
    void takeCoverAlt();
    void takeEvent(int index);
    void request(const JournalEdit &edit);
    void showCover();

    const JournalService &m_journal;
    const EventService &m_events;
    ThumbnailService &m_thumbnails;
    const CatalogConnection &m_connection;
    std::optional<JournalEntry> m_entry;

    QLineEdit *m_title;
    QLineEdit *m_author;
    QDateEdit *m_date;
    QLineEdit *m_categories;
    QLineEdit *m_tags;
    QLabel *m_cover;
    QPushButton *m_chooseCover;
    QPushButton *m_clearCover;
    QLineEdit *m_coverAlt;
    QComboBox *m_event;
};
