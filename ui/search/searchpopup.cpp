#include "ui/search/searchpopup.h"

#include "core/search/searchresultsmodel.h"
#include "ui/search/searchresultdelegate.h"

#include <QLabel>
#include <QListView>
#include <QVBoxLayout>

SearchPopup::SearchPopup(SearchResultsModel &model, QWidget *parent)
    : QFrame(parent)
    , m_model(model)
    , m_list(new QListView(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("searchPopup"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::NoFocus);

    m_list->setModel(&m_model);
    m_list->setItemDelegate(new SearchResultDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setUniformItemSizes(false);
    m_list->setMouseTracking(true);
    m_list->setAccessibleName(tr("Search results"));

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setMargin(14);
    m_message->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    layout->addWidget(m_list);
    layout->addWidget(m_message);

    // The pointer picks the current hit as it moves, as in any menu; headings are not enabled,
    // so neither hovering nor clicking lands on one.
    connect(m_list, &QAbstractItemView::entered, this, [this](const QModelIndex &index) {
        if (index.flags() & Qt::ItemIsEnabled)
            setCurrentRow(index.row());
    });
    connect(m_list, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (index.flags() & Qt::ItemIsEnabled)
            emit hitClicked(index.row());
    });
}

int SearchPopup::currentRow() const
{
    return m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
}

void SearchPopup::setCurrentRow(int row)
{
    const QModelIndex index = m_model.index(row, 0);
    m_list->setCurrentIndex(index);
    if (index.isValid())
        m_list->scrollTo(index);
}

void SearchPopup::updateContents()
{
    const bool hits = m_model.hasHits();
    m_list->setVisible(hits);
    m_message->setVisible(!hits);
    if (!hits)
        m_message->setText(tr("No results for “%1”").arg(m_model.query()));
    else
        setCurrentRow(m_model.firstHitRow());
}

int SearchPopup::preferredHeight(int maximum) const
{
    const int frame = 2;
    if (!m_model.hasHits())
        return std::min(maximum, m_message->heightForWidth(width() - frame) + frame);
    int height = frame;
    for (int row = 0; row < m_model.rowCount() && height < maximum; ++row)
        height += m_list->sizeHintForRow(row);
    return std::min(maximum, height + 4);
}
