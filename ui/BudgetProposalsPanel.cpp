#include "BudgetProposalsPanel.h"

#include "BudgetProposalForm.h"
#include "FormRows.h"
#include "ProposalPhotosView.h"
#include "ReferenceCombos.h"
#include "app/BudgetProposalListModel.h"
#include "app/LocalBudget.h"
#include "app/UiLanguage.h"
#include "core/AlmatyTime.h"
#include "core/BudgetResults.h"
#include "core/Permissions.h"
#include "core/ReferenceData.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tyndau {

BudgetProposalsPanel::BudgetProposalsPanel(LocalBudget& budget, const ReferenceData& reference, Role role,
                                           QWidget* parent)
    : QWidget(parent)
    , m_budget(budget)
    , m_reference(reference)
    , m_role(role)
    , m_model(new BudgetProposalListModel(reference, this))
    , m_view(new QTableView(this))
    , m_details(new QLabel(this))
    , m_form(new BudgetProposalForm(budget, reference, this))
    , m_photos(new ProposalPhotosView(budget, this))
    , m_message(new QLabel(this))
    , m_marks(m_message)
{
    auto* proxy = new QSortFilterProxyModel(this);
    proxy->setSourceModel(m_model);
    proxy->setSortRole(Qt::EditRole);
    m_view->setModel(proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(BudgetProposalListModel::DistrictColumn,
                         Qt::AscendingOrder); // a district's together
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(BudgetProposalListModel::TitleColumn,
                                                     QHeaderView::Stretch);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_formBox = new QGroupBox(this);
    auto* formLayout = new QVBoxLayout(m_formBox);
    formLayout->addWidget(m_form);
    auto* side = new QVBoxLayout;
    side->addWidget(m_details);
    side->addWidget(m_formBox);
    side->addWidget(buildAssessment());
    side->addWidget(buildImplementation());
    side->addWidget(m_photos);
    side->addWidget(m_message);
    side->addStretch(1);
    auto* sideBox = new QWidget(this);
    sideBox->setLayout(side);
    sideBox->setMinimumWidth(360);
    sideBox->setMaximumWidth(560);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(sideBox);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, proxy](const QModelIndex& current) { choose(proxy->mapToSource(current).row()); });
    connect(m_form, &BudgetProposalForm::submitted, this, [this] {
        refresh();
        emit changed();
    });
    connect(m_photos, &ProposalPhotosView::added, this, [this] {
        refresh();
        emit changed();
    });
    retranslate();
}

QWidget* BudgetProposalsPanel::buildAssessment()
{
    m_assessBox = new QGroupBox(this);
    m_feasible = new QCheckBox(m_assessBox);
    m_correctedCost = new QLineEdit(m_assessBox);
    m_organization = new QComboBox(m_assessBox);
    ReferenceCombos::makeSearchable(m_organization);
    m_reason = new QPlainTextEdit(m_assessBox);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(m_reason->fontMetrics().height() * 4);
    m_assess = new QPushButton(m_assessBox);
    auto* form = new QFormLayout(m_assessBox);
    form->addRow(m_feasible);
    FormRows::add(m_assessBox, form, {m_correctedCost, m_organization, m_reason}, m_labels);
    form->addRow(m_assess);
    m_marks.add(QStringLiteral("corrected_cost"), m_correctedCost);
    m_marks.add(QStringLiteral("responsible_organization"), m_organization);
    m_marks.add(QStringLiteral("organization"), m_organization);
    m_marks.add(QStringLiteral("assessment_reason"), m_reason);
    m_marks.add(QStringLiteral("reason"), m_reason);
    connect(m_assess, &QPushButton::clicked, this, [this] {
        assess(m_feasible->isChecked(), m_correctedCost->text().remove(QLatin1Char(' ')).toLongLong(),
               ReferenceCombos::selected(m_organization), m_reason->toPlainText());
    });
    return m_assessBox;
}

QWidget* BudgetProposalsPanel::buildImplementation()
{
    m_trackBox = new QGroupBox(this);
    m_status = new QComboBox(m_trackBox);
    for (const QString& status : BudgetProposalListModel::implementationStatuses())
        m_status->addItem(QString(), status);
    m_note = new QLineEdit(m_trackBox);
    m_track = new QPushButton(m_trackBox);
    auto* form = new QFormLayout(m_trackBox);
    FormRows::add(m_trackBox, form, {m_status, m_note}, m_labels);
    form->addRow(m_track);
    connect(m_track, &QPushButton::clicked, this,
            [this] { track(m_status->currentData().toString(), m_note->text()); });
    return m_trackBox;
}

void BudgetProposalsPanel::setFetcher(BlobFetcher* fetcher)
{
    m_photos->setFetcher(fetcher);
}

QString BudgetProposalsPanel::message() const
{
    return m_message->text();
}

void BudgetProposalsPanel::setYear(int year)
{
    m_year = year;
    m_form->setYear(year);
    refresh();
}

void BudgetProposalsPanel::refresh()
{
    m_season = BudgetSeason(m_year);
    for (const BudgetSeason& s : m_budget.seasons().value_or_zero()) {
        if (s.year() == m_year)
            m_season = s;
    }
    const QList<BudgetProposalRecord> records = m_budget.proposals(m_year).value_or_zero();
    QList<BudgetProposal> proposals;
    for (const BudgetProposalRecord& r : records)
        proposals.append(r.proposal);
    // Winners are named once the votes are in: before, the ranking is only a standing.
    QSet<QString> funded;
    const bool decided
        = m_season.phase() == BudgetPhase::Results || m_season.phase() == BudgetPhase::Implementation;
    for (const DistrictResults& d :
         decided ? BudgetResults::forSeason(m_season, proposals) : QList<DistrictResults> {}) {
        for (const BudgetResultRow& row : d.rows) {
            if (row.funded)
                funded.insert(row.proposalId);
        }
    }
    const QString chosen = chosenRecord() ? chosenRecord()->proposal.id : QString();
    m_model->setProposals(records, funded);
    m_view->resizeColumnsToContents();
    const bool mayRegister = Permissions::has(m_role, Permission::RegisterProposals)
        && m_season.allows(BudgetAction::SubmitProposal).ok();
    m_formBox->setVisible(mayRegister);
    if (const int row = m_model->rowOf(chosen); row >= 0)
        choose(row);
    else
        showChosen();
}

const BudgetProposalRecord* BudgetProposalsPanel::chosenRecord() const
{
    const auto* proxy = qobject_cast<QSortFilterProxyModel*>(m_view->model());
    return m_model->recordAt(proxy->mapToSource(m_view->currentIndex()).row());
}

void BudgetProposalsPanel::choose(int row)
{
    const auto* proxy = qobject_cast<QSortFilterProxyModel*>(m_view->model());
    const QModelIndex at = proxy->mapFromSource(m_model->index(row, 0));
    if (at.isValid() && m_view->currentIndex().row() != at.row())
        m_view->setCurrentIndex(at);
    showChosen();
}

// The chosen proposal in words, and the editors its phase and the role allow.
void BudgetProposalsPanel::showChosen()
{
    const BudgetProposalRecord* r = chosenRecord();
    m_marks.clear();
    const bool mayAssess = r && Permissions::has(m_role, Permission::AssessProposals)
        && m_season.allows(BudgetAction::AssessProposal).ok();
    const bool mayTrack = r && Permissions::has(m_role, Permission::ManageBudget)
        && m_season.allows(BudgetAction::TrackImplementation).ok();
    m_assessBox->setVisible(mayAssess);
    m_trackBox->setVisible(mayTrack);
    // Photos go with a winner whose implementation has started.
    m_photos->showProposal(r, mayTrack && r && !r->proposal.implementationStatus.isEmpty());
    if (!r) {
        m_details->setText(tr("Choose a proposal to see it."));
        return;
    }
    const BudgetProposal& p = r->proposal;
    const QLocale locale;
    const District* district = m_reference.district(p.districtCode);
    const Organization* org = m_reference.organization(p.responsibleOrgCode);
    m_details->setText(
        QStringLiteral("<b>%1</b><br>%2<br><br>").arg(p.title.toHtmlEscaped(), p.description.toHtmlEscaped())
        + tr("%1 · estimated %2 ₸ · %3 votes")
              .arg(district ? district->name.in(UiLanguage::current()) : p.districtCode,
                   locale.toString(p.estimatedCost), locale.toString(p.votes))
        + QStringLiteral("<br>")
        + tr("Author: %1, registered %2")
              .arg(p.authorName.toHtmlEscaped(),
                   locale.toString(AlmatyTime::toLocal(p.submittedAt), QLocale::ShortFormat))
        + QStringLiteral("<br>") + BudgetProposalListModel::assessmentText(p)
        + (p.assessed ? QStringLiteral(": ") + p.assessmentReason.toHtmlEscaped() : QString())
        + (org ? QStringLiteral("<br>") + tr("Responsible: %1").arg(org->name.in(UiLanguage::current()))
               : QString()));
    if (mayAssess) {
        m_feasible->setChecked(p.assessed ? p.feasible : true);
        m_correctedCost->setText(QString::number(p.correctedCost > 0 ? p.correctedCost : p.estimatedCost));
        ReferenceCombos::select(m_organization, p.responsibleOrgCode);
        m_reason->setPlainText(p.assessmentReason);
    }
    if (mayTrack) {
        m_status->setCurrentIndex(std::max(0, m_status->findData(p.implementationStatus)));
        m_note->setText(r->implementationNote);
    }
}

void BudgetProposalsPanel::assess(bool feasible, qint64 correctedCost, const QString& orgCode,
                                  const QString& reason)
{
    const BudgetProposalRecord* r = chosenRecord();
    if (!r)
        return;
    if (const QList<Error> problems = m_budget.assess(*r, feasible, correctedCost, orgCode, reason);
        !problems.isEmpty()) {
        m_marks.show(problems);
        return;
    }
    refresh();
    m_marks.showMessage(tr("Assessed. It goes to the server with the next sync."), false);
    emit changed();
}

void BudgetProposalsPanel::track(const QString& status, const QString& note)
{
    const BudgetProposalRecord* r = chosenRecord();
    if (!r)
        return;
    if (auto tracked = m_budget.trackImplementation(*r, status, note); !tracked) {
        m_marks.showMessage(tracked.error().message, true);
        return;
    }
    refresh();
    m_marks.showMessage(tr("Saved. It goes to the server with the next sync."), false);
    emit changed();
}

void BudgetProposalsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void BudgetProposalsPanel::retranslate()
{
    const QStringList labels {tr("Corrected &cost, ₸:"), tr("Responsible &organization:"), tr("Co&nclusion:"),
                              tr("S&tatus:"), tr("&Note (dates, contractor):")};
    FormRows::setTexts(m_labels, labels);
    m_formBox->setTitle(tr("A new proposal, on the citizen's behalf"));
    m_assessBox->setTitle(tr("Expert assessment"));
    m_feasible->setText(tr("&Feasible: goes on the ballot"));
    m_assess->setText(tr("Save the &assessment"));
    m_trackBox->setTitle(tr("Implementation of the winner"));
    for (int i = 0; i < m_status->count(); ++i)
        m_status->setItemText(i,
                              BudgetProposalListModel::implementationName(m_status->itemData(i).toString()));
    m_track->setText(tr("Save the &status"));
    const QString keep = ReferenceCombos::selected(m_organization);
    ReferenceCombos::fillOrganizations(m_organization, m_reference, tr("Choose the organization"));
    ReferenceCombos::select(m_organization, keep);
    m_form->retranslate();
    m_view->setAccessibleName(tr("Proposals"));
    if (m_year > 0)
        refresh();
}

} // namespace tyndau
