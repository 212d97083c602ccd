#include "BudgetStore.h"

#include "Database.h"
#include "ProposalPhotoStore.h"
#include "SqlValues.h"
#include "core/Clock.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>

namespace tyndau {
namespace {

// The column holding the day a phase starts: "voting" -> "voting_from".
QString dateColumn(BudgetPhase phase)
{
    return toCode(phase) + QStringLiteral("_from");
}

QString seasonColumns()
{
    QStringList c {QStringLiteral("year"), QStringLiteral("phase"), QStringLiteral("max_votes")};
    for (BudgetPhase phase : allValues<BudgetPhase>())
        c.append(dateColumn(phase));
    return c.join(QStringLiteral(", "));
}

QString lockClause(Dialect dialect, BudgetStore::Lock lock)
{
    if (dialect != Dialect::PostgreSQL || lock == BudgetStore::Lock::None)
        return {};
    return lock == BudgetStore::Lock::Share ? QStringLiteral(" FOR SHARE") : QStringLiteral(" FOR UPDATE");
}

// The season's own columns; the budgets are read by readBudgets.
BudgetSeason readSeason(const QSqlQuery& q)
{
    BudgetSeason s(q.value(0).toInt());
    s.setPhase(fromCode<BudgetPhase>(q.value(1).toString()).value_or(BudgetPhase::Proposals));
    s.setMaxVotes(q.value(2).toInt());
    int i = 3;
    for (BudgetPhase phase : allValues<BudgetPhase>())
        s.setPhaseDate(phase, sql::date(q.value(i++)));
    return s;
}

const QString& proposalColumns()
{
    static const QString c = QStringLiteral(
        "id, season_year, title, description, district_code, lat, lon, estimated_cost, author_name, "
        "author_iin, author_phone, channel, submitted_at, submitted_by, assessed, feasible, corrected_cost, "
        "responsible_org, assessment_reason, assessed_by, votes, implementation_status, "
        "implementation_note, version");
    return c;
}

BudgetProposalRecord readProposal(const QSqlQuery& q)
{
    BudgetProposalRecord r;
    BudgetProposal& p = r.proposal;
    int i = 0;
    auto next = [&] {
        return q.value(i++);
    };
    p.id = next().toString();
    p.seasonYear = next().toInt();
    p.title = next().toString();
    p.description = next().toString();
    p.districtCode = next().toString();
    const QVariant lat = next();
    const QVariant lon = next();
    p.hasLocation = !lat.isNull() && !lon.isNull();
    if (p.hasLocation)
        p.location = QPointF(lon.toDouble(), lat.toDouble());
    p.estimatedCost = next().toLongLong();
    p.authorName = next().toString();
    p.authorIin = next().toString();
    p.authorPhone = next().toString();
    p.channel = fromCode<Channel>(next().toString()).value_or(Channel::FrontOffice);
    p.submittedAt = sql::time(next());
    r.submittedBy = next().toString();
    p.assessed = next().toInt() != 0;
    p.feasible = next().toInt() != 0;
    p.correctedCost = next().toLongLong();
    p.responsibleOrgCode = next().toString();
    p.assessmentReason = next().toString();
    r.assessedBy = next().toString();
    p.votes = next().toInt();
    p.implementationStatus = next().toString();
    r.implementationNote = next().toString();
    r.version = next().toInt();
    return r;
}

} // namespace

BudgetStore::BudgetStore(Database& db)
    : m_db(db)
{
}

QString BudgetStore::voterKey(int year, const QString& iin, const QByteArray& secret)
{
    const QByteArray message = QByteArray::number(year) + ':' + iin.toLatin1();
    return QString::fromLatin1(
        QMessageAuthenticationCode::hash(message, secret, QCryptographicHash::Sha256).toHex());
}

Result<void> BudgetStore::upsertSeason(const BudgetSeason& season)
{
    QStringList sets {QStringLiteral("phase = excluded.phase"),
                      QStringLiteral("max_votes = excluded.max_votes"),
                      QStringLiteral("updated_at = excluded.updated_at")};
    for (BudgetPhase phase : allValues<BudgetPhase>())
        sets.append(dateColumn(phase) + QStringLiteral(" = excluded.") + dateColumn(phase));
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO budget_seasons (%1, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (year) DO UPDATE SET %2")
                  .arg(seasonColumns(), sets.join(QStringLiteral(", "))));
    q.addBindValue(season.year());
    q.addBindValue(toCode(season.phase()));
    q.addBindValue(season.maxVotes());
    for (BudgetPhase phase : allValues<BudgetPhase>())
        q.addBindValue(sql::date(season.phaseDate(phase)));
    q.addBindValue(sql::time(Clock::currentUtc()));
    if (auto r = Database::run(q); !r)
        return r;

    QSqlQuery clear = m_db.query();
    clear.prepare(QStringLiteral("DELETE FROM budget_district_budgets WHERE season_year = ?"));
    clear.addBindValue(season.year());
    if (auto r = Database::run(clear); !r)
        return r;
    QSqlQuery insert = m_db.query();
    insert.prepare(QStringLiteral(
        "INSERT INTO budget_district_budgets (season_year, district_code, tenge) VALUES (?, ?, ?)"));
    for (auto it = season.budgets().constBegin(); it != season.budgets().constEnd(); ++it) {
        insert.addBindValue(season.year());
        insert.addBindValue(it.key());
        insert.addBindValue(it.value());
        if (auto r = Database::run(insert); !r)
            return r;
    }
    return {};
}

Result<std::optional<BudgetSeason>> BudgetStore::season(int year, Lock lock)
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM budget_seasons WHERE year = ?%2")
                  .arg(seasonColumns(), lockClause(m_db.dialect(), lock)));
    q.addBindValue(year);
    if (auto r = Database::run(q); !r)
        return r.error();
    if (!q.next())
        return std::optional<BudgetSeason> {};
    BudgetSeason s = readSeason(q);
    QSqlQuery b = m_db.query();
    b.setForwardOnly(true);
    b.prepare(
        QStringLiteral("SELECT district_code, tenge FROM budget_district_budgets WHERE season_year = ?"));
    b.addBindValue(year);
    if (auto r = Database::run(b); !r)
        return r.error();
    while (b.next())
        s.setBudget(b.value(0).toString(), b.value(1).toLongLong());
    return std::optional<BudgetSeason>(s);
}

Result<QList<BudgetSeason>> BudgetStore::seasons()
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM budget_seasons ORDER BY year DESC").arg(seasonColumns())))
        return Database::errorOf(q);
    QList<BudgetSeason> out;
    QHash<int, qsizetype> index;
    while (q.next()) {
        index.insert(q.value(0).toInt(), out.size());
        out.append(readSeason(q));
    }
    QSqlQuery b = m_db.query();
    b.setForwardOnly(true);
    if (!b.exec(QStringLiteral("SELECT season_year, district_code, tenge FROM budget_district_budgets")))
        return Database::errorOf(b);
    while (b.next()) {
        // value() with a default, not constFind(): GCC's -O2 null-dereference check trips on
        // QHash's iterator here (a false alarm that -Werror makes fatal).
        const qsizetype at = index.value(b.value(0).toInt(), -1);
        if (at >= 0)
            out[at].setBudget(b.value(1).toString(), b.value(2).toLongLong());
    }
    return out;
}

Result<bool> BudgetStore::movePhase(int year, BudgetPhase from, BudgetPhase to)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("UPDATE budget_seasons SET phase = ?, updated_at = ? WHERE year = ? AND phase = ?"));
    q.addBindValue(toCode(to));
    q.addBindValue(sql::time(Clock::currentUtc()));
    q.addBindValue(year);
    q.addBindValue(toCode(from));
    if (auto r = Database::run(q); !r)
        return r.error();
    return q.numRowsAffected() == 1;
}

Result<bool> BudgetStore::insertProposal(const BudgetProposalRecord& record)
{
    return writeProposal(record, QStringLiteral("DO NOTHING"));
}

Result<void> BudgetStore::replaceProposal(const BudgetProposalRecord& record)
{
    QStringList set;
    for (const QString& column : proposalColumns().split(QLatin1Char(','))) {
        const QString c = column.trimmed();
        if (c != QLatin1String("id"))
            set.append(QStringLiteral("%1 = excluded.%1").arg(c));
    }
    auto written = writeProposal(record, QStringLiteral("DO UPDATE SET ") + set.join(QStringLiteral(", ")));
    if (!written)
        return written.error();
    return {};
}

Result<bool> BudgetStore::writeProposal(const BudgetProposalRecord& record, const QString& onConflict)
{
    const BudgetProposal& p = record.proposal;
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("INSERT INTO budget_proposals (%1, updated_at) VALUES (%2) ON CONFLICT (id) %3")
            .arg(proposalColumns(), QStringList(25, QStringLiteral("?")).join(QLatin1Char(',')), onConflict));
    q.addBindValue(p.id);
    q.addBindValue(p.seasonYear);
    q.addBindValue(sql::nonNull(p.title));
    q.addBindValue(sql::nonNull(p.description));
    q.addBindValue(sql::nonNull(p.districtCode));
    q.addBindValue(sql::real(p.hasLocation ? std::optional(p.location.y()) : std::nullopt));
    q.addBindValue(sql::real(p.hasLocation ? std::optional(p.location.x()) : std::nullopt));
    q.addBindValue(p.estimatedCost);
    q.addBindValue(sql::nonNull(p.authorName));
    q.addBindValue(sql::nonNull(p.authorIin));
    q.addBindValue(sql::text(p.authorPhone.isEmpty() ? QString() : p.authorPhone));
    q.addBindValue(toCode(p.channel));
    q.addBindValue(sql::time(p.submittedAt));
    q.addBindValue(sql::nonNull(record.submittedBy));
    q.addBindValue(p.assessed ? 1 : 0);
    q.addBindValue(p.feasible ? 1 : 0);
    q.addBindValue(p.correctedCost);
    q.addBindValue(sql::text(p.responsibleOrgCode));
    q.addBindValue(sql::text(p.assessmentReason));
    q.addBindValue(sql::text(record.assessedBy));
    q.addBindValue(p.votes);
    q.addBindValue(sql::text(p.implementationStatus));
    q.addBindValue(sql::text(record.implementationNote));
    q.addBindValue(std::max(1, record.version));
    q.addBindValue(sql::time(Clock::currentUtc()));
    if (auto r = Database::run(q); !r)
        return r.error();
    return q.numRowsAffected() == 1;
}

Result<std::optional<BudgetProposalRecord>> BudgetStore::proposal(const QString& id)
{
    auto found = proposals(QStringList {id});
    if (!found)
        return found.error();
    const auto it = found->constFind(id);
    return it == found->cend() ? std::optional<BudgetProposalRecord> {} : std::optional(*it);
}

Result<void> BudgetStore::removeProposal(const QString& id)
{
    return runEach({"DELETE FROM budget_proposal_photos WHERE proposal_id = ?",
                    "DELETE FROM budget_proposals WHERE id = ?"},
                   id);
}

Result<void> BudgetStore::removeSeason(int year)
{
    return runEach({"DELETE FROM budget_proposals WHERE season_year = ?",
                    "DELETE FROM budget_district_budgets WHERE season_year = ?",
                    "DELETE FROM budget_seasons WHERE year = ?"},
                   year);
}

Result<void> BudgetStore::runEach(std::initializer_list<const char*> statements, const QVariant& key)
{
    for (const char* sql : statements) {
        QSqlQuery q = m_db.query();
        q.prepare(QLatin1String(sql));
        q.addBindValue(key);
        if (auto r = Database::run(q); !r)
            return r;
    }
    return {};
}

Result<QHash<QString, BudgetProposalRecord>> BudgetStore::proposals(const QStringList& ids)
{
    QHash<QString, BudgetProposalRecord> out;
    // In slices, to stay below any driver's limit on bound values.
    for (qsizetype from = 0; from < ids.size(); from += 500) {
        const QStringList slice = ids.mid(from, 500);
        QSqlQuery q = m_db.query();
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT %1 FROM budget_proposals WHERE id IN (%2)")
                      .arg(proposalColumns(),
                           QStringList(slice.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        for (const QString& id : slice)
            q.addBindValue(id);
        if (auto r = Database::run(q); !r)
            return r.error();
        while (q.next()) {
            BudgetProposalRecord r = readProposal(q);
            out.insert(r.proposal.id, r);
        }
    }
    auto photos = ProposalPhotoStore(m_db).photosOf(out.keys());
    if (!photos)
        return photos.error();
    for (auto it = photos->cbegin(); it != photos->cend(); ++it)
        out[it.key()].photos = it.value();
    return out;
}

Result<QList<BudgetProposalRecord>> BudgetStore::proposalsOf(int year)
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM budget_proposals WHERE season_year = ? "
                             "ORDER BY district_code, submitted_at, id")
                  .arg(proposalColumns()));
    q.addBindValue(year);
    if (auto r = Database::run(q); !r)
        return r.error();
    QList<BudgetProposalRecord> out;
    QStringList ids;
    while (q.next()) {
        out.append(readProposal(q));
        ids.append(out.constLast().proposal.id);
    }
    auto photos = ProposalPhotoStore(m_db).photosOf(ids);
    if (!photos)
        return photos.error();
    for (BudgetProposalRecord& r : out)
        r.photos = photos->value(r.proposal.id);
    return out;
}

Result<bool> BudgetStore::updateAssessment(const BudgetProposalRecord& record)
{
    const BudgetProposal& p = record.proposal;
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE budget_proposals SET assessed = ?, feasible = ?, corrected_cost = ?, "
                             "responsible_org = ?, assessment_reason = ?, assessed_by = ?, updated_at = ?, "
                             "version = version + 1 WHERE id = ? AND version = ?"));
    q.addBindValue(p.assessed ? 1 : 0);
    q.addBindValue(p.feasible ? 1 : 0);
    q.addBindValue(p.correctedCost);
    q.addBindValue(sql::text(p.responsibleOrgCode));
    q.addBindValue(sql::text(p.assessmentReason));
    q.addBindValue(sql::text(record.assessedBy));
    q.addBindValue(sql::time(Clock::currentUtc()));
    q.addBindValue(p.id);
    q.addBindValue(record.version);
    if (auto r = Database::run(q); !r)
        return r.error();
    return q.numRowsAffected() == 1;
}

Result<bool> BudgetStore::updateImplementation(const BudgetProposalRecord& record)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("UPDATE budget_proposals SET implementation_status = ?, implementation_note = ?, "
                       "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?"));
    q.addBindValue(sql::text(record.proposal.implementationStatus));
    q.addBindValue(sql::text(record.implementationNote));
    q.addBindValue(sql::time(Clock::currentUtc()));
    q.addBindValue(record.proposal.id);
    q.addBindValue(record.version);
    if (auto r = Database::run(q); !r)
        return r.error();
    return q.numRowsAffected() == 1;
}

Result<void> BudgetStore::addVotes(const QStringList& proposalIds)
{
    // An increment in place, not a value read earlier: concurrent votes all count. Rows are
    // locked in one order (by id), so that two ballots naming the same proposals in another
    // order cannot deadlock.
    QStringList ids = proposalIds;
    ids.sort();
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE budget_proposals SET votes = votes + 1, updated_at = ?, "
                             "version = version + 1 WHERE id = ?"));
    for (const QString& id : ids) {
        q.addBindValue(sql::time(Clock::currentUtc()));
        q.addBindValue(id);
        if (auto r = Database::run(q); !r)
            return r;
    }
    return {};
}

Result<bool> BudgetStore::insertVote(const BudgetVote& vote)
{
    // ON CONFLICT DO NOTHING rather than a failing INSERT: on PostgreSQL a unique violation
    // would abort the whole transaction. A racing insert of the same key waits for the
    // other to commit, and then finds the key taken.
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("INSERT INTO budget_votes (season_year, voter_key, district_code, choices, "
                             "recorded_by, recorded_at, op_id) VALUES (?, ?, ?, ?, ?, ?, ?) "
                             "ON CONFLICT (season_year, voter_key) DO NOTHING"));
    q.addBindValue(vote.seasonYear);
    q.addBindValue(vote.voterKey);
    q.addBindValue(sql::nonNull(vote.districtCode));
    q.addBindValue(QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(vote.choices)).toJson(QJsonDocument::Compact)));
    q.addBindValue(sql::nonNull(vote.recordedBy));
    q.addBindValue(sql::time(vote.recordedAt.isValid() ? vote.recordedAt : Clock::currentUtc()));
    q.addBindValue(sql::nonNull(vote.opId));
    if (auto r = Database::run(q); !r)
        return r.error();
    return q.numRowsAffected() == 1;
}

Result<std::optional<BudgetVote>> BudgetStore::vote(int year, const QString& voterKey)
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT district_code, choices, recorded_by, recorded_at, op_id FROM budget_votes "
                       "WHERE season_year = ? AND voter_key = ?"));
    q.addBindValue(year);
    q.addBindValue(voterKey);
    if (auto r = Database::run(q); !r)
        return r.error();
    if (!q.next())
        return std::optional<BudgetVote> {};
    BudgetVote v;
    v.seasonYear = year;
    v.voterKey = voterKey;
    v.districtCode = q.value(0).toString();
    for (const auto& id : QJsonDocument::fromJson(q.value(1).toString().toUtf8()).array())
        v.choices.append(id.toString());
    v.recordedBy = q.value(2).toString();
    v.recordedAt = sql::time(q.value(3));
    v.opId = q.value(4).toString();
    return std::optional(v);
}

Result<qint64> BudgetStore::voteCount(int year)
{
    QSqlQuery q = m_db.query();
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM budget_votes WHERE season_year = ?"));
    q.addBindValue(year);
    if (auto r = Database::run(q); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace tyndau
