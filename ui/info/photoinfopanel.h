#pragma once

#include <QHash>
#include <QWidget>

#include <memory>

class CatalogConnection;
class ElidedLabel;
class PhotoRepository;
class PhotoSummaryRepository;
class QGridLayout;
class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
struct PhotoRecord;

// Everything the catalog knows about the current photo: when it was taken (with the UTC offset that
// placed it on the timeline and where that came from, and any camera clock correction),
// with what, where (with a link to the place on OpenStreetMap), its keywords and its file, with a
// button that shows the file in the desktop's file manager. Rows the photo has nothing for are
// hidden. With several photos selected it says how many; with none, that there is nothing to show.
class PhotoInfoPanel : public QWidget
{
    Q_OBJECT

public:
    // Reads photos through `connection` (the GUI thread's), which must outlive the panel.
    explicit PhotoInfoPanel(const CatalogConnection &connection, QWidget *parent = nullptr);
    ~PhotoInfoPanel() override;

    // Reads the photo from the catalog and shows it; an id the catalog does not have clears.
    void showPhoto(qint64 photoId);
    // "12 photos selected"; 0 clears.
    void showSelection(int selectedCount);
    void clear();

    // The photo shown, or 0.
    qint64 photoId() const { return m_photoId; }

    QSize sizeHint() const override;

private:
    QWidget *createPhotoPage();
    QLabel *addSection(const QString &title);
    void addRow(const QString &name, QWidget *field);
    QLabel *addTextRow(const QString &name);
    void setRowText(QLabel *field, const QString &text, const QString &toolTip = {});
    void setRowVisible(QWidget *field, bool visible);
    void showRecord(const PhotoRecord &photo);
    // The Taken row: when, with the UTC offset that placed it on the timeline and where that came
    // from (the file, the GPS time, the event's zone, this computer's), and any clock correction.
    void showTaken(const PhotoRecord &photo);
    void showMessage(const QString &title, const QString &detail);
    void showProblemIcon();
    void updateSectionVisibility();
    void showInFolder();

    std::unique_ptr<PhotoRepository> m_repository;
    std::unique_ptr<PhotoSummaryRepository> m_summaries;
    qint64 m_photoId = 0;
    QString m_path;

    QStackedWidget *m_pages = nullptr;
    QLabel *m_messageTitle = nullptr;
    QLabel *m_messageDetail = nullptr;
    QWidget *m_photoPage = nullptr;

    QGridLayout *m_form = nullptr;
    ElidedLabel *m_fileName = nullptr;
    QFrame *m_problem = nullptr;
    QLabel *m_problemIcon = nullptr;
    QLabel *m_problemText = nullptr;
    QList<QPair<QLabel *, QList<QWidget *>>> m_sections; // heading -> its rows' fields
    QHash<QWidget *, QLabel *> m_rowNames;               // field -> the name beside it
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_rating = nullptr;
    QLabel *m_keywords = nullptr;
    QLabel *m_taken = nullptr;
    QLabel *m_camera = nullptr;
    QLabel *m_lens = nullptr;
    QLabel *m_exposure = nullptr;
    QLabel *m_location = nullptr;
    QLabel *m_altitude = nullptr;
    QLabel *m_dimensions = nullptr;
    QLabel *m_format = nullptr;
    QLabel *m_fileSize = nullptr;
    QLabel *m_imported = nullptr;
    ElidedLabel *m_folder = nullptr;
    QPushButton *m_showInFolder = nullptr;
};
