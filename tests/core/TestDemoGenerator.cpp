#include "core/AlmatyTime.h"
#include "core/DemoGenerator.h"
#include "core/RequestValidator.h"

#include <QCryptographicHash>
#include <QTest>

using namespace tyndau;

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private:
    const DeadlinePolicy m_policy {WorkingCalendar::kazakhstan()};

    QList<GeneratedRequest> make(std::uint64_t seed, qint64 count)
    {
        DemoOptions o;
        o.seed = seed;
        o.count = count;
        o.lastDay = QDate(2026, 11, 22);
        DemoGenerator g(ReferenceData::almaty(), m_policy, o);
        QList<GeneratedRequest> out;
        g.generate([&](GeneratedRequest&& r) {
            out.append(std::move(r));
            return true;
        });
        return out;
    }

    static QByteArray fingerprint(const QList<GeneratedRequest>& all)
    {
        QCryptographicHash h(QCryptographicHash::Sha256);
        for (const auto& g : all) {
            h.addData(g.request.id.toRfc4122());
            h.addData(toCode(g.request.status).toUtf8());
            h.addData(g.request.description.toUtf8());
            h.addData(g.request.number.toUtf8());
            h.addData(QByteArray::number(g.history.size()));
        }
        return h.result().toHex();
    }

private slots:
    void deterministicFromTheSeed()
    {
        const auto a = make(42, 3000);
        QCOMPARE(fingerprint(a), fingerprint(make(42, 3000)));
        QVERIFY(fingerprint(a) != fingerprint(make(43, 3000)));
    }

    void shapeOfAYear()
    {
        const auto all = make(1308, 20000);
        QCOMPARE(all.size(), 20000);
        QHash<int, int> byWeekday;
        int winterHeating = 0, summerHeating = 0, summerIrrigation = 0, winterIrrigation = 0;
        int linked = 0, incidents = 0, consulted = 0, closed = 0, invalid = 0;
        QSet<QString> numbers;
        for (const auto& g : all) {
            const Request& r = g.request;
            const QDate day = AlmatyTime::dateOf(r.createdAt);
            byWeekday[day.dayOfWeek()]++;
            const bool winter = day.month() == 12 || day.month() <= 2;
            const bool summer = day.month() >= 6 && day.month() <= 8;
            const bool heating = r.categoryCode == QLatin1String("heating.outage") && !r.isIncident
                && r.status != Status::LinkedToIncident;
            const bool irrigation = r.categoryCode == QLatin1String("landscaping.irrigation");
            winterHeating += heating && winter;
            summerHeating += heating && summer;
            summerIrrigation += irrigation && summer;
            winterIrrigation += irrigation && winter;
            linked += r.status == Status::LinkedToIncident;
            incidents += r.isIncident;
            consulted += r.status == Status::Consulted;
            closed += r.status == Status::Closed;
            if (!r.number.isEmpty()) {
                QVERIFY2(!numbers.contains(r.number), qPrintable(r.number));
                numbers.insert(r.number);
            }
            invalid += !RequestValidator::validate(r).isEmpty();
            // The history replays the status: it ends where the request is.
            if (!g.history.isEmpty())
                QCOMPARE(g.history.last().to, r.status);
        }
        QCOMPARE(invalid, 0); // every generated request passes validation
        for (const auto& g : all) // every description got its address filled in
            QVERIFY2(!g.request.description.contains(QLatin1String("%1")), qPrintable(g.request.description));
        QVERIFY(byWeekday[3] > 2 * byWeekday[7]); // Wednesdays are busier than Sundays
        QVERIFY(winterHeating > 5 * std::max(1, summerHeating));
        QVERIFY(summerIrrigation > 5 * std::max(1, winterIrrigation));
        QVERIFY(incidents >= 4);
        QVERIFY(linked >= incidents * 20); // incidents bring many calls
        QVERIFY(consulted > 200);
        QVERIFY(closed > all.size() / 2); // a year on, most requests are closed
    }

    void incidentsAreLinked()
    {
        DemoOptions o;
        o.count = 5000;
        o.lastDay = QDate(2026, 11, 22);
        DemoGenerator g(ReferenceData::almaty(), m_policy, o);
        QSet<QUuid> incidentIds;
        for (const auto& i : g.incidents())
            incidentIds.insert(i.id);
        int links = 0;
        g.generate([&](GeneratedRequest&& r) {
            if (r.request.status == Status::LinkedToIncident) {
                links += incidentIds.contains(r.request.linkedTo);
            }
            return true;
        });
        QVERIFY(links > 0);
    }

    void stopsWhenAsked()
    {
        DemoOptions o;
        o.count = 1000;
        DemoGenerator g(ReferenceData::almaty(), m_policy, o);
        int n = 0;
        QCOMPARE(g.generate([&](GeneratedRequest&&) { return ++n < 10; }), 10);
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"
