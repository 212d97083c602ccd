#include "BudgetSeasonPanel.h"

#include "FormRows.h"
#include "app/LocalBudget.h"
#include "app/UiLanguage.h"
#include "core/ReferenceData.h"

#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tyndau {
namespace {

constexpr int CodeRole = Qt::UserRole + 1;

} // namespace

BudgetSeasonPanel::BudgetSeasonPanel(LocalBudget& budget, const ReferenceData& reference, QWidget* parent)
    : QWidget(parent)
    , m_budget(budget)
    , m_reference(reference)
    , m_title(new QLabel(this))
    , m_phase(new QLabel(this))
    , m_maxVotes(new QSpinBox(this))
    , m_budgets(new QStandardItemModel(this))
    , m_budgetView(new QTableView(this))
    , m_save(new QPushButton(this))
    , m_move(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_marks(m_message)
{
    m_title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    m_maxVotes->setRange(BudgetSeason::kMinVotes, BudgetSeason::kMaxVotes);
    m_budgetView->setModel(m_budgets);
    m_budgetView->verticalHeader()->hide();
    m_budgetView->horizontalHeader()->setStretchLastSection(true);
    auto* form = new QFormLayout;
    auto addRow = [&](QWidget* field) {
        auto* label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        form->addRow(label, field);
    };
    addRow(m_maxVotes);
    for (BudgetPhase phase : allValues<BudgetPhase>()) {
        auto* date = new QDateEdit(this);
        date->setCalendarPopup(true);
        date->setSpecialValueText(QStringLiteral("—")); // the minimum date: not planned yet
        date->setMinimumDate(QDate(BudgetSeason::kMinYear, 1, 1));
        m_dates.append(date);
        addRow(date);
        m_marks.add(QStringLiteral("phase_dates.") + toCode(phase), date);
    }
    m_marks.add(QStringLiteral("max_votes"), m_maxVotes);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_move);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto* left = new QVBoxLayout;
    left->addWidget(m_title);
    left->addWidget(m_phase);
    left->addLayout(form);
    left->addLayout(buttons);
    left->addWidget(m_message);
    left->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 1);
    layout->addWidget(m_budgetView, 1);
    auto edited = [this] {
        if (!m_filling)
            m_edited = true;
    };
    connect(m_maxVotes, &QSpinBox::valueChanged, this, edited);
    for (QDateEdit* date : std::as_const(m_dates))
        connect(date, &QDateEdit::dateChanged, this, edited);
    connect(m_budgets, &QStandardItemModel::itemChanged, this, edited);
    connect(m_save, &QPushButton::clicked, this, &BudgetSeasonPanel::save);
    connect(m_move, &QPushButton::clicked, this, &BudgetSeasonPanel::moveToNextPhase);
    retranslate();
}

QString BudgetSeasonPanel::message() const
{
    return m_message->text();
}

void BudgetSeasonPanel::setYear(int year)
{
    if (year != m_year)
        m_edited = false; // another season: the form is filled afresh
    m_year = year;
    refresh();
}

void BudgetSeasonPanel::refresh()
{
    const BudgetSeason before = m_season;
    m_exists = false;
    m_season = BudgetSeason(m_year);
    for (const BudgetSeason& s : m_budget.seasons().value_or_zero()) {
        if (s.year() == m_year) {
            m_season = s;
            m_exists = true;
        }
    }
    m_title->setText(tr("People's Participation Budget %1").arg(m_year));
    m_phase->setText(m_exists ? tr("Now: %1").arg(displayName(m_season.phase()))
                              : tr("A new season: it starts with proposals once saved."));
    const auto next = BudgetSeason::nextPhase(m_season.phase());
    m_move->setVisible(m_exists && next.has_value());
    if (next)
        m_move->setText(tr("Move to “%1”…").arg(displayName(*next)));
    if (!m_edited) {
        fillForm();
    } else if (!(m_season == before)) {
        m_marks.showMessage(
            tr("The season was changed at another workstation meanwhile. What you typed is kept, and "
               "saving it replaces their change."),
            true);
    }
}

void BudgetSeasonPanel::fillForm()
{
    const QScopedValueRollback filling(m_filling, true);
    m_maxVotes->setValue(m_exists ? m_season.maxVotes() : BudgetSeason::kDefaultVotes);
    const QList<BudgetPhase> phases = allValues<BudgetPhase>();
    for (int i = 0; i < phases.size(); ++i) {
        const QDate start = m_season.phaseDate(phases.at(i));
        m_dates.at(i)->setDate(start.isValid() ? start : m_dates.at(i)->minimumDate());
    }
    m_budgets->clear();
    m_budgets->setHorizontalHeaderLabels({tr("District"), tr("Budget, ₸")});
    for (const District& d : m_reference.districts()) {
        auto* name = new QStandardItem(d.name.in(UiLanguage::current()));
        name->setEditable(false);
        auto* amount = new QStandardItem;
        amount->setData(m_season.budget(d.code), Qt::EditRole);
        amount->setData(d.code, CodeRole);
        m_budgets->appendRow({name, amount});
    }
    m_budgetView->resizeColumnToContents(0);
}

BudgetSeason BudgetSeasonPanel::fromForm() const
{
    BudgetSeason s = m_season;
    s.setMaxVotes(m_maxVotes->value());
    const QList<BudgetPhase> phases = allValues<BudgetPhase>();
    for (int i = 0; i < phases.size(); ++i) {
        const QDate d = m_dates.at(i)->date();
        s.setPhaseDate(phases.at(i), d == m_dates.at(i)->minimumDate() ? QDate() : d);
    }
    for (int row = 0; row < m_budgets->rowCount(); ++row) {
        const QStandardItem* amount = m_budgets->item(row, 1);
        const qint64 tenge = amount->data(Qt::EditRole).toLongLong();
        if (tenge != 0 || s.hasBudget(amount->data(CodeRole).toString()))
            s.setBudget(amount->data(CodeRole).toString(), tenge);
    }
    return s;
}

void BudgetSeasonPanel::save()
{
    if (const QList<Error> problems = m_budget.saveSeason(fromForm()); !problems.isEmpty()) {
        m_marks.show(problems);
        return;
    }
    m_edited = false;
    refresh();
    m_marks.showMessage(tr("Saved. The other workstations get it with their next sync."), false);
    emit changed();
}

void BudgetSeasonPanel::moveToNextPhase()
{
    const auto next = BudgetSeason::nextPhase(m_season.phase());
    if (!next)
        return;
    auto* ask = new QMessageBox(QMessageBox::Question, tr("Move the season on"),
                                tr("Move the %1 season from “%2” to “%3”? A phase never goes back.")
                                    .arg(m_year)
                                    .arg(displayName(m_season.phase()), displayName(*next)),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(ask->button(QMessageBox::Yes), &QPushButton::clicked, this, &BudgetSeasonPanel::confirmMove);
    ask->open();
}

void BudgetSeasonPanel::confirmMove()
{
    const auto next = BudgetSeason::nextPhase(m_season.phase());
    if (!next)
        return;
    if (auto moved = m_budget.movePhase(m_year, *next); !moved) {
        m_marks.showMessage(moved.error().message, true);
        return;
    }
    refresh();
    m_marks.showMessage(tr("The season is now in “%1”.").arg(displayName(*next)), false);
    emit changed();
}

void BudgetSeasonPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BudgetSeasonPanel::retranslate()
{
    QStringList labels {tr("&Votes per citizen:")};
    for (BudgetPhase phase : allValues<BudgetPhase>())
        labels.append(tr("“%1” starts:").arg(displayName(phase)));
    FormRows::setTexts(m_labels, labels);
    m_save->setText(tr("&Save the season"));
    m_budgetView->setAccessibleName(tr("Budgets of the districts"));
    if (m_year > 0)
        refresh();
}

} // namespace tyndau
