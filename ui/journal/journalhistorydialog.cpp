#include "ui/journal/journalhistorydialog.h"

#include "core/journal/journalservice.h"
#include "ui/journal/journalpreview.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

JournalHistoryDialog::JournalHistoryDialog(const JournalService &journal,
                                           ThumbnailService &thumbnails,
                                           const CatalogConnection &connection, qint64 entryId,
                                           QWidget *parent)
    : QDialog(parent)
    , m_versions(journal.versions(entryId))
    , m_list(new QListWidget(this))
    , m_preview(new JournalPreview(journal, thumbnails, connection, this))
    , m_restore(nullptr)
{
    const std::optional<JournalEntry> entry = journal.entry(entryId);
    setWindowTitle(
        tr("History of “%1”").arg(entry ? JournalService::displayTitle(*entry) : QString()));
    m_list->setAccessibleName(tr("Versions"));
    const QLocale locale;
    for (const JournalVersion &version : m_versions) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(locale.toString(version.savedAt.toLocalTime(), QLocale::ShortFormat),
                              reasonText(version.reason)),
            m_list);
        item->setToolTip(version.title.isEmpty() ? tr("Untitled Entry") : version.title);
    }

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 480});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_restore = buttons->addButton(tr("&Restore This Version"), QDialogButtonBox::AcceptRole);
    m_restore->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::currentRowChanged, this, &JournalHistoryDialog::showVersion);
    connect(m_list, &QListWidget::itemActivated, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(m_versions.isEmpty()
                                ? tr("No earlier versions yet. Corkboard keeps one when you save "
                                     "(Ctrl+S), close the entry, and every few minutes of typing.")
                                : tr("Choose a version to see it; restoring it keeps the text "
                                     "there now as a version first, and can be undone."),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(800, 520);
    if (!m_versions.isEmpty())
        m_list->setCurrentRow(0);
}

qint64 JournalHistoryDialog::chosenVersionId() const
{
    const int row = m_list->currentRow();
    if (result() != QDialog::Accepted || row < 0 || row >= m_versions.size())
        return 0;
    return m_versions.at(row).id;
}

QString JournalHistoryDialog::reasonText(JournalVersionReason reason)
{
    switch (reason) {
    case JournalVersionReason::Typing:
        return tr("While typing");
    case JournalVersionReason::Saved:
        return tr("Saved");
    case JournalVersionReason::Closed:
        return tr("Closed");
    case JournalVersionReason::BeforeRestore:
        return tr("Before a restore");
    }
    return {};
}

void JournalHistoryDialog::showVersion(int row)
{
    m_restore->setEnabled(row >= 0 && row < m_versions.size());
    if (row < 0 || row >= m_versions.size()) {
        m_preview->clear();
        return;
    }
    const JournalVersion &version = m_versions.at(row);
    QString markdown = version.body;
    if (!version.title.isEmpty())
        markdown.prepend(QStringLiteral("# %1\n\n").arg(version.title));
    m_preview->showMarkdown(markdown);
}
