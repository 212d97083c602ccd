#include "PeriodBar.h"

#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace tyndau {

PeriodBar::PeriodBar(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_current(new QPushButton(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_show(new QPushButton(this))
    , m_fromLabel(new QLabel(this))
    , m_toLabel(new QLabel(this))
{
    m_title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDateRange(QDate(2017, 1, 1), AlmatyTime::today()); // Open Almaty's records start in 2017
    }
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    // The title on a line of its own: it is set after the window is laid out (the figures
    // are counted when first shown), and beside the buttons a long one (a range of dates)
    // was cut off in a window 1440 pixels wide.
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    auto* controls = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*> {m_previous, m_next, m_current})
        controls->addWidget(w);
    controls->addSpacing(24);
    for (QWidget* w : std::initializer_list<QWidget*> {m_fromLabel, m_from, m_toLabel, m_to, m_show})
        controls->addWidget(w);
    layout->addLayout(controls);
    connect(m_previous, &QPushButton::clicked, this, [this] { step(-1); });
    connect(m_next, &QPushButton::clicked, this, [this] { step(+1); });
    connect(m_current, &QPushButton::clicked, this,
            [this] { emit periodChosen(AlmatyTime::weekContaining(AlmatyTime::today())); });
    connect(m_show, &QPushButton::clicked, this, &PeriodBar::showChosenRange);
    retranslate();
}

void PeriodBar::setPeriod(const TimeSpan& span, const QString& title)
{
    m_span = span;
    m_title->setText(title);
    m_next->setEnabled(span.lastDay < AlmatyTime::today());
    for (QDateEdit* edit : {m_from, m_to})
        edit->setMaximumDate(AlmatyTime::today()); // the workstation may stay open past midnight
    m_from->setDate(span.firstDay);
    m_to->setDate(span.lastDay);
}

void PeriodBar::showChosenRange()
{
    QDate first = m_from->date();
    QDate last = m_to->date();
    if (last < first)
        std::swap(first, last); // what was meant is plain
    emit periodChosen(AlmatyTime::days(first, last));
}

void PeriodBar::step(int direction)
{
    const qint64 length = m_span.firstDay.daysTo(m_span.lastDay) + 1;
    emit periodChosen(AlmatyTime::days(m_span.firstDay.addDays(direction * length),
                                       m_span.lastDay.addDays(direction * length)));
}

void PeriodBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PeriodBar::retranslate()
{
    m_previous->setText(tr("◀ Previous"));
    m_next->setText(tr("Next ▶"));
    m_current->setText(tr("This week"));
    m_fromLabel->setText(tr("&From:"));
    m_toLabel->setText(tr("&to:"));
    m_show->setText(tr("Show the &period"));
    m_previous->setToolTip(tr("The period before, of the same length"));
    m_next->setToolTip(tr("The period after, of the same length"));
}

} // namespace tyndau
