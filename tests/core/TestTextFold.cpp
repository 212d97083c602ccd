#include "core/TextFold.h"

#include <QTest>

using namespace tyndau;

class TestTextFold : public QObject
{
    Q_OBJECT

private slots:
    void foldsEveryKazakhAndRussianLetter()
    {
        const QString upper = QStringLiteral("АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯ");
        const QString lower = QStringLiteral("аәбвгғдеежзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя");
        QCOMPARE(TextFold::fold(upper), lower);
        QCOMPARE(TextFold::fold(QStringLiteral("ёлка ЁЛКА Ёлка")), QStringLiteral("елка елка елка"));
        QCOMPARE(TextFold::fold(QStringLiteral("Hot WATER")), QStringLiteral("hot water"));
    }

    void keepsLength()
    {
        const QString text = QStringLiteral("Ыстық СУ жоқ, горячей воды НЕТ — ещё!");
        QCOMPARE(TextFold::fold(text).size(), text.size());
    }

    void words()
    {
        QCOMPARE(TextFold::words(QStringLiteral("  Нет ГОРЯЧЕЙ воды; нет! \"x\"* OR 1=1")),
                 (QStringList {QStringLiteral("нет"), QStringLiteral("горячей"), QStringLiteral("воды"),
                               QStringLiteral("x"), QStringLiteral("or"), QStringLiteral("1")}));
        QVERIFY(TextFold::words(QStringLiteral("*** \" ( )")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTextFold)
#include "TestTextFold.moc"
