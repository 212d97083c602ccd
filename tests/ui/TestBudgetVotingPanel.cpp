#include "GuiFixture.h"
#include "app/LocalBudget.h"
#include "app/LocalCache.h"
#include "app/LocalVoteListModel.h"
#include "core/Iin.h"
#include "core/Permissions.h"
#include "db/BudgetStore.h"
#include "db/LocalVoteStore.h"
#include "ui/BudgetVotingPanel.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QComboBox>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>

using namespace tyndau;
using namespace tyndau::test;

// The front office takes a citizen's vote, without a server: a season in the voting phase and
// its assessed proposals written into a local cache, the panel driven as the operator would.
// A wrong IIN, a tick too many and a second vote by the same citizen are refused on their
// field with nothing recorded; a recorded vote waits to be sent, and one the server refused
// shows its reason in red.
class TestBudgetVotingPanel : public QObject
{
    Q_OBJECT

    static constexpr int kYear = 2026;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalCache> m_cache;
    std::unique_ptr<LocalBudget> m_budget;
    std::unique_ptr<BudgetVotingPanel> m_panel;

    // A valid IIN from its first 11 digits (the check digit computed).
    static QString iin(const QString& first11)
    {
        const int check = Iin::checkDigit(first11);
        return check < 0 ? QString() : first11 + QString::number(check);
    }
    static bool marked(QWidget* field) { return field->styleSheet().contains(QLatin1String("#b00020")); }

    void addProposal(const QString& id, const QString& district, const QString& title, qint64 cost,
                     bool feasible = true)
    {
        BudgetProposalRecord r;
        BudgetProposal& p = r.proposal;
        p.id = id;
        p.seasonYear = kYear;
        p.title = title;
        p.description = QStringLiteral("Жителям нужна площадка: проект описан подробно, с планом и сметой.");
        p.districtCode = district;
        p.estimatedCost = cost;
        p.authorName = QStringLiteral("Ахметова Гульнара");
        p.authorIin = QStringLiteral("880101400017");
        p.submittedAt = QDateTime(QDate(kYear, 2, 3), QTime(9, 0), Qt::UTC);
        r.submittedBy = QStringLiteral("operator1");
        BudgetStore store(m_cache->db());
        QVERIFY(store.insertProposal(r).value_or_zero());
        p.assessed = true;
        p.feasible = feasible;
        p.correctedCost = feasible ? cost : 0;
        p.responsibleOrgCode = feasible ? QStringLiteral("akimat-almaly") : QString();
        p.assessmentReason = QStringLiteral("Соответствует нормам, смета проверена.");
        r.assessedBy = QStringLiteral("inspector1");
        QVERIFY(store.updateAssessment(r).value_or_zero());
    }

    void setPhase(BudgetPhase phase)
    {
        BudgetSeason season(kYear);
        season.setPhase(phase);
        season.setMaxVotes(2);
        season.setBudget(QStringLiteral("almaly"), 30'000'000);
        season.setBudget(QStringLiteral("medeu"), 20'000'000);
        QVERIFY(BudgetStore(m_cache->db()).upsertSeason(season).ok());
    }

    // Types the IIN, ticks the proposals and presses Enter in the IIN field.
    void vote(const QString& voterIin, const QStringList& choices)
    {
        m_panel->iinEdit()->setFocus();
        m_panel->iinEdit()->clear();
        typeText(m_panel->iinEdit(), voterIin);
        for (const QString& id : choices)
            QVERIFY(m_panel->choose(id));
        QTest::keyClick(m_panel->iinEdit(), Qt::Key_Return);
    }

    QString stateOf(int row) const
    {
        return m_panel->votes()->index(row, LocalVoteListModel::StateColumn).data().toString();
    }

    void keep(const QString& name)
    {
        if (!qEnvironmentVariableIsSet("TYNDAU_KEEP_TEST_FILES"))
            return;
        const QString path = QStringLiteral("/tmp/tyndau-%1.png").arg(name);
        QVERIFY(m_panel->grab().save(path));
        qInfo("kept %s", qPrintable(path));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto cache = LocalCache::open(m_dir->filePath(QStringLiteral("cache.db")));
        QVERIFY(cache);
        m_cache = std::move(cache).value();
        setPhase(BudgetPhase::Voting);
        addProposal(QStringLiteral("a1"), QStringLiteral("almaly"),
                    QStringLiteral("Детская площадка во дворе"), 9'000'000);
        addProposal(QStringLiteral("a2"), QStringLiteral("almaly"),
                    QStringLiteral("Сквер на улице Жибек Жолы"), 25'000'000);
        addProposal(QStringLiteral("a3"), QStringLiteral("almaly"), QStringLiteral("Велодорожка вдоль арыка"),
                    12'000'000);
        addProposal(QStringLiteral("a4"), QStringLiteral("almaly"),
                    QStringLiteral("Канатная дорога на крышу"), 29'000'000, false);
        addProposal(QStringLiteral("m1"), QStringLiteral("medeu"), QStringLiteral("Освещение тропы в Медеу"),
                    8'000'000);
        addProposal(QStringLiteral("t1"), QStringLiteral("turksib"), QStringLiteral("Фонтан у рынка"),
                    5'000'000, false);
        m_budget = std::make_unique<LocalBudget>(*m_cache, QStringLiteral("operator1"));
        m_panel = std::make_unique<BudgetVotingPanel>(*m_budget, m_cache->reference());
        m_panel->resize(1000, 700);
        m_panel->setYear(kYear);
        m_panel->show();
        QApplication::setActiveWindow(m_panel.get());
        QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
    }
    void cleanup()
    {
        m_panel.reset();
        m_budget.reset();
        m_cache.reset();
        m_dir.reset();
    }

    void theBallotIsEachDistrictsFeasibleProposals()
    {
        QVERIFY(m_panel->votingOpen());
        QVERIFY(m_panel->iinEdit()->isEnabled());
        QVERIFY(m_panel->phaseText().contains(QLatin1String("up to 2 proposal")));
        // Turksib has only an infeasible proposal: it is not on the ballot at all.
        QComboBox* district = m_panel->districtBox();
        QCOMPARE(district->count(), 2);
        QCOMPARE(district->itemData(0).toString(), QStringLiteral("almaly"));
        QCOMPARE(district->itemData(1).toString(), QStringLiteral("medeu"));
        QCOMPARE(m_panel->ballot()->model()->rowCount(), 3); // a4 is infeasible
        QVERIFY(!m_panel->choose(QStringLiteral("a4")));
        QVERIFY(!m_panel->choose(QStringLiteral("m1"))); // another district's
        m_panel->showDistrict(QStringLiteral("medeu"));
        QCOMPARE(m_panel->ballot()->model()->rowCount(), 1);
        QVERIFY(m_panel->choose(QStringLiteral("m1")));
        QCOMPARE(m_panel->countText(), QStringLiteral("1 of 2 chosen"));
    }

    void aWrongIinIsMarkedAndNothingIsRecorded()
    {
        QLineEdit* field = m_panel->iinEdit();
        field->setFocus();
        typeText(field, QStringLiteral("8801014000"));
        m_panel->districtBox()->setFocus(); // leaving the field checks it, and lets the operator go
        QVERIFY(marked(field));
        QVERIFY(!m_panel->message().isEmpty());
        QCOMPARE(QApplication::focusWidget(), m_panel->districtBox());

        QVERIFY(m_panel->choose(QStringLiteral("a1")));
        m_panel->record();
        QVERIFY(marked(field));
        QCOMPARE(field->text(), QStringLiteral("8801014000")); // nothing typed is lost
        QCOMPARE(m_panel->chosen(), QStringList {QStringLiteral("a1")});
        QCOMPARE(m_panel->votes()->rowCount(), 0);
        QVERIFY(m_budget->votes(kYear).value_or_zero().isEmpty());

        // Corrected, and recorded with Enter: the form is cleared for the next citizen.
        const QString citizen = iin(QStringLiteral("90020230001"));
        field->clear();
        typeText(field, citizen);
        QTest::keyClick(field, Qt::Key_Return);
        QVERIFY2(!marked(field), qPrintable(m_panel->message()));
        QCOMPARE(m_panel->votes()->rowCount(), 1);
        QCOMPARE(stateOf(0), QStringLiteral("waiting to be sent"));
        QVERIFY(
            !m_panel->votes()->index(0, LocalVoteListModel::VoterColumn).data().toString().contains(citizen));
        QCOMPARE(m_panel->votes()->index(0, LocalVoteListModel::DistrictColumn).data().toString(),
                 m_cache->reference().district(QStringLiteral("almaly"))->name.en);
        QCOMPARE(m_panel->votes()->index(0, LocalVoteListModel::ChoicesColumn).data().toInt(), 1);
        QVERIFY(field->text().isEmpty());
        QVERIFY(m_panel->chosen().isEmpty());
        QCOMPARE(QApplication::focusWidget(), field);
        QCOMPARE(m_budget->votes(kYear).value_or_zero().size(), 1);
    }

    void noMoreThanKTicks()
    {
        QAbstractItemModelTester tester(m_panel->votes(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m_panel->choose(QStringLiteral("a1")));
        QVERIFY(m_panel->choose(QStringLiteral("a2")));
        QCOMPARE(m_panel->countText(), QStringLiteral("2 of 2 chosen"));
        QVERIFY(!m_panel->choose(QStringLiteral("a3")));
        QCOMPARE(m_panel->chosen(), (QStringList {QStringLiteral("a1"), QStringLiteral("a2")}));
        QCOMPARE(m_panel->countText(), QStringLiteral("2 of 2 chosen"));
        QVERIFY(marked(m_panel->ballot()));
        QVERIFY(m_panel->message().contains(QLatin1String("up to 2")));
        // Unticking one makes room again.
        QVERIFY(m_panel->choose(QStringLiteral("a1"), false));
        QVERIFY(!marked(m_panel->ballot()));
        QVERIFY(m_panel->choose(QStringLiteral("a3")));
        QCOMPARE(m_panel->chosen(), (QStringList {QStringLiteral("a2"), QStringLiteral("a3")}));
    }

    void noChoiceIsRefusedOnTheBallot()
    {
        m_panel->iinEdit()->setText(iin(QStringLiteral("90020230001")));
        m_panel->record();
        QVERIFY(marked(m_panel->ballot()));
        QVERIFY(!marked(m_panel->iinEdit()));
        QCOMPARE(m_panel->votes()->rowCount(), 0);
    }

    void theSameCitizenTwiceIsRefusedOnTheIin()
    {
        const QString citizen = iin(QStringLiteral("90020230001"));
        vote(citizen, {QStringLiteral("a1"), QStringLiteral("a3")});
        QCOMPARE(m_panel->votes()->rowCount(), 1);
        QCOMPARE(m_panel->votes()->index(0, LocalVoteListModel::ChoicesColumn).data().toInt(), 2);

        m_panel->showDistrict(QStringLiteral("medeu"));
        vote(citizen, {QStringLiteral("m1")});
        QVERIFY(marked(m_panel->iinEdit()));
        QVERIFY2(m_panel->message().contains(QLatin1String("already voted")), qPrintable(m_panel->message()));
        QCOMPARE(m_panel->iinEdit()->text(), citizen);
        QCOMPARE(m_panel->chosen(), QStringList {QStringLiteral("m1")});
        QCOMPARE(m_panel->votes()->rowCount(), 1);
    }

    void aVoteTheServerRefusedShowsWhy()
    {
        QAbstractItemModelTester tester(m_panel->votes(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString first = iin(QStringLiteral("90020230001"));
        const QString second = iin(QStringLiteral("85050530001"));
        vote(first, {QStringLiteral("a2")});
        vote(second, {QStringLiteral("a1")});
        QList<LocalVote> taken = m_budget->votes(kYear).value_or_zero();
        QCOMPARE(taken.size(), 2);
        if (taken.at(0).voterShown != LocalBudget::shownIin(first))
            taken.swapItemsAt(0, 1); // the first citizen's vote is the one refused
        QCOMPARE(taken.at(0).voterShown, LocalBudget::shownIin(first));
        // What the sync engine does with the server's answers.
        const QString reason = QStringLiteral("This citizen has already voted in the 2026 season.");
        QVERIFY(
            LocalVoteStore(m_cache->db()).settle(taken.at(0).opId, LocalVote::State::Refused, reason).ok());
        QVERIFY(LocalVoteStore(m_cache->db()).settle(taken.at(1).opId, LocalVote::State::Counted, {}).ok());
        m_panel->refresh();
        QCOMPARE(m_panel->votes()->rowCount(), 2);
        int refusedRow = -1;
        for (int row = 0; row < 2; ++row) {
            if (m_panel->votes()->voteAt(row)->opId == taken.at(0).opId)
                refusedRow = row;
        }
        QVERIFY(refusedRow >= 0);
        const int countedRow = 1 - refusedRow;
        QCOMPARE(stateOf(refusedRow), QStringLiteral("refused: ") + reason);
        QCOMPARE(stateOf(countedRow), QStringLiteral("counted"));
        const QModelIndex refused = m_panel->votes()->index(refusedRow, LocalVoteListModel::StateColumn);
        QCOMPARE(refused.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb0, 0x00, 0x20));
        QVERIFY(!m_panel->votes()->index(countedRow, 0).data(Qt::ForegroundRole).isValid());
        m_panel->votesView()->resizeColumnsToContents();
        keep(QStringLiteral("budget-voting"));

        // Refused, the citizen may vote again here: the refusal was not a vote.
        vote(first, {QStringLiteral("a3")});
        QCOMPARE(m_panel->votes()->rowCount(), 3);
    }

    void outsideTheVotingPhaseTheFormIsClosed()
    {
        m_panel->iinEdit()->setText(iin(QStringLiteral("90020230001")));
        setPhase(BudgetPhase::Results);
        m_panel->refresh();
        QVERIFY(!m_panel->votingOpen());
        QVERIFY(!m_panel->iinEdit()->isEnabled());
        QVERIFY(!m_panel->recordButton()->isEnabled());
        QVERIFY2(m_panel->phaseText().contains(displayName(BudgetPhase::Results)),
                 qPrintable(m_panel->phaseText()));
        m_panel->record();
        QCOMPARE(m_panel->votes()->rowCount(), 0);
        keep(QStringLiteral("budget-voting-closed"));

        m_panel->setYear(2030); // no such season
        QVERIFY(m_panel->phaseText().contains(QLatin1String("2030")));
        QVERIFY(!m_panel->iinEdit()->isEnabled());
    }
};

QTEST_MAIN(TestBudgetVotingPanel)
#include "TestBudgetVotingPanel.moc"
