#include "bench/grid-ui/paintprobe.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

PaintProbe::PaintProbe(QWidget *widget)
    : QObject(widget)
    , m_widget(widget)
{
    m_widget->installEventFilter(this);
}

bool PaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // A zero timer fires once the paint (and the backing store flush that follows it within
        // the same repaint) has returned to the event loop.
        QTimer::singleShot(0, this, [this]() {
            m_painted = true;
            m_widget->removeEventFilter(this);
            emit firstPaintFinished();
        });
    }
    return QObject::eventFilter(watched, event);
}
