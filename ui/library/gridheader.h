#pragma once

#include "core/library/photogridmodel.h"

#include <QWidget>

class QComboBox;
class QLabel;

// The bar above the grid: what is shown ("All photos", a folder), how many, and the sort order.
class GridHeader : public QWidget
{
    Q_OBJECT

public:
    explicit GridHeader(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setPhotoCount(int count);
    void setSortOrder(PhotoGridModel::SortOrder order);

signals:
    void sortOrderChosen(PhotoGridModel::SortOrder order);

private:
    QLabel *m_title;
    QLabel *m_count;
    QComboBox *m_sort;
};
