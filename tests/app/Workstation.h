#pragma once

#include "app/LocalRequests.h"
#include "app/SyncEngine.h"
#include "db/Database.h"
#include "db/DemoData.h"
#include "db/OutboxStore.h"
#include "db/ReferenceStore.h"
#include "db/RequestStore.h"
#include "support/TestHttp.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace tyndau::test {

// A workstation as the sync tests need it: its own SQLite cache, a logged-in user, the
// local-first writer and the sync engine — the same classes the real program uses.
class Workstation
{
public:
    Workstation(const QString& cachePath, QUrl server, const QString& login)
        : m_login(login)
        , m_server(std::move(server))
    {
        auto db = Database::open(DbUrl::sqlite(cachePath));
        if (!db)
            qFatal("cannot open the cache: %s", qPrintable(db.error().message));
        m_db = std::move(db).value();
        DemoData::seedReference(*m_db).ok();
        m_policy = std::make_unique<DeadlinePolicy>(ReferenceStore(*m_db).loadDeadlinePolicy().value());
        m_local = std::make_unique<LocalRequests>(*m_db, *m_policy);
        m_engine = std::make_unique<SyncEngine>(*m_db, m_server);
    }

    bool logIn()
    {
        TestHttp http(m_server);
        const QString token = http.login(m_login);
        m_engine->setToken(token);
        return !token.isEmpty();
    }

    void pointAt(const QUrl& server)
    {
        m_server = server;
        m_engine->setServer(server);
    }

    Actor actor() const { return Actor {m_login, Role::Operator, {}}; }

    Result<Request> registerComplaint(const QString& what)
    {
        Request r;
        r.kind = RequestKind::Complaint;
        r.channel = Channel::CallCenter;
        r.citizen.name = QStringLiteral("Жумабаев Ерлан");
        r.citizen.phone = QStringLiteral("+7 777 123 45 67");
        r.districtCode = QStringLiteral("bostandyk");
        r.categoryCode = QStringLiteral("roads.pothole");
        r.description = what;
        return m_local->registerNew(r, actor(), Action::Register, {}, QStringLiteral("almaty-zhol"));
    }

    // One cycle; true when it ended well.
    bool syncOnce(int timeoutMs = 60000)
    {
        QSignalSpy done(m_engine.get(), &SyncEngine::finished);
        m_engine->syncNow();
        if (!done.wait(timeoutMs))
            return false;
        return done.first().first().toBool();
    }

    // Cycles until a clean one with an empty outbox, within the deadline.
    bool syncAll(int timeoutMs = 120000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!deadline.hasExpired()) {
            if (syncOnce(int(std::max<qint64>(1000, deadline.remainingTime()))) && outboxCount() == 0)
                return true;
        }
        return false;
    }

    qint64 outboxCount() { return OutboxStore(*m_db).count().value_or_zero(); }
    QList<Request> requests() { return RequestStore(*m_db).list({}, 100000).value_or_zero(); }
    Database& db() { return *m_db; }
    SyncEngine& engine() { return *m_engine; }
    void dropEngine() { m_engine.reset(); }
    void newEngine()
    {
        m_engine = std::make_unique<SyncEngine>(*m_db, m_server);
        logIn();
    }

private:
    QString m_login;
    QUrl m_server;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<DeadlinePolicy> m_policy;
    std::unique_ptr<LocalRequests> m_local;
    std::unique_ptr<SyncEngine> m_engine;
};

} // namespace tyndau::test
