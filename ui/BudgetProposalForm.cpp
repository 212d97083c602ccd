#include "BudgetProposalForm.h"

#include "FormRows.h"
#include "ReferenceCombos.h"
#include "app/LocalBudget.h"
#include "core/ReferenceData.h"
#include "core/TextFold.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStringListModel>
#include <QTimer>
#include <QVBoxLayout>

namespace tyndau {

BudgetProposalForm::BudgetProposalForm(LocalBudget& budget, const ReferenceData& reference, QWidget* parent)
    : QWidget(parent)
    , m_budget(budget)
    , m_reference(reference)
    , m_title(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_district(new QComboBox(this))
    , m_cost(new QLineEdit(this))
    , m_author(new QLineEdit(this))
    , m_iin(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_similar(new QStringListModel(this))
    , m_similarView(new QListView(this))
    , m_similarTitle(new QLabel(this))
    , m_submit(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_lookUp(new QTimer(this))
    , m_marks(m_message)
{
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(m_description->fontMetrics().height() * 6);
    m_cost->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9 ]{0,20}")), this));
    m_similarView->setModel(m_similar);
    m_similarView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_similarView->setMaximumHeight(m_similarView->fontMetrics().height() * 5);
    auto* form = new QFormLayout;
    const QList<QWidget*> fields {m_title, m_description, m_district, m_cost, m_author, m_iin, m_phone};
    FormRows::add(this, form, fields, m_labels);
    for (auto [field, widget] : {std::pair {"title", static_cast<QWidget*>(m_title)},
                                 {"description", m_description},
                                 {"district", m_district},
                                 {"estimated_cost", m_cost},
                                 {"author_name", m_author},
                                 {"author_iin", m_iin},
                                 {"author_phone", m_phone}})
        m_marks.add(QLatin1String(field), widget);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_similarTitle);
    layout->addWidget(m_similarView);
    layout->addWidget(m_submit, 0, Qt::AlignRight);
    layout->addWidget(m_message);
    layout->addStretch(1);
    // Looked up once typing pauses, not on every key: it reads the season's proposals.
    m_lookUp->setSingleShot(true);
    m_lookUp->setInterval(250);
    connect(m_lookUp, &QTimer::timeout, this, &BudgetProposalForm::updateLookAlikes);
    connect(m_title, &QLineEdit::textChanged, m_lookUp, qOverload<>(&QTimer::start));
    connect(m_description, &QPlainTextEdit::textChanged, m_lookUp, qOverload<>(&QTimer::start));
    connect(m_district, &QComboBox::currentIndexChanged, m_lookUp, qOverload<>(&QTimer::start));
    connect(m_submit, &QPushButton::clicked, this, &BudgetProposalForm::submit);
    for (QLineEdit* edit : {m_title, m_cost, m_author, m_iin, m_phone})
        connect(edit, &QLineEdit::returnPressed, this, &BudgetProposalForm::submit);
    retranslate();
}

void BudgetProposalForm::setYear(int year)
{
    m_year = year;
    updateLookAlikes();
}

QString BudgetProposalForm::message() const
{
    return m_message->text();
}

QStringList BudgetProposalForm::lookAlikes()
{
    if (m_lookUp->isActive()) { // what the operator would see once the pause comes
        m_lookUp->stop();
        updateLookAlikes();
    }
    return m_similar->stringList();
}

void BudgetProposalForm::fill(const BudgetProposal& p)
{
    m_title->setText(p.title);
    m_description->setPlainText(p.description);
    ReferenceCombos::select(m_district, p.districtCode);
    m_cost->setText(p.estimatedCost > 0 ? QString::number(p.estimatedCost) : QString());
    m_author->setText(p.authorName);
    m_iin->setText(p.authorIin);
    m_phone->setText(p.authorPhone);
}

BudgetProposal BudgetProposalForm::draft() const
{
    BudgetProposal p;
    p.seasonYear = m_year;
    p.title = m_title->text().trimmed();
    p.description = m_description->toPlainText().trimmed();
    p.districtCode = ReferenceCombos::selected(m_district);
    p.estimatedCost = m_cost->text().remove(QLatin1Char(' ')).toLongLong();
    p.authorName = m_author->text().trimmed();
    p.authorIin = m_iin->text().trimmed();
    p.authorPhone = m_phone->text().trimmed();
    return p;
}

void BudgetProposalForm::submit()
{
    const BudgetProposal p = draft();
    if (const QList<Error> problems = m_budget.check(p); !problems.isEmpty()) {
        m_marks.show(problems);
        return;
    }
    auto saved = m_budget.submit(p);
    if (!saved) {
        m_marks.show({saved.error()});
        return;
    }
    fill(BudgetProposal {});
    m_marks.showMessage(tr("Registered: “%1”. It goes to the server with the next sync.").arg(p.title),
                        false);
    m_title->setFocus();
    emit submitted(saved->proposal.id);
}

// Proposals of the same district with at least two words of the new one's title and
// description (one, for a title of one or two words), folded for case and ё.
void BudgetProposalForm::updateLookAlikes()
{
    const QString district = ReferenceCombos::selected(m_district);
    QStringList words;
    for (const QString& w :
         TextFold::words(m_title->text() + QLatin1Char(' ') + m_description->toPlainText())) {
        if (w.size() > 3) // short words (и, на, для) say nothing about the idea
            words.append(w);
    }
    QStringList found;
    const int needed = TextFold::words(m_title->text()).size() <= 2 ? 1 : 2;
    if (m_year > 0 && !district.isEmpty() && !words.isEmpty()) {
        const QList<BudgetProposalRecord> records = m_budget.proposals(m_year).value_or_zero();
        for (const BudgetProposalRecord& r : records) {
            if (r.proposal.districtCode != district)
                continue;
            const QStringList theirs
                = TextFold::words(r.proposal.title + QLatin1Char(' ') + r.proposal.description);
            int shared = 0;
            for (const QString& w : words)
                shared += theirs.contains(w) ? 1 : 0;
            if (shared >= needed)
                found.append(r.proposal.title);
        }
    }
    m_similar->setStringList(found);
    m_similarTitle->setVisible(!found.isEmpty());
    m_similarView->setVisible(!found.isEmpty());
}

void BudgetProposalForm::retranslate()
{
    const QStringList labels {
        tr("&Title:"),  tr("&Description:"),  tr("Dis&trict:"),      tr("Estimated &cost, ₸:"),
        tr("&Author:"), tr("Author's &IIN:"), tr("Author's p&hone:")};
    FormRows::setTexts(m_labels, labels);
    const QString keep = ReferenceCombos::selected(m_district);
    ReferenceCombos::fillDistricts(m_district, m_reference, tr("Choose the district"));
    ReferenceCombos::select(m_district, keep);
    m_similarTitle->setText(tr("Look-alike proposals of this district, already registered:"));
    m_submit->setText(tr("&Register the proposal"));
    m_similarView->setAccessibleName(tr("Look-alike proposals"));
}

} // namespace tyndau
