#include "ui/search/searchresultdelegate.h"

#include "core/search/searchresultsmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QTextDocument>
#include <QTextOption>

namespace {

constexpr int kHorizontalMargin = 10;
constexpr int kVerticalMargin = 5;

QFont headingFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    font.setPointSizeF(base.pointSizeF() * 0.85);
    font.setCapitalization(QFont::AllUppercase);
    font.setLetterSpacing(QFont::PercentageSpacing, 105);
    return font;
}

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

QFont snippetFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.92);
    return font;
}

} // namespace

QString SearchResultDelegate::countText(int shown, int count)
{
    const QLocale locale;
    if (shown >= count)
        return locale.toString(count);
    //: In the search popup's heading of a kind: "20 of 1,204" photos are listed.
    return tr("%1 of %2").arg(locale.toString(shown), locale.toString(count));
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    const int width = option.rect.width() > 0 ? option.rect.width() : 360;
    if (index.data(SearchResultsModel::IsHeadingRole).toBool()) {
        const QFontMetrics metrics(headingFont(option.font));
        return {width, metrics.height() + (index.row() > 0 ? 14 : 8)}; // air above each group
    }
    int height = QFontMetrics(titleFont(option.font)).height() + 2 * kVerticalMargin;
    if (!index.data(SearchResultsModel::SnippetRole).toString().isEmpty())
        height += QFontMetrics(snippetFont(option.font)).height() + 2;
    return {width, height};
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    if (index.data(SearchResultsModel::IsHeadingRole).toBool()) {
        paintHeading(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &item, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        option.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect area = option.rect.adjusted(kHorizontalMargin, kVerticalMargin, -kHorizontalMargin,
                                            -kVerticalMargin);

    painter->save();
    const QFont title = titleFont(option.font);
    const QFontMetrics titleMetrics(title);
    painter->setFont(title);
    painter->setPen(text);
    const QRect titleRect(area.left(), area.top(), area.width(), titleMetrics.height());
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        titleMetrics.elidedText(index.data().toString(), Qt::ElideMiddle, area.width()));

    const QString snippetHtml = index.data(SearchResultsModel::SnippetHtmlRole).toString();
    if (!snippetHtml.isEmpty()) {
        // One line of the snippet, the matches in bold; a rich-text document keeps the bold runs
        // where a plain elided string would lose them. The clip cuts what does not fit.
        QTextDocument document;
        document.setDefaultFont(snippetFont(option.font));
        document.setDocumentMargin(0);
        QTextOption oneLine;
        oneLine.setWrapMode(QTextOption::NoWrap); // one line: the clip cuts it at the right
        document.setDefaultTextOption(oneLine);
        document.setHtml(snippetHtml);
        const QRect snippetRect(area.left(), titleRect.bottom() + 3, area.width(),
                                QFontMetrics(snippetFont(option.font)).height());
        painter->translate(snippetRect.topLeft());
        painter->setClipRect(QRect(QPoint(0, 0), snippetRect.size()));
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        QColor quiet = text;
        if (!selected)
            quiet.setAlphaF(0.75);
        context.palette.setColor(QPalette::Text, quiet);
        context.clip = QRectF(QPointF(0, 0), snippetRect.size());
        document.documentLayout()->draw(painter, context);
    }
    painter->restore();
}

void SearchResultDelegate::paintHeading(QPainter *painter, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    painter->save();
    painter->setFont(headingFont(option.font));
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    const QRect text = option.rect.adjusted(kHorizontalMargin, 0, -kHorizontalMargin, -3);
    painter->drawText(text, Qt::AlignLeft | Qt::AlignBottom, index.data().toString());
    painter->drawText(text, Qt::AlignRight | Qt::AlignBottom,
                      countText(index.data(SearchResultsModel::ShownCountRole).toInt(),
                                index.data(SearchResultsModel::CountRole).toInt()));
    painter->restore();
}
