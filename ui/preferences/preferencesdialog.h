#pragma once

#include <QDialog>
#include <QElapsedTimer>
#include <QTimer>

class AppSettings;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class ThumbnailService;

// Corkboard's preferences: which catalog to open, how much disk the thumbnail cache may take
// (with what it takes now and a button to empty it), and the language. OK writes what was changed
// and applies the cache limit at once; the catalog and the language take effect at the next
// start, as the dialog says. Cancel changes nothing, but a cleared cache stays cleared.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    PreferencesDialog(AppSettings &settings, ThumbnailService &thumbnails,
                      QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    void accept() override;

private:
    enum class SizeUnit
    {
        Megabytes,
        Gigabytes
    };

    QWidget *createCatalogGroup();
    QWidget *createThumbnailGroup();
    QWidget *createLanguageGroup();
    QLabel *createNote(const QString &text, QWidget *parent);
    void chooseCatalog();
    void setCatalogPath(const QString &path);
    void setCacheLimit(qint64 bytes);
    qint64 cacheLimit() const;
    void cacheUnitChanged();
    void clearThumbnailCache();
    void updateCacheUsage();

    AppSettings &m_settings;
    ThumbnailService &m_thumbnails;
    QString m_catalogPath;
    SizeUnit m_cacheUnit = SizeUnit::Gigabytes;
    QTimer m_usageTimer;
    QElapsedTimer m_clearing; // valid while a clear runs

    QLineEdit *m_catalogEdit = nullptr;
    QPushButton *m_defaultCatalogButton = nullptr;
    QSpinBox *m_cacheLimit = nullptr;
    QComboBox *m_cacheUnitBox = nullptr;
    QLabel *m_cacheUsage = nullptr;
    QPushButton *m_clearCacheButton = nullptr;
    QComboBox *m_language = nullptr;
};
