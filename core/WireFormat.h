#pragma once

#include "KbArticle.h"
#include "Request.h"
#include "Result.h"
#include "User.h"
#include "Workflow.h"

#include <QJsonObject>

namespace tyndau {

// The sync wire format: requests, history, action inputs and users as JSON, written and
// read the same way by the server and the client. Reading checks every type and names the
// field at fault; nothing half-read is ever returned.
class WireFormat
{
public:
    // `maskContacts`: the citizen's IIN, phone and e-mail masked (roles that need no
    // contact with the citizen).
    static QJsonObject toJson(const Request& request, bool maskContacts = false);
    static Result<Request> requestFromJson(const QJsonObject& json);

    static QJsonObject toJson(const HistoryEntry& entry);
    static Result<HistoryEntry> historyFromJson(const QJsonObject& json, const QUuid& requestId);

    static QJsonObject toJson(const ActionInput& input);
    static Result<ActionInput> actionInputFromJson(const QJsonObject& json);

    static QJsonObject toJson(const User& user);
    static QJsonObject toJson(const KbArticle& article);
    static Result<KbArticle> articleFromJson(const QJsonObject& json);

    static QString timeToString(const QDateTime& utc); // ISO 8601 with milliseconds, Z
    static QDateTime timeFromString(const QString& text);
};

} // namespace tyndau
