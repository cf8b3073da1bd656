#pragma once

#include "core/search/searchhit.h"

#include <QObject>

class EventService;
class PhotoGridModel;
class PhotoGridView;
class SidebarView;
struct PhotoSource;

// Opens what a search found where it lives in the window: an entry, a gallery or an event is
// picked in the sidebar (the window shows it as for a click there); a photo is shown in the grid
// of its event, or of all photos when it has none, made current and scrolled to.
class SearchHitOpener : public QObject
{
    Q_OBJECT

public:
    SearchHitOpener(SidebarView &sidebar, PhotoGridView &grid, EventService &events,
                    QObject *parent = nullptr);

public slots:
    void open(SearchKind kind, qint64 id);

signals:
    // What could not be opened, for the status bar.
    void failed(const QString &message);

private:
    bool selectSource(const PhotoSource &source);
    void showPhoto(qint64 photoId);

    SidebarView &m_sidebar;
    PhotoGridView &m_grid;
    EventService &m_events;
};
