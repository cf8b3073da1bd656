#include "ui/journal/journaltextedit.h"

#include "core/catalog/photorepository.h"
#include "core/journal/markdownrenderer.h"
#include "ui/common/photomimedata.h"
#include "ui/journal/markdownhighlighter.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QMimeData>
#include <QTextBlock>
#include <QTextCursor>

JournalTextEdit::JournalTextEdit(const CatalogConnection &connection, QWidget *parent)
    : QPlainTextEdit(parent)
    , m_connection(connection)
    , m_highlighter(new MarkdownHighlighter(document()))
{
    setAccessibleName(tr("Entry text"));
    setPlaceholderText(tr("Write the entry in Markdown. Insert Photo… shows the catalog: drag "
                          "photos from it to where they belong here. Insert Gallery… adds a "
                          "gallery at the cursor."));
    setTabChangesFocus(false);
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setPointSizeF(font.pointSizeF() * 1.1);
    setFont(font);
}

QString JournalTextEdit::photoReferences(const QList<qint64> &photoIds) const
{
    const PhotoRepository photos(m_connection);
    QStringList lines;
    for (const qint64 id : photoIds) {
        const std::optional<PhotoRecord> photo = photos.find(id);
        if (!photo)
            continue;
        QString alt = photo->metadata.title.trimmed();
        if (alt.isEmpty())
            alt = QFileInfo(photo->path).completeBaseName();
        // Brackets would end the alt text early; the reference must stay one link.
        alt.replace(QLatin1Char('['), QLatin1Char('(')).replace(QLatin1Char(']'), QLatin1Char(')'));
        lines.append(QStringLiteral("![%1](%2)").arg(alt, MarkdownRenderer::photoUrl(id)));
    }
    return lines.join(QStringLiteral("\n\n"));
}

void JournalTextEdit::insertBlock(const QString &markdown)
{
    if (markdown.isEmpty())
        return;
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    // A reference or a gallery block reads (and renders) best as a paragraph of its own: a blank
    // line before and after it, unless the text around has one already.
    const QTextBlock block = cursor.block();
    const QString before = block.text().left(cursor.positionInBlock());
    const QString after = block.text().mid(cursor.positionInBlock());
    const auto blank = [](const QTextBlock &line) { return line.text().trimmed().isEmpty(); };
    QString text = markdown;
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    if (!before.trimmed().isEmpty())
        text.prepend(QStringLiteral("\n\n"));
    else if (block.previous().isValid() && !blank(block.previous()))
        text.prepend(QLatin1Char('\n'));
    if (!after.trimmed().isEmpty())
        text.append(QStringLiteral("\n\n"));
    else if (!block.next().isValid() || !blank(block.next()))
        text.append(QLatin1Char('\n'));
    cursor.insertText(text);
    cursor.endEditBlock();
    setTextCursor(cursor);
}

bool JournalTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return PhotoMimeData::hasPhotoIds(source) || QPlainTextEdit::canInsertFromMimeData(source);
}

void JournalTextEdit::insertFromMimeData(const QMimeData *source)
{
    // The drop has moved the cursor to where the photos were let go.
    if (PhotoMimeData::hasPhotoIds(source)) {
        insertBlock(photoReferences(PhotoMimeData::photoIds(source)));
        return;
    }
    QPlainTextEdit::insertFromMimeData(source);
}
