#pragma once

#include "core/import/importreport.h"

#include <QDialog>

// What an import did, and every file it could not take with the reason, in a table the user can
// sort, and copy to the clipboard to look into or to send along with a bug report.
class ImportSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportSummaryDialog(const ImportReport &report, QWidget *parent = nullptr);

    // Problems then duplicates, as tab-separated lines: what Copy puts on the clipboard.
    QString clipboardText() const;

private:
    ImportReport m_report;
};
