#include "app/BudgetProposalListModel.h"
#include "app/BudgetReport.h"
#include "app/BudgetReportCsv.h"
#include "app/BudgetReportPdf.h"
#include "app/UiLanguage.h"
#include "core/ReferenceData.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QLocale>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace tyndau;

namespace {

constexpr qint64 kMillion = 1000000;

BudgetProposal proposal(const QString& id, const char* district, const QString& title, int votes,
                        qint64 costMillions, int submittedDay = 3, bool feasible = true)
{
    BudgetProposal p;
    p.id = id;
    p.seasonYear = 2026;
    p.title = title;
    p.districtCode = QLatin1String(district);
    p.estimatedCost = costMillions * kMillion;
    p.submittedAt = QDateTime(QDate(2026, 2, submittedDay), QTime(9, 0), Qt::UTC);
    p.assessed = true;
    p.feasible = feasible;
    p.votes = votes;
    return p;
}

// Almaly, 100 M: a1 (60 M, 3 votes) funded; a2 (50 M, 2) no longer fits the 40 M left;
// a3 (40 M, 1) spends them exactly; a4 is infeasible and never ranked.
// Medeu, 60 M: m1 (30 M, 5) funded; m2 and m3 tie on 4 votes, m2 submitted first, and its
// 45 M does not fit the 30 M left; m3 (20 M) does, leaving 10 M.
// Turksib has no budget and one unassessed proposal. A 2025 proposal counts nowhere.
BudgetSeason season()
{
    BudgetSeason s(2026);
    s.setPhase(BudgetPhase::Results);
    s.setBudget(QStringLiteral("medeu"), 60 * kMillion);
    s.setBudget(QStringLiteral("almaly"), 100 * kMillion);
    return s;
}

QList<BudgetProposal> proposals()
{
    BudgetProposal unassessed = proposal(QStringLiteral("t1"), "turksib", QStringLiteral("Фонтан"), 0, 10);
    unassessed.assessed = false;
    BudgetProposal lastYear
        = proposal(QStringLiteral("old"), "almaly", QStringLiteral("Прошлогодний проект"), 7, 5);
    lastYear.seasonYear = 2025;
    return {
        proposal(QStringLiteral("m3"), "medeu", QStringLiteral("Скамейки у арыка"), 4, 20, 9),
        proposal(QStringLiteral("a2"), "almaly", QStringLiteral("Спортивная площадка"), 2, 50),
        proposal(QStringLiteral("a1"), "almaly", QStringLiteral("Сквер у школы №1"), 3, 60),
        proposal(QStringLiteral("a4"), "almaly", QStringLiteral("Канатная дорога на крышу"), 0, 90, 3, false),
        proposal(QStringLiteral("m1"), "medeu", QStringLiteral("Тротуар к остановке"), 5, 30),
        proposal(QStringLiteral("a3"), "almaly", QStringLiteral("Велодорожка вдоль арыка"), 1, 40),
        proposal(QStringLiteral("m2"), "medeu", QStringLiteral("Освещение в парке \"Жастар\", аллея"), 4, 45,
                 5),
        unassessed,
        lastYear};
}

QStringList funded(const BudgetReportDistrict& d)
{
    QStringList out;
    for (const BudgetResultRow& row : d.rows)
        out.append(row.proposalId + (row.funded ? QLatin1Char('+') : QLatin1Char('-')));
    return out;
}

// pdftotext's words, with the locale's thousands separators (no-break spaces) as plain
// spaces so that figures can be searched for.
QString plain(QString text)
{
    return text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
}

QString run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestBudgetReport : public QObject
{
    Q_OBJECT

private:
    UiLanguage m_language;
    QTemporaryDir m_dir;

    BudgetReport build()
    {
        return BudgetReport::build(season(), proposals(), ReferenceData::almaty(), QDate(2026, 6, 1));
    }

private slots:
    void initTestCase()
    {
        // TYNDAU_KEEP_TEST_FILES=1 keeps the PDFs and CSVs to look at.
        m_dir.setAutoRemove(!qEnvironmentVariableIsSet("TYNDAU_KEEP_TEST_FILES"));
        if (!m_dir.autoRemove())
            qInfo("reports kept in %s", qPrintable(m_dir.path()));
    }

    void figuresMatchHandComputedResults()
    {
        QVERIFY(m_language.apply(QStringLiteral("ru"), UiLanguage::Remember::No));
        const BudgetReport r = build();
        QCOMPARE(r.year, 2026);
        QCOMPARE(r.phase, BudgetPhase::Results);
        // The reference's order (Almaly before Medeu before Turksib), not the budgets' order.
        QCOMPARE(r.districts.size(), 3);
        const BudgetReportDistrict& almaly = r.districts.at(0);
        const BudgetReportDistrict& medeu = r.districts.at(1);
        const BudgetReportDistrict& turksib = r.districts.at(2);
        QCOMPARE(almaly.name, QStringLiteral("Алмалинский район"));
        QCOMPARE(medeu.code, QStringLiteral("medeu"));
        QCOMPARE(turksib.code, QStringLiteral("turksib"));

        QCOMPARE(funded(almaly),
                 QStringList({QStringLiteral("a1+"), QStringLiteral("a2-"), QStringLiteral("a3+")}));
        QCOMPARE(almaly.budget, 100 * kMillion);
        QCOMPARE(almaly.spent, 100 * kMillion);
        QCOMPARE(almaly.remaining, 0);
        QCOMPARE(almaly.submitted, 4);
        QCOMPARE(almaly.feasible, 3);
        QCOMPARE(almaly.funded, 2);
        QCOMPARE(almaly.rows.at(1).rank, 2);
        QCOMPARE(almaly.rows.at(1).votes, 2);
        QCOMPARE(almaly.rows.at(1).cost, 50 * kMillion);

        QCOMPARE(funded(medeu),
                 QStringList({QStringLiteral("m1+"), QStringLiteral("m2-"), QStringLiteral("m3+")}));
        QCOMPARE(medeu.spent, 50 * kMillion);
        QCOMPARE(medeu.remaining, 10 * kMillion);
        QCOMPARE(medeu.funded, 2);

        QCOMPARE(turksib.budget, 0);
        QCOMPARE(turksib.submitted, 1);
        QCOMPARE(turksib.feasible, 0);
        QVERIFY(turksib.rows.isEmpty());

        QCOMPARE(r.budget, 160 * kMillion);
        QCOMPARE(r.spent, 150 * kMillion);
        QCOMPARE(r.remaining(), 10 * kMillion);
        QCOMPARE(r.votesCast, 3 + 2 + 1 + 0 + 5 + 4 + 4 + 0); // not the 2025 proposal's 7
        QCOMPARE(r.submitted, 8);
        QCOMPARE(r.feasible, 6);
        QCOMPARE(r.funded, 4);
    }

    void pdfInEachLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("almaly");
        QTest::addColumn<QString>("medeu");
        QTest::newRow("kk") << QStringLiteral("kk") << QStringLiteral("Алмалы ауданы")
                            << QStringLiteral("Медеу ауданы");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Алмалинский район")
                            << QStringLiteral("Медеуский район");
    }
    void pdfInEachLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, almaly);
        QFETCH(QString, medeu);
        QVERIFY(m_language.apply(lang, UiLanguage::Remember::No));
        const BudgetReport r = build();
        const QString pdf = m_dir.filePath(QStringLiteral("budget-%1.pdf").arg(lang));
        const auto written = BudgetReportPdf(r).writeFile(pdf);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));

        const QString words
            = plain(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
        QVERIFY2(!words.isEmpty(), "pdftotext (poppler-utils) is needed");
        QVERIFY2(words.contains(QStringLiteral("2026")), qPrintable(words.left(400)));
        QVERIFY(words.contains(almaly));
        QVERIFY(words.contains(medeu));
        QVERIFY(words.contains(displayName(BudgetPhase::Results))); // "Қорытындылар" in Kazakh
        for (const char* title : {"Сквер у школы №1", "Спортивная площадка", "Велодорожка вдоль арыка",
                                  "Тротуар к остановке", "Скамейки у арыка"})
            QVERIFY2(words.contains(QString::fromUtf8(title)), title);
        QVERIFY(!words.contains(QStringLiteral("Прошлогодний"))); // another year's
        QVERIFY(!words.contains(QStringLiteral("Канатная"))); // infeasible: not ranked
        // A tenge figure as the language writes it: Almaly's first proposal costs 60 M.
        const QString cost = plain(QLocale().toString(60 * kMillion));
        QCOMPARE(cost, QStringLiteral("60 000 000"));
        QVERIFY2(words.contains(cost), qPrintable(words));
        QVERIFY(words.contains(plain(BudgetReport::tenge(150 * kMillion)))); // spent in all

        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("(A4)")), qPrintable(info));
        QVERIFY(info.contains(r.title()));
    }

    // In the implementation phase each district's funded winners follow its table: status,
    // note and their latest photos, those not on this workstation counted instead.
    void theImplementationPhaseShowsTheWinnersProgress()
    {
        QVERIFY(m_language.apply(QStringLiteral("ru"), UiLanguage::Remember::No));
        QVERIFY(build().districts.first().progress.isEmpty()); // results only, before it
        BudgetSeason s = season();
        s.setPhase(BudgetPhase::Implementation);
        const AttachmentRef here {QStringLiteral("aa11"), QStringLiteral("фундамент.jpg"),
                                  QStringLiteral("image/jpeg"), 1};
        const AttachmentRef away {QStringLiteral("bb22"), QStringLiteral("стены.jpg"),
                                  QStringLiteral("image/jpeg"), 1};
        const AttachmentRef broken {QStringLiteral("cc33"), QStringLiteral("крыша.jpg"),
                                    QStringLiteral("image/jpeg"), 1};
        QList<BudgetProposalRecord> records;
        for (const BudgetProposal& p : proposals()) {
            BudgetProposalRecord r {p, {}, {}, {}, {}, 1};
            if (p.id == QLatin1String("a1")) {
                r.proposal.implementationStatus = QStringLiteral("in_progress");
                r.implementationNote = QStringLiteral("Заложен фундамент, работы идут по графику.");
                r.photos = {here, away, broken};
            }
            records.append(r);
        }
        const BudgetReport r = BudgetReport::build(s, records, ReferenceData::almaty(), QDate(2026, 9, 1));
        const BudgetReportDistrict& almaly = r.districts.first();
        QCOMPARE(almaly.code, QStringLiteral("almaly"));
        QCOMPARE(almaly.progress.size(), 2); // a1 and a3, the funded; a2 is not
        QCOMPARE(almaly.progress.first().proposalId, QStringLiteral("a1"));
        QCOMPARE(almaly.progress.first().status,
                 BudgetProposalListModel::implementationName(QStringLiteral("in_progress")));
        QCOMPARE(almaly.progress.at(1).proposalId, QStringLiteral("a3"));
        QCOMPARE(almaly.progress.at(1).status, QString());

        QImage green(300, 200, QImage::Format_RGB32);
        green.fill(Qt::darkGreen);
        QByteArray jpeg;
        {
            QBuffer buffer(&jpeg);
            QVERIFY(buffer.open(QIODevice::WriteOnly) && green.save(&buffer, "JPEG"));
        }
        const QString pdf = m_dir.filePath(QStringLiteral("budget-implementation.pdf"));
        const auto written = BudgetReportPdf(r, [&](const AttachmentRef& photo) {
                                 return photo == here  ? jpeg
                                     : photo == broken ? QByteArray("not a JPEG at all")
                                                       : QByteArray();
                             }).writeFile(pdf);
        QVERIFY2(written.ok(), qPrintable(written.error().message));
        const QString words
            = plain(run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}));
        QVERIFY2(words.contains(BudgetProgressPdf::tr("Implementation of the winners")), qPrintable(words));
        QVERIFY(words.contains(QStringLiteral("Заложен фундамент")));
        QVERIFY(words.contains(BudgetProgressPdf::tr("no status yet")));
        const QString notHere
            = BudgetProgressPdf::tr("%n photo(s) not on this workstation yet: open the winner in "
                                    "the Budget workspace to fetch them.",
                                    nullptr, 1);
        QVERIFY2(words.simplified().contains(notHere.simplified()), qPrintable(words));
        const QString unreadable
            = BudgetProgressPdf::tr("%n photo(s) in a format this workstation cannot show.", nullptr, 1);
        QVERIFY2(words.simplified().contains(unreadable.simplified()), qPrintable(words));
        // One picture in the file: the photo that is here.
        const QString images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
        QCOMPARE(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size() - 2, 1); // two lines of heads
    }

    void aLongRankingBreaksPages()
    {
        QVERIFY(m_language.apply(QStringLiteral("kk"), UiLanguage::Remember::No));
        BudgetSeason s(2026);
        s.setBudget(QStringLiteral("auezov"), 500 * kMillion);
        QList<BudgetProposal> many;
        for (int i = 1; i <= 60; ++i)
            many.append(proposal(QStringLiteral("p%1").arg(i), "auezov",
                                 QStringLiteral("Аула жобасы %1").arg(i), 1000 - i, 9 + i % 5));
        const BudgetReport r = BudgetReport::build(s, many, ReferenceData::almaty(), QDate(2026, 6, 1));
        QCOMPARE(r.districts.size(), 1);
        QCOMPARE(r.districts.first().rows.size(), 60);
        const QString pdf = m_dir.filePath(QStringLiteral("budget-long.pdf"));
        QVERIFY(BudgetReportPdf(r).writeFile(pdf).ok());
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        const int pages
            = info.section(QStringLiteral("Pages:"), 1).simplified().section(QLatin1Char(' '), 0, 0).toInt();
        QVERIFY2(pages >= 2, qPrintable(info));
        const QString words
            = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(words.contains(QStringLiteral("Аула жобасы 60"))); // the table lists every one
        QVERIFY(words.contains(BudgetReportPdf::tr("%1 (continued)").arg(r.districts.first().name)));
    }

    void csvRows()
    {
        QVERIFY(m_language.apply(QStringLiteral("ru"), UiLanguage::Remember::No));
        const BudgetReport r = build();
        const QString csv = m_dir.filePath(QStringLiteral("budget-ru.csv"));
        QVERIFY(BudgetReportCsv::writeFile(r, csv).ok());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        QVERIFY(!bytes.contains("\n\n")); // every line break is CRLF
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.at(0), r.title());
        QCOMPARE(lines.at(1), QStringLiteral("%1,2026").arg(BudgetReportCsv::tr("Year")));
        QVERIFY(lines.contains(QStringLiteral("%1,150000000").arg(BudgetReportCsv::tr("Spent (₸)"))));
        QVERIFY(lines.contains(QStringLiteral("%1,19").arg(BudgetReportCsv::tr("Votes cast"))));

        const QString yes = BudgetReportCsv::tr("funded");
        const QString no = BudgetReportCsv::tr("not funded");
        const qsizetype almaly
            = lines.indexOf(QStringLiteral("Алмалинский район,100000000,100000000,0,4,3,2"));
        QVERIFY2(almaly > 0, qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(lines.at(almaly - 1).section(QLatin1Char(','), 0, 0), BudgetReportCsv::tr("District"));
        QCOMPARE(lines.at(almaly + 1).section(QLatin1Char(','), 0, 0), BudgetReportCsv::tr("Rank"));
        QCOMPARE(lines.mid(almaly + 2, 4),
                 QStringList({QStringLiteral("1,Сквер у школы №1,3,60000000,") + yes,
                              QStringLiteral("2,Спортивная площадка,2,50000000,") + no,
                              QStringLiteral("3,Велодорожка вдоль арыка,1,40000000,") + yes, QString()}));
        const qsizetype medeu
            = lines.indexOf(QStringLiteral("Медеуский район,60000000,50000000,10000000,3,3,2"));
        QVERIFY(medeu > almaly);
        // A comma and quotes in a title: one quoted field (RFC 4180).
        QCOMPARE(lines.at(medeu + 3),
                 QStringLiteral("2,\"Освещение в парке \"\"Жастар\"\", аллея\",4,45000000,") + no);
        QCOMPARE(lines.at(medeu + 4), QStringLiteral("3,Скамейки у арыка,4,20000000,") + yes);
        const qsizetype turksib = lines.indexOf(QStringLiteral("Турксибский район,0,0,0,1,0,0"));
        QVERIFY2(turksib > medeu, qPrintable(lines.join(QLatin1Char('\n'))));
        QCOMPARE(lines.at(turksib + 2), QString()); // heads and no rows
    }
};

QTEST_MAIN(TestBudgetReport)
#include "TestBudgetReport.moc"
