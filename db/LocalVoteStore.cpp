#include "LocalVoteStore.h"

#include "Database.h"
#include "SqlValues.h"

namespace tyndau {
namespace {

QString stateCode(LocalVote::State s)
{
    switch (s) {
    case LocalVote::State::Pending:
        return QStringLiteral("pending");
    case LocalVote::State::Counted:
        return QStringLiteral("counted");
    case LocalVote::State::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

LocalVote::State stateFrom(const QString& code)
{
    return code == QLatin1String("counted") ? LocalVote::State::Counted
        : code == QLatin1String("refused")  ? LocalVote::State::Refused
                                            : LocalVote::State::Pending;
}

const QString kColumns = QStringLiteral(
    "op_id, season_year, voter_key, voter_shown, district_code, choices, recorded_at, state, message");

LocalVote readVote(const QSqlQuery& q)
{
    return LocalVote {
        q.value(0).toString(), q.value(1).toInt(),
        q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toString().split(QLatin1Char(','), Qt::SkipEmptyParts),
        sql::time(q.value(6)), stateFrom(q.value(7).toString()),
        q.value(8).toString()};
}

} // namespace

LocalVoteStore::LocalVoteStore(Database& db)
    : m_db(db)
{
}

Result<void> LocalVoteStore::add(const LocalVote& v)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("INSERT INTO local_votes (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)").arg(kColumns));
    for (const QVariant& value :
         {QVariant(v.opId), QVariant(v.seasonYear), QVariant(v.voterKey), sql::nonNull(v.voterShown),
          sql::nonNull(v.districtCode), QVariant(v.choices.join(QLatin1Char(','))), sql::time(v.recordedAt),
          QVariant(stateCode(v.state)), sql::nonNull(v.message)})
        q.addBindValue(value);
    return Database::run(q);
}

Result<void> LocalVoteStore::settle(const QString& opId, LocalVote::State state, const QString& message)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("UPDATE local_votes SET state = ?, message = ? WHERE op_id = ?"));
    q.addBindValue(stateCode(state));
    q.addBindValue(sql::nonNull(message));
    q.addBindValue(opId);
    return Database::run(q);
}

Result<std::optional<LocalVote>> LocalVoteStore::standing(int year, const QString& voterKey)
{
    QSqlQuery q = m_db.query();
    q.prepare(QStringLiteral("SELECT %1 FROM local_votes WHERE season_year = ? AND voter_key = ? "
                             "AND state <> 'refused' ORDER BY id LIMIT 1")
                  .arg(kColumns));
    q.addBindValue(year);
    q.addBindValue(voterKey);
    if (auto r = Database::run(q); !r)
        return r.error();
    if (!q.next())
        return std::optional<LocalVote> {};
    return std::optional(readVote(q));
}

Result<QList<LocalVote>> LocalVoteStore::all(int year)
{
    QSqlQuery q = m_db.query();
    q.prepare(
        QStringLiteral("SELECT %1 FROM local_votes WHERE season_year = ? ORDER BY id DESC").arg(kColumns));
    q.addBindValue(year);
    if (auto r = Database::run(q); !r)
        return r.error();
    QList<LocalVote> out;
    while (q.next())
        out.append(readVote(q));
    return out;
}

} // namespace tyndau
