#pragma once

#include "core/export/exportoptions.h"
#include "core/export/exportprogress.h"
#include "core/export/exportreport.h"

#include <QDialog>

class ElidedLabel;
class ExportJob;
class ExportOptionsForm;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

// Export… for an event, a gallery or a journal entry: the options (ExportOptionsForm, as last
// used), then, once Export is pressed, the progress of the export running on its own thread with
// Cancel, and at the end what it made, the photos it skipped and why, "Open in Browser" and
// "Show Folder". An export that failed says why in words and leaves what it wrote in the folder.
// Closing the dialog while it runs cancels it first.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State
    {
        Options,
        Running,
        Finished,
    };

    ExportDialog(const QString &catalogPath, const ExportSubject &subject,
                 const QString &subjectTitle, QWidget *parent = nullptr);
    ~ExportDialog() override;

    State state() const { return m_state; }
    ExportOptionsForm *form() const { return m_form; }
    ExportJob *job() const { return m_job; }

    QPushButton *exportButton() const { return m_export; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *openInBrowserButton() const { return m_openInBrowser; }
    QPushButton *showFolderButton() const { return m_showFolder; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *backButton() const { return m_back; }
    QProgressBar *progressBar() const { return m_progress; }
    QString phaseText() const;
    // The result as shown: the headline, the message, then "Images: 24 made, 0 reused" and the
    // other facts shown, a line each.
    QString summaryText() const;
    // The skipped photos, a line each: "path — reason".
    QString detailsText() const;

    // Whether writing into `folder` needs asking first: it holds files and is not an earlier
    // Corkboard export (which has its manifest, .corkboard-export.json).
    static bool isForeignFolder(const QString &folder);

public slots:
    // Saves the options and starts the export (asking first about a foreign folder).
    void startExport();
    // Starts without asking: the options are the form's.
    void startExportWithoutAsking();
    void cancelExport();
    // While the export runs: cancels it (the dialog stays to say what was kept).
    void reject() override;

signals:
    void exportFinished(const ExportReport &report);

private:
    QWidget *makeProgressPage();
    QWidget *makeResultPage();
    void setState(State state);
    void updateExportButton();
    void showProgress(const ExportProgress &progress);
    void showReport(const ExportReport &report);
    void openInBrowser();
    void showFolder();
    // Where the last export wrote (or was to write).
    QString outputFolder() const;

    QString m_subjectTitle;
    State m_state = State::Options;
    ExportJob *m_job;
    ExportReport m_report;

    QStackedWidget *m_pages;
    ExportOptionsForm *m_form;
    QLabel *m_progressTitle = nullptr;
    QLabel *m_phase = nullptr;
    QProgressBar *m_progress = nullptr;
    ElidedLabel *m_current = nullptr;
    QLabel *m_resultIcon = nullptr;
    QLabel *m_resultTitle = nullptr;
    QLabel *m_summary = nullptr;
    QFormLayout *m_facts = nullptr;
    QLabel *m_imagesFact = nullptr;
    QLabel *m_pagesLabel = nullptr;
    QLabel *m_pagesFact = nullptr;
    QLabel *m_skippedFact = nullptr;
    ElidedLabel *m_folderFact = nullptr;
    QLabel *m_timeFact = nullptr;
    QLabel *m_detailsLabel = nullptr;
    QPlainTextEdit *m_details = nullptr;

    QDialogButtonBox *m_buttons;
    QPushButton *m_export;
    QPushButton *m_cancel;
    QPushButton *m_openInBrowser;
    QPushButton *m_showFolder;
    QPushButton *m_close;
    QPushButton *m_back;
    QString m_cancelText;
};
