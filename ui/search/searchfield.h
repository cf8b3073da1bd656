#pragma once

#include "core/search/searchhit.h"

#include <QLineEdit>
#include <QPointer>
#include <QTimer>

#include <memory>

class CatalogConnection;
class SearchPopup;
class SearchResultsModel;
class SearchService;

// The search field at the top right of the window: searches everything (SearchService) as the
// user types, shows the hits grouped by kind in a popup below, and asks for one to be opened.
// Up/Down move through the hits, Enter or a click opens one, Esc closes the popup and a second
// Esc clears the field. Searches on the GUI thread's connection: a search takes under 50 ms,
// and waits at most SearchService::kIndexWaitMs for an import's write.
class SearchField : public QLineEdit
{
    Q_OBJECT

public:
    // How long typing must pause before a search runs: a fast typist's keys come closer together.
    static constexpr int kSearchDelayMs = 150;
    static constexpr int kHitsPerKind = 20;
    // The most documents a search indexes itself on the GUI thread (some 20 ms): an edit's
    // worth. More (an import's) is left to SearchIndexUpdater: see indexBehind().
    static constexpr int kCatchUpLimit = 500;

    explicit SearchField(const CatalogConnection &connection, QWidget *parent = nullptr);
    ~SearchField() override;

    SearchResultsModel *resultsModel() const { return m_model; }
    SearchPopup *popup() const; // null until results were first shown
    bool isPopupVisible() const;

public slots:
    // Ctrl+F: focuses the field, its text selected to type over, and shows the last results again.
    void activate();
    // Searches for the text now instead of after the pause.
    void searchNow();
    // Searches again for what the results show, if they show (the index caught up).
    void refresh();

signals:
    void openRequested(SearchKind kind, qint64 id);
    // The last search found more waiting to be indexed than it indexes itself: the results may
    // miss what an import just brought until the index catches up.
    void indexBehind();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showPopup();
    void hidePopup();
    void placePopup();
    void openRow(int row);

    std::unique_ptr<SearchService> m_service;
    const CatalogConnection &m_connection;
    SearchResultsModel *m_model;
    QPointer<SearchPopup> m_popup;
    QPointer<QWidget> m_window; // where the popup is laid over the content
    QTimer m_delay;
};
