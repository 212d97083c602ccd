#pragma once

#include "HttpTypes.h"
#include "OpsService.h"

#include <QJsonArray>
#include <QList>

#include <variant>

namespace tyndau {

// POST /api/v1/ops's body read, its batch checked and each op prepared (PreparedOp), all
// without the database: ApiDispatcher does this on the network thread while the database's
// thread applies earlier ops; Api::postOps does it itself for a request that comes without.
struct PreparedOps
{
    std::variant<QJsonArray, HttpResponse> batch; // the checked ops, or the 4xx to answer
    QList<PreparedOp> ops; // one per op of the batch

    static PreparedOps read(const HttpRequest& request);
};

} // namespace tyndau
