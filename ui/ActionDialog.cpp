#include "ActionDialog.h"

#include "ReferenceCombos.h"
#include "app/LocalCache.h"
#include "core/QualityChecklist.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStringListModel>
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
    if (needs & Transition::NeedsAnswer)
        addAnswer(form);
    if (action == Action::Accept || action == Action::Return)
        addChecklist(form);
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

void ActionDialog::addAnswer(QFormLayout* form)
{
    auto box = [this](const QString& name) {
        auto* edit = new QPlainTextEdit(this);
        edit->setAccessibleName(name);
        edit->setTabChangesFocus(true);
        return edit;
    };
    m_answer = box(tr("Answer to the citizen"));
    form->addRow(tr("&Answer (in %1):").arg(displayName(m_request.citizen.language)), m_answer);
    // The executor's own answer needs what an inspector checks; a consultation does not.
    if (m_action != Action::Answer)
        return;
    m_measures = box(tr("Measures taken and their dates"));
    form->addRow(tr("&Measures taken, with dates:"), m_measures);
    m_legalBasis = box(tr("Legal basis"));
    m_legalBasis->setPlaceholderText(
        tr("e.g. Administrative Procedural Code of the Republic of Kazakhstan, art. 91"));
    form->addRow(tr("&Legal basis:"), m_legalBasis);
    addFiles(form);
}

// Photos of the work done or a scanned letter, sent with the answer (Ctrl+O).
void ActionDialog::addFiles(QFormLayout* form)
{
    m_fileNames = new QStringListModel(this);
    auto* list = new QListView(this);
    list->setModel(m_fileNames);
    list->setMaximumHeight(list->fontMetrics().height() * 4);
    list->setAccessibleName(tr("Attached files"));
    auto* choose = new QPushButton(tr("A&ttach…"), this);
    choose->setShortcut(QKeySequence::Open);
    choose->setToolTip(tr("Photos (JPEG, PNG, WebP) or PDF, up to 10 MiB each (Ctrl+O)"));
    connect(choose, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Attach photos or documents"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFiles);
        dialog->setNameFilters({tr("Photos and PDF (*.jpg *.jpeg *.png *.webp *.pdf)"), tr("All files (*)")});
        connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList& paths) {
            for (const QString& path : paths)
                if (!attach(path))
                    break; // the reason is shown
        });
        dialog->open();
    });
    auto* row = new QHBoxLayout;
    row->addWidget(list, 1);
    row->addWidget(choose, 0, Qt::AlignTop);
    form->addRow(tr("Attachments:"), row);
}

bool ActionDialog::attach(const QString& path)
{
    auto file = LocalRequests::readFile(path);
    Result<void> ok = file ? LocalRequests::checkFile(file.value()) : Result<void>(file.error());
    if (!ok) {
        m_problem->setText(ok.error().message);
        m_problem->show();
        return false;
    }
    m_files.append(file.value());
    QStringList names = m_fileNames->stringList();
    names.append(QFileInfo(path).fileName());
    m_fileNames->setStringList(names);
    m_problem->hide();
    return true;
}

// The inspector's checklist: the deadline criterion comes from the record, the rest from
// reading the answer; the score follows the boxes.
void ActionDialog::addChecklist(QFormLayout* form)
{
    auto* column = new QVBoxLayout;
    for (int c = 0; c < QualityChecklist::CriterionCount; ++c) {
        auto* box = new QCheckBox(QualityChecklist::name(QualityChecklist::Criterion(c)), this);
        if (c == QualityChecklist::WithinDeadline)
            box->setChecked(QualityChecklist::answeredInTime(m_request));
        else
            box->setChecked(m_action == Action::Accept);
        m_criteria.append(box);
        column->addWidget(box);
        connect(box, &QCheckBox::toggled, this, [this] {
            QList<bool> met;
            for (QCheckBox* b : std::as_const(m_criteria))
                met.append(b->isChecked());
            m_score->setText(tr("Score: %1 of %2")
                                 .arg(QualityChecklist::score(met))
                                 .arg(int(QualityChecklist::CriterionCount)));
        });
    }
    m_score = new QLabel(this);
    column->addWidget(m_score);
    form->addRow(tr("Quality:"), column);
    emit m_criteria.first()->toggled(m_criteria.first()->isChecked()); // the first score
    if (!m_request.answerText.isEmpty()) {
        auto* answer = new QLabel(m_request.answerText, this);
        answer->setWordWrap(true);
        answer->setTextInteractionFlags(Qt::TextSelectableByMouse);
        answer->setTextFormat(Qt::PlainText);
        form->insertRow(0, tr("The executor's answer:"), answer);
    }
}

QPlainTextEdit* ActionDialog::field(const QString& name) const
{
    if (name == QLatin1String("answer"))
        return m_answer;
    if (name == QLatin1String("measures"))
        return m_measures;
    if (name == QLatin1String("legal_basis"))
        return m_legalBasis;
    return m_comment;
}

ActionInput ActionDialog::input() const
{
    ActionInput in;
    in.comment = m_comment->toPlainText().trimmed();
    if (m_answer)
        in.answerText = m_measures ? QualityChecklist::composeAnswer(
                            m_answer->toPlainText(), m_measures->toPlainText(), m_legalBasis->toPlainText())
                                   : m_answer->toPlainText().trimmed();
    if (!m_criteria.isEmpty()) {
        QList<bool> met;
        for (QCheckBox* b : m_criteria)
            met.append(b->isChecked());
        in.comment = QualityChecklist::comment(met, in.comment);
        in.qualityScore = QualityChecklist::score(met);
    }
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
    if (m_measures
        && (m_measures->toPlainText().trimmed().isEmpty()
            || m_legalBasis->toPlainText().trimmed().isEmpty())) {
        m_problem->setText(
            tr("State the measures taken with their dates, and the legal basis: the inspector checks both."));
        m_problem->show();
        (m_measures->toPlainText().trimmed().isEmpty() ? m_measures : m_legalBasis)->setFocus();
        return;
    }
    if (m_action == Action::Return && !m_criteria.isEmpty() && m_comment->toPlainText().trimmed().isEmpty()) {
        // A return names what to fix: the unmet criteria say it when the inspector wrote nothing.
        bool allMet = true;
        for (QCheckBox* b : std::as_const(m_criteria))
            allMet = allMet && b->isChecked();
        if (allMet) {
            m_problem->setText(
                tr("Say what the executor must fix: uncheck what is missing or write the reason."));
            m_problem->show();
            return;
        }
    }
    if (auto r = m_cache.requests().act(m_request.id, m_action, m_actor, input(), m_files); !r) {
        m_problem->setText(r.error().message);
        m_problem->show();
        return;
    }
    accept();
}

} // namespace tyndau
