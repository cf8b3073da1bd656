#pragma once

#include <QKeyCombination>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>

class PhotoViewer;
class QAction;
class QKeyEvent;

// The viewer's commands as actions on the viewer widget: their keys, and the context menu that
// lists them, so a right click shows every key there is.
class ViewerActions : public QObject
{
    Q_OBJECT

public:
    explicit ViewerActions(PhotoViewer *viewer);

    // Keeps the check marks and the zoom toggle's wording in step with the viewer.
    void update(bool fitted, bool infoVisible, bool slideshowRunning);
    // A key that reached the viewer instead of firing a shortcut (its window not active yet)
    // triggers the action it belongs to. Returns true when one did.
    bool trigger(const QKeyEvent &event) const;

    // "Esc", "I": a key as the platform writes it, for hints.
    static QString keyName(QKeyCombination key);

private:
    QAction *add(const QString &text, const QList<QKeySequence> &shortcuts);
    void addSeparator();

    PhotoViewer *m_viewer;
    QAction *m_zoomToggle = nullptr;
    QAction *m_info = nullptr;
    QAction *m_slideshow = nullptr;
};
