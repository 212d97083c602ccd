#pragma once

#include "app/WeeklyReport.h"
#include "db/RequestListStore.h"

#include <QWidget>

class QChartView;
class QLabel;
class QPushButton;
class QTableView;

namespace tyndau {

class FigureTableModel;
class LocalCache;

// The supervisor's week at a glance (Monday to Sunday, Asia/Almaty): requests per day by
// channel and the category groups against the week before as charts; districts,
// executors and the acute issues as tables whose every row opens the requests behind it;
// the weekly report printed, previewed or saved as PDF and CSV.
class StatisticsWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit StatisticsWorkspace(LocalCache& cache, QWidget* parent = nullptr);

    void showWeek(const QString& weekCode);
    QString weekCode() const { return m_weekCode; }
    const WeeklyReport& report() const { return m_report; }
    FigureTableModel* districtTable() const { return m_districts; }
    FigureTableModel* organizationTable() const { return m_organizations; }
    FigureTableModel* acuteTable() const { return m_acute; }
    QString totalsText() const;
    void refresh(); // after a sync
    Result<void> savePdf(const QString& path);
    Result<void> saveCsv(const QString& path);

signals:
    void drillDown(const tyndau::RequestFilter& filter, const QString& what);

protected:
    void changeEvent(QEvent* event) override;

private:
    QTableView* tableFor(FigureTableModel* model, const QString& what);
    void fillCharts();
    void fillTables();
    RequestFilter weekFilter() const;
    void printPreview();
    void saveAs(bool pdf);
    void retranslate();

    LocalCache& m_cache;
    QString m_weekCode;
    WeeklyReport m_report;
    QLabel* m_week = nullptr;
    QLabel* m_totals = nullptr;
    QPushButton* m_previous = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_current = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_csv = nullptr;
    QChartView* m_perDay = nullptr;
    QChartView* m_categories = nullptr;
    FigureTableModel* m_districts = nullptr;
    FigureTableModel* m_organizations = nullptr;
    FigureTableModel* m_acute = nullptr;
};

} // namespace tyndau
