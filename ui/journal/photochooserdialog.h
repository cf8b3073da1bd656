#pragma once

#include <QDialog>
#include <QList>

class CatalogConnection;
class PhotoGridModel;
class PhotoGridView;
class QDialogButtonBox;
class ThumbnailService;

// Chooses photos from the catalog for the journal editor (Insert Photo…, the cover): the library
// grid over all photos, or over one event's when the entry belongs to one, in time order.
// Double-click or Enter takes the photo under the cursor; a selection takes them all. Photos can
// also be dragged from it (PhotoMimeData), into the entry's text.
class PhotoChooserDialog : public QDialog
{
    Q_OBJECT

public:
    // eventId 0: all photos. `multiple`: more than one may be chosen.
    PhotoChooserDialog(const CatalogConnection &connection, ThumbnailService &thumbnails,
                       qint64 eventId, bool multiple, QWidget *parent = nullptr);

    // The photos chosen, in grid order.
    QList<qint64> chosenPhotoIds() const;
    PhotoGridView *grid() const { return m_grid; }
    PhotoGridModel *model() const { return m_model; }

private:
    void updateButtons();

    PhotoGridModel *m_model;
    PhotoGridView *m_grid;
    QDialogButtonBox *m_buttons;
};
