#pragma once

#include <QWidget>

// What the grid area shows when there is nothing in it: a first-run welcome with the way in
// (drop photos, or import), or a quiet "nothing here" for an empty source.
class EmptyLibraryView : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyLibraryView(QWidget *parent = nullptr);

    // true: the catalog is empty (welcome); false: this source is (e.g. no problems).
    void setCatalogEmpty(bool empty);

signals:
    void importRequested();

private:
    class QLabel *m_title;
    class QLabel *m_text;
    class QPushButton *m_import;
};
