#include "RequestCard.h"

#include "app/AttachmentFiles.h"
#include "app/LocalCache.h"
#include "app/UiLanguage.h"
#include "core/AlmatyTime.h"
#include "db/RequestStore.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace tyndau {

RequestCard::RequestCard(LocalCache& cache, Actor actor, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_actor(std::move(actor))
    , m_title(new QLabel(this))
    , m_error(new QLabel(this))
    , m_fields(new QFormLayout)
    , m_historyTitle(new QLabel(this))
    , m_timeline(new QListView(this))
    , m_attachmentsTitle(new QLabel(this))
    , m_attachments(new QListView(this))
    , m_attachmentStatus(new QLabel(this))
    , m_actions(new QGridLayout)
{
    m_title->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setObjectName(QStringLiteral("title"));
    m_title->setWordWrap(true); // "2026-017964 — Направлено исполнителю" is wider than the card
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_timeline->setModel(&m_history);
    m_timeline->setWordWrap(true);
    m_timeline->setAlternatingRowColors(true);
    m_historyTitle->setBuddy(m_timeline);
    m_attachments->setModel(&m_attachmentList);
    m_attachments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attachments->setMaximumHeight(m_attachments->fontMetrics().height() * 5);
    m_attachmentsTitle->setBuddy(m_attachments);
    m_attachmentStatus->setWordWrap(true);
    m_attachmentStatus->hide();
    connect(m_attachments, &QListView::activated, this, &RequestCard::openAttachment);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_error);
    layout->addLayout(m_fields);
    layout->addWidget(m_attachmentsTitle);
    layout->addWidget(m_attachments);
    layout->addWidget(m_attachmentStatus);
    layout->addWidget(m_historyTitle);
    layout->addWidget(m_timeline, 1);
    layout->addLayout(m_actions);
    rebuild();
}

void RequestCard::showRequest(const QUuid& id)
{
    m_request = Request {};
    QList<HistoryEntry> history;
    if (!id.isNull()) {
        RequestStore store(m_cache.db());
        if (auto found = store.find(id); found && found->has_value())
            m_request = found->value();
        history = store.history(id).value_or_zero();
    }
    m_history.setHistory(history);
    m_attachmentStatus->hide();
    rebuild();
}

// A file fetched while the user went on to another request still opens (it was asked for, and
// its name says which it is), but what is said of it stays off the other request's card.
void RequestCard::setAttachmentFiles(AttachmentFiles* files)
{
    m_files = files;
    auto stillHere = [this] {
        return m_request.id == m_openedFrom;
    };
    connect(files, &AttachmentFiles::fetching, this, [this, stillHere](const QString& name) {
        if (stillHere())
            showAttachmentStatus(tr("Downloading “%1” from the server…").arg(name), false);
    });
    connect(files, &AttachmentFiles::ready, this, [this, stillHere](const QString& path) {
        if (stillHere())
            m_attachmentStatus->hide();
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)) && stillHere())
            showAttachmentStatus(tr("No program here opens %1.").arg(path), true);
    });
    connect(files, &AttachmentFiles::failed, this,
            [this, stillHere](const QString& name, const QString& why) {
                if (stillHere())
                    showAttachmentStatus(tr("“%1” cannot be opened: %2").arg(name, why), true);
            });
}

QString RequestCard::attachmentStatus() const
{
    return m_attachmentStatus->isVisible() ? m_attachmentStatus->text() : QString();
}

void RequestCard::openAttachment(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    if (!m_files)
        return showAttachmentStatus(tr("Files cannot be opened here."), true);
    m_openedFrom = m_request.id;
    m_files->open(m_attachmentList.attachment(index.row()));
}

void RequestCard::showAttachmentStatus(const QString& text, bool problem)
{
    m_attachmentStatus->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_attachmentStatus->setText(text);
    m_attachmentStatus->show();
}

void RequestCard::addField(const QString& label, const QString& value)
{
    if (value.isEmpty())
        return;
    auto* text = new QLabel(value, this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setAccessibleName(label);
    m_fields->addRow(label, text);
}

QString RequestCard::fieldText(const QString& label) const
{
    for (int row = 0; row < m_fields->rowCount(); ++row) {
        auto* name = qobject_cast<QLabel*>(m_fields->itemAt(row, QFormLayout::LabelRole)->widget());
        auto* value = qobject_cast<QLabel*>(m_fields->itemAt(row, QFormLayout::FieldRole)->widget());
        if (name && value && name->text() == label)
            return value->text();
    }
    return {};
}

QStringList RequestCard::actionTexts() const
{
    QStringList out;
    for (int i = 0; i < m_actions->count(); ++i)
        if (auto* button = qobject_cast<QPushButton*>(m_actions->itemAt(i)->widget()))
            out.append(button->text());
    return out;
}

void RequestCard::rebuild()
{
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
    while (QLayoutItem* item = m_actions->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_historyTitle->setText(tr("History"));
    m_timeline->setAccessibleName(tr("History of the request"));
    const Request& r = m_request;
    m_attachmentList.setAttachments(r.attachments);
    m_attachmentsTitle->setText(tr("Attachments (double-click to open):"));
    m_attachments->setAccessibleName(tr("Attachments"));
    m_attachmentsTitle->setVisible(!r.attachments.isEmpty());
    m_attachments->setVisible(!r.attachments.isEmpty());
    if (r.id.isNull()) {
        m_title->setText(tr("Choose a request in the list."));
        m_error->hide();
        return;
    }
    const QString lang = UiLanguage::current();
    const QLocale locale;
    auto when = [&](const QDateTime& utc) {
        return utc.isValid() ? locale.toString(AlmatyTime::toLocal(utc), QLocale::ShortFormat) : QString();
    };
    const ReferenceData& ref = m_cache.reference();
    m_title->setText(
        tr("%1 — %2").arg(r.number.isEmpty() ? r.provisionalNumber : r.number, displayName(r.status)));
    m_error->setVisible(!r.syncError.isEmpty());
    m_error->setText(tr("The server refused the last change: %1").arg(r.syncError));
    addField(tr("Kind:"), displayName(r.kind));
    addField(tr("Channel:"), displayName(r.channel));
    addField(tr("Registered:"), when(r.registeredAt.isValid() ? r.registeredAt : r.createdAt));
    if (r.dueDate.isValid()) {
        const DeadlineState state = m_cache.policy().state(r, AlmatyTime::today());
        const QString date = locale.toString(r.dueDate, QLocale::LongFormat);
        addField(tr("Deadline:"),
                 state == DeadlineState::None ? date : tr("%1 (%2)").arg(date, displayName(state)));
    }
    if (r.originalDueDate.isValid() && r.originalDueDate != r.dueDate)
        addField(tr("Original deadline:"), locale.toString(r.originalDueDate, QLocale::LongFormat));
    addField(tr("Citizen:"), r.citizen.anonymous ? tr("anonymous") : r.citizen.name);
    addField(tr("Phone:"), r.citizen.phone);
    addField(tr("IIN:"), r.citizen.iin);
    addField(tr("E-mail:"), r.citizen.email);
    addField(tr("Language:"), displayName(r.citizen.language));
    addField(tr("Address:"), r.address);
    if (const District* d = ref.district(r.districtCode))
        addField(tr("District:"), d->name.in(lang));
    if (const Category* c = ref.category(r.categoryCode))
        addField(tr("Category:"), c->name.in(lang));
    if (const Organization* o = ref.organization(r.orgCode))
        addField(tr("Executor:"), o->name.in(lang));
    addField(tr("Description:"), r.description);
    addField(tr("Answer:"), r.answerText);
    addField(tr("Mass incident:"), r.isIncident ? tr("yes: other calls are linked to it") : QString());
    addField(tr("Returned for rework:"), r.returnCount > 0 ? locale.toString(r.returnCount) : QString());
    addField(tr("Citizen's satisfaction:"),
             r.satisfaction > 0 ? tr("%1 of 5").arg(r.satisfaction) : QString());

    // A request not yet accepted by the server takes no actions: they would wait behind it.
    if (r.status == Status::Draft)
        return;
    // One to a row: the names of actions are long, in Kazakh above all.
    int n = 0;
    for (Action action : Workflow::availableActions(r, m_actor)) {
        auto* button = new QPushButton(displayName(action), this);
        button->setToolTip(displayName(action));
        connect(button, &QPushButton::clicked, this,
                [this, action] { emit actionRequested(m_request, action); });
        m_actions->addWidget(button, n, 0);
        ++n;
    }
}

void RequestCard::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace tyndau
