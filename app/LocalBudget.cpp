#include "LocalBudget.h"

#include "LocalCache.h"
#include "core/AttachmentType.h"
#include "core/BudgetRules.h"
#include "core/BudgetWire.h"
#include "core/Clock.h"
#include "core/Iin.h"
#include "core/TimeOrderedUuid.h"
#include "db/BudgetStore.h"
#include "db/Database.h"
#include "db/ProposalPhotoStore.h"
#include "db/SyncStateStore.h"
#include "db/UploadStore.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QUuid>

namespace tyndau {
namespace {

Result<void> failedIf(const Result<bool>& written, const QString& message)
{
    if (!written)
        return written.error();
    if (!written.value())
        return Error {QStringLiteral("conflict"), message, {}};
    return {};
}

} // namespace

LocalBudget::LocalBudget(LocalCache& cache, QString login)
    : m_cache(cache)
    , m_login(std::move(login))
{
}

Database& LocalBudget::cacheDb()
{
    return m_cache.db();
}

Result<QList<BudgetSeason>> LocalBudget::seasons()
{
    return BudgetStore(m_cache.db()).seasons();
}

Result<QList<BudgetProposalRecord>> LocalBudget::proposals(int year)
{
    return BudgetStore(m_cache.db()).proposalsOf(year);
}

Result<BudgetSeason> LocalBudget::season(int year)
{
    auto found = BudgetStore(m_cache.db()).season(year);
    if (!found)
        return found.error();
    if (!found.value())
        return Error {QStringLiteral("not_found"), tr("There is no %1 season yet.").arg(year),
                      QStringLiteral("year")};
    return *found.value();
}

QList<Error> LocalBudget::saveSeason(const BudgetSeason& edited)
{
    BudgetSeason season = edited;
    auto stored = BudgetStore(m_cache.db()).season(edited.year());
    if (!stored)
        return {stored.error()};
    // The phase moves only by movePhase: an edit keeps the stored one (a new season starts
    // with proposals).
    season.setPhase(stored.value() ? stored.value()->phase() : BudgetPhase::Proposals);
    if (QList<Error> problems = season.check(); !problems.isEmpty())
        return problems;
    const QJsonObject op {{QStringLiteral("type"), QStringLiteral("set_budget_season")},
                          {QStringLiteral("season"), season.toJson()}};
    auto queued = m_cache.queue(
        op, [&](Database& db, const QString&) { return BudgetStore(db).upsertSeason(season); });
    if (!queued)
        return {queued.error()};
    return {};
}

Result<void> LocalBudget::movePhase(int year, BudgetPhase to)
{
    auto current = season(year);
    if (!current)
        return current.error();
    if (auto allowed = current->checkMove(to); !allowed)
        return allowed;
    const QJsonObject op {{QStringLiteral("type"), QStringLiteral("move_budget_phase")},
                          {QStringLiteral("year"), year},
                          {QStringLiteral("phase"), toCode(to)}};
    auto queued = m_cache.queue(op, [&](Database& db, const QString&) {
        return failedIf(BudgetStore(db).movePhase(year, current->phase(), to),
                        tr("The phase has moved meanwhile."));
    });
    if (!queued)
        return queued.error();
    return {};
}

QList<Error> LocalBudget::check(const BudgetProposal& draft)
{
    auto current = season(draft.seasonYear);
    if (!current)
        return {current.error()};
    if (auto allowed = current->allows(BudgetAction::SubmitProposal); !allowed)
        return {allowed.error()};
    return BudgetRules::checkProposal(BudgetRules::normalized(draft), current.value());
}

Result<BudgetProposalRecord> LocalBudget::submit(const BudgetProposal& draft)
{
    if (const QList<Error> problems = check(draft); !problems.isEmpty())
        return problems.first();
    BudgetProposalRecord record;
    record.proposal = BudgetRules::normalized(draft);
    record.proposal.id = TimeOrderedUuid::createText();
    record.proposal.submittedAt = Clock::currentUtc();
    record.proposal.channel = Channel::FrontOffice;
    record.submittedBy = m_login;
    const QJsonObject op {{QStringLiteral("type"), QStringLiteral("submit_proposal")},
                          {QStringLiteral("proposal"), BudgetWire::toJson(record, false)}};
    auto queued = m_cache.queue(op, [&](Database& db, const QString&) {
        return failedIf(BudgetStore(db).insertProposal(record), tr("This proposal is registered already."));
    });
    if (!queued)
        return queued.error();
    return record;
}

QList<Error> LocalBudget::assess(const BudgetProposalRecord& record, bool feasible, qint64 correctedCost,
                                 const QString& orgCode, const QString& reason)
{
    auto current = season(record.proposal.seasonYear);
    if (!current)
        return {current.error()};
    if (auto allowed = current->allows(BudgetAction::AssessProposal); !allowed)
        return {allowed.error()};
    BudgetProposalRecord assessed = record;
    BudgetProposal& p = assessed.proposal;
    p.assessed = true;
    p.feasible = feasible;
    p.correctedCost = correctedCost;
    p.responsibleOrgCode = orgCode;
    p.assessmentReason = reason.trimmed();
    assessed.assessedBy = m_login;
    QList<Error> problems = BudgetRules::checkAssessment(p);
    if (feasible && !orgCode.isEmpty() && !m_cache.reference().organization(orgCode))
        problems.append(Error {QStringLiteral("invalid"), tr("Unknown organization."),
                               QStringLiteral("responsible_organization")});
    if (!problems.isEmpty())
        return problems;
    const QJsonObject op {{QStringLiteral("type"), QStringLiteral("assess_proposal")},
                          {QStringLiteral("proposal_id"), p.id},
                          {QStringLiteral("feasible"), feasible},
                          {QStringLiteral("corrected_cost"), double(correctedCost)},
                          {QStringLiteral("organization"), orgCode},
                          {QStringLiteral("reason"), p.assessmentReason},
                          {QStringLiteral("base_version"), record.version}};
    auto queued = m_cache.queue(op, [&](Database& db, const QString&) {
        return failedIf(BudgetStore(db).updateAssessment(assessed),
                        tr("Someone changed this proposal meanwhile."));
    });
    if (!queued)
        return {queued.error()};
    return {};
}

Result<LocalVote> LocalBudget::castVote(int year, const QString& iinText, const QStringList& choices)
{
    auto current = season(year);
    if (!current)
        return current.error();
    if (auto allowed = current->allows(BudgetAction::CastVote); !allowed)
        return allowed.error();
    auto iin = Iin::validate(iinText);
    if (!iin)
        return Error {iin.error().code, iin.error().message, QStringLiteral("voter_iin")};
    auto records = proposals(year);
    if (!records)
        return records.error();
    QList<BudgetProposal> onFile;
    for (const BudgetProposalRecord& r : records.value())
        onFile.append(r.proposal);
    if (auto valid = BudgetRules::checkBallot(choices, onFile, current->maxVotes()); !valid)
        return valid.error();
    LocalVote vote;
    vote.seasonYear = year;
    auto salt = localSalt();
    if (!salt)
        return salt.error();
    // Keyed with this workstation's own salt: the server's key is the server's secret, and the
    // cache keeps only the last four digits to show.
    vote.voterKey = BudgetStore::voterKey(year, iin.value(), salt.value());
    vote.voterShown = shownIin(iin.value());
    vote.choices = choices;
    vote.recordedAt = Clock::currentUtc();
    for (const BudgetProposal& p : onFile) {
        if (p.id == choices.first())
            vote.districtCode = p.districtCode;
    }
    auto earlier = LocalVoteStore(m_cache.db()).standing(year, vote.voterKey);
    if (!earlier)
        return earlier.error();
    if (earlier.value())
        return Error {QStringLiteral("already_voted"),
                      tr("This citizen has already voted in the %1 season at this workstation.").arg(year),
                      QStringLiteral("voter_iin")};
    const QJsonObject op {{QStringLiteral("type"), QStringLiteral("cast_vote")},
                          {QStringLiteral("year"), year},
                          {QStringLiteral("voter_iin"), iin.value()},
                          {QStringLiteral("choices"), QJsonArray::fromStringList(choices)}};
    auto queued = m_cache.queue(op, [&](Database& db, const QString& opId) {
        vote.opId = opId;
        return LocalVoteStore(db).add(vote);
    });
    if (!queued)
        return queued.error();
    return vote;
}

Result<void> LocalBudget::trackImplementation(const BudgetProposalRecord& record, const QString& status,
                                              const QString& note)
{
    auto current = season(record.proposal.seasonYear);
    if (!current)
        return current.error();
    if (auto allowed = current->allows(BudgetAction::TrackImplementation); !allowed)
        return allowed;
    BudgetProposalRecord tracked = record;
    tracked.proposal.implementationStatus = status;
    tracked.implementationNote = note.trimmed();
    const QJsonObject op {{QStringLiteral("type"), QStringLiteral("update_implementation")},
                          {QStringLiteral("proposal_id"), record.proposal.id},
                          {QStringLiteral("status"), status},
                          {QStringLiteral("note"), tracked.implementationNote}};
    auto queued = m_cache.queue(op, [&](Database& db, const QString&) {
        return failedIf(BudgetStore(db).updateImplementation(tracked),
                        tr("Someone changed this proposal meanwhile."));
    });
    if (!queued)
        return queued.error();
    return {};
}

Result<AttachmentRef> LocalBudget::addPhoto(const BudgetProposalRecord& record, const LocalFile& file)
{
    auto current = season(record.proposal.seasonYear);
    if (!current)
        return current.error();
    if (auto allowed = current->allows(BudgetAction::TrackImplementation); !allowed)
        return allowed.error();
    // The type first: "neither a photo nor a PDF" would suggest a PDF is taken here.
    if (!AttachmentType::sniff(file.data).startsWith(QLatin1String("image/")))
        return Error {QStringLiteral("unsupported_media_type"),
                      tr("“%1” is not a photo: choose a JPEG, PNG or WebP image.").arg(file.fileName),
                      QStringLiteral("photos")};
    if (auto checked = LocalRequests::checkFile(file); !checked) // the size
        return checked.error();
    Database& db = m_cache.db();
    Transaction tx(db);
    if (!tx.started())
        return tx.startError();
    auto photo = LocalRequests::keepFile(db, QUuid::fromString(record.proposal.id), file,
                                         PendingUpload::Owner::Proposal);
    if (!photo)
        return photo.error();
    if (auto w = ProposalPhotoStore(db).link(record.proposal.id, photo.value(), m_login); !w)
        return w.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return photo;
}

QString LocalBudget::shownIin(const QString& iin)
{
    return QString(8, QChar(0x2022)) + iin.right(4);
}

Result<QByteArray> LocalBudget::localSalt()
{
    SyncStateStore state(m_cache.db());
    auto stored = state.value(QStringLiteral("vote_salt"));
    if (!stored)
        return stored.error();
    if (!stored->isEmpty())
        return stored->toLatin1();
    QByteArray salt(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(salt.begin(), salt.end());
    const QString hex = QString::fromLatin1(salt.toHex());
    if (auto w = state.setValue(QStringLiteral("vote_salt"), hex); !w)
        return w.error();
    return hex.toLatin1();
}

Result<QList<LocalVote>> LocalBudget::votes(int year)
{
    return LocalVoteStore(m_cache.db()).all(year);
}

} // namespace tyndau
