// libFuzzer target: the request parsing and validation path every operation takes — JSON,
// the wire format, the validator, the workflow's checks. Nothing here may crash, hang or
// trip a sanitizer, whatever the bytes.
#include "core/RequestValidator.h"
#include "core/WireFormat.h"
#include "core/Workflow.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tyndau;
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    QJsonArray ops = doc.object().value(QLatin1String("ops")).toArray();
    if (ops.isEmpty() && doc.isObject())
        ops.append(doc.object());
    for (const auto& item : ops) {
        const QJsonObject op = item.toObject();
        auto input = WireFormat::actionInputFromJson(op.value(QLatin1String("input")).toObject());
        auto request = WireFormat::requestFromJson(op.value(QLatin1String("request")).toObject());
        if (!request)
            continue;
        const Request normalized = RequestValidator::normalized(request.value());
        (void)RequestValidator::validate(normalized);
        if (!input)
            continue;
        for (Role role : allValues<Role>()) {
            for (Action action : allValues<Action>())
                (void)Workflow::check(normalized, action,
                                      Actor {QStringLiteral("fuzz"), role, normalized.orgCode},
                                      input.value());
        }
        (void)WireFormat::toJson(normalized, true);
    }
    return 0;
}
