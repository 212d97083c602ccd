#include "core/ReferenceData.h"

#include <QTest>

using namespace tyndau;

class TestReferenceData : public QObject
{
    Q_OBJECT

private slots:
    void almatyIsComplete()
    {
        const ReferenceData& a = ReferenceData::almaty();
        QCOMPARE(a.districts().size(), 8);
        QVERIFY(a.organizations().size() >= 50);
        QVERIFY(a.streets().size() >= 100);
        for (const char* code :
             {"alatau", "almaly", "auezov", "bostandyk", "zhetysu", "medeu", "nauryzbay", "turksib"})
            QVERIFY2(a.district(QLatin1String(code)), code);
        for (const Category& c : a.categories()) {
            QVERIFY(!c.name.kk.isEmpty() && !c.name.ru.isEmpty() && !c.name.en.isEmpty());
            if (!c.parentCode.isEmpty())
                QVERIFY(ReferenceData::isWithin(c.code, c.parentCode));
        }
        QVERIFY(a.organization(QStringLiteral("almaty-su")));
        QVERIFY(a.organization(QStringLiteral("alts")));
        QVERIFY(a.organization(QStringLiteral("kala-zharyk")));
    }

    void everyCategoryInEveryDistrictHasAnExecutor()
    {
        const ReferenceData& a = ReferenceData::almaty();
        for (const Category& c : a.categories()) {
            for (const District& d : a.districts())
                QVERIFY2(!a.suggestExecutor(c.code, d.code).isEmpty(),
                         qPrintable(c.code + QLatin1Char('/') + d.code));
        }
    }

    void routing()
    {
        const ReferenceData& a = ReferenceData::almaty();
        QCOMPARE(a.suggestExecutor(QStringLiteral("water.leak"), QStringLiteral("auezov")),
                 QStringLiteral("almaty-su"));
        QCOMPARE(a.suggestExecutor(QStringLiteral("heating.outage"), QStringLiteral("medeu")),
                 QStringLiteral("alts"));
        QCOMPARE(a.suggestExecutor(QStringLiteral("electricity.street_lighting"), QStringLiteral("turksib")),
                 QStringLiteral("kala-zharyk"));
        QVERIFY(ReferenceData::isWithin(QStringLiteral("water.leak"), QStringLiteral("water")));
        QVERIFY(!ReferenceData::isWithin(QStringLiteral("waterfall"), QStringLiteral("water")));
        QCOMPARE(a.district(QStringLiteral("medeu"))->name.in(QStringLiteral("kk")),
                 QStringLiteral("Медеу ауданы"));
    }
};

QTEST_GUILESS_MAIN(TestReferenceData)
#include "TestReferenceData.moc"
