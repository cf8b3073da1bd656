#pragma once

#include <QFrame>

class QLabel;
class QListView;
class SearchResultsModel;

// The panel below the search field: the grouped results (SearchResultDelegate), or "No results
// for …". It never takes the focus: typing stays in the field, which moves the current row
// (Up/Down) and opens it (Enter); a click opens a hit too. It lives inside the window, as a child
// laid over the content, so no window manager has a say in where it goes or what is active.
class SearchPopup : public QFrame
{
    Q_OBJECT

public:
    SearchPopup(SearchResultsModel &model, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    QLabel *message() const { return m_message; }
    int currentRow() const;
    void setCurrentRow(int row);
    // Shows the results, or the message when there are none, and fits the height to them.
    void updateContents();
    // The height the rows want, up to `maximum`.
    int preferredHeight(int maximum) const;

signals:
    void hitClicked(int row);

private:
    SearchResultsModel &m_model;
    QListView *m_list;
    QLabel *m_message;
};
