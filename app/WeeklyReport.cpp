#include "WeeklyReport.h"

#include "UiLanguage.h"
#include "core/ReferenceData.h"

#include <QCoreApplication>
#include <QLocale>

namespace tyndau {
namespace {

QString groupOf(const QString& leaf)
{
    return leaf.section(QLatin1Char('.'), 0, 0);
}

QList<GroupCount> ranked(const QHash<QString, int>& now, const QHash<QString, int>& before,
                         const std::function<QString(const QString&)>& name)
{
    QList<GroupCount> out;
    for (auto it = now.cbegin(); it != now.cend(); ++it)
        out.append(GroupCount {it.key(), name(it.key()), it.value(), before.value(it.key())});
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!now.contains(it.key()))
            out.append(GroupCount {it.key(), name(it.key()), 0, it.value()});
    std::sort(out.begin(), out.end(), [](const GroupCount& a, const GroupCount& b) {
        return a.count != b.count ? a.count > b.count : a.code < b.code;
    });
    return out;
}

QHash<QString, int> byGroup(const QHash<QString, int>& leaves)
{
    QHash<QString, int> out;
    for (auto it = leaves.cbegin(); it != leaves.cend(); ++it)
        out[groupOf(it.key())] += it.value();
    return out;
}

} // namespace

Result<WeeklyReport> WeeklyReport::build(Database& db, const ReferenceData& reference,
                                         const QString& weekCode, QDate today)
{
    auto span = AlmatyTime::parseWeek(weekCode);
    if (!span)
        return span.error();
    return build(db, reference, span.value(), today);
}

Result<WeeklyReport> WeeklyReport::build(Database& db, const ReferenceData& reference, const TimeSpan& span,
                                         QDate today)
{
    const qint64 days = span.firstDay.daysTo(span.lastDay) + 1;
    StatisticsStore store(db);
    auto current = store.figures(span, today);
    auto previous
        = store.figures(AlmatyTime::days(span.firstDay.addDays(-days), span.firstDay.addDays(-1)), today);
    auto acute = store.acuteIssues(span);
    if (!current || !previous || !acute)
        return !current ? current.error() : !previous ? previous.error() : acute.error();
    WeeklyReport r;
    if (days == 7 && span.firstDay.dayOfWeek() == Qt::Monday)
        r.weekCode = AlmatyTime::weekCode(span.firstDay);
    r.current = current.value();
    r.previous = previous.value();
    r.acute = acute.value();
    const QString lang = UiLanguage::current();
    r.categories
        = ranked(byGroup(r.current.byCategory), byGroup(r.previous.byCategory), [&](const QString& code) {
              const Category* c = reference.category(code);
              return c ? c->name.in(lang) : code;
          });
    r.districts = ranked(r.current.byDistrict, r.previous.byDistrict, [&](const QString& code) {
        const District* d = reference.district(code);
        return d ? d->name.in(lang) : code;
    });
    return r;
}

QString WeeklyReport::nameOf(const ReferenceData& reference, const AcuteIssue& issue, const QString& language)
{
    switch (issue.kind) {
    case AcuteIssue::Kind::Category:
        if (const Category* c = reference.category(issue.key)) {
            const Category* group = reference.category(c->parentCode);
            return group ? group->name.in(language) + QStringLiteral(" › ") + c->name.in(language)
                         : c->name.in(language);
        }
        break;
    case AcuteIssue::Kind::District:
        if (const District* d = reference.district(issue.key))
            return d->name.in(language);
        break;
    case AcuteIssue::Kind::Street:
        break;
    }
    return issue.key;
}

QString WeeklyReport::periodName() const
{
    const QLocale locale;
    if (isWeek())
        return QCoreApplication::translate("WeeklyReport", "week %1").arg(weekCode);
    return QStringLiteral("%1 – %2").arg(
        locale.toString(current.span.firstDay, QStringLiteral("d MMMM yyyy")),
        locale.toString(current.span.lastDay, QStringLiteral("d MMMM yyyy")));
}

QString WeeklyReport::fileStem() const
{
    return isWeek() ? weekCode
                    : current.span.firstDay.toString(Qt::ISODate) + QLatin1Char('_')
            + current.span.lastDay.toString(Qt::ISODate);
}

QString WeeklyReport::currentLabel() const
{
    return isWeek() ? QCoreApplication::translate("WeeklyReport", "This week")
                    : QCoreApplication::translate("WeeklyReport", "This period");
}

QString WeeklyReport::previousLabel() const
{
    return isWeek() ? QCoreApplication::translate("WeeklyReport", "Previous week")
                    : QCoreApplication::translate("WeeklyReport", "Previous period");
}

QString WeeklyReport::usualLabel() const
{
    return isWeek() ? QCoreApplication::translate("WeeklyReport", "Usual week")
                    : QCoreApplication::translate("WeeklyReport", "Usual period");
}

// A share of the answered requests, in %, summed over the organizations.
double WeeklyReport::shareOfAnswered(int OrganizationFigures::*part) const
{
    int answered = 0;
    int counted = 0;
    for (const OrganizationFigures& o : current.byOrganization) {
        answered += o.answered;
        counted += o.*part;
    }
    return answered > 0 ? 100.0 * counted / answered : 0;
}

double WeeklyReport::onTimeRate() const
{
    return shareOfAnswered(&OrganizationFigures::onTime);
}

double WeeklyReport::returnRate() const
{
    return shareOfAnswered(&OrganizationFigures::returned);
}

int WeeklyReport::overdueOpen() const
{
    int n = 0;
    for (const OrganizationFigures& o : current.byOrganization)
        n += o.overdueOpen;
    return n;
}

} // namespace tyndau
