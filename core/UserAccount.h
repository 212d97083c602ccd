#pragma once

#include "ReferenceData.h"
#include "Result.h"
#include "User.h"

#include <QJsonObject>

namespace tyndau {

// A user account as the administrator edits it: its shape on the wire and its rules, used
// by the server's /api/v1/admin/users routes and by the workstation's editor.
//   {"login","display_name","role","organization","active"}; a new account or a reset also
//   carries "password", which is never sent back.
class UserAccount
{
public:
    static constexpr int kMinPassword = 8;

    static QJsonObject toJson(const User& user);
    // Applies the fields present in `json` to `user` (all of them for a new account); a field
    // of the wrong type is an error naming it.
    static Result<User> merged(User user, const QJsonObject& json);
    // What an account must be: a login of Latin letters and digits, a name, a role, and an
    // organization for an executor only (and then one that exists); a password of at least
    // kMinPassword characters when one is given, and always for a new account.
    static QList<Error> check(const User& user, const QString& password, bool isNew,
                              const ReferenceData& reference);
};

} // namespace tyndau
