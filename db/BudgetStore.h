#pragma once

#include "core/BudgetProposal.h"
#include "core/BudgetSeason.h"
#include "core/Result.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace tyndau {

class Database;

// A citizen's ballot. It carries no IIN: `voterKey` is all that is kept of the voter.
struct BudgetVote
{
    int seasonYear = 0;
    QString voterKey;
    QString districtCode;
    QStringList choices; // proposal ids
    QString recordedBy; // the operator's login, or the portal's account
    QDateTime recordedAt;
    QString opId;
};

// The People's Participation Budget in the database: seasons with their district budgets,
// proposals, and votes. Writes open no transaction of their own: the operation's holds them,
// so a vote and the totals it moves commit together or not at all.
class BudgetStore
{
public:
    // How a season is read inside a transaction that will act on it. On PostgreSQL, Share
    // keeps the phase from moving until the transaction ends (a vote and a phase change
    // cannot cross); Update also keeps other writers of the season out. SQLite needs neither:
    // its write transactions already run one at a time.
    enum class Lock
    {
        None,
        Share,
        Update,
    };

    explicit BudgetStore(Database& db);

    // The key a vote is stored under: HMAC-SHA256 (hex) of the year and the IIN (validated,
    // digits only) under `secret`, a key kept outside the database. A plain hash would not do:
    // IINs are few enough to try them all, and the key would lead back to the voter's choices.
    static QString voterKey(int year, const QString& iin, const QByteArray& secret);

    // Writes the season as it is, its phase included, and replaces its district budgets.
    Result<void> upsertSeason(const BudgetSeason& season);
    Result<std::optional<BudgetSeason>> season(int year, Lock lock = Lock::None);
    Result<QList<BudgetSeason>> seasons(); // newest year first
    // Moves the phase only if it is still `from`: false when someone moved it first.
    Result<bool> movePhase(int year, BudgetPhase from, BudgetPhase to);

    // False, and nothing written, when a proposal with this id exists already.
    Result<bool> insertProposal(const BudgetProposalRecord& record);
    // The proposal as the server sent it, over whatever the cache had (a page of the feed).
    Result<void> replaceProposal(const BudgetProposalRecord& record);
    Result<std::optional<BudgetProposalRecord>> proposal(const QString& id);
    // A workstation's own proposal or season the server refused and does not have, with what
    // hangs on it.
    Result<void> removeProposal(const QString& id);
    Result<void> removeSeason(int year);
    // Many at once (a page of the change feed); ids not found are left out.
    Result<QHash<QString, BudgetProposalRecord>> proposals(const QStringList& ids);
    // The season's proposals, by district and then submission.
    Result<QList<BudgetProposalRecord>> proposalsOf(int year);
    // The updates below write only if the stored version is still `record.version`, and
    // bump it: false when someone changed the proposal first.
    Result<bool> updateAssessment(const BudgetProposalRecord& record);
    Result<bool> updateImplementation(const BudgetProposalRecord& record);
    // One vote more for each proposal.
    Result<void> addVotes(const QStringList& proposalIds);

    // False, and nothing written, when the season already has a vote under this voter key.
    // The unique key decides, so two server instances racing cannot both count one citizen.
    Result<bool> insertVote(const BudgetVote& vote);
    Result<std::optional<BudgetVote>> vote(int year, const QString& voterKey);
    Result<qint64> voteCount(int year);

private:
    // Each statement with `key` as its one bound value, in order (the caller's transaction).
    Result<void> runEach(std::initializer_list<const char*> statements, const QVariant& key);
    Result<bool> writeProposal(const BudgetProposalRecord& record, const QString& onConflict);

    Database& m_db;
};

} // namespace tyndau
