#include "app/cli/terminalprogress.h"

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define CORKBOARD_ISATTY _isatty
#define CORKBOARD_FILENO _fileno
#else
#include <sys/ioctl.h>
#include <unistd.h>
#define CORKBOARD_ISATTY isatty
#define CORKBOARD_FILENO fileno
#endif

namespace {

int terminalColumns()
{
#ifdef TIOCGWINSZ
    winsize size{};
    if (ioctl(CORKBOARD_FILENO(stderr), TIOCGWINSZ, &size) == 0 && size.ws_col > 20)
        return size.ws_col;
#endif
    return 80;
}

void writeErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stderr);
    std::fflush(stderr);
}

} // namespace

TerminalProgress::TerminalProgress()
    : m_isTerminal(CORKBOARD_ISATTY(CORKBOARD_FILENO(stderr)) != 0)
{
    m_sinceLastLine.start();
}

TerminalProgress::~TerminalProgress()
{
    finish();
}

void TerminalProgress::update(int done, int total, const QString &label)
{
    if (!m_isTerminal) {
        // Logs get a line every five seconds, not a flood.
        if (m_sinceLastLine.elapsed() < 5000 && done != total)
            return;
        m_sinceLastLine.restart();
        writeErr(QStringLiteral("%1/%2 %3\n").arg(done).arg(total).arg(label));
        return;
    }
    const int columns = terminalColumns();
    const int barWidth = 30;
    const int filled = total > 0 ? static_cast<int>(qint64(done) * barWidth / total) : 0;
    const QString counts = QStringLiteral(" %1/%2 ").arg(done).arg(total);
    const int room = columns - barWidth - 3 - static_cast<int>(counts.size());
    QString shown = label;
    if (shown.size() > room)
        shown = QStringLiteral("…") + shown.right(std::max(0, room - 1));
    writeErr(QStringLiteral("\r[%1%2]%3%4\x1b[K")
                 .arg(QString(filled, QLatin1Char('#')),
                      QString(barWidth - filled, QLatin1Char('.')), counts, shown));
    m_drawn = true;
}

void TerminalProgress::finish()
{
    if (m_isTerminal && m_drawn)
        writeErr(QStringLiteral("\r\x1b[K"));
    m_drawn = false;
}
