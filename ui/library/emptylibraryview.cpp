#include "ui/library/emptylibraryview.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyLibraryView::EmptyLibraryView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_text(new QLabel(this))
    , m_import(new QPushButton(tr("Import Photos…"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_title);
    layout->addSpacing(6);
    layout->addWidget(m_text);
    layout->addSpacing(12);
    layout->addWidget(m_import, 0, Qt::AlignHCenter);
    layout->addStretch(3);
    connect(m_import, &QPushButton::clicked, this, &EmptyLibraryView::importRequested);
    setCatalogEmpty(true);
}

void EmptyLibraryView::setCatalogEmpty(bool empty)
{
    if (empty) {
        m_title->setText(tr("Bring in the photos of an event"));
        m_text->setText(tr("Drop folders or photos from your file manager anywhere on this "
                           "window, or choose them with Import Photos."));
    } else {
        m_title->setText(tr("Nothing here"));
        m_text->setText(tr("No photos belong to this part of the library."));
    }
    m_import->setVisible(empty);
}
