#pragma once

#include <QString>

#include <memory>

class QSettings;

// The user's preferences, typed, over QSettings: every key and default lives here and nowhere
// else. Reads fall back to the default when a value is missing or makes no sense (a hand-edited
// file, a language no longer offered).
class AppSettings
{
public:
    static constexpr qint64 DefaultThumbnailCacheLimitBytes = 1024LL * 1024 * 1024;
    static constexpr qint64 MinimumThumbnailCacheLimitBytes = 100LL * 1024 * 1024;
    static constexpr qint64 MaximumThumbnailCacheLimitBytes = 1024LL * 1024 * 1024 * 1024;

    // The application's settings (organisation and application name, native format).
    AppSettings();
    // Settings in an INI file of their own: tests, portable installations.
    explicit AppSettings(const QString &iniFilePath);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    // The catalog to open at start-up; Catalog::defaultPath() unless the user chose another.
    QString catalogPath() const;
    // The default path (or an empty one) forgets the choice, so the default can move with the OS.
    void setCatalogPath(const QString &path);

    // How much disk the thumbnail cache may take, clamped to the limits above.
    qint64 thumbnailCacheLimitBytes() const;
    void setThumbnailCacheLimitBytes(qint64 bytes);

    // "" follows the system; otherwise one of TranslationLoader::availableLanguages()' codes.
    QString language() const;
    void setLanguage(const QString &languageCode);

    // Writes pending changes to disk now (QSettings otherwise does it later, or at exit).
    void sync();
    // Where the settings are stored, for messages and bug reports.
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};
