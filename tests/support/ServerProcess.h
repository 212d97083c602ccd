#pragma once

#include "db/DbUrl.h"

#include <QProcess>
#include <QUrl>

namespace tyndau::test {

// The real tyndau-server, started on a free loopback port over a given database. It is
// started in --demo mode (users operator1, executor1 … with password "demo") without demo
// requests unless asked.
class ServerProcess
{
public:
    explicit ServerProcess(DbUrl db, QStringList extraArgs = {});
    ~ServerProcess();

    bool start(); // waits (up to 60 s) for the "listening on" line
    void kill(); // SIGKILL: no chance to finish anything
    void stop();
    bool isRunning() const;
    QUrl url() const { return m_url; }
    QString log() const { return QString::fromUtf8(m_log); }

private:
    DbUrl m_db;
    QStringList m_extraArgs;
    QProcess m_process;
    QUrl m_url;
    QByteArray m_log;
};

} // namespace tyndau::test
