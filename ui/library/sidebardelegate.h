#pragma once

#include <QStyledItemDelegate>

// Paints sidebar headings as quiet captions, groups (an events year) as bold captions, events on
// two lines (title, then dates and place), and puts each entry's count at its right edge.
class SidebarDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    // An entry with a subtitle (an event): icon, title, and below it the subtitle in smaller type.
    void paintTwoLines(QPainter *painter, const QStyleOptionViewItem &option,
                       const QModelIndex &index, const QString &subtitle, bool selected) const;
};
