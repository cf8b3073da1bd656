#pragma once

#include "core/export/exportsubject.h"
#include "core/library/photosource.h"

#include <QObject>
#include <QPointer>

#include <optional>

class Catalog;
class ExportDialog;
class QAction;
class QMenu;
class QWidget;

// File > Export… (Ctrl+Shift+E) for what the window shows, and "Export…" in the sidebar's menus
// of events, galleries and journal entries: each opens the ExportDialog on that subject, window
// modal. Sources that are not a subject (all photos, a folder, an import) leave it disabled.
class ExportActions : public QObject
{
    Q_OBJECT

public:
    ExportActions(const Catalog &catalog, QWidget &window);

    QAction *exportAction() const { return m_export; }
    void addToFileMenu(QMenu *menu) const;
    // What the window shows now.
    void setShownSource(const PhotoSource &source);
    // A new "Export…" action for a context menu on `source`, owned by `parent`; null when the
    // source cannot be exported.
    QAction *makeActionFor(const PhotoSource &source, QObject *parent);
    // The dialog open now, else null.
    ExportDialog *dialog() const;

    static std::optional<ExportSubject> subjectOf(const PhotoSource &source);

public slots:
    // Opens the dialog on the source (nothing when it is no subject, or gone from the catalog).
    void exportSource(const PhotoSource &source);
    void exportShownSource();

signals:
    void message(const QString &text);

private:
    const Catalog &m_catalog;
    QWidget &m_window;
    PhotoSource m_shown;
    QAction *m_export;
    QPointer<ExportDialog> m_dialog;
};
