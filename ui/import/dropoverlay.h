#pragma once

#include <QWidget>

// The "drop to import" hint laid over the window while files are dragged over it.
class DropOverlay : public QWidget
{
    Q_OBJECT

public:
    explicit DropOverlay(QWidget *parent);

    // Covers this widget (in the overlay's parent coordinates) and shows.
    void showOver(const QWidget *target);

protected:
    void paintEvent(QPaintEvent *event) override;
};
