#include "StatisticsWorkspace.h"

#include "BudgetWinnersView.h"
#include "PeriodBar.h"
#include "ProblemMap.h"
#include "ReportActions.h"
#include "app/FigureTableModel.h"
#include "app/LocalCache.h"
#include "app/ReportCsv.h"
#include "app/ReportPdf.h"
#include "app/UiLanguage.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTableView>
#include <QValueAxis>
#include <QtConcurrent>

#include <memory>

namespace tyndau {
namespace {

// QChartView takes the new chart but only lets go of the old one: it is ours to delete.
void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

StatisticsWorkspace::StatisticsWorkspace(LocalCache& cache, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_period(new PeriodBar(this))
    , m_totals(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_print(new QPushButton(this))
    , m_pdf(new QPushButton(this))
    , m_csv(new QPushButton(this))
    , m_perDay(new QChartView(this))
    , m_categories(new QChartView(this))
    , m_perDayTable(new FigureTableModel(this))
    , m_categoryTable(new FigureTableModel(this))
    , m_districts(new FigureTableModel(this))
    , m_organizations(new FigureTableModel(this))
    , m_acute(new FigureTableModel(this))
    , m_map(new ProblemMap(cache.reference(), this))
    , m_tabs(new QTabWidget(this))
{
    m_totals->setWordWrap(true);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    for (QChartView* view : {m_perDay, m_categories}) {
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(260);
    }
    m_busy->setRange(0, 0); // how long is not known: it moves to show the work goes on
    m_busy->setMaximumWidth(200);
    m_busy->setTextVisible(false);
    m_busy->hide();
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_period);
    bar->addWidget(m_busy);
    bar->addStretch();
    for (QPushButton* b : {m_print, m_pdf, m_csv})
        bar->addWidget(b);
    m_tabs->addTab(page({m_perDay, m_categories},
                        {tableFor(m_perDayTable, QStringLiteral("perDay")),
                         tableFor(m_categoryTable, QStringLiteral("categories"))}),
                   QString());
    m_tabs->addTab(
        page({tableFor(m_districts, QStringLiteral("districts")), tableFor(m_acute, QStringLiteral("acute"))},
             {tableFor(m_organizations, QStringLiteral("organizations"))}),
        QString());
    m_tabs->addTab(m_map, QString());
    m_budget = new BudgetWinnersView(cache, this);
    m_tabs->addTab(m_budget, QString());
    m_budget->refresh();
    connect(m_map, &ProblemMap::districtClicked, this, [this](const QString& code) {
        RequestFilter f = weekFilter();
        f.districtCode = code;
        const District* d = m_cache.reference().district(code);
        emit drillDown(f, d ? d->name.in(UiLanguage::current()) : code);
    });
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_totals);
    layout->addWidget(m_tabs, 1);

    connect(m_period, &PeriodBar::periodChosen, this, &StatisticsWorkspace::showPeriod);
    connect(&m_counting, &QFutureWatcher<Result<WeeklyReport>>::finished, this, [this] {
        m_isCounting = false;
        m_busy->hide();
        showReport(m_counting.result());
        if (m_next) {
            const TimeSpan next = *m_next;
            m_next.reset();
            showPeriod(next);
        }
    });
    connect(m_print, &QPushButton::clicked, this, &StatisticsWorkspace::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, [this] { saveAs(true); });
    connect(m_csv, &QPushButton::clicked, this, [this] { saveAs(false); });
    retranslate();
    // The figures are counted when the workspace is first shown (showEvent), not when the
    // window is built: a supervisor's workstation opens on the requests list, faster.
}

void StatisticsWorkspace::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_counted) {
        m_counted = true;
        showWeek(AlmatyTime::weekCode(AlmatyTime::today()));
    }
}

// Two rows of widgets, the second under the first; a single widget below spans the row above.
QWidget* StatisticsWorkspace::page(const QList<QWidget*>& top, const QList<QWidget*>& bottom)
{
    auto* page = new QWidget(this);
    auto* grid = new QGridLayout(page);
    for (int i = 0; i < top.size(); ++i)
        grid->addWidget(top.at(i), 0, i);
    for (int i = 0; i < bottom.size(); ++i)
        grid->addWidget(bottom.at(i), 1, i, 1, bottom.size() == 1 ? int(top.size()) : 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3); // the category names need the room
    return page;
}

QTableView* StatisticsWorkspace::tableFor(FigureTableModel* model, const QString& what)
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(model);
    proxy->setSortRole(Qt::EditRole);
    auto* view = new QTableView(this);
    view->setObjectName(what);
    view->setModel(proxy);
    view->setSortingEnabled(model != m_perDayTable); // days stay in their order
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->setToolTip(tr("Double-click or Enter: the requests behind the row"));
    if (model != m_perDayTable)
        view->sortByColumn(model == m_acute ? 2 : 1, Qt::DescendingOrder);
    connect(view, &QTableView::activated, this, [this, proxy, model](const QModelIndex& index) {
        const int row = proxy->mapToSource(index).row();
        if (const RequestFilter* f = model->filterAt(row))
            emit drillDown(*f, model->index(row, 0).data().toString());
    });
    return view;
}

void StatisticsWorkspace::showWeek(const QString& weekCode)
{
    if (auto span = AlmatyTime::parseWeek(weekCode))
        showPeriod(span.value());
}

StatisticsWorkspace::~StatisticsWorkspace()
{
    m_counting.waitForFinished(); // its connection to the cache closes in its own thread
}

void StatisticsWorkspace::showPeriod(const TimeSpan& span)
{
    m_counted = true;
    if (m_isCounting) {
        m_next = span; // the latest choice wins; it is counted when this one ends
        return;
    }
    if (span.firstDay.daysTo(span.lastDay) + 1 > WeeklyReport::kLongPeriodDays) {
        countInBackground(span);
        return;
    }
    showReport(WeeklyReport::build(m_cache.db(), m_cache.reference(), span, AlmatyTime::today()));
}

// In a worker thread, on a connection of its own to the cache (read-only; SQLite's WAL lets
// it read while sync writes), with copies of what it needs: nothing of this widget.
void StatisticsWorkspace::countInBackground(const TimeSpan& span)
{
    const QLocale locale;
    m_isCounting = true;
    m_busy->show();
    m_totals->setText(tr("Counting the requests of %1 – %2…")
                          .arg(locale.toString(span.firstDay, QLocale::ShortFormat),
                               locale.toString(span.lastDay, QLocale::ShortFormat)));
    const DbUrl url = m_cache.db().url();
    const ReferenceData reference = m_cache.reference();
    const QDate today = AlmatyTime::today();
    m_counting.setFuture(QtConcurrent::run([url, reference, span, today]() -> Result<WeeklyReport> {
        auto db = Database::openReader(url);
        if (!db)
            return db.error();
        return WeeklyReport::build(*db.value(), reference, span, today);
    }));
}

void StatisticsWorkspace::showReport(const Result<WeeklyReport>& built)
{
    if (!built) {
        m_totals->setText(tr("The figures could not be read: %1").arg(built.error().message));
        return;
    }
    m_report = built.value();
    const TimeSpan& span = m_report.current.span;
    const QLocale locale;
    const QString days = QStringLiteral("%1 – %2").arg(locale.toString(span.firstDay, QLocale::ShortFormat),
                                                       locale.toString(span.lastDay, QLocale::ShortFormat));
    m_period->setPeriod(span, m_report.isWeek() ? tr("Week %1: %2").arg(m_report.weekCode, days) : days);
    fillCharts();
    fillChartTables();
    fillTables();
    m_map->setPoints(StatisticsStore(m_cache.db()).points(m_report.current.span).value_or_zero());
    emit periodShown();
}

// Each chart's numbers, as a table that drills down like the others.
void StatisticsWorkspace::fillChartTables()
{
    const QLocale locale;
    const WeeklyReport& r = m_report;
    QStringList headers {tr("Day")};
    for (Channel c : allValues<Channel>())
        headers.append(displayName(c));
    headers.append(tr("All"));
    QList<FigureTableModel::Row> days;
    for (QDate d = r.current.span.firstDay; d <= r.current.span.lastDay; d = d.addDays(1)) {
        RequestFilter f;
        f.createdSince = AlmatyTime::startOfDay(d);
        f.createdBefore = AlmatyTime::startOfDay(d.addDays(1));
        QVariantList cells {locale.toString(d, QStringLiteral("ddd d.MM"))};
        int all = 0;
        for (Channel c : allValues<Channel>()) {
            const int n = r.current.perDayByChannel.value(d).value(c);
            cells.append(n);
            all += n;
        }
        cells.append(all);
        days.append({cells, f});
    }
    m_perDayTable->setTable(headers, days);

    QList<FigureTableModel::Row> categories;
    for (const GroupCount& g : r.categories) {
        RequestFilter f = weekFilter();
        f.categoryCode = g.code;
        categories.append({{g.name, g.count, g.previous, g.count - g.previous}, f});
    }
    m_categoryTable->setTable(
        {tr("Category"), m_report.currentLabel(), m_report.previousLabel(), tr("Change")}, categories);
}

void StatisticsWorkspace::refresh()
{
    m_budget->refresh();
    if (m_counted) // not shown yet: counted when it is
        showPeriod(m_report.current.span);
}

QString StatisticsWorkspace::totalsText() const
{
    return m_totals->text();
}

RequestFilter StatisticsWorkspace::weekFilter() const
{
    RequestFilter f;
    f.createdSince = m_report.current.span.begin;
    f.createdBefore = m_report.current.span.end;
    return f;
}

void StatisticsWorkspace::fillCharts()
{
    const QLocale locale;
    const WeeklyReport& r = m_report;
    auto* perDay = new QChart;
    auto* stacked = new QStackedBarSeries(perDay);
    // Days for up to two months; weeks beyond, so that a year's bars stay readable.
    const bool byWeek = r.current.span.firstDay.daysTo(r.current.span.lastDay) > 62;
    QList<std::pair<QDate, QDate>> buckets;
    for (QDate d = r.current.span.firstDay; d <= r.current.span.lastDay;) {
        const QDate end = byWeek ? std::min(r.current.span.lastDay, d.addDays(7 - d.dayOfWeek())) : d;
        buckets.append({d, end});
        d = end.addDays(1);
    }
    QStringList days;
    for (const auto& [first, last] : buckets)
        days.append(locale.toString(first, byWeek ? QStringLiteral("d.MM") : QStringLiteral("ddd d")));
    for (Channel c : allValues<Channel>()) {
        auto* set = new QBarSet(displayName(c), stacked);
        for (const auto& [first, last] : buckets) {
            int n = 0;
            for (QDate d = first; d <= last; d = d.addDays(1))
                n += r.current.perDayByChannel.value(d).value(c);
            set->append(n);
        }
        stacked->append(set);
    }
    perDay->addSeries(stacked);
    auto* dayAxis = new QBarCategoryAxis(perDay);
    dayAxis->append(days);
    perDay->addAxis(dayAxis, Qt::AlignBottom);
    stacked->attachAxis(dayAxis);
    auto* countAxis = new QValueAxis(perDay);
    countAxis->setLabelFormat(QStringLiteral("%d"));
    perDay->addAxis(countAxis, Qt::AlignLeft);
    stacked->attachAxis(countAxis);
    perDay->setTitle(byWeek ? tr("Requests per week by channel") : tr("Requests per day by channel"));
    perDay->legend()->setAlignment(Qt::AlignBottom);
    replaceChart(m_perDay, perDay);

    auto* categories = new QChart;
    auto* series = new QHorizontalBarSeries(categories);
    auto* now = new QBarSet(m_report.currentLabel(), series);
    auto* before = new QBarSet(m_report.previousLabel(), series);
    QStringList names;
    const int shown = int(std::min<qsizetype>(10, r.categories.size()));
    for (int i = shown - 1; i >= 0; --i) { // the largest on top
        names.append(r.categories.at(i).name);
        now->append(r.categories.at(i).count);
        before->append(r.categories.at(i).previous);
    }
    series->append(before);
    series->append(now);
    categories->addSeries(series);
    auto* nameAxis = new QBarCategoryAxis(categories);
    nameAxis->append(names);
    QFont small = nameAxis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    nameAxis->setLabelsFont(small);
    nameAxis->setTruncateLabels(false); // a category's name is the point of the chart
    categories->addAxis(nameAxis, Qt::AlignLeft);
    series->attachAxis(nameAxis);
    auto* valueAxis = new QValueAxis(categories);
    valueAxis->setLabelFormat(QStringLiteral("%d"));
    categories->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);
    categories->setTitle(m_report.isWeek() ? tr("Top 10 categories, against the week before")
                                           : tr("Top 10 categories, against the period before"));
    categories->legend()->setAlignment(Qt::AlignBottom);
    replaceChart(m_categories, categories);
}

void StatisticsWorkspace::fillTables()
{
    const QLocale locale;
    const QString lang = UiLanguage::current();
    const WeeklyReport& r = m_report;
    m_totals->setText(
        tr("Requests: %1 (the period before: %2). Consultations on the spot: %3. Answered on time: %4 %. "
           "Returned for rework: %5 %. Overdue and open: %6. Citizen satisfaction: %7 of 5 (%8 "
           "call-backs). Quality of answers: %9 of 5 (%10 reviewed).")
            .arg(locale.toString(r.current.total), locale.toString(r.previous.total),
                 locale.toString(r.current.consultations), locale.toString(r.onTimeRate(), 'f', 1),
                 locale.toString(r.returnRate(), 'f', 1), locale.toString(r.overdueOpen()),
                 locale.toString(r.current.satisfactionAverage, 'f', 1),
                 locale.toString(r.current.satisfactionCount),
                 locale.toString(r.current.qualityAverage, 'f', 1), locale.toString(r.current.qualityCount)));

    QList<FigureTableModel::Row> districts;
    for (const GroupCount& d : r.districts) {
        RequestFilter f = weekFilter();
        f.districtCode = d.code;
        districts.append({{d.name, d.count, d.previous}, f});
    }
    m_districts->setTable({tr("District"), m_report.currentLabel(), m_report.previousLabel()}, districts);

    QList<FigureTableModel::Row> orgs;
    for (const OrganizationFigures& o : r.current.byOrganization) {
        RequestFilter f = weekFilter();
        f.orgCode = o.orgCode;
        const Organization* org = m_cache.reference().organization(o.orgCode);
        orgs.append(
            {{org ? org->name.in(lang) : o.orgCode, o.assigned, o.answered,
              o.answered > 0 ? QVariant(100.0 * o.onTime / o.answered) : QVariant(QStringLiteral("—")),
              o.overdueOpen, o.returned,
              o.answered > 0 ? QVariant(o.averageAnswerHours) : QVariant(QStringLiteral("—")),
              o.qualityCount > 0 ? QVariant(o.qualityAverage) : QVariant(QStringLiteral("—"))},
             f});
    }
    m_organizations->setTable({tr("Executor"), tr("Assigned"), tr("Answered"), tr("On time, %"),
                               tr("Overdue and open"), tr("Returned"), tr("Hours to answer"),
                               tr("Quality, of 5")},
                              orgs);

    QList<FigureTableModel::Row> acute;
    for (const AcuteIssue& a : r.acute) {
        RequestFilter f = weekFilter();
        QString kind;
        switch (a.kind) {
        case AcuteIssue::Kind::Category:
            f.categoryCode = a.key;
            kind = tr("Category");
            break;
        case AcuteIssue::Kind::District:
            f.districtCode = a.key;
            kind = tr("District");
            break;
        case AcuteIssue::Kind::Street:
            f.street = a.key;
            kind = tr("Street");
            break;
        }
        acute.append({{WeeklyReport::nameOf(m_cache.reference(), a, lang), kind, a.count, a.usual}, f});
    }
    m_acute->setTable({tr("Acute issue"), tr("What"), m_report.currentLabel(), m_report.usualLabel()}, acute);
}

Result<void> StatisticsWorkspace::savePdf(const QString& path)
{
    return ReportPdf(m_report, m_cache.reference()).writeFile(path);
}

Result<void> StatisticsWorkspace::saveCsv(const QString& path)
{
    return ReportCsv::writeFile(m_report, m_cache.reference(), path);
}

void StatisticsWorkspace::saveAs(bool pdf)
{
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("csv");
    ReportActions::saveAs(
        this, pdf ? tr("Save the report as PDF") : tr("Save the figures as CSV"),
        QStringLiteral("tyndau-%1.%2").arg(m_report.fileStem(), suffix),
        [this, pdf](const QString& path) { return pdf ? savePdf(path) : saveCsv(path); },
        [this](const QString& said) { m_totals->setText(said); });
}

void StatisticsWorkspace::printPreview()
{
    ReportActions::printPreview(
        this, [this](QPagedPaintDevice& device) { ReportPdf(m_report, m_cache.reference()).paint(device); });
}

void StatisticsWorkspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_report.current.span.firstDay.isValid())
            refresh(); // names of categories, districts and days in the new language
    }
    QWidget::changeEvent(event);
}

void StatisticsWorkspace::retranslate()
{
    m_print->setText(tr("&Print…"));
    m_pdf->setText(tr("Save PDF…"));
    m_csv->setText(tr("Save CSV…"));
    m_perDay->setAccessibleName(tr("Requests per day by channel"));
    m_categories->setAccessibleName(tr("Top 10 categories"));
    m_map->setAccessibleName(tr("Map of problematic issues"));
    m_tabs->setTabText(0, tr("The period"));
    m_tabs->setTabText(1, tr("Districts and executors"));
    m_tabs->setTabText(2, tr("Map"));
    m_tabs->setTabText(3, tr("Participation budget"));
}

} // namespace tyndau
