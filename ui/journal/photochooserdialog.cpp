#include "ui/journal/photochooserdialog.h"

#include "core/library/photogridmodel.h"
#include "core/library/photosource.h"
#include "ui/library/photogridview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

PhotoChooserDialog::PhotoChooserDialog(const CatalogConnection &connection,
                                       ThumbnailService &thumbnails, qint64 eventId, bool multiple,
                                       QWidget *parent)
    : QDialog(parent)
    , m_model(new PhotoGridModel(connection, this))
    , m_grid(new PhotoGridView(thumbnails, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(multiple ? tr("Insert Photos") : tr("Choose Photo"));
    m_model->setSortOrder(PhotoGridModel::SortOrder::TakenAt);
    m_model->setSource(eventId ? PhotoSource::event(eventId) : PhotoSource::allPhotos());
    m_grid->setModel(m_model);
    m_grid->setThumbnailSize(128);
    m_grid->setSelectionMode(multiple ? QAbstractItemView::ExtendedSelection
                                      : QAbstractItemView::SingleSelection);

    auto *scope = new QCheckBox(tr("Only this entry's event"), this);
    scope->setVisible(eventId != 0);
    scope->setChecked(eventId != 0);
    connect(scope, &QCheckBox::toggled, this, [this, eventId](bool only) {
        m_model->setSource(only ? PhotoSource::event(eventId) : PhotoSource::allPhotos());
        updateButtons();
    });

    m_buttons->button(QDialogButtonBox::Ok)->setText(multiple ? tr("Insert") : tr("Choose"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_grid, &QAbstractItemView::activated, this, [this]() {
        if (!chosenPhotoIds().isEmpty())
            accept();
    });
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PhotoChooserDialog::updateButtons);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PhotoChooserDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(
        multiple ? tr("Choose the photos to insert at the cursor, or drag them into the text:")
                 : tr("Choose the photo:"),
        this));
    layout->addWidget(m_grid, 1);
    layout->addWidget(scope);
    layout->addWidget(m_buttons);
    resize(760, 540);
    updateButtons();
}

QList<qint64> PhotoChooserDialog::chosenPhotoIds() const
{
    QModelIndexList rows = m_grid->selectionModel()->selectedIndexes();
    if (rows.isEmpty() && m_grid->currentIndex().isValid())
        rows.append(m_grid->currentIndex());
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &row : rows)
        ids.append(row.data(PhotoGridModel::PhotoIdRole).toLongLong());
    return ids;
}

void PhotoChooserDialog::updateButtons()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!chosenPhotoIds().isEmpty());
}
