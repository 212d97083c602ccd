#pragma once

#include "core/Result.h"

#include <QJsonObject>

namespace tyndau {

// The API's error shape, {"error":{"code","message","field"}} (DESIGN.md), read in one place
// for every client of the API: the session, the sync engine and the administrator's calls.
class ApiError
{
public:
    // The error of a reply with HTTP `status` and body `json`. Status 0 means no answer: the
    // server cannot be reached, in the network's own words.
    static Error from(int status, const QJsonObject& json, const QString& networkError);
    static QString messageOf(const QByteArray& body); // "" when the body carries no error
};

} // namespace tyndau
