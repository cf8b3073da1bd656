#include "ui/export/exportoptionsform.h"

#include "core/export/exportsubjecttitle.h"
#include "core/export/exporttheme.h"
#include "ui/export/exportsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>

#include <algorithm>
#include <array>

namespace {

QSpinBox *sizeSpinBox(const QString &accessibleName, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(16, 8192);
    spin->setSingleStep(64);
    spin->setSuffix(ExportOptionsForm::tr(" px"));
    spin->setAccessibleName(accessibleName);
    return spin;
}

} // namespace

ExportOptionsForm::ExportOptionsForm(const ExportSubject &subject, const QString &subjectTitle,
                                     QWidget *parent)
    : QWidget(parent)
    , m_subject(subject)
    , m_subjectTitle(subjectTitle)
    , m_form(new QFormLayout(this))
    , m_format(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_theme(new QComboBox(this))
    , m_themeRow(new QWidget(this))
    , m_imageFolder(new QLineEdit(this))
    , m_small(sizeSpinBox(tr("Small image size"), this))
    , m_medium(sizeSpinBox(tr("Medium image size"), this))
    , m_large(sizeSpinBox(tr("Large image size"), this))
    , m_quality(new QSpinBox(this))
    , m_stripPrivate(new QCheckBox(
          tr("&Remove location and camera serial numbers from published photos"), this))
    , m_originals(new QCheckBox(tr("Include the &original files, as they are"), this))
    , m_exifLine(new QCheckBox(tr("Show the &camera and exposure line under each photo"), this))
{
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // "Event “KubeCon Europe 2019”": plain text, as a title may hold anything.
    auto *what = new QLabel(this);
    what->setObjectName(QStringLiteral("subject"));
    what->setTextFormat(Qt::PlainText);
    what->setText(tr("%1 “%2”", "the kind of what is exported, its title")
                      .arg(ExportSubjectTitle::kindName(subject.kind), subjectTitle));
    what->setWordWrap(true);
    QFont bold = what->font();
    bold.setBold(true);
    what->setFont(bold);
    m_form->addRow(tr("Export:"), what);

    m_format->setObjectName(QStringLiteral("format"));
    m_format->addItem(tr("Static website"), int(ExportFormat::Html));
    m_format->addItem(tr("Jekyll post"), int(ExportFormat::Jekyll));
    m_format->setToolTip(tr("A static website works from the disk and on any web host; a Jekyll "
                            "post goes into the _posts folder of a Jekyll site."));
    m_form->addRow(tr("&Format:"), m_format);

    auto *folderRow = new QWidget(this);
    auto *folderLayout = new QHBoxLayout(folderRow);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setClearButtonEnabled(true);
    m_folder->setMinimumWidth(320);
    folderLayout->addWidget(m_folder, 1);
    folderLayout->addWidget(m_browse);
    m_form->addRow(tr("Fol&der:"), folderRow);
    // The row's label names the line edit for screen readers and Alt+D.
    qobject_cast<QLabel *>(m_form->labelForField(folderRow))->setBuddy(m_folder);

    auto *themeLayout = new QHBoxLayout(m_themeRow);
    themeLayout->setContentsMargins(0, 0, 0, 0);
    m_theme->setObjectName(QStringLiteral("theme"));
    m_theme->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    themeLayout->addWidget(m_theme);
    auto *themesLink = new QLabel(
        QStringLiteral("<a href=\"themes\">%1</a>").arg(tr("Open Themes Folder").toHtmlEscaped()),
        m_themeRow);
    themesLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    themesLink->setToolTip(tr("A folder there is a theme of its own: its templates and styles "
                              "replace those of the built-in theme."));
    connect(themesLink, &QLabel::linkActivated, this, &ExportOptionsForm::openThemesFolder);
    themeLayout->addWidget(themesLink);
    themeLayout->addStretch(1);
    m_form->addRow(tr("&Theme:"), m_themeRow);
    qobject_cast<QLabel *>(m_form->labelForField(m_themeRow))->setBuddy(m_theme);

    m_imageFolder->setObjectName(QStringLiteral("imageFolder"));
    m_imageFolder->setToolTip(tr("The folder of the Jekyll site that holds the images, and so the "
                                 "start of their addresses: “posts” gives /posts/photo.jpg."));
    m_form->addRow(tr("&Image folder:"), m_imageFolder);

    auto *sizesRow = new QWidget(this);
    auto *sizesLayout = new QHBoxLayout(sizesRow);
    sizesLayout->setContentsMargins(0, 0, 0, 0);
    const std::array<std::pair<QString, QSpinBox *>, 3> sizes = {{
        {tr("&Small"), m_small},
        {tr("&Medium"), m_medium},
        {tr("&Large"), m_large},
    }};
    for (const auto &[text, spin] : sizes) {
        auto *label = new QLabel(text, sizesRow);
        label->setBuddy(spin);
        sizesLayout->addWidget(label);
        sizesLayout->addWidget(spin);
    }
    sizesLayout->addStretch(1);
    sizesRow->setToolTip(tr("The longest side of each published image. Pages load the size the "
                            "screen needs; the large one opens full screen. Photos are never "
                            "made larger than they are."));
    m_form->addRow(tr("Image sizes:"), sizesRow);

    m_quality->setObjectName(QStringLiteral("quality"));
    m_quality->setRange(1, 100);
    m_quality->setToolTip(tr("JPEG quality of the published images: higher is sharper and "
                             "heavier; 85 suits most photos."));
    m_form->addRow(tr("JPEG &quality:"), m_quality);

    m_stripPrivate->setObjectName(QStringLiteral("stripPrivate"));
    m_stripPrivate->setToolTip(tr("The GPS position, the camera and lens serial numbers and the "
                                  "owner's name are left out of the published images; the "
                                  "camera, exposure and date stay."));
    m_originals->setObjectName(QStringLiteral("originals"));
    m_originals->setToolTip(tr("Copies each original file beside its resized images, with all "
                               "its metadata, location included."));
    m_exifLine->setObjectName(QStringLiteral("exifLine"));
    m_form->addRow(QString(), m_stripPrivate);
    m_form->addRow(QString(), m_originals);
    m_form->addRow(QString(), m_exifLine);

    // Tab goes down the form as it reads (the link was made after the fields it sits between).
    const std::array<QWidget *, 13> order = {
        m_format, m_folder, m_browse,  m_theme,        themesLink,  m_imageFolder, m_small,
        m_medium, m_large,  m_quality, m_stripPrivate, m_originals, m_exifLine};
    for (size_t i = 1; i < order.size(); ++i)
        QWidget::setTabOrder(order.at(i - 1), order.at(i));
    setFocusProxy(m_format);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportOptionsForm::onFormatChanged);
    connect(m_browse, &QPushButton::clicked, this, &ExportOptionsForm::browse);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportOptionsForm::changed);
    connect(m_imageFolder, &QLineEdit::textChanged, this, &ExportOptionsForm::changed);

    ExportOptions defaults;
    defaults.subject = subject;
    setOptions(defaults);
}

ExportFormat ExportOptionsForm::format() const
{
    return static_cast<ExportFormat>(m_format->currentData().toInt());
}

void ExportOptionsForm::setOptions(const ExportOptions &options)
{
    m_subject = options.subject;
    m_folders.clear();
    const QString folder = QDir::toNativeSeparators(options.outputDirectory);
    m_folders.insert(int(options.format), folder);
    m_folder->setText(folder);
    m_shownFormat = options.format;
    {
        const QSignalBlocker blocker(m_format);
        m_format->setCurrentIndex(m_format->findData(int(options.format)));
    }
    reloadThemes(options.theme);
    QList<int> sizes = options.imageSizes;
    std::sort(sizes.begin(), sizes.end());
    if (sizes.isEmpty())
        sizes = ExportOptions{}.imageSizes;
    // Fewer than three sizes: the middle one repeats a neighbour, and options() drops repeats.
    m_small->setValue(sizes.constFirst());
    m_medium->setValue(sizes.size() >= 3 ? sizes.at(sizes.size() / 2) : sizes.constFirst());
    m_large->setValue(sizes.constLast());
    m_quality->setValue(options.jpegQuality);
    m_stripPrivate->setChecked(options.stripPrivateMetadata);
    m_originals->setChecked(options.includeOriginals);
    m_exifLine->setChecked(options.showExifLine);
    m_imageFolder->setText(options.jekyllImageFolder);
    onFormatChanged();
}

ExportOptions ExportOptionsForm::options() const
{
    ExportOptions options;
    options.format = format();
    options.subject = m_subject;
    const QString folder = m_folder->text().trimmed();
    options.outputDirectory =
        folder.isEmpty() ? QString() : QDir::cleanPath(QDir(folder).absolutePath());
    options.theme = m_theme->currentData().toString();
    QList<int> sizes = {m_small->value(), m_medium->value(), m_large->value()};
    std::sort(sizes.begin(), sizes.end());
    sizes.erase(std::unique(sizes.begin(), sizes.end()), sizes.end());
    options.imageSizes = sizes;
    options.jpegQuality = m_quality->value();
    options.stripPrivateMetadata = m_stripPrivate->isChecked();
    options.includeOriginals = m_originals->isChecked();
    options.showExifLine = m_exifLine->isChecked();
    // Slashes at either end mean nothing to Jekyll's URLs; inside, a folder may be nested.
    QString imageFolder = m_imageFolder->text().trimmed();
    while (imageFolder.startsWith(QLatin1Char('/')))
        imageFolder.remove(0, 1);
    while (imageFolder.endsWith(QLatin1Char('/')))
        imageFolder.chop(1);
    options.jekyllImageFolder = imageFolder;
    return options;
}

bool ExportOptionsForm::isComplete() const
{
    if (m_folder->text().trimmed().isEmpty())
        return false;
    return format() != ExportFormat::Jekyll || !options().jekyllImageFolder.isEmpty();
}

bool ExportOptionsForm::isThemeRowVisible() const
{
    return m_form->isRowVisible(m_themeRow);
}

bool ExportOptionsForm::isImageFolderRowVisible() const
{
    return m_form->isRowVisible(m_imageFolder);
}

void ExportOptionsForm::onFormatChanged()
{
    const ExportFormat shown = format();
    if (shown != m_shownFormat) {
        // Each format has a folder of its own (a site per subject; one Jekyll site for every
        // post): keep what was typed for the one left, offer the one chosen.
        m_folders.insert(int(m_shownFormat), m_folder->text());
        const auto known = m_folders.constFind(int(shown));
        m_folder->setText(known != m_folders.constEnd()
                              ? *known
                              : ExportSettings::folderFor(shown, m_subject, m_subjectTitle));
        m_shownFormat = shown;
    }
    const bool jekyll = shown == ExportFormat::Jekyll;
    m_form->setRowVisible(m_themeRow, !jekyll);
    m_form->setRowVisible(m_imageFolder, jekyll);
    m_folder->setPlaceholderText(jekyll ? tr("The Jekyll site's folder")
                                        : tr("A folder for the website"));
    emit changed();
}

void ExportOptionsForm::browse()
{
    const QString start =
        m_folder->text().trimmed().isEmpty() ? QDir::homePath() : m_folder->text().trimmed();
    const QString title = format() == ExportFormat::Jekyll ? tr("Choose the Jekyll Site's Folder")
                                                           : tr("Choose the Website's Folder");
    const QString chosen = QFileDialog::getExistingDirectory(this, title, start);
    if (!chosen.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(chosen));
}

void ExportOptionsForm::openThemesFolder()
{
    const QString folder = ExportTheme::userThemesDirectory();
    QDir().mkpath(folder);
    QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

void ExportOptionsForm::reloadThemes(const QString &current)
{
    const QSignalBlocker blocker(m_theme);
    m_theme->clear();
    for (const QString &name : ExportTheme::availableThemes()) {
        const QString text = name == ExportTheme::defaultName() ? tr("Corkboard (built in)") : name;
        m_theme->addItem(text, name);
    }
    // A remembered theme whose folder is gone falls back to the built-in one.
    const int index = m_theme->findData(current);
    m_theme->setCurrentIndex(index >= 0 ? index : m_theme->findData(ExportTheme::defaultName()));
}
