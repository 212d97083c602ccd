#include "AdministrationWorkspace.h"

#include "ApiKeysPanel.h"
#include "AuditPanel.h"
#include "CategoriesPanel.h"
#include "OrganizationsPanel.h"
#include "PolicyEditor.h"
#include "UsersPanel.h"
#include "app/LocalCache.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tyndau {

AdministrationWorkspace::AdministrationWorkspace(AdminClient& client, LocalCache& cache, QWidget* parent)
    : QWidget(parent)
    , m_policy(new PolicyEditor(cache, this))
    , m_users(new UsersPanel(client, cache.reference(), this))
    , m_organizations(new OrganizationsPanel(cache, this))
    , m_categories(new CategoriesPanel(cache, this))
    , m_keys(new ApiKeysPanel(client, this))
    , m_audit(new AuditPanel(client, this))
    , m_tabs(new QTabWidget(this))
{
    for (QWidget* page :
         std::initializer_list<QWidget*> {m_policy, m_users, m_organizations, m_categories, m_keys, m_audit})
        m_tabs->addTab(page, QString());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    connect(m_policy, &PolicyEditor::changed, this, &AdministrationWorkspace::changed);
    connect(m_organizations, &OrganizationsPanel::changed, this, &AdministrationWorkspace::changed);
    connect(m_categories, &CategoriesPanel::changed, this, &AdministrationWorkspace::changed);
    // A new category can be served at once, and the audit tab shows the newest when opened.
    connect(m_categories, &CategoriesPanel::changed, m_organizations, &OrganizationsPanel::refresh);
    connect(m_organizations, &OrganizationsPanel::changed, m_users, &UsersPanel::referenceChanged);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_audit)
            m_audit->refresh();
    });
    retranslate();
}

void AdministrationWorkspace::refresh()
{
    m_users->refresh();
    m_keys->refresh();
    m_audit->refresh();
}

void AdministrationWorkspace::referenceChanged()
{
    m_policy->refresh();
    m_organizations->refresh();
    m_categories->refresh();
    m_users->referenceChanged();
}

void AdministrationWorkspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AdministrationWorkspace::retranslate()
{
    const QStringList titles {tr("Deadlines and calendar"), tr("Users"),
                              tr("Organizations"),          tr("Categories"),
                              tr("Open311 API keys"),       tr("Audit log")};
    for (int i = 0; i < titles.size(); ++i)
        m_tabs->setTabText(i, titles.at(i));
}

} // namespace tyndau
