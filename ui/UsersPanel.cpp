#include "UsersPanel.h"

#include "FormRows.h"
#include "app/AdminClient.h"
#include "app/UiLanguage.h"
#include "app/UserListModel.h"
#include "core/ReferenceData.h"
#include "core/UserAccount.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tyndau {

UsersPanel::UsersPanel(AdminClient& client, const ReferenceData& reference, QWidget* parent)
    : QWidget(parent)
    , m_client(*client.clone(this))
    , m_reference(reference)
    , m_model(new UserListModel(reference, this))
    , m_view(new QTableView(this))
    , m_login(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_organization(new QComboBox(this))
    , m_active(new QCheckBox(this))
    , m_password(new QLineEdit(this))
    , m_new(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_marks(m_message)
{
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_password->setEchoMode(QLineEdit::Password);
    for (Role r : allValues<Role>())
        m_role->addItem(displayName(r), toCode(r));

    auto* form = new QFormLayout;
    const QList<QWidget*> fields {m_login, m_name, m_role, m_organization, m_active, m_password};
    FormRows::add(this, form, fields, m_labels);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto* editorBox = new QWidget(this);
    editorBox->setMaximumWidth(520); // the list gets the room: it is read more than the form
    auto* editor = new QVBoxLayout(editorBox);
    editor->setContentsMargins(0, 0, 0, 0);
    editor->addLayout(form);
    editor->addLayout(buttons);
    editor->addWidget(m_message);
    editor->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(editorBox);
    for (auto [field, widget] : {std::pair {"login", static_cast<QWidget*>(m_login)},
                                 {"display_name", m_name},
                                 {"role", m_role},
                                 {"organization", m_organization},
                                 {"active", m_active},
                                 {"password", m_password}})
        m_marks.add(QLatin1String(field), widget);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { edit(current.row()); });
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        // Only an executor works for an organization.
        const bool executor = m_role->currentData().toString() == toCode(Role::Executor);
        m_organization->setEnabled(executor);
        if (!executor)
            m_organization->setCurrentIndex(0);
    });
    connect(m_new, &QPushButton::clicked, this, &UsersPanel::startNew);
    connect(m_save, &QPushButton::clicked, this, &UsersPanel::save);
    connect(&m_client, &AdminClient::usersListed, this, [this](const QList<User>& users) {
        const QString keep = m_login->text();
        m_model->setUsers(users);
        m_view->resizeColumnsToContents();
        if (const int row = m_model->rowOf(keep); row >= 0 && !m_isNew)
            m_view->selectRow(row);
    });
    connect(&m_client, &AdminClient::userSaved, this, [this](const User& user) {
        m_isNew = false;
        m_login->setReadOnly(true);
        m_password->clear();
        m_marks.showMessage(tr("Saved: %1.").arg(user.login), false);
        refresh();
    });
    connect(&m_client, &AdminClient::failed, this, [this](const Error& e) { m_marks.show({e}); });
    fillOrganizations();
    retranslate();
    startNew();
}

QString UsersPanel::message() const
{
    return m_message->text();
}

void UsersPanel::refresh()
{
    m_client.listUsers();
}

void UsersPanel::startNew()
{
    m_isNew = true;
    m_view->clearSelection();
    fill(User {}, QString());
    m_login->setReadOnly(false);
    m_password->setPlaceholderText(tr("At least %n characters", nullptr, UserAccount::kMinPassword));
    m_marks.clear();
    m_login->setFocus();
}

void UsersPanel::edit(int row)
{
    const User* user = m_model->userAt(row);
    if (!user)
        return;
    m_isNew = false;
    fill(*user, QString());
    m_login->setReadOnly(true); // the login names the account for good
    m_password->setPlaceholderText(tr("Empty: the password stays as it is"));
    m_marks.clear();
}

void UsersPanel::fill(const User& user, const QString& password)
{
    m_login->setText(user.login);
    m_name->setText(user.displayName);
    m_role->setCurrentIndex(std::max(0, m_role->findData(toCode(user.role))));
    m_organization->setCurrentIndex(std::max(0, m_organization->findData(user.orgCode)));
    m_active->setChecked(user.active);
    m_password->setText(password);
}

User UsersPanel::fromForm() const
{
    User u;
    u.login = m_login->text().trimmed();
    u.displayName = m_name->text().trimmed();
    u.role = fromCode<Role>(m_role->currentData().toString()).value_or(Role::Operator);
    u.orgCode = u.role == Role::Executor ? m_organization->currentData().toString() : QString();
    u.active = m_active->isChecked();
    return u;
}

void UsersPanel::save()
{
    const User user = fromForm();
    const QList<Error> problems = UserAccount::check(user, m_password->text(), m_isNew, m_reference);
    if (!problems.isEmpty()) {
        m_marks.show(problems);
        return;
    }
    m_marks.clear();
    m_client.saveUser(user, m_password->text(), m_isNew);
}

void UsersPanel::referenceChanged()
{
    fillOrganizations();
}

void UsersPanel::fillOrganizations()
{
    const QString keep = m_organization->currentData().toString();
    m_organization->clear();
    m_organization->addItem(QStringLiteral("—"), QString());
    for (const Organization& o : m_reference.organizations())
        m_organization->addItem(o.name.in(UiLanguage::current()), o.code);
    m_organization->setCurrentIndex(std::max(0, m_organization->findData(keep)));
}

void UsersPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void UsersPanel::retranslate()
{
    const QStringList labels {tr("&Login:"),        tr("&Name:"),   tr("&Role:"),
                              tr("&Organization:"), tr("Acti&ve:"), tr("&Password:")};
    FormRows::setTexts(m_labels, labels);
    for (int i = 0; i < m_role->count(); ++i)
        m_role->setItemText(
            i, displayName(fromCode<Role>(m_role->itemData(i).toString()).value_or(Role::Operator)));
    fillOrganizations();
    m_active->setText(tr("the person may sign in"));
    m_new->setText(tr("New &account"));
    m_save->setText(tr("&Save the account"));
    m_view->setAccessibleName(tr("User accounts"));
}

} // namespace tyndau
