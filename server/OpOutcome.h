#pragma once

#include "core/Request.h"
#include "core/Result.h"

namespace tyndau {

// What one operation came to: a result to send, and whether it wrote anything.
struct OpOutcome
{
    QString status; // applied | conflict | rejected
    Error error;
    Request request;
    bool wrote = false;
    qint64 articleId = 0;

    static OpOutcome applied() { return {QStringLiteral("applied"), {}, {}, true}; }
    static OpOutcome rejected(const Error& e) { return {QStringLiteral("rejected"), e, {}, false}; }
};

} // namespace tyndau
