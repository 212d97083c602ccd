#include "app/LocalCache.h"
#include "app/RegistrationDraft.h"
#include "db/OutboxStore.h"
#include "db/RequestStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace tyndau;

// The request form's state without widgets: validation as the operator goes, nothing lost
// on a failed save or a crash, look-alikes and articles found while typing, three ways to
// save.
class TestRegistrationDraft : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<LocalCache> m_cache;
    const Actor m_operator {QStringLiteral("operator1"), Role::Operator, {}};

    QString draftPath() const { return m_dir.filePath(QStringLiteral("cache.db.draft.json")); }
    std::unique_ptr<RegistrationDraft> newDraft()
    {
        return std::make_unique<RegistrationDraft>(*m_cache, m_operator, DraftStore(draftPath()));
    }
    static void fillValid(RegistrationDraft& d)
    {
        d.setValue(QStringLiteral("name"), QStringLiteral("Сейткали Айгерим"));
        d.setValue(QStringLiteral("phone"), QStringLiteral("8 701 555 12 34"));
        d.setValue(QStringLiteral("address"), QStringLiteral("проспект Абая, 150"));
        d.setValue(QStringLiteral("category"), QStringLiteral("heating.outage"));
        d.setValue(QStringLiteral("description"),
                   QStringLiteral("Третий день нет отопления в квартире, батареи холодные"));
    }

private slots:
    void init()
    {
        m_cache.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("cache.db")));
        QFile::remove(draftPath());
        auto cache = LocalCache::open(m_dir.filePath(QStringLiteral("cache.db")));
        QVERIFY(cache.ok());
        m_cache = std::move(cache).value();
    }

    void problemsShowOnlyAfterTheFieldIsLeft()
    {
        auto d = newDraft();
        QSignalSpy problems(d.get(), &RegistrationDraft::problemsChanged);
        d->setValue(QStringLiteral("phone"), QStringLiteral("12"));
        QCOMPARE(d->problem(QStringLiteral("phone")), QString()); // still typing
        d->touch(QStringLiteral("phone"));
        QVERIFY(!d->problem(QStringLiteral("phone")).isEmpty());
        QVERIFY(problems.size() >= 2);
        d->setValue(QStringLiteral("phone"), QStringLiteral("+7 701 555 12 34"));
        QCOMPARE(d->problem(QStringLiteral("phone")), QString());
        d->touch(QStringLiteral("iin"));
        d->setValue(QStringLiteral("iin"), QStringLiteral("123456789012")); // wrong check digit
        QVERIFY(!d->problem(QStringLiteral("iin")).isEmpty());
    }

    void failedSaveKeepsEverything()
    {
        auto d = newDraft();
        d->setValue(QStringLiteral("name"), QStringLiteral("Сейткали Айгерим"));
        d->setValue(QStringLiteral("description"), QStringLiteral("коротко")); // too short
        const QJsonObject before = d->fields();
        const auto saved = d->save();
        QVERIFY(!saved.ok());
        QCOMPARE(d->fields(), before);
        QVERIFY(!d->problem(QStringLiteral("description")).isEmpty()); // every field judged now
        QCOMPARE(RequestStore(m_cache->db()).count().value(), 0);
        QCOMPARE(OutboxStore(m_cache->db()).count().value(), 0);
    }

    void aCrashBringsTheDraftBack()
    {
        {
            auto d = newDraft();
            fillValid(*d);
        } // the workstation dies here without saving
        auto again = newDraft();
        QVERIFY(again->restore());
        QCOMPARE(again->value(QStringLiteral("address")).toString(), QStringLiteral("проспект Абая, 150"));
        QCOMPARE(again->value(QStringLiteral("district")).toString(),
                 QStringLiteral("almaly")); // from the street
        const auto saved = again->save();
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
        QVERIFY(!newDraft()->restore()); // saved: nothing to bring back
    }

    void saveQueuesWithTheSuggestedExecutor()
    {
        auto d = newDraft();
        fillValid(*d);
        QCOMPARE(d->suggestedOrg(), QStringLiteral("alts"));
        QVERIFY(d->dueDate().isValid());
        QSignalSpy saved(d.get(), &RegistrationDraft::saved);
        const auto r = d->save();
        QVERIFY(r.ok());
        QVERIFY(r->provisionalNumber.startsWith(QStringLiteral("П-")));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(OutboxStore(m_cache->db()).count().value(), 1);
        QVERIFY(!d->isTouched()); // the form starts over
        QCOMPARE(d->value(QStringLiteral("channel")).toString(), toCode(Channel::CallCenter)); // kept
    }

    void lookAlikesAndArticlesFollowTheTyping()
    {
        auto first = newDraft();
        fillValid(*first);
        QVERIFY(first->save().ok());
        // The request must be open to be a look-alike: as the server would have it.
        auto earlier = RequestStore(m_cache->db()).list({}, 10).value().first();
        earlier.status = Status::Assigned;
        earlier.number = QStringLiteral("2026-000777");
        QVERIFY(RequestStore(m_cache->db()).replace(earlier, {}).ok());

        auto d = newDraft();
        QAbstractItemModelTester alikeTester(d->lookAlikes(),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester kbTester(d->articles(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
        d->setValue(QStringLiteral("category"), QStringLiteral("heating.outage"));
        d->setValue(QStringLiteral("address"),
                    QStringLiteral("Абай даңғылы, 12")); // the same street, in Kazakh
        d->setValue(QStringLiteral("description"), QStringLiteral("Пәтерде жылу жоқ, батареялар суық"));
        d->setValue(QStringLiteral("anonymous"), true);
        QTRY_COMPARE_WITH_TIMEOUT(d->lookAlikes()->rowCount(), 1, 5000);
        QCOMPARE(d->lookAlikes()->summaryAt(0)->number, QStringLiteral("2026-000777"));
        QTRY_VERIFY_WITH_TIMEOUT(d->articles()->rowCount() > 0, 5000);

        const auto linked = d->saveLinked(earlier.id);
        QVERIFY2(linked.ok(), qPrintable(linked.ok() ? QString() : linked.error().message));
        const auto op = OutboxStore(m_cache->db()).pending(10).value().last();
        QCOMPARE(op.payload.value(QLatin1String("action")).toString(), toCode(Action::MarkDuplicate));
    }

    void consultationClosesWithTheArticlesAnswer()
    {
        auto d = newDraft();
        fillValid(*d);
        d->setValue(QStringLiteral("kind"), toCode(RequestKind::InformationRequest));
        QTRY_VERIFY_WITH_TIMEOUT(d->articles()->rowCount() > 0, 5000);
        const qint64 article = d->articles()->index(0).data(KbSearchModel::ArticleIdRole).toLongLong();
        const auto r = d->saveAsConsultation(article);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        const auto op = OutboxStore(m_cache->db()).pending(10).value().last();
        QCOMPARE(op.payload.value(QLatin1String("action")).toString(), toCode(Action::Consult));
        QVERIFY(!op.payload.value(QLatin1String("input"))
                     .toObject()
                     .value(QLatin1String("answer"))
                     .toString()
                     .isEmpty());
    }
};

QTEST_MAIN(TestRegistrationDraft)
#include "TestRegistrationDraft.moc"
