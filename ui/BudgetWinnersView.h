#pragma once

#include <QWidget>

class QLabel;

namespace tyndau {

class FigureTableModel;
class LocalCache;

// The participation budget in the supervisor's statistics: the newest season's winners per
// district with their votes, cost and how far their implementation has come, and the counts
// by implementation status.
class BudgetWinnersView : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetWinnersView(LocalCache& cache, QWidget* parent = nullptr);

    void refresh();
    FigureTableModel* winners() const { return m_model; }
    QString summary() const;

private:
    LocalCache& m_cache;
    QLabel* m_summary = nullptr;
    FigureTableModel* m_model = nullptr;
};

} // namespace tyndau
