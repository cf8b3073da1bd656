#include "ui/import/importstatus.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

ImportStatus::ImportStatus(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_cancel(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_bar->setMaximumWidth(200);
    m_bar->setTextVisible(false);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the import; photos imported so far are kept (Esc)"));
    m_cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QToolButton::clicked, this, &ImportStatus::cancelRequested);
}

void ImportStatus::showProgress(const ImportProgress &progress)
{
    switch (progress.phase) {
    case ImportProgress::Phase::Scanning:
        m_bar->setRange(0, 0);
        m_label->setText(tr("Looking for photos…"));
        break;
    case ImportProgress::Phase::Reading:
        m_bar->setRange(0, progress.total);
        m_bar->setValue(progress.done);
        m_label->setText(tr("Importing %1 of %2: %3")
                             .arg(progress.done)
                             .arg(progress.total)
                             .arg(QFileInfo(progress.currentPath).fileName()));
        break;
    case ImportProgress::Phase::Finishing:
        m_bar->setRange(0, 0);
        m_label->setText(tr("Finishing…"));
        break;
    }
}
