#include "BudgetWinnersView.h"

#include "app/BudgetProposalListModel.h"
#include "app/FigureTableModel.h"
#include "app/LocalBudget.h"
#include "app/LocalCache.h"
#include "app/UiLanguage.h"
#include "core/BudgetResults.h"

#include <QHeaderView>
#include <QLabel>
#include <QMap>
#include <QTableView>
#include <QVBoxLayout>

namespace tyndau {

BudgetWinnersView::BudgetWinnersView(LocalCache& cache, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_summary(new QLabel(this))
    , m_model(new FigureTableModel(this))
{
    m_summary->setWordWrap(true);
    auto* view = new QTableView(this);
    view->setModel(m_model);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(view, 1);
}

QString BudgetWinnersView::summary() const
{
    return m_summary->text();
}

void BudgetWinnersView::refresh()
{
    LocalBudget budget(m_cache, QString());
    const QList<BudgetSeason> seasons = budget.seasons().value_or_zero();
    const QStringList headers {tr("District"), tr("Winner"),         tr("Votes"),
                               tr("Cost, ₸"),  tr("Implementation"), tr("Photos")};
    if (seasons.isEmpty()) {
        m_summary->setText(tr("No participation-budget season yet."));
        m_model->setTable(headers, {});
        return;
    }
    const BudgetSeason& season = seasons.first(); // the newest
    const QList<BudgetProposalRecord> records = budget.proposals(season.year()).value_or_zero();
    QList<BudgetProposal> proposals;
    QHash<QString, const BudgetProposalRecord*> recordOf;
    for (const BudgetProposalRecord& r : records) {
        proposals.append(r.proposal);
        recordOf.insert(r.proposal.id, &r);
    }
    QList<FigureTableModel::Row> rows;
    QMap<QString, int> byStatus;
    for (const DistrictResults& d : BudgetResults::forSeason(season, proposals)) {
        const District* district = m_cache.reference().district(d.districtCode);
        for (const BudgetResultRow& row : d.rows) {
            if (!row.funded)
                continue;
            const BudgetProposalRecord* record = recordOf.value(row.proposalId);
            const QString status = record ? record->proposal.implementationStatus : QString();
            byStatus[status.isEmpty() ? tr("not started")
                                      : BudgetProposalListModel::implementationName(status)]++;
            rows.append({{district ? district->name.in(UiLanguage::current()) : d.districtCode, row.title,
                          row.votes, row.cost,
                          status.isEmpty() ? QStringLiteral("—")
                                           : BudgetProposalListModel::implementationName(status),
                          record ? int(record->photos.size()) : 0},
                         {}});
        }
    }
    QStringList counts;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        counts.append(QStringLiteral("%1: %2").arg(it.key()).arg(it.value()));
    const bool decided
        = season.phase() == BudgetPhase::Results || season.phase() == BudgetPhase::Implementation;
    const QString head = decided
        ? tr("People's Participation Budget %1: %n winners.", nullptr, int(rows.size())).arg(season.year())
        : tr("People's Participation Budget %1 (%2): %n proposals lead so far.", nullptr, int(rows.size()))
              .arg(season.year())
              .arg(displayName(season.phase()));
    m_summary->setText(head + QLatin1Char(' ') + counts.join(QStringLiteral("; ")));
    m_model->setTable(headers, rows);
}

} // namespace tyndau
