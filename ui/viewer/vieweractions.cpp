#include "ui/viewer/vieweractions.h"

#include "ui/viewer/photoviewer.h"

#include <QAction>
#include <QKeyEvent>

ViewerActions::ViewerActions(PhotoViewer *viewer)
    : QObject(viewer)
    , m_viewer(viewer)
{
    connect(add(tr("&Previous Photo"), {Qt::Key_Left, Qt::Key_PageUp, Qt::Key_Backspace}),
            &QAction::triggered, viewer, &PhotoViewer::showPrevious);
    connect(add(tr("&Next Photo"), {Qt::Key_Right, Qt::Key_PageDown, Qt::Key_Space}),
            &QAction::triggered, viewer, &PhotoViewer::showNext);
    connect(add(tr("Fi&rst Photo"), {Qt::Key_Home}), &QAction::triggered, viewer,
            &PhotoViewer::showFirst);
    connect(add(tr("&Last Photo"), {Qt::Key_End}), &QAction::triggered, viewer,
            &PhotoViewer::showLast);
    addSeparator();

    m_zoomToggle = add(QString(), {Qt::Key_F, Qt::Key_1});
    connect(m_zoomToggle, &QAction::triggered, viewer, &PhotoViewer::toggleZoom);
    QList<QKeySequence> zoomIn = QKeySequence::keyBindings(QKeySequence::ZoomIn);
    zoomIn << QKeySequence(Qt::Key_Plus) << QKeySequence(Qt::Key_Equal);
    connect(add(tr("Zoom &In"), zoomIn), &QAction::triggered, viewer, &PhotoViewer::zoomIn);
    QList<QKeySequence> zoomOut = QKeySequence::keyBindings(QKeySequence::ZoomOut);
    zoomOut << QKeySequence(Qt::Key_Minus);
    connect(add(tr("Zoom &Out"), zoomOut), &QAction::triggered, viewer, &PhotoViewer::zoomOut);
    addSeparator();

    m_info = add(tr("Show &Info"), {Qt::Key_I});
    m_info->setCheckable(true);
    connect(m_info, &QAction::toggled, viewer, &PhotoViewer::setInfoVisible);
    m_slideshow = add(tr("&Slideshow"), {Qt::Key_S});
    m_slideshow->setCheckable(true);
    connect(m_slideshow, &QAction::toggled, viewer, &PhotoViewer::setSlideshowRunning);
    addSeparator();

    QList<QKeySequence> close = {QKeySequence(Qt::Key_Escape), QKeySequence(Qt::Key_Return),
                                 QKeySequence(Qt::Key_Enter)};
    close << QKeySequence::keyBindings(QKeySequence::Close);
    connect(add(tr("&Close Viewer"), close), &QAction::triggered, viewer, &QWidget::close);
}

QAction *ViewerActions::add(const QString &text, const QList<QKeySequence> &shortcuts)
{
    auto *action = new QAction(text, m_viewer);
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_viewer->addAction(action);
    return action;
}

void ViewerActions::addSeparator()
{
    auto *separator = new QAction(m_viewer);
    separator->setSeparator(true);
    m_viewer->addAction(separator);
}

void ViewerActions::update(bool fitted, bool infoVisible, bool slideshowRunning)
{
    m_zoomToggle->setText(fitted ? tr("Zoom to &100%") : tr("Zoom to &Fit"));
    m_info->setChecked(infoVisible);
    m_slideshow->setChecked(slideshowRunning);
}

bool ViewerActions::trigger(const QKeyEvent &event) const
{
    const auto without = [](QKeyCombination key, Qt::KeyboardModifiers dropped) {
        return QKeyCombination(key.keyboardModifiers() & ~dropped, key.key());
    };
    const QKeyCombination pressed = without(event.keyCombination(), Qt::KeypadModifier);
    // "+" is Shift+= on many layouts: it matches with and without the Shift it took.
    const QKeyCombination unshifted = without(pressed, Qt::ShiftModifier);
    const QList<QAction *> actions = m_viewer->actions();
    for (QAction *action : actions) {
        const QList<QKeySequence> shortcuts = action->shortcuts();
        for (const QKeySequence &shortcut : shortcuts) {
            if (shortcut.count() == 1 && (shortcut[0] == pressed || shortcut[0] == unshifted)) {
                action->trigger();
                return true;
            }
        }
    }
    return false;
}

QString ViewerActions::keyName(QKeyCombination key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}
