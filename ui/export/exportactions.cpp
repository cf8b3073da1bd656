#include "ui/export/exportactions.h"

#include "core/catalog/catalog.h"
#include "core/export/exportsubjecttitle.h"
#include "ui/export/exportdialog.h"

#include <QAction>
#include <QMenu>
#include <QWidget>

ExportActions::ExportActions(const Catalog &catalog, QWidget &window)
    : QObject(&window)
    , m_catalog(catalog)
    , m_window(window)
    , m_export(new QAction(tr("E&xport…"), this))
{
    m_export->setIcon(QIcon::fromTheme(QStringLiteral("document-export")));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    m_export->setStatusTip(
        tr("Publish the event, gallery or journal entry shown as a website or a Jekyll post"));
    connect(m_export, &QAction::triggered, this, &ExportActions::exportShownSource);
    // The shortcut works with the menu closed.
    window.addAction(m_export);
    setShownSource({});
}

ExportDialog *ExportActions::dialog() const
{
    return m_dialog;
}

void ExportActions::addToFileMenu(QMenu *menu) const
{
    menu->addAction(m_export);
}

std::optional<ExportSubject> ExportActions::subjectOf(const PhotoSource &source)
{
    switch (source.kind) {
    case PhotoSource::Kind::Event:
        return ExportSubject{ExportSubject::Kind::Event, source.eventId};
    case PhotoSource::Kind::Gallery:
        return ExportSubject{ExportSubject::Kind::Gallery, source.galleryId};
    case PhotoSource::Kind::JournalEntry:
        return ExportSubject{ExportSubject::Kind::Entry, source.entryId};
    default:
        return std::nullopt;
    }
}

void ExportActions::setShownSource(const PhotoSource &source)
{
    m_shown = source;
    m_export->setEnabled(subjectOf(source).has_value());
}

QAction *ExportActions::makeActionFor(const PhotoSource &source, QObject *parent)
{
    if (!subjectOf(source))
        return nullptr;
    auto *action = new QAction(m_export->icon(), tr("E&xport…"), parent);
    connect(action, &QAction::triggered, this, [this, source]() { exportSource(source); });
    return action;
}

void ExportActions::exportShownSource()
{
    exportSource(m_shown);
}

void ExportActions::exportSource(const PhotoSource &source)
{
    const std::optional<ExportSubject> subject = subjectOf(source);
    if (!subject || m_dialog)
        return;
    const std::optional<QString> title =
        ExportSubjectTitle::title(m_catalog.connection(), *subject);
    if (!title) {
        emit message(tr("There is nothing to export: it is no longer in the catalog."));
        return;
    }
    m_dialog = new ExportDialog(m_catalog.path(), *subject, *title, &m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->open();
}
