#include "GuiFixture.h"
#include "app/FigureTableModel.h"
#include "app/RequestListModel.h"
#include "core/ReferenceData.h"
#include "ui/PeriodBar.h"
#include "ui/ProblemMap.h"
#include "ui/RequestsWorkspace.h"
#include "ui/StatisticsWorkspace.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QDateEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace tyndau;
using namespace tyndau::test;

// The supervisor's week: the figures agree with the requests behind them.
class TestStatisticsWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void theWeekDrillsDownToItsRequests()
    {
        GuiFixture f;
        QVERIFY(f.startServer());
        TestHttp http(f.server().url());
        http.login(QStringLiteral("operator1"));
        for (const char* district : {"medeu", "medeu", "medeu", "auezov"}) {
            QJsonObject op = createOp(QUuid::createUuid());
            QJsonObject request = op.value(QLatin1String("request")).toObject();
            request.insert(QStringLiteral("district"), QLatin1String(district));
            const District* d = ReferenceData::almaty().district(QLatin1String(district));
            request.insert(QStringLiteral("lat"), d->center.y());
            request.insert(QStringLiteral("lon"), d->center.x());
            op.insert(QStringLiteral("request"), request);
            QCOMPARE(http.postJson(QStringLiteral("/api/v1/ops"), batch(op)).status, 200);
        }
        QVERIFY(f.signIn(QStringLiteral("supervisor1")));
        QVERIFY(f.openWindow());
        MainWindow& w = f.window();
        StatisticsWorkspace* stats = w.statisticsWorkspace();
        QVERIFY(stats);
        QCOMPARE(w.workspaceNames(),
                 (QStringList {QStringLiteral("Requests"), QStringLiteral("Knowledge base"),
                               QStringLiteral("Statistics"), QStringLiteral("Budget")}));
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(w.currentWorkspace(), stats);
        stats->refresh();
        QCOMPARE(stats->report().current.total, 4);
        QVERIFY(stats->totalsText().contains(QStringLiteral("Requests: 4")));
        for (auto* model : {stats->districtTable(), stats->organizationTable(), stats->acuteTable()})
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Two charts, drawn from the same figures.
        QCOMPARE(stats->findChildren<QChartView*>().size(), 2);

        // The map holds the four, the densest cell Medeu's three; a click on Medeu opens them.
        QCOMPARE(stats->map()->pointCount(), 4);
        QCOMPARE(stats->map()->densestCell(), 3);
        stats->map()->resize(800, 600);
        const District* medeuDistrict = ReferenceData::almaty().district(QStringLiteral("medeu"));
        QPoint medeuOnMap;
        for (int y = 0; y < 600 && medeuOnMap.isNull(); y += 5)
            for (int x = 0; x < 800 && medeuOnMap.isNull(); x += 5)
                if (stats->map()->districtAt(QPoint(x, y)) == medeuDistrict->code)
                    medeuOnMap = QPoint(x, y);
        QVERIFY(!medeuOnMap.isNull());
        QSignalSpy clicked(stats->map(), &ProblemMap::districtClicked);
        QTest::mouseClick(stats->map(), Qt::LeftButton, {}, medeuOnMap);
        QCOMPARE(clicked.size(), 1);
        QCOMPARE(clicked.first().first().toString(), QStringLiteral("medeu"));
        QCOMPARE(w.requestsWorkspace()->model()->totalCount(), 3);
        w.showWorkspace(stats);

        // The district table's Medeu row opens exactly its three requests.
        auto* table = stats->findChild<QTableView*>(QStringLiteral("districts"));
        QVERIFY(table);
        QModelIndex medeu;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, 0).data().toString().contains(QStringLiteral("Medeu")))
                medeu = table->model()->index(row, 0);
        QVERIFY(medeu.isValid());
        QCOMPARE(table->model()->index(medeu.row(), 1).data(Qt::EditRole).toInt(), 3);
        emit table->activated(medeu);
        QCOMPARE(w.currentWorkspace(), w.requestsWorkspace());
        QCOMPARE(w.requestsWorkspace()->model()->totalCount(), 3);
        QVERIFY(w.requestsWorkspace()->countText().contains(QStringLiteral("Medeu")));

        // The report saves as PDF and CSV from here too.
        QTemporaryDir dir;
        QVERIFY(stats->savePdf(dir.filePath(QStringLiteral("week.pdf"))).ok());
        QVERIFY(stats->saveCsv(dir.filePath(QStringLiteral("week.csv"))).ok());
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("week.pdf"))).size() > 1000);

        // Any range of days: the last 30 (the dates typed the wrong way round), with the same
        // four in it, against the 30 before; stepping back moves by 30 days.
        const QDate today = AlmatyTime::today();
        stats->periodBar()->fromEdit()->setDate(today);
        stats->periodBar()->toEdit()->setDate(today.addDays(-29));
        stats->periodBar()->showChosenRange();
        QCOMPARE(stats->report().current.span.firstDay, today.addDays(-29));
        QCOMPARE(stats->report().current.span.lastDay, today);
        QVERIFY(!stats->report().isWeek());
        QCOMPARE(stats->report().current.total, 4);
        QCOMPARE(stats->categoryTable()->headerData(1, Qt::Horizontal).toString(),
                 QStringLiteral("This period"));
        QVERIFY(stats->report().previous.span.lastDay == today.addDays(-30));
        for (QPushButton* b : stats->periodBar()->findChildren<QPushButton*>())
            if (b->text().contains(QStringLiteral("Previous")))
                b->click();
        QCOMPARE(stats->report().current.span.firstDay, today.addDays(-59));
        QCOMPARE(stats->report().current.total, 0);
        QVERIFY(stats->saveCsv(dir.filePath(QStringLiteral("period.csv"))).ok());
        QFile csv(dir.filePath(QStringLiteral("period.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains("Period"));

        // A year is counted in the background with a progress bar, the window answering
        // meanwhile; a period chosen while it counts is shown after it (the latest wins).
        QSignalSpy shown(stats, &StatisticsWorkspace::periodShown);
        stats->periodBar()->fromEdit()->setDate(today.addDays(-364));
        stats->periodBar()->toEdit()->setDate(today);
        stats->periodBar()->showChosenRange();
        QVERIFY(stats->isCounting());
        QProgressBar* busy = stats->findChild<QProgressBar*>();
        QVERIFY(busy && busy->isVisibleTo(stats));
        QVERIFY2(stats->totalsText().startsWith(QStringLiteral("Counting")), qPrintable(stats->totalsText()));
        stats->periodBar()->fromEdit()->setDate(today.addDays(-199));
        stats->periodBar()->showChosenRange(); // asked while the year counts
        QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 2, 30000);
        QTRY_VERIFY(!stats->isCounting());
        QVERIFY(!busy->isVisibleTo(stats));
        QCOMPARE(stats->report().current.span.firstDay, today.addDays(-199));
        QCOMPARE(stats->report().current.total, 4);
        QVERIFY(stats->totalsText().contains(QStringLiteral("Requests: 4")));
    }
};

QTEST_MAIN(TestStatisticsWorkspace)
#include "TestStatisticsWorkspace.moc"
