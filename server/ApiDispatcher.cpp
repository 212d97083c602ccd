#include "ApiDispatcher.h"

#include "Api.h"
#include "PreparedOps.h"
#include "RequestLanguage.h"
#include "db/Database.h"

#include <QCoreApplication>

namespace tyndau {
namespace {

bool isOps(const HttpRequest& r)
{
    return r.method == "POST" && r.path == QLatin1String("/api/v1/ops");
}

} // namespace

ApiDispatcher::ApiDispatcher(Api& api, QObject* parent)
    : QObject(parent)
    , m_api(api)
    // SQLite only. There one writer goes at a time anyway, and a commit is an fsync. On
    // PostgreSQL a group held the rows of many ops at once: two instances racing for the
    // same proposals' totals deadlocked, and its own WAL flush already serves many
    // sessions, so the gain was small (276 -> 329 ops/s).
    , m_groupCommit(api.database().dialect() == Dialect::SQLite)
{
}

void ApiDispatcher::submit(HttpRequest request, Answer answer)
{
    // Still on the caller's (the network) thread: an op batch is read, checked and
    // prepared here, so the database's thread only applies it. Its refusals (a field the
    // rules refuse) are worded here, in the request's language.
    if (isOps(request)) {
        const RequestLanguage::Scope language(RequestLanguage::of(request));
        request.preparedOps = std::make_shared<const PreparedOps>(PreparedOps::read(request));
    }
    QMetaObject::invokeMethod(
        this,
        [this, waiting = Waiting {std::move(request), std::move(answer)}]() mutable {
            run(std::move(waiting));
        },
        Qt::QueuedConnection);
}

void ApiDispatcher::run(Waiting waiting)
{
    const HttpRequest& r = waiting.request;
    if (m_groupCommit && isOps(r)) {
        m_group.push_back(std::move(waiting));
        if (!m_groupQueued) {
            m_groupQueued = true;
            QMetaObject::invokeMethod(this, &ApiDispatcher::commitGroup, Qt::QueuedConnection);
        }
        return;
    }
    waiting.answer(m_api.handle(r));
}

void ApiDispatcher::commitGroup()
{
    m_groupQueued = false;
    std::vector<Waiting> group = std::move(m_group);
    m_group.clear();
    std::vector<HttpResponse> responses;
    responses.reserve(group.size());
    {
        Transaction tx(m_api.database());
        for (const Waiting& w : group)
            responses.push_back(m_api.handle(w.request));
        // Without the outer transaction (it could not start) each op committed on its own.
        if (tx.started() && !tx.commit()) {
            for (std::size_t i = 0; i < responses.size(); ++i) {
                if (responses[i].status != 200)
                    continue;
                const RequestLanguage::Scope language(RequestLanguage::of(group[i].request));
                responses[i] = HttpResponse::error(
                    503, QStringLiteral("busy"),
                    QCoreApplication::translate("Server", "The server could not store this; send it again."));
            }
        }
    }
    for (std::size_t i = 0; i < group.size(); ++i)
        group[i].answer(responses[i]);
}

} // namespace tyndau
