#include "GuiFixture.h"
#include "app/BudgetResultListModel.h"
#include "app/LocalBudget.h"
#include "app/LocalCache.h"
#include "db/BudgetStore.h"
#include "ui/BudgetResultsPanel.h"

#include <QAbstractItemModelTester>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>

using namespace tyndau;
using namespace tyndau::test;

namespace {

constexpr qint64 kMillion = 1'000'000;
constexpr int kYear = 2026;

} // namespace

// A season's results at the workstation, from a local cache and no server, against a
// hand-computed case: the model's funding and spending, the chart's bars and the district's
// money line agree with it, and the report is saved as PDF and CSV.
//
// Almaly, 100 M: a1 (60 M, 3 votes) funded; a2 (50 M, 2) no longer fits the 40 M left and is
// skipped; a3 (40 M, 1) spends them exactly; a4 is infeasible and never ranked.
// Medeu, 60 M: m1 (30 M, 5) funded; m2 and m3 tie on 4 votes, m2 submitted first, and its
// 45 M does not fit the 30 M left; m3 (20 M) does, leaving 10 M.
class TestBudgetResultsPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<LocalBudget> m_budget;
    std::unique_ptr<BudgetResultsPanel> m_panel;

    void addProposal(const QString& id, const char* district, const QString& title, int votes,
                     qint64 costMillions, int submittedDay = 3, bool feasible = true)
    {
        BudgetProposalRecord r;
        BudgetProposal& p = r.proposal;
        p.id = id;
        p.seasonYear = kYear;
        p.title = title;
        p.description = QStringLiteral("Жителям нужна площадка: проект описан подробно, с планом и сметой.");
        p.districtCode = QLatin1String(district);
        p.estimatedCost = costMillions * kMillion;
        p.authorName = QStringLiteral("Ахметова Гульнара");
        p.authorIin = QStringLiteral("880101400017");
        p.submittedAt = QDateTime(QDate(kYear, 2, submittedDay), QTime(9, 0), Qt::UTC);
        p.votes = votes;
        r.submittedBy = QStringLiteral("operator1");
        BudgetStore store(m_cache->db());
        QVERIFY(store.insertProposal(r).value_or_zero());
        p.assessed = true;
        p.feasible = feasible;
        p.correctedCost = feasible ? p.estimatedCost : 0;
        p.responsibleOrgCode = feasible ? QStringLiteral("akimat-almaly") : QString();
        p.assessmentReason = QStringLiteral("Соответствует нормам, смета проверена.");
        r.assessedBy = QStringLiteral("inspector1");
        QVERIFY(store.updateAssessment(r).value_or_zero());
    }

    void setPhase(BudgetPhase phase)
    {
        BudgetSeason season(kYear);
        season.setPhase(phase);
        season.setBudget(QStringLiteral("medeu"), 60 * kMillion);
        season.setBudget(QStringLiteral("almaly"), 100 * kMillion);
        QVERIFY(BudgetStore(m_cache->db()).upsertSeason(season).ok());
    }

    QList<bool> fundedFlags() const
    {
        QList<bool> out;
        for (int row = 0; row < m_panel->results()->rowCount(); ++row)
            out.append(m_panel->results()->rowAt(row)->funded);
        return out;
    }
    QList<qint64> column(int c) const
    {
        QList<qint64> out;
        for (int row = 0; row < m_panel->results()->rowCount(); ++row)
            out.append(m_panel->results()->index(row, c).data(Qt::EditRole).toLongLong());
        return out;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_dir->setAutoRemove(!qEnvironmentVariableIsSet("TYNDAU_KEEP_TEST_FILES"));
        auto cache = LocalCache::open(m_dir->filePath(QStringLiteral("cache.db")));
        QVERIFY(cache);
        m_cache = std::move(cache).value();
        setPhase(BudgetPhase::Voting);
        addProposal(QStringLiteral("m3"), "medeu", QStringLiteral("Скамейки у арыка"), 4, 20, 9);
        addProposal(QStringLiteral("a2"), "almaly", QStringLiteral("Спортивная площадка"), 2, 50);
        addProposal(QStringLiteral("a1"), "almaly", QStringLiteral("Сквер у школы №1"), 3, 60);
        addProposal(QStringLiteral("a4"), "almaly", QStringLiteral("Канатная дорога на крышу"), 0, 90, 3,
                    false);
        addProposal(QStringLiteral("m1"), "medeu", QStringLiteral("Тротуар к остановке"), 5, 30);
        addProposal(QStringLiteral("a3"), "almaly", QStringLiteral("Велодорожка вдоль арыка"), 1, 40);
        addProposal(QStringLiteral("m2"), "medeu", QStringLiteral("Освещение в парке \"Жастар\", аллея"), 4,
                    45, 5);
        m_budget = std::make_unique<LocalBudget>(*m_cache, QStringLiteral("operator1"));
        m_panel = std::make_unique<BudgetResultsPanel>(*m_budget, m_cache->reference());
        m_panel->resize(1200, 620);
        m_panel->setYear(kYear);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void cleanup()
    {
        m_panel.reset();
        m_budget.reset();
        m_cache.reset();
        m_dir.reset();
    }

    void aLargeProjectIsSkippedForASmallerOne()
    {
        QAbstractItemModelTester tester(m_panel->results(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Before the results phase it is the standing, and it says so.
        QVERIFY2(m_panel->standingText().contains(QLatin1String("current standing")),
                 qPrintable(m_panel->standingText()));
        QVERIFY(m_panel->standingText().contains(displayName(BudgetPhase::Voting)));

        m_panel->showDistrict(QStringLiteral("almaly"));
        QCOMPARE(m_panel->districtCode(), QStringLiteral("almaly"));
        QCOMPARE(m_panel->results()->rowCount(), 3); // a4 is infeasible: not ranked
        QCOMPARE(m_panel->results()->rowAt(0)->proposalId, QStringLiteral("a1"));
        QCOMPARE(m_panel->results()->rowAt(1)->proposalId, QStringLiteral("a2"));
        QCOMPARE(m_panel->results()->rowAt(2)->proposalId, QStringLiteral("a3"));
        QCOMPARE(fundedFlags(), (QList<bool> {true, false, true}));
        QCOMPARE(column(BudgetResultListModel::SpentColumn),
                 (QList<qint64> {60 * kMillion, 60 * kMillion, 100 * kMillion}));
        QCOMPARE(m_panel->results()->rowAt(2)->remaining, 0);
        QCOMPARE(m_panel->results()->index(1, BudgetResultListModel::FundedColumn).data().toString(),
                 QStringLiteral("not funded"));
        QVERIFY(m_panel->results()->index(0, 0).data(Qt::BackgroundRole).isValid()); // funded: highlighted
        QVERIFY(!m_panel->results()->index(1, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(m_panel->view()->isColumnHidden(BudgetResultListModel::DistrictColumn));
        QVERIFY2(m_panel->moneyText().contains(QStringLiteral("remaining ") + BudgetReport::tenge(0)),
                 qPrintable(m_panel->moneyText()));

        // Medeu: the tie goes to the earlier m2, whose 45 M no longer fits; m3 does.
        m_panel->showDistrict(QStringLiteral("medeu"));
        QCOMPARE(m_panel->results()->rowCount(), 3);
        QCOMPARE(m_panel->results()->rowAt(1)->proposalId, QStringLiteral("m2"));
        QCOMPARE(fundedFlags(), (QList<bool> {true, false, true}));
        QCOMPARE(m_panel->results()->rowAt(2)->remaining, 10 * kMillion);
        QVERIFY(m_panel->moneyText().contains(BudgetReport::tenge(10 * kMillion)));

        // All districts: both rankings, each with its district.
        m_panel->showDistrict(QString());
        QCOMPARE(m_panel->results()->rowCount(), 6);
        QVERIFY(!m_panel->view()->isColumnHidden(BudgetResultListModel::DistrictColumn));
        QVERIFY(m_panel->moneyText().contains(BudgetReport::tenge(160 * kMillion)));
        QVERIFY(m_panel->moneyText().contains(BudgetReport::tenge(10 * kMillion)));

        // Published: the same figures are the results now.
        setPhase(BudgetPhase::Results);
        m_panel->showDistrict(QStringLiteral("almaly"));
        m_panel->refresh();
        QCOMPARE(m_panel->districtCode(), QStringLiteral("almaly")); // the choice stays
        QVERIFY(m_panel->standingText().startsWith(QLatin1String("Results of the 2026 season")));
        QCOMPARE(fundedFlags(), (QList<bool> {true, false, true}));
    }

    void theChartHasOneBarPerRankedProposal()
    {
        m_panel->showDistrict(QStringLiteral("almaly"));
        QChart* chart = m_panel->chartView()->chart();
        QCOMPARE(chart->series().size(), 1);
        auto* series = qobject_cast<QHorizontalStackedBarSeries*>(chart->series().first());
        QVERIFY(series);
        QCOMPARE(series->count(), 2); // funded, not funded
        QBarSet* funded = series->barSets().at(0);
        QBarSet* notFunded = series->barSets().at(1);
        QCOMPARE(funded->count(), 3);
        QCOMPARE(notFunded->count(), 3);
        // The first on top: bars run bottom up, a3 (1 vote, funded), a2 (2, not), a1 (3, funded).
        for (int i = 0; i < 3; ++i)
            QCOMPARE(funded->at(i) + notFunded->at(i), (QList<qreal> {1, 2, 3}).at(i));
        QCOMPARE(funded->at(1), 0.0);
        QCOMPARE(notFunded->at(0), 0.0);
        QCOMPARE(funded->color(), QColor(0x2c, 0xa0, 0x2c));
        auto* names = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(names);
        QCOMPARE(names->count(), 3);
        QVERIFY(names->at(2).startsWith(QLatin1String("1. ")));

        // All districts: every ranked proposal, the most voted on top.
        m_panel->showDistrict(QString());
        chart = m_panel->chartView()->chart();
        series = qobject_cast<QHorizontalStackedBarSeries*>(chart->series().first());
        QVERIFY(series);
        QCOMPARE(series->barSets().at(0)->count(), 6);
        names = qobject_cast<QBarCategoryAxis*>(chart->axes(Qt::Vertical).value(0));
        QCOMPARE(names->count(), 6); // m2 and m3 share 4 votes, their labels stay apart
        QVERIFY2(names->at(5).contains(QStringLiteral("Тротуар")),
                 qPrintable(names->categories().join(QLatin1Char('|'))));

        m_panel->showDistrict(QStringLiteral("medeu"));
        if (qEnvironmentVariableIsSet("TYNDAU_KEEP_TEST_FILES")) {
            const QString path = QStringLiteral("/tmp/tyndau-budget-results.png");
            QVERIFY(m_panel->grab().save(path));
            qInfo("kept %s", qPrintable(path));
        }
    }

    void theReportIsSavedAsPdfAndCsv()
    {
        const QString pdf = m_dir->filePath(QStringLiteral("budget.pdf"));
        const QString csv = m_dir->filePath(QStringLiteral("budget.csv"));
        QVERIFY(m_panel->savePdf(pdf).ok());
        QVERIFY(m_panel->saveCsv(csv).ok());
        QFile pdfFile(pdf);
        QVERIFY(pdfFile.open(QIODevice::ReadOnly));
        QCOMPARE(pdfFile.read(4), QByteArray("%PDF"));
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(csvFile.readAll());
        QVERIFY(text.contains(m_panel->report().title()));
        QVERIFY(text.contains(QStringLiteral("Велодорожка вдоль арыка")));
        if (qEnvironmentVariableIsSet("TYNDAU_KEEP_TEST_FILES"))
            qInfo("kept %s and %s", qPrintable(pdf), qPrintable(csv));
    }

    void noSeasonYet()
    {
        m_panel->setYear(2030);
        QVERIFY(m_panel->standingText().contains(QLatin1String("2030")));
        QCOMPARE(m_panel->results()->rowCount(), 0);
        QCOMPARE(m_panel->districtBox()->count(), 1); // all districts, of nothing
        QVERIFY(m_panel->chartView()->chart()->series().isEmpty());
    }
};

QTEST_MAIN(TestBudgetResultsPanel)
#include "TestBudgetResultsPanel.moc"
