#pragma once

#include <QStyledItemDelegate>

// Paints the rows of the search popup: a kind's heading in small capitals with its count at the
// right ("20 of 1,204" when not all are listed), and a hit as its title over a line of the text
// around the match, the matched words in bold.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;

    // "3", or "20 of 1,204" when the list shows fewer than matched.
    static QString countText(int shown, int count);

private:
    void paintHeading(QPainter *painter, const QStyleOptionViewItem &option,
                      const QModelIndex &index) const;
};
