#pragma once

#include "core/User.h"

#include <QWidget>

#include <memory>

class QLabel;
class QSpinBox;
class QTabWidget;

namespace tyndau {

class BudgetProposalsPanel;
class BudgetResultsPanel;
class BudgetSeasonPanel;
class BudgetVotingPanel;
class LocalBudget;
class LocalCache;

// The People's Participation Budget at the workstation, for a season (a year): the season
// itself (admins), the proposals (registered by the front office, assessed by the experts,
// tracked to completion by the admin), the votes taken at the front office, and the results
// per district with their printed report. Each tab is there for the roles that use it.
class BudgetWorkspace : public QWidget
{
    Q_OBJECT

public:
    BudgetWorkspace(LocalCache& cache, const User& user, QWidget* parent = nullptr);
    ~BudgetWorkspace() override;

    static bool isFor(Role role);
    int year() const;
    void showYear(int year);
    void refresh(); // after a sync brought seasons or proposals
    BudgetSeasonPanel* seasonPanel() const { return m_season; } // admins only; else null
    BudgetProposalsPanel* proposalsPanel() const { return m_proposals; }
    BudgetVotingPanel* votingPanel() const { return m_voting; } // those who record votes; else null
    BudgetResultsPanel* resultsPanel() const { return m_results; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void changed(); // a local change is queued: time to sync

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    std::unique_ptr<LocalBudget> m_budget;
    QLabel* m_yearLabel = nullptr;
    QSpinBox* m_year = nullptr;
    QLabel* m_phase = nullptr;
    QTabWidget* m_tabs = nullptr;
    BudgetSeasonPanel* m_season = nullptr;
    BudgetProposalsPanel* m_proposals = nullptr;
    BudgetVotingPanel* m_voting = nullptr;
    BudgetResultsPanel* m_results = nullptr;
};

} // namespace tyndau
