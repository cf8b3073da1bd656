#include "core/catalog/catalog.h"

#include "core/catalog/schemamigrator.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

Catalog::Catalog(const QString &path)
    : m_path(QDir::cleanPath(QFileInfo(path).absoluteFilePath()))
{}

Catalog::~Catalog() = default;

QString Catalog::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("catalog.sqlite"));
}

QString Catalog::open()
{
    const QFileInfo info(m_path);
    if (info.exists() && !info.isFile())
        return tr("The catalog path %1 is not a file.").arg(m_path);
    if (!QDir().mkpath(info.absolutePath()))
        return tr("Cannot create the folder %1 for the catalog.").arg(info.absolutePath());

    auto connection = std::make_unique<CatalogConnection>(m_path);
    if (QString error = connection->open(); !error.isEmpty())
        return error;
    if (QString error = SchemaMigrator().migrate(connection->database(), m_path); !error.isEmpty())
        return error;
    m_connection = std::move(connection);
    return {};
}

bool Catalog::isOpen() const
{
    return m_connection && m_connection->isOpen();
}
