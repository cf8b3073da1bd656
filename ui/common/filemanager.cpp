#include "ui/common/filemanager.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QUrl>

namespace {

bool openFolder(const QString &folder)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

#if !defined(Q_OS_WIN) && !defined(Q_OS_MACOS)
// org.freedesktop.FileManager1.ShowItems, which Nautilus, Dolphin, Nemo, Caja and Thunar answer,
// sent with dbus-send so the app needs no D-Bus library. When no file manager answers, the folder
// is opened the ordinary way.
bool showWithFileManager1(const QString &filePath, const QString &folder)
{
    const QString dbusSend = QStandardPaths::findExecutable(QStringLiteral("dbus-send"));
    if (dbusSend.isEmpty())
        return openFolder(folder);
    QString uri = QUrl::fromLocalFile(filePath).toString(QUrl::FullyEncoded);
    // dbus-send splits array items on commas; %2C means the same to the file manager.
    uri.replace(QLatin1Char(','), QLatin1String("%2C"));
    // Unparented and deleted when it ends: it must outlive whatever widget asked.
    auto *process = new QProcess;
    QObject::connect(process, &QProcess::finished, process,
                     [process, folder](int exitCode, QProcess::ExitStatus status) {
                         if (status != QProcess::NormalExit || exitCode != 0)
                             openFolder(folder);
                         process->deleteLater();
                     });
    QObject::connect(process, &QProcess::errorOccurred, process,
                     [process, folder](QProcess::ProcessError error) {
                         if (error != QProcess::FailedToStart)
                             return; // finished() follows and decides
                         openFolder(folder);
                         process->deleteLater();
                     });
    process->start(dbusSend, {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                              QStringLiteral("--reply-timeout=5000"),
                              QStringLiteral("--dest=org.freedesktop.FileManager1"),
                              QStringLiteral("--type=method_call"),
                              QStringLiteral("/org/freedesktop/FileManager1"),
                              QStringLiteral("org.freedesktop.FileManager1.ShowItems"),
                              QStringLiteral("array:string:") + uri, QStringLiteral("string:")});
    return true;
}
#endif

} // namespace

QString FileManager::showFileText()
{
#if defined(Q_OS_WIN)
    return tr("Show in Explorer");
#elif defined(Q_OS_MACOS)
    return tr("Show in Finder");
#else
    return tr("Show in Folder");
#endif
}

bool FileManager::showFile(const QString &filePath)
{
    const QFileInfo file(filePath);
    const QString folder = file.absolutePath();
    if (!file.exists())
        return QFileInfo(folder).isDir() && openFolder(folder);
#if defined(Q_OS_WIN)
    return QProcess::startDetached(
               QStringLiteral("explorer.exe"),
               {QStringLiteral("/select,"), QDir::toNativeSeparators(file.absoluteFilePath())}) ||
           openFolder(folder);
#elif defined(Q_OS_MACOS)
    return QProcess::startDetached(QStringLiteral("/usr/bin/open"),
                                   {QStringLiteral("-R"), file.absoluteFilePath()}) ||
           openFolder(folder);
#else
    return showWithFileManager1(file.absoluteFilePath(), folder);
#endif
}
