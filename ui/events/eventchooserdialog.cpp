#include "ui/events/eventchooserdialog.h"

#include "core/events/eventservice.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace {

constexpr int EventIdRole = Qt::UserRole + 1;

} // namespace

EventChooserDialog::EventChooserDialog(const EventService &service, qint64 excludedEventId,
                                       QWidget *parent)
    : QDialog(parent)
    , m_filter(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Move to Event"));
    auto *label = new QLabel(tr("Move the selected photos to:"), this);
    m_filter->setPlaceholderText(tr("Search by name, place or date"));
    m_filter->setClearButtonEnabled(true);
    label->setBuddy(m_filter);
    m_list->setUniformItemSizes(true);
    // Long titles are cut in the middle, keeping the dates at the end, rather than scrolled to.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));

    for (const EventSummary &event : service.events()) {
        if (event.event.id == excludedEventId)
            continue;
        QStringList details;
        if (!event.event.title.isEmpty() && event.hasDates())
            details.append(EventService::dateRange(event));
        if (!event.event.place.isEmpty())
            details.append(event.event.place);
        details.append(tr("%n photo(s)", nullptr, event.photoCount));
        //: An event in the list: its title, then its dates, place and photo count.
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(EventService::displayTitle(event), details.join(tr(" · "))), m_list);
        item->setData(EventIdRole, event.event.id);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(460, 420);

    connect(m_filter, &QLineEdit::textChanged, this, &EventChooserDialog::applyFilter);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    connect(m_list, &QListWidget::currentRowChanged, this,
            [this](int row) { m_buttons->button(QDialogButtonBox::Ok)->setEnabled(row >= 0); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_list->currentRow() >= 0);
    // Up and Down in the search field walk the list, as in a launcher.
    m_filter->installEventFilter(this);
    m_filter->setFocus();
}

qint64 EventChooserDialog::chosenEventId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(EventIdRole).toLongLong() : 0;
}

bool EventChooserDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Up || key == Qt::Key_Down || key == Qt::Key_PageUp ||
            key == Qt::Key_PageDown) {
            QCoreApplication::sendEvent(m_list, event);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void EventChooserDialog::applyFilter(const QString &text)
{
    // Every word must appear somewhere: "barc 2024" finds the Barcelona trip of that year.
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QListWidgetItem *firstShown = nullptr;
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem *item = m_list->item(row);
        const bool shown = std::all_of(words.cbegin(), words.cend(), [item](const QString &word) {
            return item->text().contains(word, Qt::CaseInsensitive);
        });
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    if (!m_list->currentItem() || m_list->currentItem()->isHidden())
        m_list->setCurrentItem(firstShown);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(firstShown != nullptr);
}
