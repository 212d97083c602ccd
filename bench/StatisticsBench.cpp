// bench/tyndau-bench-statistics [N]: the supervisor's statistics over N generated requests
// (default 500,000, a year), against the limit measured in the same run: the `sqlite3` shell
// running the same GROUP BY queries on the same file. Also the weekly report's PDF.
//
// The project's figure is WeeklyReport::build — what the statistics workspace and the report
// call: the period and the one before (per day and channel, categories, districts,
// organizations, totals) and the acute issues against four periods before. The limit runs
// those same statements, with the values written in, through `sqlite3` on the same database.
// Each is the median of five runs, after one warm-up; ratio = project / limit (target ≤ 1.5).
#include "BenchTiming.h"
#include "app/ReportPdf.h"
#include "app/WeeklyReport.h"
#include "core/AlmatyTime.h"
#include "core/ReferenceData.h"
#include "db/Database.h"
#include "db/DemoData.h"
#include "db/ReferenceStore.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace tyndau;

namespace {

constexpr qint64 kDayMs = 86400000;

// The statements StatisticsStore runs for one period, with the values written in.
QStringList periodSql(const TimeSpan& span, QDate today)
{
    const qint64 off = qint64(AlmatyTime::zone().offsetFromUtc(span.begin)) * 1000;
    const QString in = QStringLiteral(" WHERE created_at >= %1 AND created_at < %2")
                           .arg(span.begin.toMSecsSinceEpoch())
                           .arg(span.end.toMSecsSinceEpoch());
    const QString due = QStringLiteral("CAST(julianday(due_date) - 2440587.5 AS INTEGER)");
    const qint64 todayNumber = QDate(1970, 1, 1).daysTo(today);
    return {
        QStringLiteral(
            "SELECT (created_at + %1) / %2 AS d, channel, COUNT(*) FROM requests%3 GROUP BY d, channel;")
            .arg(off)
            .arg(kDayMs)
            .arg(in),
        QStringLiteral("SELECT category_code AS k, COUNT(*) FROM requests%1 GROUP BY k;").arg(in),
        QStringLiteral("SELECT district_code AS k, COUNT(*) FROM requests%1 GROUP BY k;").arg(in),
        QStringLiteral(
            "SELECT org_code, COUNT(*), SUM(CASE WHEN answered_at IS NOT NULL THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN answered_at IS NOT NULL AND (answered_at + %1) / %2 <= %3 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN answered_at IS NULL AND closed_at IS NULL AND %3 < %4 THEN 1 ELSE 0 END), "
            "SUM(CASE WHEN return_count > 0 THEN 1 ELSE 0 END), "
            "AVG(CASE WHEN answered_at IS NOT NULL THEN (answered_at - registered_at) / 3600000.0 END), "
            "AVG(CASE WHEN quality_score >= 0 THEN quality_score * 1.0 END), "
            "SUM(CASE WHEN quality_score >= 0 THEN 1 ELSE 0 END) "
            "FROM requests%5 AND org_code IS NOT NULL GROUP BY org_code ORDER BY COUNT(*) DESC, org_code;")
            .arg(off)
            .arg(kDayMs)
            .arg(due)
            .arg(todayNumber)
            .arg(in),
        QStringLiteral("SELECT SUM(CASE WHEN status = 'consulted' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN status = 'linked_to_incident' THEN 1 ELSE 0 END), "
                       "SUM(CASE WHEN satisfaction > 0 THEN 1 ELSE 0 END), "
                       "AVG(CASE WHEN satisfaction > 0 THEN satisfaction * 1.0 END), "
                       "SUM(CASE WHEN quality_score >= 0 THEN 1 ELSE 0 END), "
                       "AVG(CASE WHEN quality_score >= 0 THEN quality_score * 1.0 END) FROM requests%1;")
            .arg(in),
    };
}

QStringList countSql(const TimeSpan& span)
{
    const QString in = QStringLiteral(" WHERE created_at >= %1 AND created_at < %2")
                           .arg(span.begin.toMSecsSinceEpoch())
                           .arg(span.end.toMSecsSinceEpoch());
    const QString street = QStringLiteral("trim(CASE WHEN instr(address, ',') > 0 THEN substr(address, 1, "
                                          "instr(address, ',') - 1) ELSE address END)");
    QStringList out;
    for (const QString& key : {QStringLiteral("category_code"), QStringLiteral("district_code"), street})
        out.append(QStringLiteral("SELECT %1 AS k, COUNT(*) FROM requests%2 GROUP BY k;").arg(key, in));
    return out;
}

// Everything WeeklyReport::build asks of the database for `span`.
QString limitScript(const TimeSpan& span, QDate today)
{
    const qint64 days = span.firstDay.daysTo(span.lastDay) + 1;
    const TimeSpan before = AlmatyTime::days(span.firstDay.addDays(-days), span.firstDay.addDays(-1));
    TimeSpan acuteBefore;
    acuteBefore.begin = span.begin.addMSecs(-span.begin.msecsTo(span.end) * 4);
    acuteBefore.end = span.begin;
    QStringList all
        = periodSql(span, today) + periodSql(before, today) + countSql(span) + countSql(acuteBefore);
    return all.join(QLatin1Char('\n'));
}

template <typename Run>
double timed(Run run)
{
    QList<double> ms;
    run(); // warm: the page cache, as a supervisor's second look
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        ms.append(t.nsecsElapsed() / 1e6);
    }
    return bench::median(ms);
}

void compare(const char* what, Database& db, const QString& path, const TimeSpan& span, QDate today)
{
    const ReferenceData& reference = ReferenceData::almaty();
    // As the statistics workspace counts: a long period on a reader connection of its own,
    // opened for the count (in a worker thread there), a short one on the cache's connection.
    const bool background = span.firstDay.daysTo(span.lastDay) + 1 > WeeklyReport::kLongPeriodDays;
    const double project = timed([&] {
        std::unique_ptr<Database> reader;
        if (background) {
            auto opened = Database::openReader(DbUrl::sqlite(path));
            if (!opened)
                qFatal("cannot open a reader");
            reader = std::move(opened).value();
        }
        if (!WeeklyReport::build(background ? *reader : db, reference, span, today))
            qFatal("the report could not be built");
    });
    const QByteArray script = limitScript(span, today).toUtf8();
    const double limit = timed([&] { bench::sqliteShellMs(path, script); });
    std::printf("%-28s project %8.1f ms   limit (sqlite3) %8.1f ms   ratio %.2f\n", what, project, limit,
                project / limit);
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // the PDF needs fonts, not a screen
    QGuiApplication app(argc, argv);
    const qint64 count = argc > 1 ? QByteArray(argv[1]).toLongLong() : 500000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("stats.db"));
    auto db = Database::open(DbUrl::sqlite(path));
    if (!db || !DemoData::seedReference(*db.value()))
        qFatal("cannot make the database");
    DemoOptions options;
    options.count = count;
    QElapsedTimer made;
    made.start();
    if (!DemoData::generateRequests(*db.value(), options))
        qFatal("cannot generate the requests");
    std::printf("%lld requests over a year generated in %.1f s\n", static_cast<long long>(count),
                made.elapsed() / 1000.0);

    const QDate today = AlmatyTime::today();
    const TimeSpan week = AlmatyTime::weekContaining(today.addDays(-7));
    const TimeSpan year = AlmatyTime::days(today.addDays(-364), today);
    compare("a week (and the week before)", *db.value(), path, week, today);
    compare("a year (and the year before)", *db.value(), path, year, today);

    auto report = WeeklyReport::build(*db.value(), ReferenceData::almaty(), week, today);
    QTemporaryDir out;
    const double pdf = timed([&] {
        if (!ReportPdf(report.value(), ReferenceData::almaty())
                 .writeFile(out.filePath(QStringLiteral("w.pdf"))))
            qFatal("the PDF could not be written");
    });
    std::printf("%-28s %8.1f ms (A4, Noto Sans, charts and tables)\n", "the weekly report's PDF", pdf);
    return 0;
}
