#pragma once

#include "LocalRequests.h"
#include "core/BudgetProposal.h"
#include "core/BudgetSeason.h"
#include "core/Result.h"
#include "db/LocalVoteStore.h"

#include <QCoreApplication>

namespace tyndau {

class LocalCache;

// The front office's side of the People's Participation Budget, written like every other
// change: checked by the same rules as the server's, then the cache and the outbox in one
// transaction. The server decides: a phase that moved on, or a citizen who voted at another
// workstation meanwhile, comes back as a refusal, and a vote's fate is kept (LocalVoteStore)
// for the operator to see.
class LocalBudget
{
    Q_DECLARE_TR_FUNCTIONS(LocalBudget)

public:
    LocalBudget(LocalCache& cache, QString login);

    Database& cacheDb(); // where the photos' bytes are
    Result<QList<BudgetSeason>> seasons(); // newest first
    Result<QList<BudgetProposalRecord>> proposals(int year);

    // An admin's season: budgets per district, votes per citizen, phase dates (never the phase).
    QList<Error> saveSeason(const BudgetSeason& season);
    Result<void> movePhase(int year, BudgetPhase to);
    // What is wrong with a proposal about to be registered, each problem naming its field.
    QList<Error> check(const BudgetProposal& draft);
    // A proposal registered at the front office on a citizen's behalf; returns it as stored.
    Result<BudgetProposalRecord> submit(const BudgetProposal& draft);
    QList<Error> assess(const BudgetProposalRecord& record, bool feasible, qint64 correctedCost,
                        const QString& orgCode, const QString& reason);
    // A citizen's vote, taken by this operator. Refused at once when the ballot is not valid or
    // this workstation already took a vote from the same IIN this season.
    Result<LocalVote> castVote(int year, const QString& iin, const QStringList& choices);
    Result<void> trackImplementation(const BudgetProposalRecord& record, const QString& status,
                                     const QString& note);
    // A photo of a winner's implementation: kept here at once and sent after the operations
    // (UploadStore). Only a photo (JPEG, PNG, WebP) is taken.
    Result<AttachmentRef> addPhoto(const BudgetProposalRecord& record, const LocalFile& file);
    Result<QList<LocalVote>> votes(int year);
    // How a voter's IIN is kept and shown at the workstation: its last four digits only.
    static QString shownIin(const QString& iin);

private:
    Result<BudgetSeason> season(int year);
    Result<QByteArray> localSalt(); // made once per cache, for the local duplicate check

    LocalCache& m_cache;
    QString m_login;
};

} // namespace tyndau
