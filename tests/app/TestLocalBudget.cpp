#include "../server/ServerFixture.h"
#include "app/BlobFetcher.h"
#include "app/LocalBudget.h"
#include "app/LocalCache.h"
#include "app/SyncEngine.h"
#include "core/AlmatyTime.h"
#include "core/Iin.h"
#include "db/AttachmentStore.h"
#include "db/UploadStore.h"

#include <QBuffer>
#include <QDeadlineTimer>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace tyndau;
using namespace tyndau::test;

// The front office's participation budget against a real server: a season driven through its
// phases from several workstations, each change local first and carried by sync; and the same
// citizen voting at two workstations that were offline: exactly one vote counts, and the
// operator of the other sees why. Changes the server refuses (the phase moved on meanwhile)
// go back to the server's copy. Then a winner's photo, taken offline by the admin, reaches
// another workstation.
class TestLocalBudget : public QObject
{
    Q_OBJECT

    struct Station
    {
        std::unique_ptr<LocalCache> cache;
        std::unique_ptr<SyncEngine> engine;
        std::unique_ptr<LocalBudget> budget;

        bool sync()
        {
            QSignalSpy done(engine.get(), &SyncEngine::finished);
            engine->syncNow();
            return done.wait(60000) && done.first().first().toBool();
        }
        // Syncs until `seen` holds. On PostgreSQL the feed holds back what was committed while an
        // older transaction anywhere in the cluster is open (another test's, run alongside), so
        // one cycle may not bring another workstation's change yet.
        bool syncUntil(const std::function<bool()>& seen)
        {
            QDeadlineTimer deadline(60000);
            while (!deadline.hasExpired()) {
                if (sync() && seen())
                    return true;
            }
            return false;
        }
        BudgetPhase phase()
        {
            const QList<BudgetSeason> seasons = budget->seasons().value_or_zero();
            return seasons.isEmpty() ? BudgetPhase::Proposals : seasons.first().phase();
        }
        bool hasSeason() { return !budget->seasons().value_or_zero().isEmpty(); }
        int assessed()
        {
            int n = 0;
            for (const BudgetProposalRecord& r : budget->proposals(2026).value_or_zero())
                n += r.proposal.assessed ? 1 : 0;
            return n;
        }
    };

    QTemporaryDir m_dir;

    std::unique_ptr<Station> open(const QUrl& server, const QString& login, const QString& name)
    {
        auto station = std::make_unique<Station>();
        auto cache = LocalCache::open(m_dir.filePath(name + QStringLiteral(".db")));
        if (!cache)
            return nullptr;
        station->cache = std::move(cache).value();
        station->engine = std::make_unique<SyncEngine>(station->cache->db(), server);
        TestHttp http(server);
        station->engine->setToken(http.login(login));
        station->budget = std::make_unique<LocalBudget>(*station->cache, login);
        return station;
    }

    // A valid IIN from its first 11 digits (the check digit computed).
    static QString iin(const QString& first11)
    {
        const int check = Iin::checkDigit(first11);
        return check < 0 ? QString() : first11 + QString::number(check);
    }

    static QByteArray pngBytes()
    {
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(QColor(40, 140, 60));
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return bytes;
    }

    static BudgetProposal proposal(const QString& title, const QString& district, qint64 cost)
    {
        BudgetProposal p;
        p.seasonYear = 2026;
        p.title = title;
        p.description = QStringLiteral("Жителям нужна площадка: проект описан подробно, с планом и сметой.");
        p.districtCode = district;
        p.estimatedCost = cost;
        p.authorName = QStringLiteral("Ахметова Гульнара");
        p.authorIin = QStringLiteral("880101400017");
        p.authorPhone = QStringLiteral("+7 701 555 44 33");
        return p;
    }

private slots:
    void aSeasonFromProposalsToVotes_data() { TestDb::addDialectRows(); }
    void aSeasonFromProposalsToVotes()
    {
        QFETCH(QString, dialect);
        ServerFixture f;
        if (!f.start(dialect))
            return;
        const QUrl url = f.server->url();
        auto admin = open(url, QStringLiteral("admin"), dialect + QStringLiteral("-admin"));
        auto front = open(url, QStringLiteral("operator1"), dialect + QStringLiteral("-front"));
        auto inspector = open(url, QStringLiteral("inspector1"), dialect + QStringLiteral("-inspector"));
        QVERIFY(admin && front && inspector);

        BudgetSeason season(2026);
        season.setMaxVotes(2);
        season.setBudget(QStringLiteral("almaly"), 30'000'000);
        season.setBudget(QStringLiteral("medeu"), 20'000'000);
        QCOMPARE(admin->budget->saveSeason(season), QList<Error> {});
        QVERIFY(admin->sync());

        // The front office registers three proposals; one with a wrong IIN is refused on its field.
        QVERIFY(front->syncUntil([&] { return front->hasSeason(); }));
        BudgetProposal wrong
            = proposal(QStringLiteral("Детская площадка во дворе"), QStringLiteral("almaly"), 9'000'000);
        wrong.authorIin = QStringLiteral("123");
        const QList<Error> problems = front->budget->check(wrong);
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().field, QStringLiteral("author_iin"));
        auto yard = front->budget->submit(
            proposal(QStringLiteral("Детская площадка во дворе"), QStringLiteral("almaly"), 9'000'000));
        auto park = front->budget->submit(
            proposal(QStringLiteral("Сквер на улице Жибек Жолы"), QStringLiteral("almaly"), 25'000'000));
        auto light = front->budget->submit(
            proposal(QStringLiteral("Освещение тропы в Медеу"), QStringLiteral("medeu"), 8'000'000));
        QVERIFY(yard && park && light);
        // Votes are taken only in their phase, and the workstation says so at once.
        auto early = front->budget->castVote(2026, iin(QStringLiteral("90020230001")), {yard->proposal.id});
        QVERIFY(!early);
        QCOMPARE(early.error().code, QStringLiteral("out_of_phase"));
        QVERIFY(front->sync());

        QVERIFY(admin->sync());
        QVERIFY(admin->budget->movePhase(2026, BudgetPhase::Assessment).ok());
        QVERIFY(admin->sync());

        // The front office, not synced since, registers one more: its copy still accepts
        // proposals, the server no longer does. The refusal takes it out of the cache again.
        auto late = front->budget->submit(
            proposal(QStringLiteral("Скамейки у остановки"), QStringLiteral("medeu"), 2'000'000));
        QVERIFY(late.ok());
        QCOMPARE(front->budget->proposals(2026).value().size(), 4);
        QSignalSpy refusedLate(front->engine.get(), &SyncEngine::operationRefused);
        QVERIFY(front->sync());
        QCOMPARE(refusedLate.size(), 1);
        QCOMPARE(front->budget->proposals(2026).value().size(), 3);

        // The experts: the yard and the lighting are feasible, the square is not.
        QVERIFY(inspector->syncUntil([&] {
            return inspector->phase() == BudgetPhase::Assessment
                && inspector->budget->proposals(2026).value_or_zero().size() == 3;
        }));
        auto onFile = inspector->budget->proposals(2026);
        QVERIFY(onFile.ok());
        QCOMPARE(onFile->size(), 3);
        for (const BudgetProposalRecord& r : onFile.value()) {
            const bool feasible = r.proposal.id != park->proposal.id;
            QCOMPARE(inspector->budget->assess(r, feasible, feasible ? r.proposal.estimatedCost : 0,
                                               feasible ? QStringLiteral("akimat-almaly") : QString(),
                                               feasible
                                                   ? QStringLiteral("Соответствует нормам, смета проверена.")
                                                   : QStringLiteral("Участок в охранной зоне.")),
                     QList<Error> {});
        }
        QVERIFY(inspector->sync());
        QVERIFY(admin->syncUntil([&] { return admin->assessed() == 3; }));
        QVERIFY(admin->budget->movePhase(2026, BudgetPhase::Voting).ok());
        QVERIFY(admin->sync());

        // The expert, not synced since, changes a verdict the server no longer takes: the
        // server's copy comes back with the refusal, and the square is infeasible again.
        auto parkNow = [&] {
            for (const BudgetProposalRecord& r : inspector->budget->proposals(2026).value_or_zero())
                if (r.proposal.id == park->proposal.id)
                    return r;
            return BudgetProposalRecord {};
        };
        QCOMPARE(inspector->budget->assess(parkNow(), true, 26'000'000, QStringLiteral("akimat-almaly"),
                                           QStringLiteral("Пересмотрено: участок согласован.")),
                 QList<Error> {});
        QVERIFY(parkNow().proposal.feasible);
        QVERIFY(inspector->sync());
        QVERIFY(!parkNow().proposal.feasible);
        QCOMPARE(parkNow().proposal.assessmentReason, QStringLiteral("Участок в охранной зоне."));

        // The same citizen at the front office and at the admin's desk, both offline, then both sync.
        QVERIFY(front->syncUntil(
            [&] { return front->phase() == BudgetPhase::Voting && front->assessed() == 3; }));
        const QString citizen = iin(QStringLiteral("90020230001"));
        QVERIFY(!citizen.isEmpty());
        auto first = front->budget->castVote(2026, citizen, {yard->proposal.id});
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        auto notOnBallot
            = front->budget->castVote(2026, iin(QStringLiteral("85050530001")), {park->proposal.id});
        QVERIFY(!notOnBallot); // infeasible: not on the ballot
        auto again = front->budget->castVote(2026, citizen, {light->proposal.id});
        QCOMPARE(again.error().code, QStringLiteral("already_voted")); // caught at this workstation
        QVERIFY(admin->sync());
        auto second = admin->budget->castVote(2026, citizen, {light->proposal.id});
        QVERIFY(second.ok());
        QVERIFY(front->sync());
        QVERIFY(admin->sync());

        const QList<LocalVote> counted = front->budget->votes(2026).value();
        QCOMPARE(counted.size(), 1);
        QCOMPARE(counted.first().state, LocalVote::State::Counted);
        QVERIFY(!counted.first().voterShown.contains(citizen)); // the IIN is not kept
        const QList<LocalVote> refused = admin->budget->votes(2026).value();
        QCOMPARE(refused.size(), 1);
        QCOMPARE(refused.first().state, LocalVote::State::Refused);
        QVERIFY2(refused.first().message.contains(QStringLiteral("already voted")),
                 qPrintable(refused.first().message));

        // Every workstation's copy counts one vote, for the yard.
        auto votesOnFile = [&] {
            int n = 0;
            for (const BudgetProposalRecord& r : front->budget->proposals(2026).value_or_zero())
                n += r.proposal.votes;
            return n;
        };
        QVERIFY(front->syncUntil([&] { return votesOnFile() > 0; }));
        int total = 0;
        const QList<BudgetProposalRecord> after = front->budget->proposals(2026).value();
        for (const BudgetProposalRecord& r : after) {
            total += r.proposal.votes;
            if (r.proposal.id == yard->proposal.id)
                QCOMPARE(r.proposal.votes, 1);
        }
        QCOMPARE(total, 1);

        // Results, then implementation: the admin photographs the funded yard, offline first.
        QVERIFY(admin->syncUntil([&] {
            for (const BudgetProposalRecord& r : admin->budget->proposals(2026).value_or_zero())
                if (r.proposal.votes > 0)
                    return true;
            return false;
        }));
        QVERIFY(admin->budget->movePhase(2026, BudgetPhase::Results).ok());
        QVERIFY(admin->budget->movePhase(2026, BudgetPhase::Implementation).ok());
        auto yardNow = [](Station& s, const QString& id) {
            for (const BudgetProposalRecord& r : s.budget->proposals(2026).value_or_zero())
                if (r.proposal.id == id)
                    return r;
            return BudgetProposalRecord {};
        };
        QVERIFY(admin->budget
                    ->trackImplementation(yardNow(*admin, yard->proposal.id), QStringLiteral("in_progress"),
                                          QStringLiteral("Подрядчик вышел на объект 2 декабря."))
                    .ok());
        auto notAPhoto = admin->budget->addPhoto(yardNow(*admin, yard->proposal.id),
                                                 LocalFile {QStringLiteral("смета.txt"), "не фото"});
        QVERIFY(!notAPhoto);
        QCOMPARE(notAPhoto.error().code, QStringLiteral("unsupported_media_type"));
        const QByteArray png = pngBytes();
        auto photo = admin->budget->addPhoto(yardNow(*admin, yard->proposal.id),
                                             LocalFile {QStringLiteral("двор-декабрь.png"), png});
        QVERIFY2(photo.ok(), photo.ok() ? "" : qPrintable(photo.error().message));
        QCOMPARE(yardNow(*admin, yard->proposal.id).photos.size(), 1); // shown at once, before any sync
        QVERIFY(admin->sync());
        QCOMPARE(UploadStore(admin->cache->db()).count().value(), 0);
        QCOMPARE(yardNow(*admin, yard->proposal.id).photos.size(), 1); // the server's copy has it too

        // The front office's workstation learns of the photo with the proposal, then fetches its bytes.
        QVERIFY(front->syncUntil([&] { return yardNow(*front, yard->proposal.id).photos.size() == 1; }));
        const AttachmentRef seen = yardNow(*front, yard->proposal.id).photos.first();
        QCOMPARE(seen.fileName, QStringLiteral("двор-декабрь.png"));
        QCOMPARE(seen.mimeType, QStringLiteral("image/png"));
        QVERIFY(!AttachmentStore(front->cache->db()).blob(seen.sha256).value().has_value());
        BlobFetcher fetcher(front->cache->db(), url, TestHttp(url).login(QStringLiteral("operator1")));
        QSignalSpy fetched(&fetcher, &BlobFetcher::fetched);
        fetcher.fetch(seen.sha256);
        QVERIFY(fetched.wait(30000));
        QCOMPARE(AttachmentStore(front->cache->db()).blob(seen.sha256).value()->data, png);
    }
};

QTEST_GUILESS_MAIN(TestLocalBudget)
#include "TestLocalBudget.moc"
