#include "core/Snippet.h"

#include <QTest>

using namespace tyndau;

class TestSnippet : public QObject
{
    Q_OBJECT

private slots:
    void highlightsPrefixesCaseAndYo()
    {
        QCOMPARE(Snippet::highlight(QStringLiteral("Счётчик ГОРЯЧЕЙ воды"),
                                    {QStringLiteral("счет"), QStringLiteral("горяч")}),
                 QStringLiteral("<b>Счётчик</b> <b>ГОРЯЧЕЙ</b> воды"));
        QCOMPARE(Snippet::highlight(QStringLiteral("Ыстық су жоқ"), {QStringLiteral("ыст")}),
                 QStringLiteral("<b>Ыстық</b> су жоқ"));
    }

    void escapesHtml()
    {
        QCOMPARE(Snippet::highlight(QStringLiteral("<script>вода</script>"), {QStringLiteral("вода")}),
                 QStringLiteral("&lt;script&gt;<b>вода</b>&lt;/script&gt;"));
    }

    void cutsAroundTheFirstMatch()
    {
        QStringList words;
        for (int i = 0; i < 100; ++i)
            words.append(QStringLiteral("слово%1").arg(i));
        words[60] = QStringLiteral("Лифт");
        const QString s = Snippet::make(words.join(QLatin1Char(' ')), {QStringLiteral("лифт")}, 10);
        QVERIFY(s.startsWith(QStringLiteral("… ")));
        QVERIFY(s.endsWith(QStringLiteral(" …")));
        QVERIFY(s.contains(QStringLiteral("<b>Лифт</b>")));
        QVERIFY(s.count(QLatin1Char(' ')) <= 12);
    }
};

QTEST_GUILESS_MAIN(TestSnippet)
#include "TestSnippet.moc"
