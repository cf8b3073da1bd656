#include "ui/export/exportdialog.h"

#include "core/export/exportjob.h"
#include "core/export/exportmanifest.h"
#include "ui/common/elidedlabel.h"
#include "ui/common/filemanager.h"
#include "ui/export/exportoptionsform.h"
#include "ui/export/exportsettings.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

ExportDialog::ExportDialog(const QString &catalogPath, const ExportSubject &subject,
                           const QString &subjectTitle, QWidget *parent)
    : QDialog(parent)
    , m_subjectTitle(subjectTitle)
    , m_job(new ExportJob(catalogPath, this))
    , m_pages(new QStackedWidget(this))
    , m_form(new ExportOptionsForm(subject, subjectTitle, this))
    , m_buttons(new QDialogButtonBox(this))
    , m_export(m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole))
    , m_cancel(m_buttons->addButton(QDialogButtonBox::Cancel))
    , m_openInBrowser(m_buttons->addButton(tr("&Open in Browser"), QDialogButtonBox::ActionRole))
    , m_showFolder(m_buttons->addButton(tr("Show &Folder"), QDialogButtonBox::ActionRole))
    , m_close(m_buttons->addButton(QDialogButtonBox::Close))
    , m_back(m_buttons->addButton(tr("&Back"), QDialogButtonBox::ResetRole))
{
    setWindowTitle(tr("Export “%1”").arg(subjectTitle));
    m_form->setOptions(ExportSettings::load(subject, subjectTitle));

    m_pages->addWidget(m_form);
    m_pages->addWidget(makeProgressPage());
    m_pages->addWidget(makeResultPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_buttons);

    m_export->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    m_openInBrowser->setIcon(QIcon::fromTheme(QStringLiteral("internet-web-browser")));
    m_showFolder->setIcon(QIcon::fromTheme(QStringLiteral("folder-open")));
    // The buttons' own clicked signals: the box's accepted/rejected would close the dialog.
    disconnect(m_buttons, nullptr, this, nullptr);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_openInBrowser, &QPushButton::clicked, this, &ExportDialog::openInBrowser);
    connect(m_showFolder, &QPushButton::clicked, this, &ExportDialog::showFolder);
    // After a failure or a cancel: back to the options, to change the folder, say.
    m_back->setToolTip(tr("Back to the options"));
    connect(m_back, &QPushButton::clicked, this, [this]() { setState(State::Options); });
    connect(m_form, &ExportOptionsForm::changed, this, &ExportDialog::updateExportButton);

    connect(m_job, &ExportJob::progressChanged, this, &ExportDialog::showProgress);
    connect(m_job, &ExportJob::finished, this, &ExportDialog::showReport);

    setState(State::Options);
}

ExportDialog::~ExportDialog() = default; // the job cancels and waits for its thread

QWidget *ExportDialog::makeProgressPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_progressTitle = new QLabel(page);
    m_progressTitle->setTextFormat(Qt::PlainText);
    m_progressTitle->setWordWrap(true);
    QFont bold = m_progressTitle->font();
    bold.setBold(true);
    m_progressTitle->setFont(bold);
    m_phase = new QLabel(page);
    m_phase->setTextFormat(Qt::PlainText);
    m_progress = new QProgressBar(page);
    m_progress->setAccessibleName(tr("Export progress"));
    m_current = new ElidedLabel(page);
    layout->addStretch(1);
    layout->addWidget(m_progressTitle);
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    layout->addWidget(m_current);
    layout->addStretch(1);
    return page;
}

QWidget *ExportDialog::makeResultPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *head = new QHBoxLayout;
    m_resultIcon = new QLabel(page);
    m_resultTitle = new QLabel(page);
    m_resultTitle->setTextFormat(Qt::PlainText);
    m_resultTitle->setWordWrap(true);
    QFont bold = m_resultTitle->font();
    bold.setBold(true);
    m_resultTitle->setFont(bold);
    head->addWidget(m_resultIcon, 0, Qt::AlignTop);
    head->addWidget(m_resultTitle, 1);
    m_summary = new QLabel(page);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // What it did, a fact a row: counts read at a glance, and no plural forms to get wrong.
    m_facts = new QFormLayout;
    const auto fact = [page]() {
        auto *label = new QLabel(page);
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_imagesFact = fact();
    m_pagesFact = fact();
    m_skippedFact = fact();
    m_timeFact = fact();
    m_folderFact = new ElidedLabel(page);
    m_facts->addRow(tr("Images:"), m_imagesFact);
    m_facts->addRow(tr("Pages:"), m_pagesFact);
    m_pagesLabel = qobject_cast<QLabel *>(m_facts->labelForField(m_pagesFact));
    m_facts->addRow(tr("Not published:"), m_skippedFact);
    m_facts->addRow(tr("Folder:"), m_folderFact);
    m_facts->addRow(tr("Time:"), m_timeFact);
    m_detailsLabel = new QLabel(tr("&Skipped photos:"), page);
    m_details = new QPlainTextEdit(page);
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setAccessibleName(tr("Skipped photos"));
    m_detailsLabel->setBuddy(m_details);
    layout->addLayout(head);
    layout->addWidget(m_summary);
    layout->addLayout(m_facts);
    layout->addWidget(m_detailsLabel);
    layout->addWidget(m_details, 1);
    layout->addStretch(0);
    return page;
}

void ExportDialog::setState(State state)
{
    m_state = state;
    m_pages->setCurrentIndex(int(state));
    const bool options = state == State::Options;
    const bool finished = state == State::Finished;
    const bool html = m_job->options().format == ExportFormat::Html;
    m_export->setVisible(options);
    m_cancel->setVisible(!finished);
    m_cancel->setEnabled(true);
    // The platform's own "Cancel" for the options; while it runs, what it cancels.
    if (m_cancelText.isEmpty())
        m_cancelText = m_cancel->text();
    m_cancel->setText(options ? m_cancelText : tr("&Cancel Export"));
    m_openInBrowser->setVisible(finished && html && m_report.succeeded() &&
                                QFileInfo::exists(m_report.entryPoint));
    m_showFolder->setVisible(finished && QFileInfo(outputFolder()).isDir());
    m_back->setVisible(finished && !m_report.succeeded());
    m_close->setVisible(finished);
    if (options) {
        updateExportButton();
        m_export->setDefault(true);
        m_form->setFocus();
    } else if (state == State::Running) {
        m_cancel->setDefault(true);
        m_cancel->setFocus();
    } else {
        QPushButton *next = m_openInBrowser->isVisible() ? m_openInBrowser : m_close;
        next->setDefault(true);
        next->setFocus();
    }
}

void ExportDialog::updateExportButton()
{
    m_export->setEnabled(m_form->isComplete());
}

bool ExportDialog::isForeignFolder(const QString &folder)
{
    const QDir dir(folder);
    // An earlier export's manifest marks a folder Corkboard may write into again without asking.
    if (!dir.exists() || dir.exists(ExportManifest::fileName()))
        return false;
    return !dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
                .isEmpty();
}

void ExportDialog::startExport()
{
    if (m_state != State::Options || !m_form->isComplete())
        return;
    const ExportOptions options = m_form->options();
    if (isForeignFolder(options.outputDirectory)) {
        const bool jekyll = options.format == ExportFormat::Jekyll;
        const QString folder = QDir::toNativeSeparators(options.outputDirectory);
        const QString question =
            jekyll ? tr("Write the post into “%1”? The folder is not empty and Corkboard has not "
                        "exported into it before. The post goes into its _posts folder and the "
                        "images into “%2”; files of the same names are replaced.")
                         .arg(folder, options.jekyllImageFolder)
                   : tr("Export into “%1”? The folder is not empty and Corkboard has not exported "
                        "into it before. Its index.html and files of the same names as the "
                        "export's are replaced.")
                         .arg(folder);
        QMessageBox box(QMessageBox::Question, tr("Export into This Folder?"), question,
                        QMessageBox::Cancel, this);
        QPushButton *go = box.addButton(tr("&Export into It"), QMessageBox::AcceptRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        if (box.clickedButton() != go)
            return;
    }
    startExportWithoutAsking();
}

void ExportDialog::startExportWithoutAsking()
{
    if (m_state != State::Options || m_job->isRunning())
        return;
    const ExportOptions options = m_form->options();
    ExportSettings::save(options);
    m_report = {};
    const QString kind = options.format == ExportFormat::Jekyll ? tr("Writing the Jekyll post of "
                                                                     "“%1”…")
                                                                : tr("Exporting “%1”…");
    m_progressTitle->setText(kind.arg(m_subjectTitle));
    m_phase->setText(tr("Reading the catalog…"));
    m_progress->setRange(0, 0); // busy until the first count
    m_current->setText(QString());
    m_job->start(options);
    setState(State::Running);
}

void ExportDialog::cancelExport()
{
    if (m_state != State::Running)
        return;
    m_job->cancel();
    m_cancel->setEnabled(false);
    m_phase->setText(tr("Cancelling…"));
}

void ExportDialog::reject()
{
    if (m_state == State::Running) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

QString ExportDialog::phaseText() const
{
    return m_phase->text();
}

QString ExportDialog::summaryText() const
{
    QStringList lines = {m_resultTitle->text()};
    if (!m_summary->text().isEmpty())
        lines.append(m_summary->text());
    for (int row = 0; row < m_facts->rowCount(); ++row) {
        if (!m_facts->isRowVisible(row))
            continue;
        const auto *label =
            qobject_cast<QLabel *>(m_facts->itemAt(row, QFormLayout::LabelRole)->widget());
        const QWidget *field = m_facts->itemAt(row, QFormLayout::FieldRole)->widget();
        const auto *value = qobject_cast<const QLabel *>(field);
        lines.append(label->text() + QLatin1Char(' ') +
                     (value ? value->text() : static_cast<const ElidedLabel *>(field)->text()));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ExportDialog::detailsText() const
{
    return m_details->toPlainText();
}

void ExportDialog::showProgress(const ExportProgress &progress)
{
    if (m_state != State::Running || !m_cancel->isEnabled())
        return; // a report already on its way, or cancelling: keep saying so
    switch (progress.phase) {
    case ExportProgress::Phase::Reading:
        m_phase->setText(tr("Reading the catalog…"));
        break;
    case ExportProgress::Phase::Images:
        m_phase->setText(tr("Making images: %1 of %2").arg(progress.done).arg(progress.total));
        break;
    case ExportProgress::Phase::Pages:
        m_phase->setText((m_job->options().format == ExportFormat::Jekyll
                              ? tr("Writing the post: %1 of %2")
                              : tr("Writing pages: %1 of %2"))
                             .arg(progress.done)
                             .arg(progress.total));
        break;
    }
    if (progress.total > 0) {
        m_progress->setRange(0, progress.total);
        m_progress->setValue(progress.done);
    } else {
        m_progress->setRange(0, 0);
    }
    m_current->setText(progress.current);
}

void ExportDialog::showReport(const ExportReport &report)
{
    m_report = report;
    const ExportOptions &options = m_job->options();
    const QString folder = QDir::toNativeSeparators(outputFolder());
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString summary;
    const bool failed = !report.error.isEmpty();
    if (failed) {
        icon = QStyle::SP_MessageBoxCritical;
        m_resultTitle->setText(tr("The export failed."));
        summary = report.error;
        if (QFileInfo(outputFolder()).isDir())
            summary += QLatin1Char('\n') + tr("What was written before stays in %1.").arg(folder);
    } else if (report.cancelled) {
        icon = QStyle::SP_MessageBoxWarning;
        m_resultTitle->setText(tr("The export was cancelled."));
        summary = tr("What was written stays; exporting into the folder again carries on from it.");
    } else {
        m_resultTitle->setText(options.format == ExportFormat::Jekyll
                                   ? tr("The Jekyll post is written.")
                                   : tr("The website is ready."));
        if (!report.skipped.isEmpty())
            summary = tr("Photos that could not be published show as a marker; see below why.");
    }
    m_imagesFact->setText(tr("%1 made, %2 reused").arg(report.imagesMade).arg(report.imagesReused));
    m_pagesLabel->setText(options.format == ExportFormat::Jekyll ? tr("Posts:") : tr("Pages:"));
    m_pagesFact->setText(
        tr("%1 written, %2 unchanged").arg(report.pagesWritten).arg(report.pagesUnchanged));
    m_skippedFact->setText(QString::number(report.skipped.size()));
    m_folderFact->setText(folder);
    m_timeFact->setText(
        tr("%1 s").arg(QLocale().toString(double(report.elapsedMs) / 1000.0, 'f', 1)));
    m_facts->setRowVisible(m_imagesFact, !failed);
    m_facts->setRowVisible(m_pagesFact, !failed);
    m_facts->setRowVisible(m_skippedFact, !failed && !report.skipped.isEmpty());
    m_facts->setRowVisible(m_folderFact, !failed);
    m_facts->setRowVisible(m_timeFact, !failed && !report.cancelled);
    m_summary->setVisible(!summary.isEmpty());
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_resultIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(iconSize));
    m_summary->setText(summary);
    QStringList lines;
    for (const ExportReport::SkippedPhoto &photo : report.skipped)
        lines.append(tr("%1 — %2", "a skipped photo's file and why")
                         .arg(QDir::toNativeSeparators(photo.path), photo.reason));
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
    m_detailsLabel->setVisible(!lines.isEmpty());
    m_details->setVisible(!lines.isEmpty());
    setState(State::Finished);
    emit exportFinished(report);
}

void ExportDialog::openInBrowser()
{
    if (!m_report.entryPoint.isEmpty())
        QDesktopServices::openUrl(QUrl::fromLocalFile(m_report.entryPoint));
}

void ExportDialog::showFolder()
{
    // The entry point selected in its folder where it exists, else the folder itself.
    if (QFileInfo::exists(m_report.entryPoint))
        FileManager::showFile(m_report.entryPoint);
    else
        QDesktopServices::openUrl(QUrl::fromLocalFile(outputFolder()));
}

QString ExportDialog::outputFolder() const
{
    return m_report.outputDirectory.isEmpty() ? m_job->options().outputDirectory
                                              : m_report.outputDirectory;
}
