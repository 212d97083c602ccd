#include "GuiFixture.h"
#include "app/BudgetProposalListModel.h"
#include "app/FigureTableModel.h"
#include "app/ProposalPhotoModel.h"
#include "core/Iin.h"
#include "db/BudgetStore.h"
#include "ui/BudgetProposalForm.h"
#include "ui/BudgetProposalsPanel.h"
#include "ui/BudgetSeasonPanel.h"
#include "ui/BudgetWinnersView.h"
#include "ui/BudgetWorkspace.h"
#include "ui/ProposalPhotosView.h"
#include "ui/StatisticsWorkspace.h"

#include <QFile>
#include <QIcon>
#include <QImage>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace tyndau;
using namespace tyndau::test;

// The participation budget's workspace against a real server: the admin opens a season with
// its budgets, the front office registers proposals (a wrong IIN marked, a look-alike shown),
// the admin moves the season on, the expert assesses; each role sees its own tabs. Then the
// winner's works are photographed, and the photo reaches the front office and the statistics.
class TestBudgetWorkspace : public QObject
{
    Q_OBJECT

    std::unique_ptr<GuiFixture> m_f;
    QTemporaryDir m_dir;

    BudgetWorkspace* openAs(const QString& login)
    {
        if (!m_f->signIn(login) || !m_f->openWindow())
            return nullptr;
        BudgetWorkspace* budget = m_f->window().budgetWorkspace();
        if (budget)
            m_f->window().showWorkspace(budget);
        return budget;
    }

    static QStringList tabTexts(QTabWidget* tabs)
    {
        QStringList out;
        for (int i = 0; i < tabs->count(); ++i)
            out.append(tabs->tabText(i));
        return out;
    }

    static int feasibleRow(BudgetProposalsPanel* panel)
    {
        for (int row = 0; row < panel->proposals()->rowCount(); ++row)
            if (panel->proposals()
                    ->index(row, BudgetProposalListModel::AssessmentColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Feasible")))
                return row;
        return -1;
    }

    static bool writeFile(const QString& path, const QByteArray& bytes)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
    }

    static BudgetProposal playground(const QString& title)
    {
        BudgetProposal p;
        p.title = title;
        p.description
            = QStringLiteral("Во дворе нет места для детей: нужна площадка с покрытием и освещением.");
        p.districtCode = QStringLiteral("almaly");
        p.estimatedCost = 12'000'000;
        p.authorName = QStringLiteral("Ахметова Гульнара");
        p.authorIin = QStringLiteral("880101400017");
        p.authorPhone = QStringLiteral("+7 701 555 44 33");
        return p;
    }

private slots:
    void init()
    {
        m_f = std::make_unique<GuiFixture>();
        QVERIFY(m_f->startServer());
    }
    void cleanup() { m_f.reset(); }

    // A season typed but not saved survives a sync that brings another workstation's change.
    void anUnsavedSeasonSurvivesASync()
    {
        BudgetWorkspace* admin = openAs(QStringLiteral("admin"));
        QVERIFY(admin);
        BudgetSeasonPanel* season = admin->seasonPanel();
        season->maxVotesBox()->setValue(2);
        season->save();
        QVERIFY(m_f->waitForSync());
        season->maxVotesBox()->setValue(4); // typed, not saved

        auto stored = BudgetStore(m_f->cache().db()).season(admin->year());
        QVERIFY(stored && stored.value());
        BudgetSeason theirs = *stored.value();
        theirs.setBudget(QStringLiteral("medeu"), 40'000'000);
        QVERIFY(BudgetStore(m_f->cache().db()).upsertSeason(theirs).ok()); // as the feed writes it
        season->refresh();
        QCOMPARE(season->maxVotesBox()->value(), 4);
        QVERIFY2(season->message().contains(QStringLiteral("another workstation")),
                 qPrintable(season->message()));
        season->save();
        auto saved = BudgetStore(m_f->cache().db()).season(admin->year());
        QCOMPARE(saved.value()->maxVotes(), 4);
    }

    void aSeasonFromTheWorkstation()
    {
        // The admin: a season for this year with Almaly's budget, two votes per citizen.
        BudgetWorkspace* admin = openAs(QStringLiteral("admin"));
        QVERIFY(admin);
        QCOMPARE(tabTexts(admin->tabs()),
                 (QStringList {QStringLiteral("Season and budgets"), QStringLiteral("Proposals"),
                               QStringLiteral("Voting"), QStringLiteral("Results")}));
        BudgetSeasonPanel* season = admin->seasonPanel();
        season->maxVotesBox()->setValue(2);
        QStandardItemModel* budgets = season->budgets();
        for (int row = 0; row < budgets->rowCount(); ++row)
            if (budgets->item(row, 0)->text().contains(QStringLiteral("Almaly")))
                budgets->item(row, 1)->setData(30'000'000, Qt::EditRole);
        season->save();
        QVERIFY2(season->message().contains(QStringLiteral("Saved")), qPrintable(season->message()));
        QVERIFY(m_f->waitForSync());

        // The front office: a wrong IIN is marked and nothing is registered; then two
        // proposals, the second told it looks like the first.
        BudgetWorkspace* front = openAs(QStringLiteral("operator1"));
        QVERIFY(front);
        QVERIFY(!front->seasonPanel());
        QVERIFY(m_f->window().workspaceNames().contains(QStringLiteral("Budget")));
        BudgetProposalsPanel* proposals = front->proposalsPanel();
        BudgetProposalForm* form = proposals->form();
        QVERIFY(form->isVisibleTo(proposals));
        BudgetProposal wrong = playground(QStringLiteral("Детская площадка во дворе дома 12"));
        wrong.authorIin = QStringLiteral("880101400018");
        form->fill(wrong);
        form->submit();
        QVERIFY(!form->message().isEmpty());
        QCOMPARE(proposals->proposals()->rowCount(), 0);
        form->fill(playground(QStringLiteral("Детская площадка во дворе дома 12")));
        form->submit();
        QCOMPARE(proposals->proposals()->rowCount(), 1);
        form->fill(playground(QStringLiteral("Площадка для детей во дворе")));
        QCOMPARE(form->lookAlikes(), QStringList {QStringLiteral("Детская площадка во дворе дома 12")});
        form->submit();
        QCOMPARE(proposals->proposals()->rowCount(), 2);
        QVERIFY(m_f->waitForSync());

        // The admin moves the season to the experts.
        admin = openAs(QStringLiteral("admin"));
        QVERIFY(admin);
        admin->seasonPanel()->confirmMove();
        QVERIFY2(admin->seasonPanel()->message().contains(QStringLiteral("Expert assessment")),
                 qPrintable(admin->seasonPanel()->message()));
        QVERIFY(m_f->waitForSync());

        // The expert: no voting tab, no season tab; the verdict shows in the list after sync.
        BudgetWorkspace* expert = openAs(QStringLiteral("inspector1"));
        QVERIFY(expert);
        QCOMPARE(tabTexts(expert->tabs()),
                 (QStringList {QStringLiteral("Proposals"), QStringLiteral("Results")}));
        BudgetProposalsPanel* toAssess = expert->proposalsPanel();
        QCOMPARE(toAssess->proposals()->rowCount(), 2);
        toAssess->choose(0);
        toAssess->assess(true, 0, QStringLiteral("akimat-almaly"), QStringLiteral("Соответствует нормам."));
        QVERIFY(!toAssess->message().isEmpty()); // a feasible proposal needs its corrected cost
        toAssess->assess(true, 11'000'000, QStringLiteral("akimat-almaly"),
                         QStringLiteral("Соответствует нормам."));
        QVERIFY2(toAssess->message().contains(QStringLiteral("Assessed")), qPrintable(toAssess->message()));
        QVERIFY(m_f->waitForSync());
        QCOMPARE(toAssess->proposals()->index(0, BudgetProposalListModel::AssessmentColumn).data().toString(),
                 QStringLiteral("Feasible"));

        // The supervisor's statistics show the season's standing: the one feasible proposal leads.
        QVERIFY(m_f->signIn(QStringLiteral("supervisor1")));
        QVERIFY(m_f->openWindow());
        BudgetWinnersView* winners = m_f->window().statisticsWorkspace()->budgetWinners();
        QVERIFY2(winners->summary().contains(QStringLiteral("1 proposal leads")),
                 qPrintable(winners->summary()));
        QCOMPARE(winners->winners()->rowCount(), 1);

        // Voting, results, implementation: the admin starts the winner's works and photographs them.
        admin = openAs(QStringLiteral("admin"));
        QVERIFY(admin);
        for (const QString& phase :
             {QStringLiteral("Voting"), QStringLiteral("Results"), QStringLiteral("Implementation")}) {
            admin->seasonPanel()->confirmMove();
            QVERIFY2(admin->seasonPanel()->message().contains(phase),
                     qPrintable(admin->seasonPanel()->message()));
        }
        BudgetProposalsPanel* tracking = admin->proposalsPanel();
        const int winner = feasibleRow(tracking);
        QVERIFY(winner >= 0);
        tracking->choose(winner);
        QVERIFY(!tracking->photos()->isVisibleTo(tracking)); // works not started: nothing to photograph
        tracking->track(QStringLiteral("in_progress"), QStringLiteral("Подрядчик вышел 2 декабря"));
        ProposalPhotosView* photos = tracking->photos();
        QVERIFY(photos->isVisibleTo(tracking));
        const QString text = m_dir.filePath(QStringLiteral("акт.txt"));
        QVERIFY(writeFile(text, "акт приёмки"));
        QVERIFY(!photos->addPhoto(text));
        QVERIFY2(photos->message().contains(QStringLiteral("акт.txt")), qPrintable(photos->message()));
        QCOMPARE(photos->model()->rowCount(), 0);
        const QString png = m_dir.filePath(QStringLiteral("площадка.png"));
        QImage picture(80, 60, QImage::Format_RGB32);
        picture.fill(Qt::darkGreen);
        QVERIFY(picture.save(png));
        QVERIFY(photos->addPhoto(png));
        QCOMPARE(photos->model()->rowCount(), 1);
        QVERIFY(!photos->model()->index(0).data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(m_f->waitForSync());

        // The front office sees the photo, fetched from the server when shown.
        front = openAs(QStringLiteral("operator1"));
        QVERIFY(front);
        BudgetProposalsPanel* looking = front->proposalsPanel();
        looking->choose(feasibleRow(looking));
        QVERIFY(looking->photos()->isVisibleTo(looking));
        QCOMPARE(looking->photos()->model()->rowCount(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
            !looking->photos()->model()->index(0).data(Qt::DecorationRole).value<QIcon>().isNull(), 30000);

        // And the statistics count the winner's photos.
        QVERIFY(m_f->signIn(QStringLiteral("supervisor1")));
        QVERIFY(m_f->openWindow());
        winners = m_f->window().statisticsWorkspace()->budgetWinners();
        QCOMPARE(winners->winners()->index(0, 5).data().toInt(), 1);
    }
};

QTEST_MAIN(TestBudgetWorkspace)
#include "TestBudgetWorkspace.moc"
