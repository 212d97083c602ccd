#pragma once

#include "app/BudgetReport.h"
#include "core/Result.h"

#include <QWidget>

class QChartView;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace tyndau {

class BudgetResultListModel;
class LocalBudget;
class ReferenceData;

// A season's results per district, from the cache: the ranking with the funded proposals
// highlighted, a bar chart of the votes (funded in colour, the rest in grey) and the
// district's budget, spending and what is left; one district or all of them. The same
// BudgetReport is printed, previewed or saved as PDF and CSV from here. Open in every phase:
// before the results are published it reads as the current standing, and says so.
class BudgetResultsPanel : public QWidget
{
    Q_OBJECT

public:
    BudgetResultsPanel(LocalBudget& budget, const ReferenceData& reference, QWidget* parent = nullptr);

    void setYear(int year);
    int year() const { return m_year; }
    void refresh(); // after a sync
    // "" for all districts.
    void showDistrict(const QString& districtCode);
    QString districtCode() const;

    const BudgetReport& report() const { return m_report; }
    BudgetResultListModel* results() const { return m_model; }
    QTableView* view() const { return m_view; }
    QChartView* chartView() const { return m_chart; }
    QComboBox* districtBox() const { return m_district; }
    QString standingText() const;
    QString moneyText() const;
    QString statusText() const;

    Result<void> savePdf(const QString& path);
    Result<void> saveCsv(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillDistricts();
    void showSelection();
    void fillChart(const QList<BudgetReportDistrict>& shown, bool allDistricts);
    void printPreview();
    void saveAs(bool pdf);
    void retranslate();

    LocalBudget& m_budget;
    const ReferenceData& m_reference;
    int m_year = 0;
    bool m_hasSeason = false;
    BudgetReport m_report;
    QLabel* m_districtLabel = nullptr;
    QComboBox* m_district = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_csv = nullptr;
    QLabel* m_standing = nullptr;
    QLabel* m_money = nullptr;
    QLabel* m_status = nullptr;
    BudgetResultListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QChartView* m_chart = nullptr;
};

} // namespace tyndau
