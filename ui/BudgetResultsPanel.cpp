#include "BudgetResultsPanel.h"

#include "ReportActions.h"
#include "app/BudgetReportCsv.h"
#include "app/BudgetReportPdf.h"
#include "app/BudgetResultListModel.h"
#include "app/LocalBudget.h"
#include "core/AlmatyTime.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QValueAxis>

#include <algorithm>
#include <memory>

namespace tyndau {
namespace {

// The report's colours (BudgetReportPdf): funded in green, the rest in grey.
const QColor kFunded(0x2c, 0xa0, 0x2c);
const QColor kNotFunded(0xb4, 0xb4, 0xb4);
constexpr int kLabelChars = 40;

// QChartView takes the new chart but only lets go of the old one: it is ours to delete.
void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

QString shortened(const QString& title)
{
    return title.size() <= kLabelChars ? title : title.left(kLabelChars - 1).trimmed() + QChar(0x2026);
}

struct Bar
{
    QString label; // unique: a category axis drops a repeated one
    int votes = 0;
    bool funded = false;
};

} // namespace

BudgetResultsPanel::BudgetResultsPanel(LocalBudget& budget, const ReferenceData& reference, QWidget* parent)
    : QWidget(parent)
    , m_budget(budget)
    , m_reference(reference)
    , m_districtLabel(new QLabel(this))
    , m_district(new QComboBox(this))
    , m_print(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_csv(new QPushButton(this))
    , m_standing(new QLabel(this))
    , m_money(new QLabel(this))
    , m_status(new QLabel(this))
    , m_model(new BudgetResultListModel(this))
    , m_view(new QTableView(this))
    , m_chart(new QChartView(this))
{
    m_districtLabel->setBuddy(m_district);
    m_district->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (QLabel* label : {m_standing, m_money, m_status}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont strong = m_money->font();
    strong.setBold(true);
    m_money->setFont(strong);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(BudgetResultListModel::ProposalColumn,
                                                     QHeaderView::Stretch);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumSize(320, 260);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_districtLabel);
    bar->addWidget(m_district);
    bar->addStretch(1);
    for (QPushButton* b : {m_print, m_pdf, m_csv})
        bar->addWidget(b);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_chart);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_standing);
    layout->addWidget(m_money);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_district, &QComboBox::currentIndexChanged, this, [this] { showSelection(); });
    connect(m_print, &QPushButton::clicked, this, &BudgetResultsPanel::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, [this] { saveAs(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { saveAs(false); });
    retranslate();
    fillDistricts();
}

void BudgetResultsPanel::setYear(int year)
{
    m_year = year;
    m_status->clear();
    refresh();
}

void BudgetResultsPanel::refresh()
{
    m_hasSeason = false;
    m_report = BudgetReport {};
    m_report.year = m_year;
    auto seasons = m_budget.seasons();
    auto records = m_budget.proposals(m_year);
    if (!seasons || !records) {
        m_standing->setText(tr("The season could not be read: %1")
                                .arg(seasons ? records.error().message : seasons.error().message));
    } else {
        const QList<BudgetSeason>& all = seasons.value();
        const auto season = std::find_if(all.cbegin(), all.cend(),
                                         [this](const BudgetSeason& s) { return s.year() == m_year; });
        if (season == all.cend()) {
            m_standing->setText(tr("There is no %1 season yet.").arg(m_year));
        } else {
            m_report = BudgetReport::build(*season, records.value(), m_reference, AlmatyTime::today());
            m_hasSeason = true;
            const QString asOf = QLocale().toString(m_report.asOf, QLocale::ShortFormat);
            if (int(season->phase()) < int(BudgetPhase::Results))
                m_standing->setText(tr("The %1 season is at: %2. Until the results are published this is the "
                                       "current standing (as of %3), not the results.")
                                        .arg(QString::number(m_year), displayName(season->phase()), asOf));
            else
                m_standing->setText(
                    tr("Results of the %1 season (as of %2).").arg(QString::number(m_year), asOf));
        }
    }
    m_standing->setStyleSheet(m_hasSeason && int(m_report.phase) >= int(BudgetPhase::Results)
                                  ? QString()
                                  : QStringLiteral("color: #8a5a00;"));
    for (QPushButton* b : {m_print, m_pdf, m_csv})
        b->setEnabled(m_hasSeason);
    fillDistricts();
}

// "All districts", then the report's districts in its order; the choice stays when it can.
void BudgetResultsPanel::fillDistricts()
{
    const QString keep = districtCode();
    {
        const QSignalBlocker blocker(m_district);
        m_district->clear();
        m_district->addItem(tr("All districts"), QString());
        for (const BudgetReportDistrict& d : std::as_const(m_report.districts))
            m_district->addItem(d.name, d.code);
        m_district->setCurrentIndex(std::max(0, m_district->findData(keep)));
    }
    showSelection();
}

void BudgetResultsPanel::showDistrict(const QString& districtCode)
{
    m_district->setCurrentIndex(std::max(0, m_district->findData(districtCode)));
}

QString BudgetResultsPanel::districtCode() const
{
    return m_district->currentData().toString();
}

void BudgetResultsPanel::showSelection()
{
    const QString code = districtCode();
    const bool all = code.isEmpty();
    QList<BudgetReportDistrict> shown;
    for (const BudgetReportDistrict& d : std::as_const(m_report.districts)) {
        if (all || d.code == code)
            shown.append(d);
    }
    m_model->setDistricts(shown);
    m_view->setColumnHidden(BudgetResultListModel::DistrictColumn, !all);

    if (!m_hasSeason) {
        m_money->clear();
    } else if (all) {
        m_money->setText(tr("All districts: budget %1, spent %2, remaining %3. Funded %4 of %5 proposals on "
                            "the ballot.")
                             .arg(BudgetReport::tenge(m_report.budget), BudgetReport::tenge(m_report.spent),
                                  BudgetReport::tenge(m_report.remaining()),
                                  QLocale().toString(m_report.funded),
                                  QLocale().toString(m_report.feasible)));
    } else if (!shown.isEmpty()) {
        const BudgetReportDistrict& d = shown.first();
        m_money->setText(tr("%1: budget %2, spent %3, remaining %4. Funded %5 of %6 proposals on the ballot.")
                             .arg(d.name, BudgetReport::tenge(d.budget), BudgetReport::tenge(d.spent),
                                  BudgetReport::tenge(d.remaining), QLocale().toString(d.funded),
                                  QLocale().toString(d.feasible)));
    }
    fillChart(shown, all);
}

// One bar per ranked proposal, the first on top: a district's first kChartBars in ranking
// order, or the city's most voted across all districts.
void BudgetResultsPanel::fillChart(const QList<BudgetReportDistrict>& shown, bool allDistricts)
{
    QList<Bar> bars;
    int ranked = 0;
    for (const BudgetReportDistrict& d : shown) {
        ranked += int(d.rows.size());
        for (const BudgetResultRow& r : d.rows) {
            const QString label = allDistricts
                ? tr("%1, %2. %3").arg(d.name).arg(r.rank).arg(shortened(r.title))
                : tr("%1. %2").arg(r.rank).arg(shortened(r.title));
            bars.append(Bar {label, r.votes, r.funded});
        }
    }
    if (allDistricts)
        std::stable_sort(bars.begin(), bars.end(),
                         [](const Bar& a, const Bar& b) { return a.votes > b.votes; });
    if (bars.size() > BudgetReportPdf::kChartBars)
        bars.resize(BudgetReportPdf::kChartBars);

    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (bars.isEmpty()) {
        chart->setTitle(tr("No proposal is on the ballot yet."));
        replaceChart(m_chart, chart);
        return;
    }
    // Stacked, funded over not funded: each proposal has its votes in one of the two sets, so
    // each is one bar in its own colour.
    auto* series = new QHorizontalStackedBarSeries(chart);
    auto* funded = new QBarSet(tr("Funded"), series);
    auto* notFunded = new QBarSet(tr("Not funded"), series);
    funded->setColor(kFunded);
    funded->setBorderColor(kFunded);
    notFunded->setColor(kNotFunded);
    notFunded->setBorderColor(kNotFunded);
    QStringList labels;
    int most = 0;
    for (auto it = bars.crbegin(); it != bars.crend(); ++it) {
        labels.append(it->label);
        funded->append(it->funded ? it->votes : 0);
        notFunded->append(it->funded ? 0 : it->votes);
        most = std::max(most, it->votes);
    }
    series->append(funded);
    series->append(notFunded);
    chart->addSeries(series);
    auto* nameAxis = new QBarCategoryAxis(chart);
    nameAxis->append(labels);
    QFont small = nameAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    nameAxis->setLabelsFont(small);
    // A label the axis has no room for is shortened at its end; not truncated, it lost its
    // beginning (the rank) past the chart's left edge.
    nameAxis->setTruncateLabels(true);
    chart->addAxis(nameAxis, Qt::AlignLeft);
    series->attachAxis(nameAxis);
    auto* votesAxis = new QValueAxis(chart);
    votesAxis->setLabelFormat(QStringLiteral("%d"));
    votesAxis->setRange(0, std::max(1, most));
    if (most <= 4)
        votesAxis->setTickCount(std::max(1, most) + 1); // whole votes only
    else
        votesAxis->applyNiceNumbers();
    chart->addAxis(votesAxis, Qt::AlignBottom);
    series->attachAxis(votesAxis);
    if (allDistricts)
        chart->setTitle(
            tr("Votes: the %n most voted proposal(s) of all districts", nullptr, int(bars.size())));
    else if (bars.size() < ranked)
        chart->setTitle(tr("Votes per proposal: %1, the first %2 of %3")
                            .arg(shown.first().name)
                            .arg(bars.size())
                            .arg(ranked));
    else
        chart->setTitle(tr("Votes per proposal: %1").arg(shown.first().name));
    replaceChart(m_chart, chart);
}

QString BudgetResultsPanel::standingText() const
{
    return m_standing->text();
}

QString BudgetResultsPanel::moneyText() const
{
    return m_money->text();
}

QString BudgetResultsPanel::statusText() const
{
    return m_status->text();
}

Result<void> BudgetResultsPanel::savePdf(const QString& path)
{
    return BudgetReportPdf(m_report, BudgetProgressPdf::fromCache(m_budget.cacheDb())).writeFile(path);
}

Result<void> BudgetResultsPanel::saveCsv(const QString& path)
{
    return BudgetReportCsv::writeFile(m_report, path);
}

void BudgetResultsPanel::saveAs(bool pdf)
{
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("csv");
    ReportActions::saveAs(
        this, pdf ? tr("Save the results as PDF") : tr("Save the results as CSV"),
        QStringLiteral("tyndau-%1.%2").arg(m_report.fileStem(), suffix),
        [this, pdf](const QString& path) { return pdf ? savePdf(path) : saveCsv(path); },
        [this](const QString& said) { m_status->setText(said); });
}

void BudgetResultsPanel::printPreview()
{
    ReportActions::printPreview(this, [this](QPagedPaintDevice& device) {
        BudgetReportPdf(m_report, BudgetProgressPdf::fromCache(m_budget.cacheDb())).paint(device);
    });
}

void BudgetResultsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_year > 0)
            refresh(); // district names, amounts and the phase in the new language
    }
    QWidget::changeEvent(event);
}

void BudgetResultsPanel::retranslate()
{
    m_districtLabel->setText(tr("&District:"));
    if (m_district->count() > 0)
        m_district->setItemText(0, tr("All districts"));
    m_print->setText(tr("&Print…"));
    m_pdf->setText(tr("Save PDF…"));
    m_csv->setText(tr("Save CSV…"));
    m_view->setAccessibleName(tr("Results by votes"));
    m_chart->setAccessibleName(tr("Votes per proposal"));
}

} // namespace tyndau
