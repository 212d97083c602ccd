#pragma once

#include "app/WeeklyReport.h"
#include "db/RequestListStore.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QChartView;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tyndau {

class FigureTableModel;
class BudgetWinnersView;
class PeriodBar;
class ProblemMap;
class LocalCache;

// The supervisor's week at a glance (Monday to Sunday, Asia/Almaty), or any range of days:
// requests per day by channel and the category groups against the period before as charts,
// each with its table;
// districts, executors and the acute issues as tables; the map of problematic issues. Every
// row of every table opens the requests behind it. The weekly report is printed, previewed
// or saved as PDF and CSV from here.
class StatisticsWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsWorkspace(LocalCache& cache, QWidget* parent = nullptr);
    ~StatisticsWorkspace() override;
    void showWeek(const QString& weekCode);
    void showPeriod(const TimeSpan& span); // any whole days, against as many days before
    QString weekCode() const { return m_report.weekCode; } // empty for a range that is not a week
    PeriodBar* periodBar() const { return m_period; }
    BudgetWinnersView* budgetWinners() const { return m_budget; }
    const WeeklyReport& report() const { return m_report; }
    FigureTableModel* perDayTable() const { return m_perDayTable; }
    FigureTableModel* categoryTable() const { return m_categoryTable; }
    FigureTableModel* districtTable() const { return m_districts; }
    ProblemMap* map() const { return m_map; }
    FigureTableModel* organizationTable() const { return m_organizations; }
    FigureTableModel* acuteTable() const { return m_acute; }
    QString totalsText() const;
    bool isCounting() const { return m_isCounting; }
    void refresh(); // after a sync
    Result<void> savePdf(const QString& path);
    Result<void> saveCsv(const QString& path);

signals:
    void drillDown(const tyndau::RequestFilter& filter, const QString& what);
    void periodShown(); // the figures of the period asked for are on screen

protected:
    void changeEvent(QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    QTableView* tableFor(FigureTableModel* model, const QString& what);
    void countInBackground(const TimeSpan& span);
    void showReport(const Result<WeeklyReport>& built);
    void fillCharts();
    void fillTables();
    void fillChartTables();
    QWidget* page(const QList<QWidget*>& top, const QList<QWidget*>& bottom);
    RequestFilter weekFilter() const;
    void printPreview();
    void saveAs(bool pdf);
    void retranslate();

    LocalCache& m_cache;
    WeeklyReport m_report;
    PeriodBar* m_period = nullptr;
    BudgetWinnersView* m_budget = nullptr;
    QLabel* m_totals = nullptr;
    QProgressBar* m_busy = nullptr;
    QFutureWatcher<Result<WeeklyReport>> m_counting;
    bool m_isCounting = false;
    bool m_counted = false; // a period was asked for: the first showing counts this week // from the start
                            // until its figures are shown, not only while the thread runs
    std::optional<TimeSpan> m_next; // asked for while another period was being counted
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_csv = nullptr;
    QChartView* m_perDay = nullptr;
    QChartView* m_categories = nullptr;
    FigureTableModel* m_perDayTable = nullptr;
    FigureTableModel* m_categoryTable = nullptr;
    FigureTableModel* m_districts = nullptr;
    FigureTableModel* m_organizations = nullptr;
    FigureTableModel* m_acute = nullptr;
    ProblemMap* m_map = nullptr;
    QTabWidget* m_tabs = nullptr;
};

} // namespace tyndau
