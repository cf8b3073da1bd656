#include "core/thumbnails/backgroundpriority.h"

#include <QThread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace BackgroundPriority {

void lowerCurrentThread()
{
#ifdef Q_OS_LINUX
    // Under Linux's default scheduler QThread::setPriority() changes nothing short of
    // IdlePriority (SCHED_IDLE), which would starve thumbnails whenever another program is busy.
    // A nice value is per thread on Linux: at 10 the scheduler gives the GUI thread about ten
    // times the share and lets it preempt the worker as soon as it wakes.
    constexpr int backgroundNice = 10;
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), backgroundNice);
#else
    // Windows and macOS map this to a lower thread priority of their own.
    QThread::currentThread()->setPriority(QThread::LowPriority);
#endif
}

} // namespace BackgroundPriority
