#include "PolicyEditor.h"

#include "app/LocalCache.h"
#include "app/LocalPolicy.h"
#include "app/UiLanguage.h"
#include "core/AlmatyTime.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tyndau {
namespace {

const QList<CalendarDay::Kind> kKinds {CalendarDay::Kind::Holiday, CalendarDay::Kind::DayOff,
                                       CalendarDay::Kind::WorkingDay};

QString kindName(CalendarDay::Kind kind)
{
    switch (kind) {
    case CalendarDay::Kind::Holiday:
        return PolicyEditor::tr("Public holiday");
    case CalendarDay::Kind::DayOff:
        return PolicyEditor::tr("Day off (transferred)");
    case CalendarDay::Kind::WorkingDay:
        return PolicyEditor::tr("Working day (transferred)");
    }
    return {};
}

} // namespace

PolicyEditor::PolicyEditor(LocalCache& cache, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_year(new QSpinBox(this))
    , m_model(new QStandardItemModel(this))
    , m_days(new QTableView(this))
    , m_date(new QDateEdit(AlmatyTime::today(), this))
    , m_kind(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    auto* terms = new QGroupBox(tr("Deadlines in working days"), this);
    auto* termForm = new QFormLayout(terms);
    for (RequestKind k : allValues<RequestKind>()) {
        auto* box = new QSpinBox(terms);
        box->setRange(1, 60);
        box->setAccessibleName(displayName(k));
        termForm->addRow(displayName(k) + QLatin1Char(':'), box);
        m_terms.insert(k, box);
    }
    auto* saveTerms = new QPushButton(tr("Save the deadlines"), terms);
    termForm->addRow(QString(), saveTerms);
    connect(saveTerms, &QPushButton::clicked, this, &PolicyEditor::saveTerms);

    auto* calendar = new QGroupBox(tr("Calendar: holidays and transferred days"), this);
    auto* calendarLayout = new QVBoxLayout(calendar);
    m_year->setRange(2024, 2035);
    m_year->setValue(AlmatyTime::today().year());
    m_year->setAccessibleName(tr("Year"));
    m_days->setModel(m_model);
    m_days->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_days->setSelectionMode(QAbstractItemView::SingleSelection);
    m_days->verticalHeader()->hide();
    m_days->horizontalHeader()->setStretchLastSection(true);
    m_days->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Date"));
    for (CalendarDay::Kind k : kKinds)
        m_kind->addItem(kindName(k));
    m_kind->setAccessibleName(tr("What the day is"));
    m_name->setPlaceholderText(tr("Name, e.g. Kurban Ait"));
    m_name->setAccessibleName(tr("Name of the day"));
    auto* add = new QPushButton(tr("Add"), calendar);
    auto* remove = new QPushButton(tr("Remove the chosen day"), calendar);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Year:"), calendar));
    row->addWidget(m_year);
    row->addStretch();
    row->addWidget(m_date);
    row->addWidget(m_kind);
    row->addWidget(m_name, 1);
    row->addWidget(add);
    calendarLayout->addLayout(row);
    calendarLayout->addWidget(m_days, 1);
    calendarLayout->addWidget(remove, 0, Qt::AlignLeft);
    connect(add, &QPushButton::clicked, this,
            [this] { addDay(m_date->date(), m_kind->currentIndex(), m_name->text()); });
    connect(remove, &QPushButton::clicked, this, &PolicyEditor::removeChosenDay);
    connect(m_year, &QSpinBox::valueChanged, this, &PolicyEditor::refresh);

    m_message->setWordWrap(true);
    auto* layout = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    left->addWidget(terms);
    left->addWidget(m_message);
    left->addStretch();
    layout->addLayout(left);
    layout->addWidget(calendar, 1);
    refresh();
}

QString PolicyEditor::message() const
{
    return m_message->text();
}

void PolicyEditor::say(const QString& text, bool problem)
{
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_message->setText(text);
}

void PolicyEditor::refresh()
{
    const DeadlinePolicy& policy = m_cache.policy();
    for (auto it = m_terms.cbegin(); it != m_terms.cend(); ++it)
        it.value()->setValue(policy.term(it.key()));
    const QString lang = UiLanguage::current();
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Date"), tr("What the day is"), tr("Name")});
    const QLocale locale;
    for (const CalendarDay& d : policy.calendar().days()) {
        if (d.date.year() != m_year->value())
            continue;
        auto* date = new QStandardItem(locale.toString(d.date, QLocale::ShortFormat));
        date->setData(d.date, Qt::UserRole);
        const QString name = lang == QLatin1String("kk") ? d.nameKk
            : lang == QLatin1String("ru")                ? d.nameRu
                                                         : d.nameEn;
        m_model->appendRow(
            {date, new QStandardItem(kindName(d.kind)), new QStandardItem(name.isEmpty() ? d.nameRu : name)});
    }
    m_days->resizeColumnToContents(0);
    m_days->resizeColumnToContents(1);
}

void PolicyEditor::saveTerms()
{
    LocalPolicy policy(m_cache);
    for (auto it = m_terms.cbegin(); it != m_terms.cend(); ++it) {
        if (it.value()->value() == m_cache.policy().term(it.key()))
            continue;
        if (auto r = policy.setTerm(it.key(), it.value()->value()); !r)
            return say(r.error().message, true);
    }
    say(tr("Saved. Requests registered from now on get the new deadlines, on every workstation after its "
           "sync."),
        false);
    emit changed();
}

void PolicyEditor::addDay(QDate date, int kindIndex, const QString& name)
{
    const QString trimmed = name.trimmed();
    CalendarDay day {date, kKinds.value(kindIndex, CalendarDay::Kind::Holiday), trimmed, trimmed, trimmed};
    if (auto r = LocalPolicy(m_cache).setDay(day); !r)
        return say(r.error().message, true);
    m_year->setValue(date.year());
    m_name->clear();
    refresh();
    say(tr("Saved: deadlines that cross %1 now count it.")
            .arg(QLocale().toString(date, QLocale::ShortFormat)),
        false);
    emit changed();
}

void PolicyEditor::removeChosenDay()
{
    const QModelIndex current = m_days->currentIndex();
    if (!current.isValid())
        return say(tr("Choose the day to remove."), true);
    const QDate date = m_model->index(current.row(), 0).data(Qt::UserRole).toDate();
    if (auto r = LocalPolicy(m_cache).removeDay(date); !r)
        return say(r.error().message, true);
    refresh();
    say(tr("Removed."), false);
    emit changed();
}

} // namespace tyndau
