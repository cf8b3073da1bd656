#pragma once

#include "core/catalog/catalogconnection.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

// The catalog file: where it is, and the connection of the thread that opened it (the GUI or the
// CLI's main thread). Opening it brings the schema up to date. Worker threads open their own
// CatalogConnection on path().
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    explicit Catalog(const QString &path);
    ~Catalog();

    // AppDataLocation/catalog.sqlite: the catalog used when no --catalog is given.
    static QString defaultPath();

    // Creates the folder and the file if needed and migrates the schema. Returns an empty string
    // on success, otherwise a message for the user.
    QString open();
    bool isOpen() const;

    const QString &path() const { return m_path; }
    const CatalogConnection &connection() const { return *m_connection; }

private:
    QString m_path;
    std::unique_ptr<CatalogConnection> m_connection;
};
