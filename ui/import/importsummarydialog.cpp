#include "ui/import/importsummarydialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {

QTreeWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTreeWidget(parent);
    table->setRootIsDecorated(false);
    table->setHeaderLabels(headers);
    table->setSortingEnabled(true);
    table->setAlternatingRowColors(true);
    table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    table->setTextElideMode(Qt::ElideMiddle);
    table->header()->setStretchLastSection(true);
    table->setUniformRowHeights(true);
    return table;
}

} // namespace

ImportSummaryDialog::ImportSummaryDialog(const ImportReport &report, QWidget *parent)
    : QDialog(parent)
    , m_report(report)
{
    setWindowTitle(report.problems.isEmpty() ? tr("Import Finished")
                                             : tr("Import Finished with Problems"));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(report.summary(), this);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bigger = summary->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    summary->setFont(bigger);
    layout->addWidget(summary);

    auto *tabs = new QTabWidget(this);
    if (!report.problems.isEmpty()) {
        auto *problems = makeTable({tr("File"), tr("Reason")}, tabs);
        for (const ImportProblem &problem : report.problems) {
            auto *item = new QTreeWidgetItem(
                problems, {QDir::toNativeSeparators(problem.path), problem.reason});
            item->setToolTip(0, QDir::toNativeSeparators(problem.path));
            item->setToolTip(1, problem.reason);
        }
        problems->sortByColumn(0, Qt::AscendingOrder);
        problems->header()->resizeSection(0, 380);
        tabs->addTab(problems, tr("Not imported (%1)").arg(report.problems.size()));
    }
    if (!report.duplicates.isEmpty()) {
        auto *duplicates = makeTable({tr("File"), tr("Same photo as")}, tabs);
        for (const DuplicateFile &duplicate : report.duplicates)
            new QTreeWidgetItem(duplicates, {QDir::toNativeSeparators(duplicate.path),
                                             QDir::toNativeSeparators(duplicate.existingPath)});
        duplicates->sortByColumn(0, Qt::AscendingOrder);
        duplicates->header()->resizeSection(0, 380);
        tabs->addTab(duplicates, tr("Duplicates skipped (%1)").arg(report.duplicates.size()));
    }
    tabs->setVisible(tabs->count() > 0);
    layout->addWidget(tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Report"), QDialogButtonBox::ActionRole);
    copy->setToolTip(tr("Copy every file and reason to the clipboard, one per line"));
    connect(copy, &QPushButton::clicked, this,
            [this]() { QApplication::clipboard()->setText(clipboardText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(760, 420);
}

QString ImportSummaryDialog::clipboardText() const
{
    QString text = m_report.summary() + QLatin1Char('\n');
    if (!m_report.problems.isEmpty())
        text += QLatin1Char('\n') + m_report.problemsText();
    if (!m_report.duplicates.isEmpty()) {
        text += QLatin1Char('\n');
        for (const DuplicateFile &duplicate : m_report.duplicates)
            text += tr("%1\tduplicate of %2")
                        .arg(QDir::toNativeSeparators(duplicate.path),
                             QDir::toNativeSeparators(duplicate.existingPath)) +
                    QLatin1Char('\n');
    }
    return text;
}
