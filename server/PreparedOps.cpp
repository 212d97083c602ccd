#include "PreparedOps.h"

#include "Api.h"

namespace tyndau {

PreparedOps PreparedOps::read(const HttpRequest& request)
{
    PreparedOps prepared;
    auto body = jsonObjectBody(request, Api::kMaxOpsBody);
    if (auto* response = std::get_if<HttpResponse>(&body)) {
        prepared.batch = *response;
        return prepared;
    }
    auto ops = OpsService::checkBatch(std::get<QJsonObject>(body));
    if (!ops) {
        prepared.batch = HttpResponse::error(422, ops.error().code, ops.error().message, ops.error().field);
        return prepared;
    }
    prepared.ops.reserve(ops->size());
    for (const QJsonValue& op : ops.value())
        prepared.ops.append(PreparedOp::of(op.toObject()));
    prepared.batch = ops.value();
    return prepared;
}

} // namespace tyndau
