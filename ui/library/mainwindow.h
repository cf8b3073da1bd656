#pragma once

#include <QMainWindow>

class Catalog;
class ImportJob;
class ImportStatus;
class PhotoListModel;
class QTableView;
struct ImportReport;

// The library window: the catalog's photos, and importing more. Owns no data: the catalog and
// the import job are handed in by app/.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(Catalog &catalog, ImportJob &importJob, QWidget *parent = nullptr);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void importPaths(const QStringList &paths);
    void showImportReport(const ImportReport &report);

    Catalog &m_catalog;
    ImportJob &m_importJob;
    PhotoListModel *m_model;
    QTableView *m_view;
    ImportStatus *m_importStatus;
};
