#pragma once

#include "core/BudgetProposal.h"
#include "core/User.h"

#include <QJsonObject>

namespace tyndau {

class Database;

// What the server has now of the thing a refused operation meant to change, in the change
// feed's shape ({"entity": …}), sent with the refusal as "current". A workstation writes its
// change locally first; when the server refuses it, this puts the workstation's copy right at
// once instead of at the thing's next change.
// Empty when the server has nothing of it (a refused new proposal or season: the workstation
// removes its own) and for operations whose fate is kept otherwise (a request's, on the
// request; a vote's, in the workstation's list of votes).
class CurrentCopy
{
public:
    static QJsonObject of(Database& db, const QString& type, const QJsonObject& op, const User& user);
    // Whether `user` sees a proposal's author masked: the IIN and phone are personal data.
    static bool masksAuthor(const User& user, const BudgetProposal& proposal);

private:
    static QJsonObject proposal(Database& db, const QString& id, const User& user);
};

} // namespace tyndau
