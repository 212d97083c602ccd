#include "core/ReferenceData.h"
#include "core/StreetKey.h"

#include <QTest>

using namespace tyndau;

// Two calls about the same street must meet whichever language and case the operator typed.
class TestStreetKey : public QObject
{
    Q_OBJECT

private slots:
    void knownStreetInEitherLanguage()
    {
        const ReferenceData& almaty = ReferenceData::almaty();
        const QStringList expected {QStringLiteral("проспект абая"), QStringLiteral("абай даңғылы")};
        QCOMPARE(StreetKey::of(QStringLiteral("ПРОСПЕКТ АБАЯ, 150, кв. 3"), almaty), expected);
        QCOMPARE(StreetKey::of(QStringLiteral("Абай даңғылы 12"), almaty), expected);
        QCOMPARE(StreetKey::street(QStringLiteral("Абай даңғылы 12"), almaty)->districtCode,
                 QStringLiteral("almaly"));
    }

    void unknownStreetFallsBackToTheTextBeforeTheComma()
    {
        const ReferenceData& almaty = ReferenceData::almaty();
        QCOMPARE(StreetKey::of(QStringLiteral("Садовая Ёлочная, 5"), almaty),
                 QStringList {QStringLiteral("садовая елочная")});
        QCOMPARE(StreetKey::of(QStringLiteral("д. 5"), almaty), QStringList {});
        QCOMPARE(StreetKey::of(QString(), almaty), QStringList {});
        QVERIFY(!StreetKey::street(QStringLiteral("нигде"), almaty));
    }
};

QTEST_MAIN(TestStreetKey)
#include "TestStreetKey.moc"
