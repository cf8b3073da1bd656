#include "ui/preferences/appsettings.h"

#include "core/catalog/catalog.h"
#include "ui/preferences/translationloader.h"

#include <QDir>
#include <QSettings>

#include <algorithm>

namespace {

// The keys, grouped as they read in the file. Renaming one loses every user's choice: don't.
constexpr QLatin1String CatalogPathKey("catalog/path");
constexpr QLatin1String ThumbnailCacheLimitKey("thumbnails/diskCacheLimitBytes");
constexpr QLatin1String LanguageKey("interface/language");

} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{}

AppSettings::AppSettings(const QString &iniFilePath)
    : m_settings(std::make_unique<QSettings>(iniFilePath, QSettings::IniFormat))
{}

AppSettings::~AppSettings() = default;

QString AppSettings::catalogPath() const
{
    const QString path = m_settings->value(CatalogPathKey).toString();
    return path.isEmpty() ? Catalog::defaultPath() : path;
}

void AppSettings::setCatalogPath(const QString &path)
{
    if (path.isEmpty() || QDir::cleanPath(path) == QDir::cleanPath(Catalog::defaultPath()))
        m_settings->remove(CatalogPathKey);
    else
        m_settings->setValue(CatalogPathKey, QDir::cleanPath(path));
}

qint64 AppSettings::thumbnailCacheLimitBytes() const
{
    bool ok = false;
    const qint64 bytes = m_settings->value(ThumbnailCacheLimitKey).toLongLong(&ok);
    if (!ok || bytes <= 0)
        return DefaultThumbnailCacheLimitBytes;
    return std::clamp(bytes, MinimumThumbnailCacheLimitBytes, MaximumThumbnailCacheLimitBytes);
}

void AppSettings::setThumbnailCacheLimitBytes(qint64 bytes)
{
    m_settings->setValue(ThumbnailCacheLimitKey, std::clamp(bytes, MinimumThumbnailCacheLimitBytes,
                                                            MaximumThumbnailCacheLimitBytes));
}

QString AppSettings::language() const
{
    const QString code = m_settings->value(LanguageKey).toString();
    return TranslationLoader::isAvailable(code) ? code : QString();
}

void AppSettings::setLanguage(const QString &languageCode)
{
    if (TranslationLoader::isAvailable(languageCode))
        m_settings->setValue(LanguageKey, languageCode);
    else
        m_settings->remove(LanguageKey);
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}
