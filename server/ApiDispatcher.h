#pragma once

#include "HttpTypes.h"

#include <QObject>

#include <functional>
#include <vector>

namespace tyndau {

class Api;

// Runs the Api on the database's thread for requests read on the network thread
// (HttpServer): reading and answering HTTP no longer waits for the database, nor the
// database for HTTP, so the server uses two cores.
//
// Group commit (SQLite): the operations (POST /api/v1/ops) that arrive together — every one
// queued before this thread's event loop comes round again — run in one database
// transaction, each op in a savepoint of its own (one op's refusal still undoes only that
// op), and are answered after the one commit. A durable commit costs an fsync; a hundred
// clients now share one. If that commit fails, every op of the group is answered 503
// (nothing of them was stored, and their op_ids make sending them again safe).
class ApiDispatcher : public QObject
{
    Q_OBJECT

public:
    // Called on the dispatcher's thread with the request's response.
    using Answer = std::function<void(const HttpResponse&)>;

    explicit ApiDispatcher(Api& api, QObject* parent = nullptr);

    // From any thread: runs `request` on the dispatcher's thread, then `answer`.
    void submit(HttpRequest request, Answer answer);

private:
    struct Waiting
    {
        HttpRequest request;
        Answer answer;
    };
    void run(Waiting waiting);
    void commitGroup();

    Api& m_api;
    std::vector<Waiting> m_group;
    bool m_groupQueued = false;
    bool m_groupCommit = false;
};

} // namespace tyndau
