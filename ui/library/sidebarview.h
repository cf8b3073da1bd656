#pragma once

#include "core/library/photosource.h"

#include <QTreeView>

// The sources beside the grid: headings in small capitals, entries with an icon and their count.
// Emits the source the user picks; headings cannot be picked.
class SidebarView : public QTreeView
{
    Q_OBJECT

public:
    explicit SidebarView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    PhotoSource currentSource() const;
    // Selects the entry showing this source, if there is one; returns whether there was.
    bool selectSource(const PhotoSource &source);

signals:
    void sourceChosen(const PhotoSource &source);

private:
    void expandHeadings();
};
