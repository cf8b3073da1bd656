#pragma once

#include "core/export/exportoptions.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

// The export dialog's choices: format, folder, theme, image sizes and quality, privacy, originals,
// the EXIF line, and the Jekyll image folder (shown for Jekyll only, as the theme is for the
// static site only). Each format keeps its own folder while the user switches between them.
class ExportOptionsForm : public QWidget
{
    Q_OBJECT

public:
    ExportOptionsForm(const ExportSubject &subject, const QString &subjectTitle,
                      QWidget *parent = nullptr);

    void setOptions(const ExportOptions &options);
    // What the form says now, for the subject it was made for.
    ExportOptions options() const;
    // Whether Export can start: a folder is given (and a Jekyll image folder).
    bool isComplete() const;

    QComboBox *formatCombo() const { return m_format; }
    QLineEdit *folderEdit() const { return m_folder; }
    QComboBox *themeCombo() const { return m_theme; }
    QLineEdit *imageFolderEdit() const { return m_imageFolder; }
    QCheckBox *stripPrivateCheck() const { return m_stripPrivate; }
    // Whether a row shows for the format chosen.
    bool isThemeRowVisible() const;
    bool isImageFolderRowVisible() const;

signals:
    void changed();

private:
    ExportFormat format() const;
    void onFormatChanged();
    void browse();
    void openThemesFolder();
    void reloadThemes(const QString &current);

    ExportSubject m_subject;
    QString m_subjectTitle;
    ExportFormat m_shownFormat = ExportFormat::Html;
    QHash<int, QString> m_folders; // by ExportFormat: what each format's folder was last

    QFormLayout *m_form;
    QComboBox *m_format;
    QLineEdit *m_folder;
    QPushButton *m_browse;
    QComboBox *m_theme;
    QWidget *m_themeRow;
    QLineEdit *m_imageFolder;
    QSpinBox *m_small;
    QSpinBox *m_medium;
    QSpinBox *m_large;
    QSpinBox *m_quality;
    QCheckBox *m_stripPrivate;
    QCheckBox *m_originals;
    QCheckBox *m_exifLine;
};
