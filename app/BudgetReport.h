#pragma once

#include "core/AttachmentRef.h"
#include "core/BudgetProposal.h"
#include "core/BudgetResults.h"
#include "core/BudgetSeason.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace tyndau {

class ReferenceData;

// How a funded winner is being built, once the season is in its implementation phase.
struct BudgetReportProgress
{
    QString proposalId;
    QString title;
    QString status; // in the report's language; "" before anyone set one
    QString note;
    QList<AttachmentRef> photos; // oldest first

    bool operator==(const BudgetReportProgress&) const = default;
};

// One district's part of a season's results: its money, its counts and its ranking.
struct BudgetReportDistrict
{
    QString code;
    QString name; // in the report's language; the code when the reference does not know it
    qint64 budget = 0;
    qint64 spent = 0;
    qint64 remaining = 0;
    int submitted = 0; // every proposal of the district this season
    int feasible = 0; // those on the ballot
    int funded = 0;
    QList<BudgetResultRow> rows; // BudgetResults::forDistrict's ranking, funded flags included
    QList<BudgetReportProgress> progress; // the funded winners, in the implementation phase only

    bool operator==(const BudgetReportDistrict&) const = default;
};

// The results report of a People's Participation Budget season, computed once: the screen,
// the PDF and the CSV print this same content, so they cannot disagree. Districts come in the
// reference data's order (the order the office knows them by), each with the ranking and
// funding BudgetResults decides; names are in the language installed when it was built.
struct BudgetReport
{
    Q_DECLARE_TR_FUNCTIONS(BudgetReport)

public:
    int year = 0;
    BudgetPhase phase = BudgetPhase::Proposals;
    QDate asOf; // the day the figures were read (Asia/Almaty)
    qint64 budget = 0; // all districts' budgets
    qint64 spent = 0;
    qint64 votesCast = 0; // the sum of every proposal's votes: a ballot of K choices counts K
    int submitted = 0;
    int feasible = 0;
    int funded = 0;
    QList<BudgetReportDistrict> districts;

    // Proposals of other years are left out. A district is shown when the season gives it a
    // budget or anyone proposed something there; those the reference does not know go last.
    // From the stored records, with the winners' notes and photos in the implementation phase.
    static BudgetReport build(const BudgetSeason& season, const QList<BudgetProposalRecord>& records,
                              const ReferenceData& reference, QDate asOf);
    // From the proposals alone: the same, without notes and photos.
    static BudgetReport build(const BudgetSeason& season, const QList<BudgetProposal>& proposals,
                              const ReferenceData& reference, QDate asOf);

    qint64 remaining() const { return budget - spent; }
    // The funded rows' winners as they are being built.
    static QList<BudgetReportProgress> progressOf(const QList<BudgetResultRow>& rows,
                                                  const QList<BudgetProposalRecord>& records);
    // "People's Participation Budget 2026: results", in the installed language.
    QString title() const;
    // "budget-2026": a file name without its extension.
    QString fileStem() const;
    // Whole tenge with the locale's thousands separators and the ₸ sign: "30 000 000 ₸".
    static QString tenge(qint64 amount);
};

} // namespace tyndau
