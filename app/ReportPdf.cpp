#include "ReportPdf.h"

#include "PdfPage.h"
#include "UiLanguage.h"
#include "WeeklyReport.h"
#include "core/ReferenceData.h"

#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

namespace tyndau {

namespace {

const QList<QColor> kChannelColors {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e),
                                    QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
                                    QColor(0x94, 0x67, 0xbd)};

QString change(int now, int before)
{
    if (before == 0)
        return now == 0 ? QStringLiteral("—") : QStringLiteral("+%1").arg(now);
    const double percent = 100.0 * (now - before) / before;
    return QStringLiteral("%1%2 %")
        .arg(percent >= 0 ? QStringLiteral("+") : QString())
        .arg(percent, 0, 'f', 0);
}

} // namespace

ReportPdf::ReportPdf(const WeeklyReport& report, const ReferenceData& reference)
    : m_report(report)
    , m_reference(reference)
{
}

Result<void> ReportPdf::writeFile(const QString& path) const
{
    if (!PdfPage::write(path, tr("Citizens' requests, %1").arg(m_report.periodName()),
                        [this](QPagedPaintDevice& device) { paint(device); }))
        return Error {QStringLiteral("io"), tr("The report could not be written to %1.").arg(path), {}};
    return {};
}

void ReportPdf::paint(QPagedPaintDevice& device) const
{
    QPainter p(&device);
    PdfPage c(device);
    header(p, c);
    totals(p, c);
    perDayChart(p, c);
    bars(p, c,
         m_report.isWeek() ? tr("Requests by category (top 10), against the week before")
                           : tr("Requests by category (top 10), against the period before"),
         m_report.categories, 10);
    bars(p, c, tr("Requests by district"), m_report.districts, 8);
    organizations(p, c);
    acuteIssues(p, c);
}

void ReportPdf::header(QPainter& p, PdfPage& c) const
{
    const QLocale locale;
    p.setFont(PdfPage::font(16, true));
    p.drawText(QRect(c.left, c.y, c.width, c.unit * 9), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Citizens' requests: %1").arg(m_report.periodName()));
    c.y += c.unit * 9;
    p.setFont(PdfPage::font(10));
    p.drawText(QRect(c.left, c.y, c.width, c.unit * 6), Qt::AlignLeft | Qt::AlignVCenter,
               tr("%1 – %2, Asia/Almaty. For the Akim's staff meeting.")
                   .arg(locale.toString(m_report.current.span.firstDay, QStringLiteral("d MMMM yyyy")),
                        locale.toString(m_report.current.span.lastDay, QStringLiteral("d MMMM yyyy"))));
    c.y += c.unit * 9;
}

void ReportPdf::totals(QPainter& p, PdfPage& c) const
{
    const QLocale locale;
    const WeeklyReport& r = m_report;
    const QList<std::pair<QString, QString>> figures {
        {tr("Requests"),
         (r.isWeek() ? tr("%1 (%2 against the week before)") : tr("%1 (%2 against the period before)"))
             .arg(locale.toString(r.current.total), change(r.current.total, r.previous.total))},
        {tr("Consultations on the spot"), locale.toString(r.current.consultations)},
        {tr("Answered on time"), tr("%1 %").arg(locale.toString(r.onTimeRate(), 'f', 1))},
        {tr("Returned for rework"), tr("%1 %").arg(locale.toString(r.returnRate(), 'f', 1))},
        {tr("Overdue and open"), locale.toString(r.overdueOpen())},
        {tr("Citizen satisfaction"),
         r.current.satisfactionCount > 0 ? tr("%1 of 5 (%2 call-backs)")
                                               .arg(locale.toString(r.current.satisfactionAverage, 'f', 1),
                                                    locale.toString(r.current.satisfactionCount))
                                         : tr("no call-backs")},
        {tr("Quality of answers (inspectors' checklist)"),
         r.current.qualityCount > 0 ? tr("%1 of 5 (%2 reviewed)")
                                          .arg(locale.toString(r.current.qualityAverage, 'f', 1),
                                               locale.toString(r.current.qualityCount))
                                    : tr("none reviewed")},
    };
    const int line = c.unit * 6;
    c.need(line * int(figures.size()));
    for (const auto& [name, value] : figures) {
        p.setFont(PdfPage::font(10));
        p.drawText(QRect(c.left, c.y, c.width / 2, line), Qt::AlignLeft | Qt::AlignVCenter, name);
        p.setFont(PdfPage::font(10, true));
        p.drawText(QRect(c.left + c.width / 2, c.y, c.width / 2, line), Qt::AlignLeft | Qt::AlignVCenter,
                   value);
        c.y += line;
    }
    c.y += c.unit * 5;
}

void ReportPdf::perDayChart(QPainter& p, PdfPage& c) const
{
    const QLocale locale;
    const int height = c.unit * 60;
    c.need(height + c.unit * 20);
    p.setFont(PdfPage::font(11, true));
    p.drawText(QRect(c.left, c.y, c.width, c.unit * 7), Qt::AlignLeft, tr("Requests per day by channel"));
    c.y += c.unit * 8;
    const auto& perDay = m_report.current.perDayByChannel;
    int most = 1;
    for (QDate d = m_report.current.span.firstDay; d <= m_report.current.span.lastDay; d = d.addDays(1)) {
        int sum = 0;
        for (int v : perDay.value(d))
            sum += v;
        most = std::max(most, sum);
    }
    most += most / 8 + 1; // room above the tallest bar for its number
    const int slot = c.width / 7;
    const QList<Channel> channels = allValues<Channel>();
    p.setFont(PdfPage::font(8));
    int day = 0;
    for (QDate d = m_report.current.span.firstDay; d <= m_report.current.span.lastDay;
         d = d.addDays(1), ++day) {
        int top = c.y + height;
        int sum = 0;
        for (int i = 0; i < channels.size(); ++i) {
            const int n = perDay.value(d).value(channels.at(i));
            const int h = height * n / most;
            p.fillRect(QRect(c.left + day * slot + slot / 5, top - h, slot * 3 / 5, h),
                       kChannelColors.value(i));
            top -= h;
            sum += n;
        }
        p.setPen(Qt::black);
        p.drawText(QRect(c.left + day * slot, top - c.unit * 5, slot, c.unit * 5), Qt::AlignCenter,
                   locale.toString(sum));
        p.drawText(QRect(c.left + day * slot, c.y + height, slot, c.unit * 5), Qt::AlignCenter,
                   locale.toString(d, QStringLiteral("ddd d.MM")));
    }
    c.y += height + c.unit * 6;
    int x = c.left;
    for (int i = 0; i < channels.size(); ++i) {
        p.fillRect(QRect(x, c.y + c.unit, c.unit * 3, c.unit * 3), kChannelColors.value(i));
        const QString name = displayName(channels.at(i));
        p.drawText(QRect(x + c.unit * 4, c.y, c.width, c.unit * 5), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += c.unit * 6 + p.fontMetrics().horizontalAdvance(name);
    }
    c.y += c.unit * 10;
}

void ReportPdf::bars(QPainter& p, PdfPage& c, const QString& title, const QList<GroupCount>& rows,
                     int limit) const
{
    const QLocale locale;
    const int line = c.unit * 6;
    const int shown = int(std::min<qsizetype>(limit, rows.size()));
    c.need(line * (shown + 2));
    p.setFont(PdfPage::font(11, true));
    p.drawText(QRect(c.left, c.y, c.width, c.unit * 7), Qt::AlignLeft, title);
    c.y += c.unit * 8;
    int most = 1;
    for (int i = 0; i < shown; ++i)
        most = std::max({most, rows.at(i).count, rows.at(i).previous});
    const int nameWidth = c.width * 2 / 5;
    const int barWidth = c.width * 2 / 5;
    p.setFont(PdfPage::font(9));
    for (int i = 0; i < shown; ++i) {
        const GroupCount& g = rows.at(i);
        p.drawText(QRect(c.left, c.y, nameWidth - c.unit * 2, line), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(g.name, Qt::ElideRight, nameWidth - c.unit * 2));
        p.fillRect(QRect(c.left + nameWidth, c.y + c.unit, barWidth * g.count / most, line - c.unit * 2),
                   QColor(0x1f, 0x77, 0xb4));
        // The week before, as a thin mark: the change shows without reading numbers.
        const int before = c.left + nameWidth + barWidth * g.previous / most;
        p.fillRect(QRect(before, c.y + c.unit / 2, std::max(1, c.unit / 3), line - c.unit), Qt::black);
        p.drawText(
            QRect(c.left + nameWidth + barWidth + c.unit * 2, c.y, c.width - nameWidth - barWidth, line),
            Qt::AlignLeft | Qt::AlignVCenter,
            tr("%1 (%2)").arg(locale.toString(g.count), change(g.count, g.previous)));
        c.y += line;
    }
    c.y += c.unit * 6;
}

void ReportPdf::organizations(QPainter& p, PdfPage& c) const
{
    const QLocale locale;
    const QString lang = UiLanguage::current();
    QList<OrganizationFigures> late;
    for (const OrganizationFigures& o : m_report.current.byOrganization)
        if (o.overdueOpen > 0)
            late.append(o);
    std::sort(late.begin(), late.end(), [](const OrganizationFigures& a, const OrganizationFigures& b) {
        return a.overdueOpen > b.overdueOpen;
    });
    const int line = c.unit * 6;
    c.need(line * int(std::min<qsizetype>(late.size(), 10) + 3));
    p.setFont(PdfPage::font(11, true));
    p.drawText(QRect(c.left, c.y, c.width, c.unit * 7), Qt::AlignLeft, tr("Executors with overdue requests"));
    c.y += c.unit * 8;
    p.setFont(PdfPage::font(9, true));
    const QList<int> columns {0, c.width * 9 / 20, c.width * 12 / 20, c.width * 15 / 20, c.width * 18 / 20};
    const QStringList heads {tr("Executor"), tr("Overdue"), tr("On time"), tr("Returned"), tr("Quality")};
    for (int i = 0; i < heads.size(); ++i)
        p.drawText(QRect(c.left + columns.at(i), c.y, c.width / 4, line), Qt::AlignLeft | Qt::AlignVCenter,
                   heads.at(i));
    c.y += line;
    p.setFont(PdfPage::font(9));
    if (late.isEmpty()) {
        p.drawText(QRect(c.left, c.y, c.width, line), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("None this week."));
        c.y += line;
    }
    for (const OrganizationFigures& o : late) {
        c.need(line);
        const Organization* org = m_reference.organization(o.orgCode);
        const QString name = org ? org->name.in(lang) : o.orgCode;
        const QStringList cells {
            p.fontMetrics().elidedText(name, Qt::ElideRight, columns.at(1) - c.unit * 2),
            locale.toString(o.overdueOpen),
            o.answered > 0 ? tr("%1 %").arg(locale.toString(100.0 * o.onTime / o.answered, 'f', 0))
                           : QStringLiteral("—"),
            locale.toString(o.returned),
            o.qualityCount > 0 ? tr("%1 of 5").arg(locale.toString(o.qualityAverage, 'f', 1))
                               : QStringLiteral("—")};
        for (int i = 0; i < cells.size(); ++i)
            p.drawText(QRect(c.left + columns.at(i), c.y, c.width / 2, line),
                       Qt::AlignLeft | Qt::AlignVCenter, cells.at(i));
        c.y += line;
    }
    c.y += c.unit * 6;
}

void ReportPdf::acuteIssues(QPainter& p, PdfPage& c) const
{
    const QLocale locale;
    const int line = c.unit * 6;
    c.need(line * 4);
    p.setFont(PdfPage::font(11, true));
    p.drawText(QRect(c.left, c.y, c.width, c.unit * 7), Qt::AlignLeft,
               tr("Acute issues: well above their usual week"));
    c.y += c.unit * 8;
    p.setFont(PdfPage::font(9));
    if (m_report.acute.isEmpty()) {
        p.drawText(QRect(c.left, c.y, c.width, line), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("None this week."));
        c.y += line;
    }
    int n = 0;
    for (const AcuteIssue& a : m_report.acute) {
        if (++n > 15)
            break;
        c.need(line);
        const QString what = WeeklyReport::nameOf(m_reference, a, UiLanguage::current());
        p.drawText(QRect(c.left, c.y, c.width, line), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("%1. %2: %3 requests, usually %4 a week")
                       .arg(n)
                       .arg(what, locale.toString(a.count), locale.toString(a.usual, 'f', 1)));
        c.y += line;
    }
}

} // namespace tyndau
