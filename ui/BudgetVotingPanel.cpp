#include "BudgetVotingPanel.h"

#include "FormRows.h"
#include "app/BallotModel.h"
#include "app/BudgetReport.h"
#include "app/LocalBudget.h"
#include "app/LocalVoteListModel.h"
#include "app/UiLanguage.h"
#include "core/Iin.h"
#include "core/ReferenceData.h"

#include <QComboBox>
#include <QEvent>
#include <QFocusEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tyndau {

BudgetVotingPanel::BudgetVotingPanel(LocalBudget& budget, const ReferenceData& reference, QWidget* parent)
    : QWidget(parent)
    , m_budget(budget)
    , m_reference(reference)
    , m_phase(new QLabel(this))
    , m_form(new QWidget(this))
    , m_iin(new QLineEdit(m_form))
    , m_district(new QComboBox(m_form))
    , m_ballotModel(new BallotModel(this))
    , m_ballot(new QListView(m_form))
    , m_count(new QLabel(m_form))
    , m_record(new QPushButton(m_form))
    , m_message(new QLabel(m_form))
    , m_votesTitle(new QLabel(this))
    , m_votes(new LocalVoteListModel(reference, this))
    , m_votesView(new QTableView(this))
    , m_marks(m_message)
{
    m_phase->setWordWrap(true);
    QFont strong = m_phase->font();
    strong.setBold(true);
    m_phase->setFont(strong);
    m_iin->setMaxLength(20); // 12 digits, with the spaces or dashes some type
    m_iin->setMaximumWidth(260);
    m_ballot->setModel(m_ballotModel);
    m_ballot->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ballot->setWordWrap(true);
    m_votesView->setModel(m_votes);
    m_votesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_votesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_votesView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_votesView->verticalHeader()->hide();
    m_votesView->horizontalHeader()->setStretchLastSection(true);

    auto* ballotBox = new QVBoxLayout;
    ballotBox->setContentsMargins(0, 0, 0, 0);
    ballotBox->addWidget(m_ballot, 1);
    ballotBox->addWidget(m_count);
    auto* form = new QFormLayout;
    const QList<std::pair<QWidget*, QLayout*>> rows {
        {m_iin, nullptr}, {m_district, nullptr}, {m_ballot, ballotBox}};
    for (const auto& [field, layout] : rows) {
        auto* label = new QLabel(m_form);
        label->setBuddy(field);
        m_labels.append(label);
        if (layout)
            form->addRow(label, layout);
        else
            form->addRow(label, field);
    }
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_record, 0, Qt::AlignTop);
    auto* formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    formLayout->addLayout(form, 1);
    formLayout->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_phase);
    layout->addWidget(m_form, 3);
    layout->addWidget(m_votesTitle);
    layout->addWidget(m_votesView, 2);
    m_votesTitle->setBuddy(m_votesView);

    m_marks.add(QStringLiteral("voter_iin"), m_iin);
    m_marks.add(QStringLiteral("choices"), m_ballot);
    for (QWidget* w : QList<QWidget*> {m_iin, m_district, m_ballot, m_record})
        w->installEventFilter(this);
    connect(m_district, &QComboBox::currentIndexChanged, this, [this] { fillBallot(); });
    connect(m_ballotModel, &BallotModel::choicesChanged, this, &BudgetVotingPanel::ticked);
    connect(m_ballotModel, &BallotModel::tooMany, this, &BudgetVotingPanel::refuseTick);
    connect(m_record, &QPushButton::clicked, this, &BudgetVotingPanel::record);
    m_form->setEnabled(false); // until setYear() names the season
    retranslate();
}

void BudgetVotingPanel::setYear(int year)
{
    if (year != m_year) {
        m_year = year;
        m_iin->clear();
        m_ballotModel->setBallot({}, {});
        m_marks.clear();
        m_shown.clear();
    }
    refresh();
}

void BudgetVotingPanel::refresh()
{
    m_season.reset();
    m_onBallot.clear();
    m_readError.clear();
    auto seasons = m_budget.seasons();
    if (seasons) {
        for (const BudgetSeason& s : seasons.value()) {
            if (s.year() == m_year)
                m_season = s;
        }
    } else {
        m_readError = seasons.error().message;
    }
    auto records = m_budget.proposals(m_year);
    if (records) {
        for (const BudgetProposalRecord& r : records.value()) {
            if (r.proposal.onBallot())
                m_onBallot.append(r.proposal);
        }
    } else {
        m_readError = records.error().message;
    }
    fillDistricts();
    showPhase();
    loadVotes();
}

int BudgetVotingPanel::maxVotes() const
{
    return m_season ? m_season->maxVotes() : 0;
}

bool BudgetVotingPanel::votingOpen() const
{
    return m_season && m_season->phase() == BudgetPhase::Voting && m_readError.isEmpty();
}

// The districts with something on the ballot, in the order the office knows them; codes the
// reference does not know after them.
void BudgetVotingPanel::fillDistricts()
{
    const QString keep = m_district->currentData().toString();
    QStringList codes;
    for (const BudgetProposal& p : std::as_const(m_onBallot)) {
        if (!codes.contains(p.districtCode))
            codes.append(p.districtCode);
    }
    QStringList ordered;
    for (const District& d : m_reference.districts()) {
        if (codes.contains(d.code))
            ordered.append(d.code);
    }
    QStringList unknown;
    for (const QString& code : std::as_const(codes)) {
        if (!ordered.contains(code))
            unknown.append(code);
    }
    unknown.sort();
    ordered += unknown;

    const QString lang = UiLanguage::current();
    {
        const QSignalBlocker blocker(m_district);
        m_district->clear();
        for (const QString& code : std::as_const(ordered)) {
            const District* d = m_reference.district(code);
            m_district->addItem(d ? d->name.in(lang) : code, code);
        }
        m_district->setCurrentIndex(std::max(0, m_district->findData(keep)));
    }
    fillBallot();
}

// The ballot of the district shown; ticks stay on the proposals still on it.
void BudgetVotingPanel::fillBallot()
{
    const QString code = m_district->currentData().toString();
    QList<BudgetProposal> ballot;
    for (const BudgetProposal& p : std::as_const(m_onBallot)) {
        if (p.districtCode == code)
            ballot.append(p);
    }
    m_ballotModel->setMaxChoices(maxVotes());
    m_ballotModel->setBallot(ballot, chosen());
}

QStringList BudgetVotingPanel::chosen() const
{
    return m_ballotModel->chosen();
}

void BudgetVotingPanel::showDistrict(const QString& districtCode)
{
    const int index = m_district->findData(districtCode);
    if (index >= 0)
        m_district->setCurrentIndex(index);
}

bool BudgetVotingPanel::choose(const QString& proposalId, bool chosen)
{
    return m_ballotModel->setChosen(proposalId, chosen);
}

// A tick beyond K is refused, and the operator is told why.
void BudgetVotingPanel::refuseTick()
{
    showProblems(
        {Error {QStringLiteral("too_many_votes"),
                tr("A citizen may choose up to %n proposal(s); untick one first.", nullptr, maxVotes()),
                QStringLiteral("choices")}});
}

void BudgetVotingPanel::ticked()
{
    if (!m_shown.isEmpty() && m_shown.first().field == QLatin1String("choices")) {
        m_marks.clear();
        m_shown.clear();
    }
    showCount();
}

void BudgetVotingPanel::showCount()
{
    m_count->setText(tr("%1 of %2 chosen").arg(chosen().size()).arg(maxVotes()));
}

// The IIN as the operator leaves it: a wrong one is marked, and the focus goes where they went.
void BudgetVotingPanel::checkIin()
{
    if (m_iin->text().trimmed().isEmpty())
        return; // not typed yet: recording says so
    auto valid = Iin::validate(m_iin->text());
    if (!valid) {
        showProblems({Error {valid.error().code, valid.error().message, QStringLiteral("voter_iin")}},
                     FieldMarks::Focus::Keep);
        return;
    }
    for (const Error& e : std::as_const(m_shown)) {
        if (e.field == QLatin1String("voter_iin")) {
            m_marks.clear();
            m_shown.clear();
            return;
        }
    }
}

void BudgetVotingPanel::showProblems(const QList<Error>& problems, FieldMarks::Focus focus)
{
    m_shown = problems;
    m_marks.show(problems, focus);
}

void BudgetVotingPanel::record()
{
    if (!votingOpen())
        return;
    auto cast = m_budget.castVote(m_year, m_iin->text(), chosen());
    if (!cast) {
        if (cast.error().code == QLatin1String("out_of_phase"))
            refresh(); // the phase moved on since the form was filled: it closes and says so
        showProblems({cast.error()});
        return;
    }
    m_iin->clear();
    m_ballotModel->clearChoices();
    m_shown.clear();
    m_marks.clear();
    m_marks.showMessage(tr("The vote of %1 is recorded: %n proposal(s), waiting to be sent.", nullptr,
                           int(cast->choices.size()))
                            .arg(cast->voterShown),
                        false);
    loadVotes();
    m_iin->setFocus();
    emit changed();
}

void BudgetVotingPanel::loadVotes()
{
    auto votes = m_budget.votes(m_year);
    m_votes->setVotes(votes ? votes.value() : QList<LocalVote> {});
    m_votesView->resizeColumnsToContents();
}

void BudgetVotingPanel::showPhase()
{
    const bool open = votingOpen();
    m_form->setEnabled(open);
    if (!m_readError.isEmpty())
        m_phase->setText(tr("The season could not be read: %1").arg(m_readError));
    else if (!m_season)
        m_phase->setText(
            tr("There is no %1 season yet: votes are taken once it reaches voting.").arg(m_year));
    else if (!open)
        m_phase->setText(tr("Votes are taken in the voting phase only; the %1 season is now at: %2.")
                             .arg(m_year)
                             .arg(displayName(m_season->phase())));
    else if (m_onBallot.isEmpty())
        m_phase->setText(tr("Voting in the %1 season, but no proposal is on the ballot.").arg(m_year));
    else
        m_phase->setText(tr("Voting in the %1 season: a citizen votes once, in one district, for up to %n "
                            "proposal(s).",
                            nullptr, maxVotes())
                             .arg(m_year));
    m_phase->setStyleSheet(open ? QString() : QStringLiteral("color: #b00020;"));
}

QString BudgetVotingPanel::phaseText() const
{
    return m_phase->text();
}

QString BudgetVotingPanel::countText() const
{
    return m_count->text();
}

QString BudgetVotingPanel::message() const
{
    return m_message->text();
}

bool BudgetVotingPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_iin && event->type() == QEvent::FocusOut) {
        const Qt::FocusReason reason = static_cast<QFocusEvent*>(event)->reason();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason)
            checkIin();
    }
    if (event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            record();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void BudgetVotingPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BudgetVotingPanel::retranslate()
{
    const QStringList labels {tr("Citizen's &IIN:"), tr("&District:"), tr("&Proposals:")};
    FormRows::setTexts(m_labels, labels);
    m_iin->setPlaceholderText(tr("12 digits"));
    m_record->setText(tr("&Record the vote"));
    m_record->setToolTip(tr("Enter in any field records the vote too"));
    m_votesTitle->setText(tr("&Votes taken at this workstation"));
    m_votesView->setAccessibleName(tr("Votes taken at this workstation"));
    m_ballot->setAccessibleName(tr("The district's ballot"));
    if (m_year > 0)
        refresh(); // district names, costs and states in the new language
    else
        showCount();
}

} // namespace tyndau
