#include "ui/search/searchfield.h"

#include "core/search/searchhittitles.h"
#include "core/search/searchresultsmodel.h"
#include "core/search/searchservice.h"
#include "ui/search/searchpopup.h"

#include <QAction>
#include <QIcon>
#include <QKeyEvent>
#include <QListView>

namespace {

constexpr int kPopupMinimumWidth = 420;
constexpr int kWindowMargin = 8;

} // namespace

SearchField::SearchField(const CatalogConnection &connection, QWidget *parent)
    : QLineEdit(parent)
    , m_service(std::make_unique<SearchService>(connection))
    , m_connection(connection)
    , m_model(new SearchResultsModel(this))
{
    setObjectName(QStringLiteral("searchField"));
    m_service->setCatchUpLimit(kCatchUpLimit);
    setPlaceholderText(tr("Search"));
    setClearButtonEnabled(true);
    setAccessibleName(tr("Search"));
    setToolTip(tr("Search entries, photos, events and galleries (%1)")
                   .arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    // A magnifier where the theme has one; an empty slot would only push the text aside.
    if (const QIcon find = QIcon::fromTheme(QStringLiteral("edit-find")); !find.isNull())
        addAction(find, QLineEdit::LeadingPosition);

    m_delay.setSingleShot(true);
    m_delay.setInterval(kSearchDelayMs);
    connect(&m_delay, &QTimer::timeout, this, &SearchField::searchNow);
    connect(this, &QLineEdit::textEdited, &m_delay, qOverload<>(&QTimer::start));
    // The clear button and clear() do not edit: the results go with the text.
    connect(this, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_delay.stop();
            m_model->clear();
            hidePopup();
        }
    });
}

SearchField::~SearchField()
{
    if (m_window)
        m_window->removeEventFilter(this);
    delete m_popup; // a child of the window, which may outlive the field
}

SearchPopup *SearchField::popup() const
{
    return m_popup;
}

bool SearchField::isPopupVisible() const
{
    return m_popup && m_popup->isVisible();
}

void SearchField::activate()
{
    setFocus(Qt::ShortcutFocusReason);
    selectAll();
    if (!text().trimmed().isEmpty() && m_model->query() == text())
        showPopup();
}

void SearchField::searchNow()
{
    m_delay.stop();
    const QString query = text();
    if (query.trimmed().isEmpty()) {
        m_model->clear();
        hidePopup();
        return;
    }
    SearchResults results = m_service->search(query, kHitsPerKind);
    SearchHitTitles(m_connection).fill(results);
    m_model->setResults(query, results);
    if (hasFocus())
        showPopup();
    if (m_service->indexIsBehind())
        emit indexBehind();
}

void SearchField::refresh()
{
    if (isPopupVisible() && m_model->query() == text())
        searchNow();
}

bool SearchField::event(QEvent *event)
{
    // The keys the field handles itself while it holds a query, before any shortcut of the
    // window sees them.
    if (event->type() == QEvent::ShortcutOverride) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (!text().isEmpty() &&
            (key == Qt::Key_Escape || key == Qt::Key_Up || key == Qt::Key_Down ||
             key == Qt::Key_Return || key == Qt::Key_Enter)) {
            event->accept();
            return true;
        }
    }
    return QLineEdit::event(event);
}

void SearchField::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Escape:
        if (isPopupVisible())
            hidePopup();
        else if (!text().isEmpty())
            clear();
        else
            event->ignore(); // nothing left to undo here: the window may use it
        return;
    case Qt::Key_Down:
    case Qt::Key_Up:
    case Qt::Key_PageDown:
    case Qt::Key_PageUp: {
        if (m_delay.isActive())
            searchNow();
        if (!m_model->hasHits())
            return QLineEdit::keyPressEvent(event);
        if (!isPopupVisible()) {
            showPopup();
            return;
        }
        const bool down = event->key() == Qt::Key_Down || event->key() == Qt::Key_PageDown;
        const int steps = event->key() == Qt::Key_Down || event->key() == Qt::Key_Up ? 1 : 8;
        int row = m_popup->currentRow();
        for (int step = 0; step < steps; ++step)
            row = m_model->nextHitRow(row, down ? 1 : -1);
        m_popup->setCurrentRow(row);
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter:
        // Enter right after typing opens the best hit of what was typed, not of a word ago.
        if (m_delay.isActive() || m_model->query() != text())
            searchNow();
        if (isPopupVisible() && m_popup->currentRow() >= 0)
            openRow(m_popup->currentRow());
        else if (m_model->hasHits() || !text().trimmed().isEmpty())
            showPopup();
        return;
    default:
        QLineEdit::keyPressEvent(event);
    }
}

void SearchField::focusOutEvent(QFocusEvent *event)
{
    // The popup takes no focus: losing it means the user went elsewhere. A popup menu (the
    // field's context menu) takes it only for a moment.
    if (event->reason() != Qt::PopupFocusReason)
        hidePopup();
    QLineEdit::focusOutEvent(event);
}

bool SearchField::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && (event->type() == QEvent::Resize || event->type() == QEvent::Move ||
                                event->type() == QEvent::LayoutRequest)) {
        if (isPopupVisible())
            placePopup();
    }
    return QLineEdit::eventFilter(watched, event);
}

void SearchField::showPopup()
{
    if (m_model->query().trimmed().isEmpty())
        return;
    if (!m_popup || m_window != window()) {
        delete m_popup;
        if (m_window)
            m_window->removeEventFilter(this);
        m_window = window();
        m_window->installEventFilter(this);
        m_popup = new SearchPopup(*m_model, m_window);
        connect(m_popup, &SearchPopup::hitClicked, this, &SearchField::openRow);
    }
    m_popup->updateContents();
    placePopup();
    m_popup->show();
    m_popup->raise();
}

void SearchField::hidePopup()
{
    if (m_popup)
        m_popup->hide();
}

void SearchField::placePopup()
{
    // Below the field, its right edge on the field's (the field sits at the window's right), as
    // wide as a snippet needs to say something, and no taller than the window allows.
    const QRect window =
        m_window->rect().adjusted(kWindowMargin, 0, -kWindowMargin, -kWindowMargin);
    const QPoint fieldBottomRight = mapTo(m_window, QPoint(width(), height()));
    const int width = std::min(std::max(this->width(), kPopupMinimumWidth), window.width());
    int left = std::max(window.left(), fieldBottomRight.x() - width);
    left = std::min(left, window.right() - width + 1);
    const int top = fieldBottomRight.y() + 2;
    m_popup->resize(width, m_popup->height());
    const int height = m_popup->preferredHeight(std::max(60, window.bottom() - top));
    m_popup->setGeometry(left, top, width, height);
}

void SearchField::openRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid() || index.data(SearchResultsModel::IsHeadingRole).toBool())
        return;
    hidePopup();
    emit openRequested(static_cast<SearchKind>(index.data(SearchResultsModel::KindRole).toInt()),
                       index.data(SearchResultsModel::IdRole).toLongLong());
}
