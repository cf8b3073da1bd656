#include "ui/library/sidebardelegate.h"

#include "core/library/sidebar/sidebarmodel.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QPainter>

namespace {

QFont subtitleFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}

// An entry that only groups others (an events year): no source of its own.
bool isGroup(const QModelIndex &index)
{
    return index.data(SidebarModel::SourceRole).value<PhotoSource>().kind ==
               PhotoSource::Kind::None &&
           !index.data(SidebarModel::IsSectionRole).toBool();
}

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
    } else if (!index.data(SidebarModel::SubtitleRole).toString().isEmpty()) {
        // Two lines: the title and, quieter, the subtitle.
        const QFontMetrics small(subtitleFont(option.font));
        size.setHeight(std::max(size.height(), option.fontMetrics.height() + small.height() + 10));
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
    const bool selected = option.state & QStyle::State_Selected;
    const QString subtitle = index.data(SidebarModel::SubtitleRole).toString();
    if (isGroup(index)) {
        // A year over its events: a quiet caption that still reads as part of the tree.
        painter->save();
        QFont font = option.font;
        font.setBold(true);
        painter->setFont(font);
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        const QRect text = entry.rect.adjusted(4, 0, -4, 0);
        painter->drawText(
            text, Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetrics(font).elidedText(index.data().toString(), Qt::ElideRight, text.width()));
        painter->restore();
    } else if (subtitle.isEmpty()) {
        QStyledItemDelegate::paint(painter, entry, index);
    } else {
        paintTwoLines(painter, entry, index, subtitle, selected);
    }
    if (!countText.isEmpty()) {
        painter->save();
        painter->setPen(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        const QRect countRect(option.rect.right() - countWidth, option.rect.top(), countWidth - 6,
                              option.rect.height());
        painter->drawText(countRect, Qt::AlignRight | Qt::AlignVCenter, countText);
        painter->restore();
    }
}

void SidebarDelegate::paintTwoLines(QPainter *painter, const QStyleOptionViewItem &option,
                                    const QModelIndex &index, const QString &subtitle,
                                    bool selected) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    painter->save();
    QRect text = option.rect.adjusted(4, 0, -4, 0);
    if (!item.icon.isNull()) {
        const QSize iconSize = item.decorationSize;
        const QRect iconRect(
            QPoint(text.left(), text.top() + (text.height() - iconSize.height()) / 2), iconSize);
        item.icon.paint(painter, iconRect, Qt::AlignCenter,
                        selected ? QIcon::Selected : QIcon::Normal);
        text.setLeft(iconRect.right() + 1 + 6);
    }
    const QFont small = subtitleFont(option.font);
    const QFontMetrics smallMetrics(small);
    const int lines = option.fontMetrics.height() + smallMetrics.height();
    const int top = text.top() + (text.height() - lines) / 2;
    const QRect titleRect(text.left(), top, text.width(), option.fontMetrics.height());
    const QRect subtitleRect(text.left(), titleRect.bottom() + 1, text.width(),
                             smallMetrics.height());
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    painter->setFont(option.font);
    painter->setPen(
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(item.text, Qt::ElideRight, titleRect.width()));
    painter->setFont(small);
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText
                                                         : QPalette::PlaceholderText));
    painter->drawText(subtitleRect, Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(subtitle, Qt::ElideRight, subtitleRect.width()));
    painter->restore();
}
