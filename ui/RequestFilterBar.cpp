#include "RequestFilterBar.h"

#include "ElidingComboBox.h"
#include "ReferenceCombos.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>

namespace tyndau {

RequestFilterBar::RequestFilterBar(const ReferenceData& reference, QString myLogin, QWidget* parent)
    : QWidget(parent)
    , m_reference(reference)
    , m_login(std::move(myLogin))
    , m_text(new QLineEdit(this))
    , m_status(new ElidingComboBox(this))
    , m_deadline(new ElidingComboBox(this))
    , m_district(new QComboBox(this))
    , m_category(new QComboBox(this))
    , m_org(new QComboBox(this))
    , m_channel(new ElidingComboBox(this))
    , m_kind(new ElidingComboBox(this))
    , m_mine(new QCheckBox(this))
    , m_reset(new QPushButton(this))
{
    m_text->setClearButtonEnabled(true);
    for (QComboBox* box : {m_category, m_org, m_district})
        ReferenceCombos::makeSearchable(box);
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_text, 0, 0, 1, 3);
    grid->addWidget(m_status, 0, 3);
    grid->addWidget(m_deadline, 0, 4);
    grid->addWidget(m_mine, 0, 5);
    grid->addWidget(m_district, 1, 0);
    grid->addWidget(m_category, 1, 1);
    grid->addWidget(m_org, 1, 2);
    grid->addWidget(m_channel, 1, 3);
    grid->addWidget(m_kind, 1, 4);
    grid->addWidget(m_reset, 1, 5);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 2);

    m_typing.setSingleShot(true);
    m_typing.setInterval(250);
    connect(&m_typing, &QTimer::timeout, this, &RequestFilterBar::changed);
    connect(m_text, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_text, &QLineEdit::returnPressed, this, &RequestFilterBar::changed);
    for (QComboBox* box : {m_status, m_deadline, m_district, m_category, m_org, m_channel, m_kind})
        connect(box, &QComboBox::currentIndexChanged, this, &RequestFilterBar::changed);
    connect(m_mine, &QCheckBox::toggled, this, &RequestFilterBar::changed);
    connect(m_reset, &QPushButton::clicked, this, &RequestFilterBar::reset);
    fill();
    retranslate();
}

void RequestFilterBar::fill()
{
    m_filling = true;
    ReferenceCombos::fillEnum<Status>(m_status, tr("All statuses"));
    ReferenceCombos::fillDistricts(m_district, m_reference, tr("All districts"));
    ReferenceCombos::fillCategories(m_category, m_reference, true, tr("All categories"));
    ReferenceCombos::fillOrganizations(m_org, m_reference, tr("All executors"));
    ReferenceCombos::fillEnum<Channel>(m_channel, tr("All channels"));
    ReferenceCombos::fillEnum<RequestKind>(m_kind, tr("All kinds"));
    const int deadline = std::max(0, m_deadline->currentIndex());
    m_deadline->clear();
    m_deadline->addItem(tr("Any deadline"), int(RequestFilter::Deadline::Any));
    m_deadline->addItem(tr("Due soon"), int(RequestFilter::Deadline::DueSoon));
    m_deadline->addItem(tr("Overdue"), int(RequestFilter::Deadline::Overdue));
    m_deadline->setCurrentIndex(deadline);
    m_filling = false;
}

RequestFilter RequestFilterBar::filter() const
{
    RequestFilter f;
    f.text = m_text->text();
    if (const QString status = ReferenceCombos::selected(m_status); !status.isEmpty())
        f.statuses = {fromCode<Status>(status).value_or(Status::Registered)};
    f.deadline = RequestFilter::Deadline(m_deadline->currentData().toInt());
    f.districtCode = ReferenceCombos::selected(m_district);
    f.categoryCode = ReferenceCombos::selected(m_category);
    f.orgCode = ReferenceCombos::selected(m_org);
    f.channel = fromCode<Channel>(ReferenceCombos::selected(m_channel));
    f.kind = fromCode<RequestKind>(ReferenceCombos::selected(m_kind));
    if (m_mine->isChecked())
        f.createdBy = m_login;
    return f;
}

void RequestFilterBar::changed()
{
    if (!m_filling)
        emit filterChanged(filter());
}

void RequestFilterBar::reset()
{
    m_filling = true;
    m_text->clear();
    for (QComboBox* box : {m_status, m_deadline, m_district, m_category, m_org, m_channel, m_kind})
        box->setCurrentIndex(0);
    m_mine->setChecked(false);
    m_filling = false;
    m_typing.stop();
    changed();
}

void RequestFilterBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        fill();
        retranslate();
    }
    QWidget::changeEvent(event);
}

void RequestFilterBar::retranslate()
{
    m_text->setPlaceholderText(
        tr("Search: a number (2026-000123) or words from the citizen, address, text (Ctrl+F)"));
    m_text->setAccessibleName(tr("Search requests"));
    m_status->setAccessibleName(tr("Status"));
    m_deadline->setAccessibleName(tr("Deadline"));
    m_district->setAccessibleName(tr("District"));
    m_category->setAccessibleName(tr("Category"));
    m_org->setAccessibleName(tr("Executor"));
    m_channel->setAccessibleName(tr("Channel"));
    m_kind->setAccessibleName(tr("Kind"));
    m_mine->setText(tr("&My requests"));
    m_reset->setText(tr("Reset filters"));
}

} // namespace tyndau
