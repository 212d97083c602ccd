#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace tyndau {

class Database;

// A vote taken at this workstation, and what the server made of it.
struct LocalVote
{
    enum class State
    {
        Pending, // in the outbox, or sent and not answered yet
        Counted,
        Refused, // `message` says why, in the server's words
    };
    QString opId;
    int seasonYear = 0;
    QString voterKey; // BudgetStore::voterKey: the same key the server keeps
    QString voterShown; // the IIN masked, for the operator's list
    QString districtCode;
    QStringList choices; // proposal ids
    QDateTime recordedAt;
    State state = State::Pending;
    QString message;
};

// The workstation's own record of the votes it took (schema 11): the operator sees each
// one's fate, and a second vote by the same citizen at the same workstation is caught before
// it is sent. The sync engine settles each one when the server answers its operation.
class LocalVoteStore
{
public:
    explicit LocalVoteStore(Database& db);

    Result<void> add(const LocalVote& vote);
    // The answer to operation `opId`, if it was a vote: nothing happens for other operations.
    Result<void> settle(const QString& opId, LocalVote::State state, const QString& message);
    // The votes of a season under this voter key that are not refused (pending or counted).
    Result<std::optional<LocalVote>> standing(int year, const QString& voterKey);
    Result<QList<LocalVote>> all(int year); // newest first

private:
    Database& m_db;
};

} // namespace tyndau
