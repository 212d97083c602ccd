#include "ReportCsv.h"

#include "UiLanguage.h"
#include "WeeklyReport.h"
#include "core/ReferenceData.h"

#include <QLocale>
#include <QSaveFile>

namespace tyndau {
namespace {

void row(QString& out, const QStringList& cells)
{
    out += ReportCsv::record(cells);
}

QString number(double v)
{
    return QString::number(v, 'f', 1); // a dot, whatever the locale: CSV readers expect it
}

} // namespace

QString ReportCsv::field(const QString& value)
{
    static const QString special = QStringLiteral(",\"\r\n");
    for (QChar c : special)
        if (value.contains(c))
            return QLatin1Char('"') + QString(value).replace(QLatin1Char('"'), QStringLiteral("\"\""))
                + QLatin1Char('"');
    return value;
}

QString ReportCsv::record(const QStringList& cells)
{
    QStringList escaped;
    for (const QString& c : cells)
        escaped.append(field(c));
    return escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

Result<void> ReportCsv::save(const QByteArray& bytes, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error {QStringLiteral("io"), file.errorString(), {}};
    file.write(bytes);
    if (!file.commit())
        return Error {QStringLiteral("io"), file.errorString(), {}};
    return {};
}

Result<void> ReportCsv::writeFile(const WeeklyReport& report, const ReferenceData& reference,
                                  const QString& path)
{
    return save(write(report, reference), path);
}

QByteArray ReportCsv::write(const WeeklyReport& r, const ReferenceData& reference)
{
    const QString lang = UiLanguage::current();
    QString out;
    row(out,
        {r.isWeek() ? tr("Week") : tr("Period"), r.weekCode, r.current.span.firstDay.toString(Qt::ISODate),
         r.current.span.lastDay.toString(Qt::ISODate)});
    row(out,
        {tr("Requests"), QString::number(r.current.total), r.previousLabel(),
         QString::number(r.previous.total)});
    row(out, {tr("Consultations on the spot"), QString::number(r.current.consultations)});
    row(out, {tr("Answered on time, %"), number(r.onTimeRate())});
    row(out, {tr("Returned for rework, %"), number(r.returnRate())});
    row(out, {tr("Overdue and open"), QString::number(r.overdueOpen())});
    row(out,
        {tr("Citizen satisfaction (1–5)"), number(r.current.satisfactionAverage),
         QString::number(r.current.satisfactionCount)});
    row(out,
        {tr("Quality of answers (0–5, inspectors' checklist)"), number(r.current.qualityAverage),
         QString::number(r.current.qualityCount)});
    out += QStringLiteral("\r\n");

    QStringList header {tr("Day")};
    for (Channel c : allValues<Channel>())
        header.append(displayName(c));
    row(out, header);
    for (QDate d = r.current.span.firstDay; d <= r.current.span.lastDay; d = d.addDays(1)) {
        QStringList cells {d.toString(Qt::ISODate)};
        for (Channel c : allValues<Channel>())
            cells.append(QString::number(r.current.perDayByChannel.value(d).value(c)));
        row(out, cells);
    }
    out += QStringLiteral("\r\n");

    row(out, {tr("Category"), r.currentLabel(), r.previousLabel()});
    for (const GroupCount& g : r.categories)
        row(out, {g.name, QString::number(g.count), QString::number(g.previous)});
    out += QStringLiteral("\r\n");
    row(out, {tr("District"), r.currentLabel(), r.previousLabel()});
    for (const GroupCount& g : r.districts)
        row(out, {g.name, QString::number(g.count), QString::number(g.previous)});
    out += QStringLiteral("\r\n");

    row(out,
        {tr("Executor"), tr("Assigned"), tr("Answered"), tr("On time"), tr("Overdue and open"),
         tr("Returned"), tr("Average hours to answer"), tr("Average quality score (0–5)")});
    for (const OrganizationFigures& o : r.current.byOrganization) {
        const Organization* org = reference.organization(o.orgCode);
        row(out,
            {org ? org->name.in(lang) : o.orgCode, QString::number(o.assigned), QString::number(o.answered),
             QString::number(o.onTime), QString::number(o.overdueOpen), QString::number(o.returned),
             number(o.averageAnswerHours), number(o.qualityAverage)});
    }
    out += QStringLiteral("\r\n");

    row(out, {tr("Acute issue"), r.currentLabel(), r.usualLabel()});
    for (const AcuteIssue& a : r.acute)
        row(out, {WeeklyReport::nameOf(reference, a, lang), QString::number(a.count), number(a.usual)});
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace tyndau
