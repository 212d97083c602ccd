#include "core/RequestValidator.h"

#include <QTest>

using namespace tyndau;

class TestRequestValidator : public QObject
{
    Q_OBJECT

private:
    static Request good()
    {
        Request r;
        r.kind = RequestKind::Complaint;
        r.channel = Channel::CallCenter;
        r.citizen.name = QStringLiteral("Ахметова Айгерим");
        r.citizen.phone = QStringLiteral("8 701 123 45 67");
        r.districtCode = QStringLiteral("auezov");
        r.categoryCode = QStringLiteral("heating.outage");
        r.description = QStringLiteral("Холодные батареи третий день");
        return r;
    }

    static QStringList fields(const QList<Error>& errors)
    {
        QStringList out;
        for (const Error& e : errors) {
            out.append(e.field);
            if (e.message.isEmpty())
                out.append(QStringLiteral("<no message>"));
        }
        return out;
    }

private slots:
    void aGoodRequestPasses() { QCOMPARE(fields(RequestValidator::validate(good())), QStringList()); }

    void eachFailureNamesItsField()
    {
        Request r = good();
        r.citizen.phone = QStringLiteral("12");
        r.citizen.iin = QStringLiteral("880315300015");
        r.citizen.email = QStringLiteral("not-an-address");
        r.districtCode.clear();
        r.categoryCode.clear();
        r.description = QStringLiteral("холодно");
        QCOMPARE(fields(RequestValidator::validate(r)),
                 (QStringList {QStringLiteral("phone"), QStringLiteral("iin"), QStringLiteral("email"),
                               QStringLiteral("district"), QStringLiteral("category"),
                               QStringLiteral("description")}));
    }

    void anonymousRules()
    {
        Request r = good();
        r.citizen = Citizen {};
        r.citizen.anonymous = true;
        QCOMPARE(fields(RequestValidator::validate(r)), QStringList()); // an anonymous complaint is fine
        r.kind = RequestKind::Application;
        QVERIFY(fields(RequestValidator::validate(r)).contains(QStringLiteral("anonymous")));
    }

    void requirementsPerKindAndChannel()
    {
        Request r = good();
        r.kind = RequestKind::Application;
        QVERIFY(fields(RequestValidator::validate(r)).contains(QStringLiteral("iin")));
        r.citizen.iin = QStringLiteral("880315300014");
        QCOMPARE(fields(RequestValidator::validate(r)), QStringList());

        Request social = good();
        social.channel = Channel::SocialNetwork;
        social.citizen.phone.clear();
        QCOMPARE(fields(RequestValidator::validate(social)), QStringList()); // answered in the same account
        social.channel = Channel::CallCenter;
        QVERIFY(fields(RequestValidator::validate(social)).contains(QStringLiteral("phone")));

        Request info = good();
        info.kind = RequestKind::InformationRequest;
        info.districtCode.clear();
        QCOMPARE(fields(RequestValidator::validate(info)), QStringList());
    }

    void lengthLimits()
    {
        Request r = good();
        r.description = QString(RequestValidator::kMaxDescription + 1, QLatin1Char('x'));
        r.citizen.name = QString(RequestValidator::kMaxName + 1, QChar(0x0430));
        r.address = QString(RequestValidator::kMaxAddress + 1, QLatin1Char('y'));
        QCOMPARE(
            fields(RequestValidator::validate(r)),
            (QStringList {QStringLiteral("name"), QStringLiteral("address"), QStringLiteral("description")}));
        QCOMPARE(RequestValidator::validateField(r, QStringLiteral("name")).size(), 1);
    }

    void normalizes()
    {
        Request r = good();
        r.citizen.iin = QStringLiteral("880315 300014");
        r.citizen.name = QStringLiteral("  Ахметова   Айгерим ");
        const Request n = RequestValidator::normalized(r);
        QCOMPARE(n.citizen.phone, QStringLiteral("+77011234567"));
        QCOMPARE(n.citizen.iin, QStringLiteral("880315300014"));
        QCOMPARE(n.citizen.name, QStringLiteral("Ахметова Айгерим"));
        // What does not validate stays as typed: nothing the operator typed is lost.
        r.citizen.phone = QStringLiteral("12");
        QCOMPARE(RequestValidator::normalized(r).citizen.phone, QStringLiteral("12"));
    }
};

QTEST_GUILESS_MAIN(TestRequestValidator)
#include "TestRequestValidator.moc"
