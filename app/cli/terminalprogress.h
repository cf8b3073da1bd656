#pragma once

#include <QElapsedTimer>
#include <QString>

// Progress on stderr: a redrawn bar on a terminal, a line every few seconds otherwise (logs).
class TerminalProgress
{
public:
    TerminalProgress();
    ~TerminalProgress();

    void update(int done, int total, const QString &label);
    // Clears the bar so the next output starts on a clean line.
    void finish();

private:
    bool m_isTerminal = false;
    bool m_drawn = false;
    QElapsedTimer m_sinceLastLine;
};
