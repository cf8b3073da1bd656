#include "ui/library/sidebardelegate.h"

#include "core/library/sidebar/sidebarmodel.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QPainter>

namespace {

QFont headingFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 0.85);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 105);
    return font;
}

} // namespace

void SidebarDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const QString iconName = index.data(SidebarModel::IconNameRole).toString();
    if (!iconName.isEmpty() && option->icon.isNull()) {
        option->icon = QIcon::fromTheme(iconName);
        if (!option->icon.isNull())
            option->features |= QStyleOptionViewItem::HasDecoration;
    }
}

QSize SidebarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.data(SidebarModel::IsSectionRole).toBool()) {
        const QFontMetrics metrics(headingFont(option.font));
        size.setHeight(metrics.height() + (index.row() > 0 ? 14 : 8)); // air above each heading
    } else {
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + 8));
    }
    return size;
}

void SidebarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    if (index.data(SidebarModel::IsSectionRole).toBool()) {
        painter->save();
        painter->setFont(headingFont(option.font));
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        const QRect text = option.rect.adjusted(6, 0, -6, -3);
        painter->drawText(text, Qt::AlignLeft | Qt::AlignBottom, index.data().toString());
        painter->restore();
        return;
    }

    const int count = index.data(SidebarModel::CountRole).toInt();
    QStyleOptionViewItem entry = option;
    QString countText;
    int countWidth = 0;
    if (count >= 0) {
        countText = QLocale().toString(count);
        countWidth = option.fontMetrics.horizontalAdvance(countText) + 12;
        entry.rect.setRight(entry.rect.right() - countWidth);
    }
    // The selection fills the whole row, count included; the text is elided before the count.
    // Painting the entry over it again in the narrower rectangle gives the same opaque highlight.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    background.features &= ~QStyleOptionViewItem::HasDecoration;
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &background, painter, widget);
    QStyledItemDelegate::paint(painter, entry, index);
    if (!countText.isEmpty()) {
        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        const QRect countRect(option.rect.right() - countWidth, option.rect.top(), countWidth - 6,
                              option.rect.height());
        painter->drawText(countRect, Qt::AlignRight | Qt::AlignVCenter, countText);
        painter->restore();
    }
}
