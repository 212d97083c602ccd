#include "BudgetReport.h"

#include "BudgetProposalListModel.h"
#include "UiLanguage.h"
#include "core/ReferenceData.h"

#include <QLocale>
#include <QSet>

namespace tyndau {

BudgetReport BudgetReport::build(const BudgetSeason& season, const QList<BudgetProposal>& proposals,
                                 const ReferenceData& reference, QDate asOf)
{
    QList<BudgetProposalRecord> records;
    for (const BudgetProposal& p : proposals)
        records.append(BudgetProposalRecord {p, {}, {}, {}, {}, 1});
    return build(season, records, reference, asOf);
}

BudgetReport BudgetReport::build(const BudgetSeason& season, const QList<BudgetProposalRecord>& records,
                                 const ReferenceData& reference, QDate asOf)
{
    BudgetReport r;
    r.year = season.year();
    r.phase = season.phase();
    r.asOf = asOf;

    QList<BudgetProposal> ofYear;
    QList<BudgetProposalRecord> recordsOfYear;
    QSet<QString> present(season.budgets().keyBegin(), season.budgets().keyEnd());
    for (const BudgetProposalRecord& record : records) {
        const BudgetProposal& p = record.proposal;
        if (p.seasonYear != season.year())
            continue;
        ofYear.append(p);
        recordsOfYear.append(record);
        present.insert(p.districtCode);
    }

    // The reference's order first; codes it does not know (a district since removed) after
    // them by code, so that no proposal and no budget silently drops out of the report.
    QStringList codes;
    for (const District& d : reference.districts())
        if (present.contains(d.code))
            codes.append(d.code);
    QStringList unknown;
    for (const QString& code : present)
        if (!codes.contains(code))
            unknown.append(code);
    unknown.sort();
    codes += unknown;

    const QString lang = UiLanguage::current();
    for (const QString& code : codes) {
        const DistrictResults results = BudgetResults::forDistrict(code, season.budget(code), ofYear);
        BudgetReportDistrict d;
        d.code = code;
        const District* known = reference.district(code);
        d.name = known ? known->name.in(lang) : code;
        d.budget = results.budget;
        d.spent = results.spent;
        d.remaining = results.remaining;
        d.feasible = int(results.rows.size());
        d.funded = results.fundedCount();
        d.rows = results.rows;
        for (const BudgetProposal& p : ofYear)
            if (p.districtCode == code)
                ++d.submitted;
        if (season.phase() == BudgetPhase::Implementation)
            d.progress = progressOf(d.rows, recordsOfYear);
        r.budget += d.budget;
        r.spent += d.spent;
        r.submitted += d.submitted;
        r.feasible += d.feasible;
        r.funded += d.funded;
        r.districts.append(d);
    }
    for (const BudgetProposal& p : ofYear)
        r.votesCast += p.votes;
    return r;
}

QList<BudgetReportProgress> BudgetReport::progressOf(const QList<BudgetResultRow>& rows,
                                                     const QList<BudgetProposalRecord>& records)
{
    QList<BudgetReportProgress> out;
    for (const BudgetResultRow& row : rows) {
        if (!row.funded)
            continue;
        for (const BudgetProposalRecord& r : records) {
            if (r.proposal.id != row.proposalId)
                continue;
            const QString& status = r.proposal.implementationStatus;
            out.append({row.proposalId, row.title,
                        status.isEmpty() ? QString() : BudgetProposalListModel::implementationName(status),
                        r.implementationNote, r.photos});
        }
    }
    return out;
}

QString BudgetReport::title() const
{
    return tr("People's Participation Budget %1: results").arg(year);
}

QString BudgetReport::fileStem() const
{
    return QStringLiteral("budget-%1").arg(year);
}

QString BudgetReport::tenge(qint64 amount)
{
    return tr("%1 ₸").arg(QLocale().toString(amount));
}

} // namespace tyndau
