#pragma once

#include "core/catalog/catalog.h"
#include "core/import/importjob.h"
#include "core/thumbnails/thumbnailservice.h"
#include "ui/library/mainwindow.h"
#include "ui/preferences/appsettings.h"

#include <QSize>
#include <QString>

#include <memory>

// One library window on its own catalog and thumbnail cache in `folder`, built as
// app/desktop/main.cpp builds it, shown at `size`, with no import summary dialog to answer: what
// every test of the whole window starts from.
struct MainWindowFixture
{
    explicit MainWindowFixture(const QString &folder, QSize size = QSize(1000, 700));

    Catalog catalog;
    QString catalogError; // empty when the catalog opened
    std::unique_ptr<ImportJob> importJob;
    std::unique_ptr<ThumbnailService> thumbnails;
    AppSettings settings;
    std::unique_ptr<MainWindow> window;
};

// Imports through the window's controller, as File > Import does, and waits for the end. False
// when the import did not finish within 20 s.
bool importAndWait(MainWindow &window, const QString &path);
