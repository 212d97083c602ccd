#include "ApiThread.h"

#include "Api.h"
#include "ApiDispatcher.h"
#include "db/Database.h"

namespace tyndau {

Result<std::unique_ptr<ApiThread>> ApiThread::start(const DbUrl& url, const ReferenceData& reference,
                                                    const DeadlinePolicy& policy,
                                                    const QByteArray& voteSecret)
{
    std::unique_ptr<ApiThread> t(new ApiThread);
    t->m_thread.setObjectName(QStringLiteral("database"));
    t->m_anchor.moveToThread(&t->m_thread);
    t->m_thread.start();
    std::optional<Error> failed;
    QMetaObject::invokeMethod(
        &t->m_anchor,
        [&] {
            Database::Options options;
            options.migrate = false; // main() has migrated before any thread starts
            options.role = SchemaRole::Server;
            auto db = Database::open(url, options);
            if (!db) {
                failed = db.error();
                return;
            }
            t->m_db = std::move(db).value();
            t->m_api = std::make_unique<Api>(*t->m_db, reference, policy, voteSecret);
            t->m_dispatcher = std::make_unique<ApiDispatcher>(*t->m_api);
        },
        Qt::BlockingQueuedConnection);
    if (failed)
        return *failed;
    return t;
}

ApiThread::~ApiThread()
{
    QMetaObject::invokeMethod(
        &m_anchor,
        [this] {
            m_dispatcher.reset();
            m_api.reset();
            m_db.reset();
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

} // namespace tyndau
