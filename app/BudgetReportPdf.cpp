#include "BudgetReportPdf.h"

#include "BudgetProgressPdf.h"
#include "BudgetReport.h"
#include "PdfPage.h"

#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>

namespace tyndau {

namespace {

const QColor kFunded(0x2c, 0xa0, 0x2c);
const QColor kNotFunded(0xb4, 0xb4, 0xb4);
const QColor kZebra(0xf2, 0xf2, 0xf2);

// A table's columns as fractions of the width, and how each is aligned.
struct Column
{
    int from; // where it starts, in percent of the width
    int span; // its width, in percent
    Qt::Alignment align;
};

void drawRow(QPainter& p, int left, int width, int y, int height, int pad, const QList<Column>& columns,
             const QStringList& cells)
{
    for (int i = 0; i < columns.size() && i < cells.size(); ++i) {
        const Column& col = columns.at(i);
        const QRect box(left + width * col.from / 100 + pad, y, width * col.span / 100 - 2 * pad, height);
        p.drawText(box, col.align | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(cells.at(i), Qt::ElideRight, box.width()));
    }
}

} // namespace

BudgetReportPdf::BudgetReportPdf(const BudgetReport& report, BudgetProgressPdf::PhotoSource photos)
    : m_report(report)
    , m_photos(std::move(photos))
{
}

Result<void> BudgetReportPdf::writeFile(const QString& path) const
{
    if (!PdfPage::write(path, m_report.title(), [this](QPagedPaintDevice& device) { paint(device); }))
        return Error {QStringLiteral("io"), tr("The report could not be written to %1.").arg(path), {}};
    return {};
}

void BudgetReportPdf::paint(QPagedPaintDevice& device) const
{
    QPainter p(&device);
    PdfPage c(device);
    header(p, c);
    totals(p, c);
    overview(p, c);
    for (const BudgetReportDistrict& d : m_report.districts)
        district(p, c, d);
}

void BudgetReportPdf::header(QPainter& p, PdfPage& c) const
{
    const QLocale locale;
    p.setFont(PdfPage::font(16, true));
    p.drawText(QRect(c.left, c.y, c.width, c.unit * 9), Qt::AlignLeft | Qt::AlignVCenter, m_report.title());
    c.y += c.unit * 9;
    p.setFont(PdfPage::font(10));
    p.drawText(
        QRect(c.left, c.y, c.width, c.unit * 6), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Phase: %1. Figures as of %2.")
            .arg(displayName(m_report.phase), locale.toString(m_report.asOf, QStringLiteral("d MMMM yyyy"))));
    c.y += c.unit * 9;
}

void BudgetReportPdf::totals(QPainter& p, PdfPage& c) const
{
    const QLocale locale;
    const BudgetReport& r = m_report;
    const QList<std::pair<QString, QString>> figures {
        {tr("Budget"), BudgetReport::tenge(r.budget)},
        {tr("Spent on funded proposals"), BudgetReport::tenge(r.spent)},
        {tr("Remaining"), BudgetReport::tenge(r.remaining())},
        {tr("Votes cast"), locale.toString(r.votesCast)},
        {tr("Proposals"),
         tr("submitted: %1; feasible: %2; funded: %3")
             .arg(locale.toString(r.submitted), locale.toString(r.feasible), locale.toString(r.funded))},
    };
    const int line = c.unit * 6;
    c.need(line * int(figures.size()));
    for (const auto& [name, value] : figures) {
        p.setFont(PdfPage::font(10));
        p.drawText(QRect(c.left, c.y, c.width * 2 / 5, line), Qt::AlignLeft | Qt::AlignVCenter, name);
        p.setFont(PdfPage::font(10, true));
        p.drawText(QRect(c.left + c.width * 2 / 5, c.y, c.width * 3 / 5, line),
                   Qt::AlignLeft | Qt::AlignVCenter, value);
        c.y += line;
    }
    c.y += c.unit * 5;
}

void BudgetReportPdf::overview(QPainter& p, PdfPage& c) const
{
    const QLocale locale;
    const int line = c.unit * 6;
    const QList<Column> columns {{0, 31, Qt::AlignLeft},
                                 {31, 19, Qt::AlignRight},
                                 {50, 19, Qt::AlignRight},
                                 {69, 19, Qt::AlignRight},
                                 {88, 12, Qt::AlignRight}};
    const QStringList heads {tr("District"), tr("Budget"), tr("Spent"), tr("Remaining"), tr("Funded")};
    c.need(line * int(std::min<qsizetype>(m_report.districts.size(), 8) + 3));
    p.setFont(PdfPage::font(11, true));
    p.drawText(QRect(c.left, c.y, c.width, c.unit * 7), Qt::AlignLeft, tr("By district"));
    c.y += c.unit * 8;
    p.setFont(PdfPage::font(9, true));
    drawRow(p, c.left, c.width, c.y, line, c.unit, columns, heads);
    c.y += line;
    p.setFont(PdfPage::font(9));
    for (const BudgetReportDistrict& d : m_report.districts) {
        if (c.need(line)) {
            p.setFont(PdfPage::font(9, true));
            drawRow(p, c.left, c.width, c.y, line, c.unit, columns, heads);
            c.y += line;
            p.setFont(PdfPage::font(9));
        }
        drawRow(p, c.left, c.width, c.y, line, c.unit, columns,
                {d.name, BudgetReport::tenge(d.budget), BudgetReport::tenge(d.spent),
                 BudgetReport::tenge(d.remaining),
                 tr("%1 of %2").arg(locale.toString(d.funded), locale.toString(d.feasible))});
        c.y += line;
    }
    c.y += c.unit * 8;
}

void BudgetReportPdf::district(QPainter& p, PdfPage& c, const BudgetReportDistrict& d) const
{
    const QLocale locale;
    const int line = c.unit * 6;
    // The heading stays with the start of the chart (or the note that there is none).
    const int bars = int(std::min<qsizetype>(d.rows.size(), kChartBars));
    c.need(c.unit * 10 + line * 2 + line * std::max(1, std::min(bars, 5)) + c.unit * 8);
    p.setFont(PdfPage::font(13, true));
    p.drawText(QRect(c.left, c.y, c.width, c.unit * 8), Qt::AlignLeft | Qt::AlignVCenter, d.name);
    c.y += c.unit * 9;
    p.fillRect(QRect(c.left, c.y - c.unit, c.width, std::max(1, c.unit / 4)), Qt::black);
    p.setFont(PdfPage::font(10));
    p.drawText(QRect(c.left, c.y, c.width, line), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Budget %1 · spent %2 · remaining %3")
                   .arg(BudgetReport::tenge(d.budget), BudgetReport::tenge(d.spent),
                        BudgetReport::tenge(d.remaining)));
    c.y += line;
    p.drawText(
        QRect(c.left, c.y, c.width, line), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Proposals submitted: %1; feasible: %2; funded: %3")
            .arg(locale.toString(d.submitted), locale.toString(d.feasible), locale.toString(d.funded)));
    c.y += line + c.unit * 3;
    if (d.rows.isEmpty()) {
        p.drawText(QRect(c.left, c.y, c.width, line), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("No feasible proposals in this district: nothing is funded."));
        c.y += line + c.unit * 8;
        return;
    }
    chart(p, c, d);
    table(p, c, d);
    if (!d.progress.isEmpty())
        BudgetProgressPdf::paint(p, c, d, m_photos);
}

void BudgetReportPdf::chart(QPainter& p, PdfPage& c, const BudgetReportDistrict& d) const
{
    const QLocale locale;
    const int line = c.unit * 6;
    const int shown = int(std::min<qsizetype>(d.rows.size(), kChartBars));
    c.need(c.unit * 8 + line * shown + c.unit * 10);
    p.setFont(PdfPage::font(11, true));
    p.drawText(QRect(c.left, c.y, c.width, c.unit * 7), Qt::AlignLeft,
               shown < d.rows.size() ? tr("Votes per proposal (the first %1 of %2)")
                                           .arg(locale.toString(shown), locale.toString(d.rows.size()))
                                     : tr("Votes per proposal"));
    c.y += c.unit * 8;
    int most = 1;
    for (int i = 0; i < shown; ++i)
        most = std::max(most, d.rows.at(i).votes);
    const int nameWidth = c.width * 2 / 5;
    const int barWidth = c.width * 12 / 25; // the rest of the line holds the number
    p.setFont(PdfPage::font(9));
    for (int i = 0; i < shown; ++i) {
        const BudgetResultRow& row = d.rows.at(i);
        const QString label = tr("%1. %2").arg(row.rank).arg(row.title);
        p.setPen(Qt::black);
        p.drawText(QRect(c.left, c.y, nameWidth - c.unit * 2, line), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(label, Qt::ElideRight, nameWidth - c.unit * 2));
        // At least a sliver, so that a proposal nobody voted for still shows its colour.
        const int length = std::max(c.unit / 2, int(qint64(barWidth) * row.votes / most));
        p.fillRect(QRect(c.left + nameWidth, c.y + c.unit, length, line - c.unit * 2),
                   row.funded ? kFunded : kNotFunded);
        p.drawText(QRect(c.left + nameWidth + length + c.unit, c.y, c.width - nameWidth - length, line),
                   Qt::AlignLeft | Qt::AlignVCenter, locale.toString(row.votes));
        c.y += line;
    }
    c.y += c.unit * 2;
    int x = c.left + nameWidth;
    for (const auto& [colour, name] :
         {std::pair {kFunded, tr("funded")}, std::pair {kNotFunded, tr("not funded")}}) {
        p.fillRect(QRect(x, c.y + c.unit, c.unit * 3, c.unit * 3), colour);
        p.drawText(QRect(x + c.unit * 4, c.y, c.width, c.unit * 5), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += c.unit * 8 + p.fontMetrics().horizontalAdvance(name);
    }
    c.y += c.unit * 9;
}

void BudgetReportPdf::table(QPainter& p, PdfPage& c, const BudgetReportDistrict& d) const
{
    const QLocale locale;
    const int line = c.unit * 6;
    const QList<Column> columns {{0, 6, Qt::AlignRight},
                                 {6, 46, Qt::AlignLeft},
                                 {52, 11, Qt::AlignRight},
                                 {63, 19, Qt::AlignRight},
                                 {83, 17, Qt::AlignLeft}};
    const QStringList heads {tr("No."), tr("Proposal"), tr("Votes"), tr("Cost"), tr("Result")};
    const auto drawHeads = [&](bool continued) {
        if (continued) {
            p.setFont(PdfPage::font(10, true));
            p.drawText(QRect(c.left, c.y, c.width, line), Qt::AlignLeft | Qt::AlignVCenter,
                       tr("%1 (continued)").arg(d.name));
            c.y += line;
        }
        p.setFont(PdfPage::font(9, true));
        drawRow(p, c.left, c.width, c.y, line, c.unit, columns, heads);
        c.y += line;
        p.fillRect(QRect(c.left, c.y - std::max(1, c.unit / 5), c.width, std::max(1, c.unit / 5)), Qt::black);
    };
    c.need(line * 3);
    drawHeads(false);
    for (int i = 0; i < d.rows.size(); ++i) {
        const BudgetResultRow& row = d.rows.at(i);
        if (c.need(line))
            drawHeads(true);
        if (i % 2 == 1) // every other row shaded: the eye keeps to its line across the page
            p.fillRect(QRect(c.left, c.y, c.width, line), kZebra);
        p.setFont(PdfPage::font(9));
        p.setPen(Qt::black);
        drawRow(p, c.left, c.width, c.y, line, c.unit, columns.mid(0, 4),
                {locale.toString(row.rank), row.title, locale.toString(row.votes),
                 BudgetReport::tenge(row.cost)});
        p.setFont(PdfPage::font(9, row.funded));
        p.setPen(row.funded ? kFunded.darker(140) : QColor(Qt::darkGray));
        drawRow(p, c.left, c.width, c.y, line, c.unit, columns.mid(4),
                {row.funded ? tr("funded") : tr("not funded")});
        p.setPen(Qt::black);
        c.y += line;
    }
    c.y += c.unit * 10;
}

} // namespace tyndau
