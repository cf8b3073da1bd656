#include "ui/preferences/preferencesdialog.h"

#include "core/catalog/catalog.h"
#include "core/thumbnails/thumbnailservice.h"
#include "core/metadata/photodetails.h"
#include "ui/preferences/appsettings.h"
#include "ui/preferences/translationloader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace {

constexpr qint64 Megabyte = 1024LL * 1024;
constexpr qint64 Gigabyte = 1024LL * Megabyte;
constexpr int UsageRefreshMs = 250;
// A clear that has not emptied the cache by then (a file that cannot be deleted) stops saying
// "Clearing…" and shows what is left.
constexpr qint64 ClearingTimeoutMs = 10000;

bool samePath(const QString &a, const QString &b)
{
    return QDir::cleanPath(a) == QDir::cleanPath(b);
}

} // namespace

PreferencesDialog::PreferencesDialog(AppSettings &settings, ThumbnailService &thumbnails,
                                     QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_thumbnails(thumbnails)
{
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createCatalogGroup());
    layout->addWidget(createThumbnailGroup());
    layout->addWidget(createLanguageGroup());
    layout->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setCatalogPath(m_settings.catalogPath());
    setCacheLimit(m_settings.thumbnailCacheLimitBytes());
    m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings.language())));
    updateCacheUsage();
    // The cache grows while thumbnails are made and shrinks while it is cleared, on the
    // service's threads: the figure is kept current while the dialog is open.
    m_usageTimer.setInterval(UsageRefreshMs);
    connect(&m_usageTimer, &QTimer::timeout, this, &PreferencesDialog::updateCacheUsage);
    m_usageTimer.start();
    setMinimumWidth(fontMetrics().averageCharWidth() * 90);
}

PreferencesDialog::~PreferencesDialog() = default;

QLabel *PreferencesDialog::createNote(const QString &text, QWidget *parent)
{
    auto *note = new QLabel(text, parent);
    note->setWordWrap(true);
    // Secondary text in the palette's muted colour, one step smaller, as native dialogs do.
    note->setForegroundRole(QPalette::PlaceholderText);
    QFont font = note->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    note->setFont(font);
    return note;
}

QWidget *PreferencesDialog::createCatalogGroup()
{
    auto *group = new QGroupBox(tr("Catalog"), this);
    auto *layout = new QVBoxLayout(group);
    auto *row = new QHBoxLayout;
    m_catalogEdit = new QLineEdit(group);
    m_catalogEdit->setObjectName(QStringLiteral("catalogPathEdit"));
    m_catalogEdit->setReadOnly(true);
    m_catalogEdit->setAccessibleName(tr("Catalog file"));
    row->addWidget(m_catalogEdit, 1);
    auto *choose = new QPushButton(tr("&Choose…"), group);
    choose->setObjectName(QStringLiteral("chooseCatalogButton"));
    connect(choose, &QPushButton::clicked, this, &PreferencesDialog::chooseCatalog);
    row->addWidget(choose);
    m_defaultCatalogButton = new QPushButton(tr("Use De&fault"), group);
    m_defaultCatalogButton->setObjectName(QStringLiteral("defaultCatalogButton"));
    m_defaultCatalogButton->setToolTip(QDir::toNativeSeparators(Catalog::defaultPath()));
    connect(m_defaultCatalogButton, &QPushButton::clicked, this,
            [this]() { setCatalogPath(Catalog::defaultPath()); });
    row->addWidget(m_defaultCatalogButton);
    layout->addLayout(row);
    layout->addWidget(createNote(tr("The catalog keeps the details of your photos and everything "
                                    "you add to them. Choose an existing catalog or name a new "
                                    "one; the change takes effect after a restart."),
                                 group));
    return group;
}

QWidget *PreferencesDialog::createThumbnailGroup()
{
    auto *group = new QGroupBox(tr("Thumbnails"), this);
    auto *form = new QFormLayout(group);

    auto *limitRow = new QHBoxLayout;
    m_cacheLimit = new QSpinBox(group);
    m_cacheLimit->setObjectName(QStringLiteral("cacheLimitSpinBox"));
    m_cacheLimit->setAccelerated(true);
    m_cacheUnitBox = new QComboBox(group);
    m_cacheUnitBox->setObjectName(QStringLiteral("cacheUnitComboBox"));
    m_cacheUnitBox->addItem(tr("MB", "megabytes"), int(SizeUnit::Megabytes));
    m_cacheUnitBox->addItem(tr("GB", "gigabytes"), int(SizeUnit::Gigabytes));
    connect(m_cacheUnitBox, &QComboBox::currentIndexChanged, this,
            &PreferencesDialog::cacheUnitChanged);
    limitRow->addWidget(m_cacheLimit);
    limitRow->addWidget(m_cacheUnitBox);
    limitRow->addStretch();
    auto *limitLabel = new QLabel(tr("&Disk cache limit:"), group);
    limitLabel->setBuddy(m_cacheLimit);
    form->addRow(limitLabel, limitRow);

    auto *usageRow = new QHBoxLayout;
    m_cacheUsage = new QLabel(group);
    m_cacheUsage->setObjectName(QStringLiteral("cacheUsageLabel"));
    m_clearCacheButton = new QPushButton(tr("Clea&r Cache"), group);
    m_clearCacheButton->setObjectName(QStringLiteral("clearCacheButton"));
    m_clearCacheButton->setToolTip(
        tr("Deletes the thumbnails kept on disk. They are made again when they are needed."));
    connect(m_clearCacheButton, &QPushButton::clicked, this,
            &PreferencesDialog::clearThumbnailCache);
    usageRow->addWidget(m_cacheUsage);
    usageRow->addStretch();
    usageRow->addWidget(m_clearCacheButton);
    form->addRow(tr("In use:"), usageRow);
    form->addRow(createNote(tr("Thumbnails are kept on disk so that the library opens quickly. "
                               "When the cache is full, the oldest thumbnails make room."),
                            group));
    return group;
}

QWidget *PreferencesDialog::createLanguageGroup()
{
    auto *group = new QGroupBox(tr("Language"), this);
    auto *form = new QFormLayout(group);
    m_language = new QComboBox(group);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("System Default (%1)").arg(QLocale::system().nativeLanguageName()),
                        QString());
    for (const TranslationLoader::Language &language : TranslationLoader::availableLanguages())
        m_language->addItem(language.nativeName, language.code);
    auto *label = new QLabel(tr("&Language:"), group);
    label->setBuddy(m_language);
    form->addRow(label, m_language);
    form->addRow(createNote(tr("A different language takes effect after a restart."), group));
    return group;
}

void PreferencesDialog::chooseCatalog()
{
    QFileDialog dialog(this, tr("Choose a Catalog"));
    // A save dialog that does not object to an existing file: pick one, or type a new name.
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.setOption(QFileDialog::DontConfirmOverwrite);
    dialog.setNameFilters({tr("Corkboard catalogs (*.sqlite)"), tr("All files (*)")});
    dialog.setDefaultSuffix(QStringLiteral("sqlite"));
    dialog.setLabelText(QFileDialog::Accept, tr("Choose"));
    const QFileInfo current(m_catalogPath);
    dialog.setDirectory(current.absoluteDir().exists()
                            ? current.absolutePath()
                            : QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    dialog.selectFile(current.fileName());
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return;
    setCatalogPath(dialog.selectedFiles().constFirst());
}

void PreferencesDialog::setCatalogPath(const QString &path)
{
    m_catalogPath = path;
    const QString shown = QDir::toNativeSeparators(path);
    m_catalogEdit->setText(shown);
    m_catalogEdit->setToolTip(shown);
    m_catalogEdit->setCursorPosition(0);
    m_defaultCatalogButton->setEnabled(!samePath(path, Catalog::defaultPath()));
}

void PreferencesDialog::setCacheLimit(qint64 bytes)
{
    // Whole gigabytes read best in GB; anything else is shown exactly, in MB.
    m_cacheUnit = bytes % Gigabyte == 0 ? SizeUnit::Gigabytes : SizeUnit::Megabytes;
    const QSignalBlocker blocker(m_cacheUnitBox);
    m_cacheUnitBox->setCurrentIndex(m_cacheUnitBox->findData(int(m_cacheUnit)));
    const qint64 unit = m_cacheUnit == SizeUnit::Gigabytes ? Gigabyte : Megabyte;
    m_cacheLimit->setRange(
        int(std::max<qint64>(1, AppSettings::MinimumThumbnailCacheLimitBytes / unit)),
        int(AppSettings::MaximumThumbnailCacheLimitBytes / unit));
    m_cacheLimit->setValue(int(bytes / unit));
}

qint64 PreferencesDialog::cacheLimit() const
{
    const qint64 unit = m_cacheUnit == SizeUnit::Gigabytes ? Gigabyte : Megabyte;
    return std::clamp(m_cacheLimit->value() * unit, AppSettings::MinimumThumbnailCacheLimitBytes,
                      AppSettings::MaximumThumbnailCacheLimitBytes);
}

void PreferencesDialog::cacheUnitChanged()
{
    // The same amount in the other unit: 2 GB becomes 2048 MB, 1536 MB becomes 2 GB.
    const qint64 bytes = cacheLimit();
    const auto unit = SizeUnit(m_cacheUnitBox->currentData().toInt());
    const qint64 unitBytes = unit == SizeUnit::Gigabytes ? Gigabyte : Megabyte;
    const qint64 rounded = std::max<qint64>(1, (bytes + unitBytes / 2) / unitBytes) * unitBytes;
    m_cacheUnit = unit;
    const qint64 clamped = std::clamp(rounded, AppSettings::MinimumThumbnailCacheLimitBytes,
                                      AppSettings::MaximumThumbnailCacheLimitBytes);
    m_cacheLimit->setRange(
        int(std::max<qint64>(1, AppSettings::MinimumThumbnailCacheLimitBytes / unitBytes)),
        int(AppSettings::MaximumThumbnailCacheLimitBytes / unitBytes));
    m_cacheLimit->setValue(int(clamped / unitBytes));
}

void PreferencesDialog::clearThumbnailCache()
{
    // The service deletes on its own threads; the usage follows as the files go.
    m_thumbnails.clearDiskCache();
    m_clearing.start();
    updateCacheUsage();
}

void PreferencesDialog::updateCacheUsage()
{
    const qint64 used = m_thumbnails.diskCacheSize();
    if (m_clearing.isValid() && (used == 0 || m_clearing.hasExpired(ClearingTimeoutMs)))
        m_clearing.invalidate();
    if (m_clearing.isValid()) {
        m_cacheUsage->setText(tr("Clearing…"));
        m_clearCacheButton->setEnabled(false);
        return;
    }
    m_cacheUsage->setText(PhotoDetails::fileSize(used));
    m_clearCacheButton->setEnabled(used > 0);
}

void PreferencesDialog::accept()
{
    // Only what changed is written, so a default left alone can still move with a new version.
    if (!samePath(m_catalogPath, m_settings.catalogPath()))
        m_settings.setCatalogPath(m_catalogPath);
    const qint64 limit = cacheLimit();
    if (limit != m_settings.thumbnailCacheLimitBytes()) {
        m_settings.setThumbnailCacheLimitBytes(limit);
        m_thumbnails.setDiskCacheLimit(limit);
    }
    const QString language = m_language->currentData().toString();
    if (language != m_settings.language())
        m_settings.setLanguage(language);
    m_settings.sync();
    QDialog::accept();
}
