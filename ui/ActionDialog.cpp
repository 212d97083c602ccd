#include "ActionDialog.h"

#include "ReferenceCombos.h"
#include "app/LocalCache.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tyndau {

ActionDialog::ActionDialog(LocalCache& cache, Actor actor, Request request, Action action, QWidget* parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_actor(std::move(actor))
    , m_request(std::move(request))
    , m_action(action)
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("%1: %2").arg(
        displayName(action), m_request.number.isEmpty() ? m_request.provisionalNumber : m_request.number));
    const Transition* t = Workflow::find(action, m_request.status);
    const unsigned needs = t ? t->needs : Transition::NoNeed;
    auto* form = new QFormLayout;
    if (needs & Transition::NeedsOrg) {
        m_org = new QComboBox(this);
        ReferenceCombos::makeSearchable(m_org);
        ReferenceCombos::fillOrganizations(m_org, cache.reference());
        ReferenceCombos::select(
            m_org, cache.reference().suggestExecutor(m_request.categoryCode, m_request.districtCode));
        m_org->setAccessibleName(tr("Executor"));
        form->addRow(tr("&Executor:"), m_org);
    }
    if (needs & Transition::NeedsAnswer) {
        m_answer = new QPlainTextEdit(this);
        m_answer->setAccessibleName(tr("Answer to the citizen"));
        m_answer->setTabChangesFocus(true);
        form->addRow(tr("&Answer (in %1):").arg(displayName(m_request.citizen.language)), m_answer);
    }
    if (action == Action::ApproveExtension) {
        m_days = new QSpinBox(this);
        m_days->setRange(0, 60);
        m_days->setSpecialValueText(tr("the full term again"));
        m_days->setSuffix(tr(" working days"));
        m_days->setAccessibleName(tr("Extension in working days"));
        form->addRow(tr("E&xtend by:"), m_days);
    }
    if (action == Action::Accept) {
        m_satisfaction = new QSpinBox(this);
        m_satisfaction->setRange(0, 5);
        m_satisfaction->setSpecialValueText(tr("no call-back"));
        m_satisfaction->setAccessibleName(tr("Citizen's satisfaction from the call-back"));
        form->addRow(tr("&Satisfaction (1–5):"), m_satisfaction);
    }
    m_comment = new QPlainTextEdit(this);
    m_comment->setTabChangesFocus(true);
    m_comment->setAccessibleName(tr("Comment"));
    form->addRow(needs & Transition::NeedsComment ? tr("&Reason:") : tr("&Comment (optional):"), m_comment);

    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(displayName(action));
    connect(buttons, &QDialogButtonBox::accepted, this, &ActionDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
}

ActionInput ActionDialog::input() const
{
    ActionInput in;
    in.comment = m_comment->toPlainText().trimmed();
    if (m_answer)
        in.answerText = m_answer->toPlainText().trimmed();
    if (m_org)
        in.orgCode = ReferenceCombos::selected(m_org);
    if (m_days)
        in.extraWorkingDays = m_days->value();
    if (m_satisfaction)
        in.satisfaction = m_satisfaction->value();
    return in;
}

QString ActionDialog::problem() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

void ActionDialog::submit()
{
    if (auto r = m_cache.requests().act(m_request.id, m_action, m_actor, input()); !r) {
        m_problem->setText(r.error().message);
        m_problem->show();
        return;
    }
    accept();
}

} // namespace tyndau
