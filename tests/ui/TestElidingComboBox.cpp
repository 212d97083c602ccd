// ElidingComboBox: a filter narrower than its chosen item says so with "…" and a tooltip,
// instead of cutting a Kazakh word into another one; wide enough, it is Qt's combo box.
#include "ui/ElidingComboBox.h"

#include <QtTest>

using namespace tyndau;

class TestElidingComboBox : public QObject
{
    Q_OBJECT

private slots:
    void aNarrowBoxShowsTheItemCutShort()
    {
        ElidingComboBox box;
        box.addItems({QStringLiteral("Барлық мәртебелер"), QStringLiteral("Тіркелді")});
        box.resize(box.sizeHint());
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        QCOMPARE(box.shownText(), QStringLiteral("Барлық мәртебелер"));
        QVERIFY(box.toolTip().isEmpty());

        box.resize(box.sizeHint().width() * 2 / 3, box.sizeHint().height());
        QVERIFY2(box.shownText().endsWith(QChar(0x2026)), qPrintable(box.shownText()));
        QVERIFY(box.shownText().startsWith(QStringLiteral("Барлық")));
        QCOMPARE(box.toolTip(), QStringLiteral("Барлық мәртебелер"));
        // What is painted is that: Qt's combo box holding the shortened text looks the same.
        ElidingComboBox narrow;
        narrow.addItem(QStringLiteral("Барлық мәртебелер"));
        narrow.resize(box.size());
        QComboBox shortened;
        shortened.addItem(box.shownText());
        shortened.resize(box.size());
        QCOMPARE(narrow.grab().toImage(), shortened.grab().toImage());

        box.setCurrentIndex(1); // "Тіркелді" fits
        QCOMPARE(box.shownText(), QStringLiteral("Тіркелді"));
        QVERIFY(box.toolTip().isEmpty());
        QFont larger = box.font(); // until the letters grow
        larger.setPointSize(larger.pointSize() * 3);
        box.setFont(larger);
        QVERIFY(box.shownText().endsWith(QChar(0x2026)));
        QCOMPARE(box.toolTip(), QStringLiteral("Тіркелді"));

        // Editable, its line edit scrolls: no tooltip, nothing shortened.
        box.setEditable(true);
        QCOMPARE(box.shownText(), QStringLiteral("Тіркелді"));
    }

    void wideEnoughItPaintsAsQtsDoes()
    {
        QComboBox qts;
        ElidingComboBox ours;
        for (QComboBox* box : {&qts, static_cast<QComboBox*>(&ours)}) {
            box->addItems({QStringLiteral("Барлық арналар"), QStringLiteral("1308 байланыс орталығы")});
            box->setCurrentIndex(1);
            box->resize(box->sizeHint());
        }
        QCOMPARE(ours.grab().toImage(), qts.grab().toImage());
    }
};

QTEST_MAIN(TestElidingComboBox)
#include "TestElidingComboBox.moc"
