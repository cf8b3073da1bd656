#include "ui/library/gridheader.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>

GridHeader::GridHeader(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_count(new QLabel(this))
    , m_sort(new QComboBox(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 6);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_count->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addSpacing(8);
    layout->addWidget(m_count, 0, Qt::AlignBottom);
    layout->addStretch(1);

    auto *sortLabel = new QLabel(tr("&Sort by:"), this);
    sortLabel->setBuddy(m_sort);
    m_sort->addItem(tr("Time Taken"), QVariant::fromValue(PhotoGridModel::SortOrder::TakenAt));
    m_sort->addItem(tr("File Name"), QVariant::fromValue(PhotoGridModel::SortOrder::FileName));
    m_sort->addItem(tr("Import Order"), QVariant::fromValue(PhotoGridModel::SortOrder::ImportedAt));
    m_sort->setFocusPolicy(Qt::TabFocus);
    layout->addWidget(sortLabel);
    layout->addWidget(m_sort);
    connect(m_sort, &QComboBox::activated, this, [this](int row) {
        emit sortOrderChosen(m_sort->itemData(row).value<PhotoGridModel::SortOrder>());
    });
}

void GridHeader::setTitle(const QString &title)
{
    m_title->setText(title);
}

void GridHeader::setPhotoCount(int count)
{
    m_count->setText(tr("%n photo(s)", nullptr, count));
}

void GridHeader::setSortOrder(PhotoGridModel::SortOrder order)
{
    m_sort->setCurrentIndex(m_sort->findData(QVariant::fromValue(order)));
}
