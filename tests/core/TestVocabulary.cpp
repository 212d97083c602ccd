#include "core/Vocabulary.h"

#include <QTest>

using namespace tyndau;

class TestVocabulary : public QObject
{
    Q_OBJECT

private:
    template <typename E>
    void roundTrip()
    {
        QSet<QString> codes;
        for (E v : allValues<E>()) {
            const QString code = toCode(v);
            QVERIFY(!code.isEmpty());
            QVERIFY2(!codes.contains(code), qPrintable(code));
            codes.insert(code);
            QCOMPARE(fromCode<E>(code), std::optional<E>(v));
            QVERIFY(!displayName(v).isEmpty());
        }
        QCOMPARE(fromCode<E>(QStringLiteral("no such code")), std::nullopt);
    }

private slots:
    void codesRoundTrip()
    {
        roundTrip<RequestKind>();
        roundTrip<Channel>();
        roundTrip<Language>();
        roundTrip<Status>();
        roundTrip<Action>();
        roundTrip<Role>();
        QCOMPARE(allValues<Status>().size(), 13);
        QCOMPARE(toCode(Channel::CallCenter), QStringLiteral("call_center"));
    }
};

QTEST_GUILESS_MAIN(TestVocabulary)
#include "TestVocabulary.moc"
