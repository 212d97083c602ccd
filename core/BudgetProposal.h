#pragma once

#include "AttachmentRef.h"
#include "Vocabulary.h"

#include <QDateTime>
#include <QList>
#include <QPointF>
#include <QString>

namespace tyndau {

// A citizen's proposal to the People's Participation Budget: the same record whether the
// front office registered it on the citizen's behalf or it came from the portal or the app.
// Amounts are whole tenge; codes (district, organization) are the reference data's codes.
struct BudgetProposal
{
    QString id; // made by whoever creates the proposal; never changes
    int seasonYear = 0;
    QString title;
    QString description;
    QString districtCode;
    bool hasLocation = false;
    QPointF location; // x: longitude, y: latitude (WGS 84); meaningful only with hasLocation
    qint64 estimatedCost = 0; // the author's estimate

    QString authorName;
    QString authorIin; // 12 digits
    QString authorPhone; // E.164 once validated; may be empty
    QDateTime submittedAt; // UTC; breaks ties between equal votes, earlier first
    Channel channel = Channel::FrontOffice;

    // The expert assessment. Only an assessed, feasible proposal reaches the ballot.
    bool assessed = false;
    bool feasible = false;
    qint64 correctedCost = 0; // the experts' cost; 0 when they gave none
    QString responsibleOrgCode; // the organization that would build it
    QString assessmentReason;

    int votes = 0;
    QString implementationStatus; // code of the winner's implementation status; empty before

    bool onBallot() const { return assessed && feasible; }
    // What funding the proposal costs: the experts' cost when they gave one.
    qint64 cost() const { return correctedCost > 0 ? correctedCost : estimatedCost; }

    bool operator==(const BudgetProposal&) const = default;
};

// A proposal as it is stored: the domain record, and who registered, assessed and
// changed it.
struct BudgetProposalRecord
{
    BudgetProposal proposal;
    QString submittedBy; // login of whoever registered it (an operator, the portal's account)
    QString assessedBy; // the expert's login; empty before the assessment
    QString implementationNote;
    QList<AttachmentRef> photos; // of the winner's implementation, oldest first
    int version = 1; // moves with every write, so that a copy knows whether it is stale

    bool operator==(const BudgetProposalRecord&) const = default;
};

} // namespace tyndau
