#include "../server/ServerFixture.h"
#include "app/LocalRequests.h"
#include "core/AlmatyTime.h"
#include "core/Iin.h"
#include "db/Database.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace tyndau;
using namespace tyndau::test;

// The real tyndauctl binary against the real server: what scripts and cron jobs rely on.
class TestTyndauctl : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    };

    Run ctl(const QUrl& server, const QString& cache, const QStringList& args, const QByteArray& input = {},
            const QString& password = QStringLiteral("demo"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (password.isEmpty())
            env.remove(QStringLiteral("TYNDAU_PASSWORD"));
        else
            env.insert(QStringLiteral("TYNDAU_PASSWORD"), password);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TYNDAUCTL_BIN),
                QStringList {QStringLiteral("--server"), server.toString(), QStringLiteral("--user"),
                             QStringLiteral("operator1"), QStringLiteral("--cache"), cache}
                    + args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return Run {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
                    p.readAllStandardError()};
    }

    // One operation of the participation budget, sent alone; whether the server applied it.
    static bool applied(TestHttp& http, const char* type, const QJsonObject& fields)
    {
        QJsonObject op = fields;
        op.insert(QStringLiteral("op_id"), QUuid::createUuid().toString(QUuid::WithoutBraces));
        op.insert(QStringLiteral("type"), QLatin1String(type));
        const QJsonObject result = firstResult(http.postJson(QStringLiteral("/api/v1/ops"), batch(op)));
        const bool ok = result.value(QLatin1String("status")).toString() == QLatin1String("applied");
        if (!ok)
            qWarning("%s: %s", type, QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
        return ok;
    }

    static QJsonObject budgetProposal(const QString& id, const QString& district, const QString& title,
                                      qint64 cost)
    {
        return QJsonObject {{QStringLiteral("id"), id},
                            {QStringLiteral("year"), 2026},
                            {QStringLiteral("title"), title},
                            {QStringLiteral("description"),
                             QStringLiteral("Площадка с качелями и мягким покрытием во дворе")},
                            {QStringLiteral("district"), district},
                            {QStringLiteral("estimated_cost"), double(cost)},
                            {QStringLiteral("author_name"), QStringLiteral("Ахметова Айгерим")},
                            {QStringLiteral("author_iin"), QStringLiteral("880315300014")},
                            {QStringLiteral("author_phone"), QStringLiteral("8 701 123 45 67")},
                            {QStringLiteral("channel"), QStringLiteral("front_office")},
                            {QStringLiteral("submitted_at"), QStringLiteral("2026-02-03T09:00:00.000Z")}};
    }

    // A valid IIN per `n` (born 15 March 1988), different for each n.
    static QString voterIin(int n)
    {
        for (int serial = n * 10;; ++serial) {
            const QString first11 = QStringLiteral("8803153%1").arg(serial, 4, 10, QLatin1Char('0'));
            if (const int d = Iin::checkDigit(first11); d >= 0)
                return first11 + QString::number(d);
        }
    }

private slots:
    void scriptsCanRelyOnIt()
    {
        ServerFixture f;
        if (!f.start(QStringLiteral("sqlite")))
            return;
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("cache.db"));
        const QByteArray complaint
            = R"({"kind":"complaint","channel":"call_center","citizen":{"name":"Сейткали Динара","phone":"8 705 111 22 33"},
                 "district":"medeu","category":"water.leak","description":"Течёт вода из-под асфальта у дома 12","assign":"almaty-su"})";

        Run reg
            = ctl(f.server->url(), cache, {QStringLiteral("register"), QStringLiteral("--json")}, complaint);
        QVERIFY2(reg.code == 0, reg.err.constData());
        const QJsonObject saved = reg.json().object();
        const QString number = saved.value(QLatin1String("number")).toString();
        QVERIFY(QRegularExpression(QStringLiteral("^20\\d\\d-\\d{6}$")).match(number).hasMatch());
        QCOMPARE(saved.value(QLatin1String("status")).toString(), QStringLiteral("assigned"));

        Run list = ctl(f.server->url(), cache, {QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        QCOMPARE(list.json().array().size(), 1);

        Run show = ctl(f.server->url(), cache, {QStringLiteral("show"), number, QStringLiteral("--json")});
        QCOMPARE(show.code, 0);
        QCOMPARE(show.json().object().value(QLatin1String("history")).toArray().size(), 2);

        Run kb = ctl(f.server->url(), cache,
                     {QStringLiteral("kb"), QStringLiteral("search"), QStringLiteral("ЫСТЫҚ СУ"),
                      QStringLiteral("--lang"), QStringLiteral("kk"), QStringLiteral("--json")});
        QCOMPARE(kb.code, 0);
        const QJsonArray hits = kb.json().array();
        QVERIFY(!hits.isEmpty());
        for (const char* key : {"id", "title", "snippet"})
            QVERIFY(hits.first().toObject().contains(QLatin1String(key)));

        // Bad input: a one-line reason and a non-zero status, nothing saved.
        Run bad = ctl(f.server->url(), cache, {QStringLiteral("register")}, "{not json");
        QCOMPARE(bad.code, 2);
        QCOMPARE(bad.err.count('\n'), 1);
        Run invalid = ctl(f.server->url(), cache, {QStringLiteral("register")},
                          R"({"kind":"complaint","channel":"call_center","description":"x"})");
        QCOMPARE(invalid.code, 1);
        QCOMPARE(ctl(f.server->url(), cache, {QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(ctl(f.server->url(), cache,
                     {QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--offline")})
                     .json()
                     .array()
                     .size(),
                 1);
    }

    void savedLocallyWhenTheServerIsDown()
    {
        ServerFixture f;
        if (!f.start(QStringLiteral("sqlite")))
            return;
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("cache.db"));
        QCOMPARE(ctl(f.server->url(), cache, {QStringLiteral("sync")}).code, 0); // logged in, cache made
        const QUrl url = f.server->url();
        f.server->stop();
        Run offline = ctl(url, cache, {QStringLiteral("register")},
                          R"({"kind":"complaint","channel":"front_office","citizen":{"anonymous":true},
                              "district":"turksib","category":"roads.pothole","description":"Глубокая яма на остановке"})");
        QCOMPARE(offline.code, 4); // saved, not sent
        QVERIFY(offline.out.startsWith("П-"));
        QVERIFY(f.server->start());
        Run synced = ctl(f.server->url(), cache, {QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(synced.code, 0);
        QCOMPARE(synced.json().object().value(QLatin1String("outbox")).toInt(), 0);
        QCOMPARE(synced.json().object().value(QLatin1String("requests")).toInt(), 1);
        const QJsonArray rows
            = ctl(f.server->url(), cache, {QStringLiteral("list"), QStringLiteral("--json")}).json().array();
        QCOMPARE(rows.size(), 1);
        QVERIFY(!rows.first().toObject().value(QLatin1String("number")).toString().isEmpty());
    }

    void killedMidSyncThenResumed()
    {
        ServerFixture f;
        if (!f.start(QStringLiteral("sqlite")))
            return;
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("cache.db"));
        QCOMPARE(ctl(f.server->url(), cache, {QStringLiteral("sync")}).code,
                 0); // the cache, made and logged in
        const int n = 2000;
        {
            // Fill the outbox as the workstation would, offline.
            auto db = Database::open(DbUrl::sqlite(cache));
            QVERIFY(db.ok());
            const DeadlinePolicy policy(WorkingCalendar::kazakhstan());
            LocalRequests local(*db.value(), policy);
            for (int i = 0; i < n; ++i) {
                Request r;
                r.kind = RequestKind::Complaint;
                r.channel = Channel::SocialNetwork;
                r.citizen.anonymous = true;
                r.districtCode = QStringLiteral("almaly");
                r.categoryCode = QStringLiteral("electricity.street_lighting");
                r.description = QStringLiteral("Не горит фонарь, опора %1").arg(i);
                QVERIFY(local.registerNew(r, Actor {QStringLiteral("operator1"), Role::Operator, {}}).ok());
            }
        }
        // A real tyndauctl process, SIGKILLed once the server has started taking its batches.
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TYNDAU_PASSWORD"), QStringLiteral("demo"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TYNDAUCTL_BIN),
                {QStringLiteral("--server"), f.server->url().toString(), QStringLiteral("--user"),
                 QStringLiteral("operator1"), QStringLiteral("--cache"), cache, QStringLiteral("sync")});
        QVERIFY(p.waitForStarted());
        TestHttp inspector(f.server->url());
        inspector.login(QStringLiteral("inspector1"));
        QTRY_VERIFY_WITH_TIMEOUT(!inspector.get(QStringLiteral("/api/v1/changes?limit=1"))
                                         .json.value(QLatin1String("changes"))
                                         .toArray()
                                         .isEmpty()
                                     || p.state() == QProcess::NotRunning,
                                 60000);
        const bool killedMidWay = p.state() == QProcess::Running;
        p.kill();
        p.waitForFinished();
        QVERIFY2(killedMidWay, "the sync finished before it could be killed: make n larger");

        Run resumed = ctl(f.server->url(), cache, {QStringLiteral("sync"), QStringLiteral("--json")});
        QCOMPARE(resumed.code, 0);
        QCOMPARE(resumed.json().object().value(QLatin1String("outbox")).toInt(), 0);
        QCOMPARE(resumed.json().object().value(QLatin1String("requests")).toInt(), n);
        const QJsonArray onServer
            = waitForFeed(inspector, [&](const QJsonArray& all) { return all.size() >= n; });
        QCOMPARE(onServer.size(), n); // each exactly once
    }

    void weeklyReportAsPdfAndCsv()
    {
        ServerFixture f;
        if (!f.start(QStringLiteral("sqlite")))
            return;
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("cache.db"));
        const QByteArray complaint
            = R"({"kind":"complaint","channel":"call_center","citizen":{"name":"Сейткали Динара","phone":"8 705 111 22 33"},
                 "district":"medeu","category":"water.leak","description":"Течёт вода из-под асфальта у дома 12","assign":"almaty-su"})";
        for (int i = 0; i < 3; ++i)
            QCOMPARE(ctl(f.server->url(), cache, {QStringLiteral("register")}, complaint).code, 0);
        const QString week = AlmatyTime::weekCode(AlmatyTime::today());

        // Kazakh PDF: A4, every Kazakh letter, the week and its count.
        const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
        Run made = ctl(f.server->url(), cache,
                       {QStringLiteral("report"), QStringLiteral("--week"), week, QStringLiteral("--lang"),
                        QStringLiteral("kk"), QStringLiteral("--format"), QStringLiteral("pdf"),
                        QStringLiteral("-o"), pdf});
        QVERIFY2(made.code == 0, made.err.constData());
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.waitForFinished(60000), "pdftotext (poppler-utils) is needed");
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(words.contains(week), qPrintable(words.left(400)));
        QVERIFY(words.contains(QStringLiteral("Медеу"))); // the district, in Kazakh
        QVERIFY(words.contains(QStringLiteral("Өтініштер саны"))); // the labels too, not only the data
        QVERIFY(words.contains(QRegularExpression(QStringLiteral("[әғқңөұүһі]"))));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(60000));
        QVERIFY(info.readAllStandardOutput().contains("(A4)"));

        // Russian CSV: a spreadsheet opens it with its letters, and the count is there.
        const QString csv = dir.filePath(QStringLiteral("report.csv"));
        made = ctl(f.server->url(), cache,
                   {QStringLiteral("report"), QStringLiteral("--week"), week, QStringLiteral("--lang"),
                    QStringLiteral("ru"), QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("-o"), csv});
        QVERIFY2(made.code == 0, made.err.constData());
        QFile table(csv);
        QVERIFY(table.open(QIODevice::ReadOnly));
        const QByteArray bytes = table.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(lines.at(1).section(QLatin1Char(','), 1, 1), QStringLiteral("3"));
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("Медеуский район,3")));

        // Any range of days: the last 30, the same three in them.
        const QString month = dir.filePath(QStringLiteral("month.csv"));
        made = ctl(f.server->url(), cache,
                   {QStringLiteral("report"), QStringLiteral("--from"),
                    AlmatyTime::today().addDays(-29).toString(Qt::ISODate), QStringLiteral("--to"),
                    AlmatyTime::today().toString(Qt::ISODate), QStringLiteral("--format"),
                    QStringLiteral("csv"), QStringLiteral("--offline"), QStringLiteral("-o"), month});
        QVERIFY2(made.code == 0, made.err.constData());
        QFile monthTable(month);
        QVERIFY(monthTable.open(QIODevice::ReadOnly));
        const QStringList monthLines
            = QString::fromUtf8(monthTable.readAll().mid(3)).split(QStringLiteral("\r\n"));
        QVERIFY(monthLines.at(0).startsWith(QStringLiteral("Период"))); // not a week
        QCOMPARE(monthLines.at(1).section(QLatin1Char(','), 1, 1), QStringLiteral("3"));

        // Wrong arguments: exit 2 and a reason, no file.
        made = ctl(f.server->url(), cache,
                   {QStringLiteral("report"), QStringLiteral("--week"), QStringLiteral("2026-W99"),
                    QStringLiteral("-o"), dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(made.code, 2);
        QVERIFY(made.err.contains("--week"));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("x.pdf"))));
        made = ctl(f.server->url(), cache,
                   {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2026-11-30"),
                    QStringLiteral("--to"), QStringLiteral("2026-11-01"), QStringLiteral("-o"),
                    dir.filePath(QStringLiteral("x.pdf"))});
        QCOMPARE(made.code, 2);
        QVERIFY(made.err.contains("--from"));
    }

    // A season driven through its phases on the server, then its results from the cache.
    void budgetReportAsPdfAndCsv()
    {
        ServerFixture f;
        if (!f.start(QStringLiteral("sqlite")))
            return;
        auto admin = f.as(QStringLiteral("admin"));
        auto desk = f.as(QStringLiteral("operator1"));
        auto inspector = f.as(QStringLiteral("inspector1"));
        const auto move = [&](const char* phase) {
            return applied(*admin, "move_budget_phase",
                           {{QStringLiteral("year"), 2026}, {QStringLiteral("phase"), QLatin1String(phase)}});
        };
        const QJsonObject season {
            {QStringLiteral("year"), 2026},
            {QStringLiteral("max_votes"), 2},
            {QStringLiteral("budgets"),
             QJsonObject {{QStringLiteral("almaly"), 100000000}, {QStringLiteral("medeu"), 60000000}}}};
        QVERIFY(applied(*admin, "set_budget_season", {{QStringLiteral("season"), season}}));
        // Almaly: the square (60 M, 2 votes) is funded; the sports ground (50 M, 1 vote) no
        // longer fits the 40 M left. Medeu: the pavement (30 M, 1 vote) is funded.
        const QString square = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString ground = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString pavement = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QList<std::tuple<QString, QString, QString, qint64, QString>> proposals {
            {square, QStringLiteral("almaly"), QStringLiteral("Сквер у школы №1"), 60000000,
             QStringLiteral("akimat-almaly")},
            {ground, QStringLiteral("almaly"), QStringLiteral("Спортивная площадка"), 50000000,
             QStringLiteral("akimat-almaly")},
            {pavement, QStringLiteral("medeu"), QStringLiteral("Тротуар к остановке"), 30000000,
             QStringLiteral("akimat-medeu")}};
        for (const auto& [id, district, title, cost, org] : proposals)
            QVERIFY(applied(*desk, "submit_proposal",
                            {{QStringLiteral("proposal"), budgetProposal(id, district, title, cost)}}));
        QVERIFY(move("assessment"));
        for (const auto& [id, district, title, cost, org] : proposals)
            QVERIFY(applied(*inspector, "assess_proposal",
                            {{QStringLiteral("proposal_id"), id},
                             {QStringLiteral("feasible"), true},
                             {QStringLiteral("corrected_cost"), double(cost)},
                             {QStringLiteral("organization"), org},
                             {QStringLiteral("reason"), QStringLiteral("Заключение экспертов")}}));
        QVERIFY(move("voting"));
        for (const auto& [n, choices] :
             {std::pair {1, QStringList {square, ground}}, std::pair {2, QStringList {square}},
              std::pair {3, QStringList {pavement}}})
            QVERIFY(applied(*desk, "cast_vote",
                            {{QStringLiteral("year"), 2026},
                             {QStringLiteral("voter_iin"), voterIin(n)},
                             {QStringLiteral("choices"), QJsonArray::fromStringList(choices)}}));
        QVERIFY(move("results"));

        // Kazakh PDF, after a sync: A4, the districts in Kazakh, the proposals and their cost.
        QTemporaryDir dir;
        const QString cache = dir.filePath(QStringLiteral("cache.db"));
        const QString pdf = dir.filePath(QStringLiteral("budget.pdf"));
        const QStringList kk {
            QStringLiteral("budget-report"), QStringLiteral("--year"), QStringLiteral("2026"),
            QStringLiteral("--lang"),        QStringLiteral("kk"),     QStringLiteral("--format"),
            QStringLiteral("pdf"),           QStringLiteral("-o"),     pdf};
        Run made = ctl(f.server->url(), cache, kk);
        QVERIFY2(made.code == 0, made.err.constData());
        QVERIFY(made.out.startsWith("wrote "));
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.waitForFinished(60000), "pdftotext (poppler-utils) is needed");
        const QString words
            = QString::fromUtf8(text.readAllStandardOutput()).replace(QChar(0x00A0), QLatin1Char(' '));
        QVERIFY2(words.contains(QStringLiteral("2026")), qPrintable(words.left(400)));
        QVERIFY(words.contains(QStringLiteral("Алмалы ауданы")));
        QVERIFY(words.contains(QStringLiteral("Медеу ауданы")));
        QVERIFY(words.contains(QStringLiteral("Қорытындылар"))); // the phase, in Kazakh
        for (const auto& [id, district, title, cost, org] : proposals)
            QVERIFY2(words.contains(title), qPrintable(title));
        QVERIFY2(words.contains(QStringLiteral("60 000 000")), qPrintable(words));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY(info.waitForFinished(60000));
        QVERIFY(info.readAllStandardOutput().contains("(A4)"));

        // Russian CSV from the copy already synced: each district's figures and its ranking.
        const QString csv = dir.filePath(QStringLiteral("budget.csv"));
        made = ctl(f.server->url(), cache,
                   {QStringLiteral("budget-report"), QStringLiteral("--year"), QStringLiteral("2026"),
                    QStringLiteral("--lang"), QStringLiteral("ru"), QStringLiteral("--format"),
                    QStringLiteral("csv"), QStringLiteral("--offline"), QStringLiteral("-o"), csv});
        QVERIFY2(made.code == 0, made.err.constData());
        QFile table(csv);
        QVERIFY(table.open(QIODevice::ReadOnly));
        const QByteArray bytes = table.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        const qsizetype almaly
            = lines.indexOf(QStringLiteral("Алмалинский район,100000000,60000000,40000000,2,2,1"));
        QVERIFY2(almaly > 0, bytes.constData());
        QVERIFY(lines.at(almaly + 2).startsWith(QStringLiteral("1,Сквер у школы №1,2,60000000,")));
        QVERIFY(lines.at(almaly + 3).startsWith(QStringLiteral("2,Спортивная площадка,1,50000000,")));
        const qsizetype medeu
            = lines.indexOf(QStringLiteral("Медеуский район,60000000,30000000,30000000,1,1,1"));
        QVERIFY2(medeu > almaly, bytes.constData());
        QVERIFY(lines.at(medeu + 2).startsWith(QStringLiteral("1,Тротуар к остановке,1,30000000,")));

        // Wrong arguments: exit 2 and a reason, no file; a season the cache lacks: exit 1.
        const QString none = dir.filePath(QStringLiteral("none.pdf"));
        made = ctl(f.server->url(), cache,
                   {QStringLiteral("budget-report"), QStringLiteral("--year"), QStringLiteral("next"),
                    QStringLiteral("--offline"), QStringLiteral("-o"), none});
        QCOMPARE(made.code, 2);
        QVERIFY(made.err.contains("--year"));
        made = ctl(f.server->url(), cache,
                   {QStringLiteral("budget-report"), QStringLiteral("--year"), QStringLiteral("2026"),
                    QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("--offline"),
                    QStringLiteral("-o"), none});
        QCOMPARE(made.code, 2);
        QVERIFY(made.err.contains("--format"));
        made = ctl(f.server->url(), cache,
                   {QStringLiteral("budget-report"), QStringLiteral("--year"), QStringLiteral("2031"),
                    QStringLiteral("--offline"), QStringLiteral("-o"), none});
        QCOMPARE(made.code, 1);
        // One line of reason (Qt itself may warn on stderr too, about XDG_RUNTIME_DIR say).
        QCOMPARE(made.err.count("tyndauctl: "), 1);
        QVERIFY(made.err.contains("2031"));
        QVERIFY(!QFile::exists(none));
    }

    void wrongPasswordFails()
    {
        ServerFixture f;
        if (!f.start(QStringLiteral("sqlite")))
            return;
        QTemporaryDir dir;
        // On a machine set to Russian too: tyndauctl speaks English, the server's refusal with it.
        const QByteArray locale = qgetenv("LC_ALL");
        const bool localeWasSet = qEnvironmentVariableIsSet("LC_ALL");
        for (const char* machine : {"C.UTF-8", "ru_RU.UTF-8"}) {
            qputenv("LC_ALL", machine);
            Run r = ctl(f.server->url(), dir.filePath(QStringLiteral("c.db")), {QStringLiteral("login")}, {},
                        QStringLiteral("wrong"));
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains("Wrong login or password"), r.err.constData());
        }
        if (localeWasSet)
            qputenv("LC_ALL", locale);
        else
            qunsetenv("LC_ALL");
    }
};

QTEST_GUILESS_MAIN(TestTyndauctl)
#include "TestTyndauctl.moc"
