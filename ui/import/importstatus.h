#pragma once

#include "core/import/importprogress.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

// The import's progress in the status bar: count, current file, and Cancel.
class ImportStatus : public QWidget
{
    Q_OBJECT

public:
    explicit ImportStatus(QWidget *parent = nullptr);

    void showProgress(const ImportProgress &progress);

signals:
    void cancelRequested();

private:
    QProgressBar *m_bar;
    QLabel *m_label;
    QToolButton *m_cancel;
};
