#include "ServerProcess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QRegularExpression>

namespace tyndau::test {

ServerProcess::ServerProcess(DbUrl db, QStringList extraArgs)
    : m_db(std::move(db))
    , m_extraArgs(std::move(extraArgs))
{
}

ServerProcess::~ServerProcess()
{
    stop();
}

bool ServerProcess::start()
{
    const QString dbArg = m_db.dialect == Dialect::SQLite ? QStringLiteral("sqlite:") + m_db.path
                                                          : QStringLiteral("postgresql://%1@%2:%3/%4")
                                                                .arg(m_db.user, m_db.host)
                                                                .arg(m_db.port)
                                                                .arg(m_db.database);
    QStringList args {QStringLiteral("--demo"),
                      QStringLiteral("--demo-requests"),
                      QStringLiteral("0"),
                      QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:0"),
                      QStringLiteral("--db"),
                      dbArg};
    // Instances on one PostgreSQL database share its vote secret, as in production.
    if (m_db.dialect == Dialect::PostgreSQL)
        args << QStringLiteral("--vote-secret")
             << QDir::temp().filePath(QStringLiteral("tyndau-test-vote-secret-") + m_db.database);
    args += m_extraArgs;
    m_log.clear();
    m_url.clear();
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(QStringLiteral(TYNDAU_SERVER_BIN), args);
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression listening(QStringLiteral("listening on (https?://[0-9.]+:[0-9]+)"));
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        m_log += m_process.readAllStandardError();
        const auto m = listening.match(QString::fromUtf8(m_log));
        if (m.hasMatch()) {
            m_url = QUrl(m.captured(1));
            return true;
        }
    }
    m_log += m_process.readAllStandardError();
    return false;
}

void ServerProcess::kill()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

void ServerProcess::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            kill();
    }
}

bool ServerProcess::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

} // namespace tyndau::test
