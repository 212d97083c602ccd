#include "BudgetWorkspace.h"

#include "BudgetProposalsPanel.h"
#include "BudgetResultsPanel.h"
#include "BudgetSeasonPanel.h"
#include "BudgetVotingPanel.h"
#include "app/LocalBudget.h"
#include "app/LocalCache.h"
#include "core/AlmatyTime.h"
#include "core/Permissions.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tyndau {

BudgetWorkspace::BudgetWorkspace(LocalCache& cache, const User& user, QWidget* parent)
    : QWidget(parent)
    , m_budget(std::make_unique<LocalBudget>(cache, user.login))
    , m_yearLabel(new QLabel(this))
    , m_year(new QSpinBox(this))
    , m_phase(new QLabel(this))
    , m_tabs(new QTabWidget(this))
{
    m_year->setRange(BudgetSeason::kMinYear, BudgetSeason::kMaxYear);
    m_yearLabel->setBuddy(m_year);
    m_phase->setStyleSheet(QStringLiteral("font-weight: bold;"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_yearLabel);
    bar->addWidget(m_year);
    bar->addSpacing(16);
    bar->addWidget(m_phase, 1);
    if (Permissions::has(user.role, Permission::ManageBudget)) {
        m_season = new BudgetSeasonPanel(*m_budget, cache.reference(), this);
        m_tabs->addTab(m_season, QString());
        connect(m_season, &BudgetSeasonPanel::changed, this, [this] {
            refresh();
            emit changed();
        });
    }
    m_proposals = new BudgetProposalsPanel(*m_budget, cache.reference(), user.role, this);
    m_tabs->addTab(m_proposals, QString());
    connect(m_proposals, &BudgetProposalsPanel::changed, this, &BudgetWorkspace::changed);
    if (Permissions::has(user.role, Permission::RecordVotes)) {
        m_voting = new BudgetVotingPanel(*m_budget, cache.reference(), this);
        m_tabs->addTab(m_voting, QString());
        connect(m_voting, &BudgetVotingPanel::changed, this, &BudgetWorkspace::changed);
    }
    m_results = new BudgetResultsPanel(*m_budget, cache.reference(), this);
    m_tabs->addTab(m_results, QString());
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    connect(m_year, &QSpinBox::valueChanged, this, &BudgetWorkspace::showYear);

    // The newest season in the cache, or this year's for a first one.
    const QList<BudgetSeason> seasons = m_budget->seasons().value_or_zero();
    retranslate();
    showYear(seasons.isEmpty() ? AlmatyTime::today().year() : seasons.first().year());
}

BudgetWorkspace::~BudgetWorkspace() = default;

bool BudgetWorkspace::isFor(Role role)
{
    for (Permission p : {Permission::ManageBudget, Permission::RegisterProposals, Permission::AssessProposals,
                         Permission::RecordVotes, Permission::ViewStatistics}) {
        if (Permissions::has(role, p))
            return true;
    }
    return false;
}

int BudgetWorkspace::year() const
{
    return m_year->value();
}

void BudgetWorkspace::showYear(int year)
{
    if (m_year->value() != year) {
        m_year->setValue(year); // comes back here through valueChanged
        return;
    }
    if (m_season)
        m_season->setYear(year);
    m_proposals->setYear(year);
    if (m_voting)
        m_voting->setYear(year);
    m_results->setYear(year);
    refresh();
}

void BudgetWorkspace::refresh()
{
    QString phase = tr("No season for %1 yet.").arg(year());
    for (const BudgetSeason& s : m_budget->seasons().value_or_zero()) {
        if (s.year() == year())
            phase = tr("Phase: %1").arg(displayName(s.phase()));
    }
    m_phase->setText(phase);
    if (m_season)
        m_season->refresh();
    m_proposals->refresh();
    if (m_voting)
        m_voting->refresh();
    m_results->refresh();
}

void BudgetWorkspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BudgetWorkspace::retranslate()
{
    m_yearLabel->setText(tr("&Season:"));
    int i = 0;
    if (m_season)
        m_tabs->setTabText(i++, tr("Season and budgets"));
    m_tabs->setTabText(i++, tr("Proposals"));
    if (m_voting)
        m_tabs->setTabText(i++, tr("Voting"));
    m_tabs->setTabText(i, tr("Results"));
}

} // namespace tyndau
