#include "OrganizationsPanel.h"

#include "FormRows.h"
#include "app/LocalCache.h"
#include "app/LocalCatalog.h"
#include "app/OrganizationListModel.h"
#include "app/UiLanguage.h"
#include "core/ReferenceRules.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace tyndau {
namespace {

constexpr int CodeRole = Qt::UserRole + 1;

QStandardItem* checkable(const QString& text, const QString& code)
{
    auto* item = new QStandardItem(text);
    item->setData(code, CodeRole);
    item->setCheckable(true);
    item->setEditable(false);
    return item;
}

// Every item of the model, depth first.
void forEachItem(QStandardItem* parent, const std::function<void(QStandardItem*)>& visit)
{
    for (int i = 0; i < parent->rowCount(); ++i) {
        visit(parent->child(i));
        forEachItem(parent->child(i), visit);
    }
}

QStringList checkedCodes(QStandardItemModel* model)
{
    QStringList out;
    forEachItem(model->invisibleRootItem(), [&](QStandardItem* item) {
        if (item->checkState() == Qt::Checked)
            out.append(item->data(CodeRole).toString());
    });
    return out;
}

void check(QStandardItemModel* model, const QStringList& codes)
{
    forEachItem(model->invisibleRootItem(), [&](QStandardItem* item) {
        item->setCheckState(codes.contains(item->data(CodeRole).toString()) ? Qt::Checked : Qt::Unchecked);
    });
}

} // namespace

OrganizationsPanel::OrganizationsPanel(LocalCache& cache, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_model(new OrganizationListModel(cache.reference(), this))
    , m_view(new QTableView(this))
    , m_code(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_nameKk(new QLineEdit(this))
    , m_nameRu(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_categoryChoices(new QStandardItemModel(this))
    , m_categories(new QTreeView(this))
    , m_districtChoices(new QStandardItemModel(this))
    , m_districts(new QListView(this))
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
    m_view->horizontalHeader()->setSectionResizeMode(OrganizationListModel::NameColumn, QHeaderView::Stretch);
    m_categories->setModel(m_categoryChoices);
    m_categories->setHeaderHidden(true);
    m_districts->setModel(m_districtChoices);
    for (const QString& kind : ReferenceRules::organizationKinds())
        m_kind->addItem(QString(), kind);

    auto* form = new QFormLayout;
    const QList<QWidget*> fields {m_code,   m_kind,  m_nameKk,     m_nameRu,
                                  m_nameEn, m_phone, m_categories, m_districts};
    FormRows::add(this, form, fields, m_labels);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto* editor = new QVBoxLayout;
    editor->addLayout(form, 1);
    editor->addLayout(buttons);
    editor->addWidget(m_message);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_view, 3);
    layout->addLayout(editor, 2);
    for (auto [field, widget] : {std::pair {"code", static_cast<QWidget*>(m_code)},
                                 {"kind", m_kind},
                                 {"name_kk", m_nameKk},
                                 {"name_ru", m_nameRu},
                                 {"name_en", m_nameEn},
                                 {"phone", m_phone},
                                 {"categories", m_categories},
                                 {"districts", m_districts}})
        m_marks.add(QLatin1String(field), widget);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) { edit(current.row()); });
    auto edited = [this] {
        if (!m_filling)
            m_edited = true;
    };
    for (QLineEdit* line : {m_code, m_nameKk, m_nameRu, m_nameEn, m_phone})
        connect(line, &QLineEdit::textEdited, this, edited);
    connect(m_kind, &QComboBox::activated, this, edited);
    connect(m_categoryChoices, &QStandardItemModel::itemChanged, this, edited);
    connect(m_districtChoices, &QStandardItemModel::itemChanged, this, edited);
    connect(m_new, &QPushButton::clicked, this, &OrganizationsPanel::startNew);
    connect(m_save, &QPushButton::clicked, this, &OrganizationsPanel::save);
    retranslate();
    startNew();
}

QString OrganizationsPanel::message() const
{
    return m_message->text();
}

void OrganizationsPanel::startNew()
{
    m_view->clearSelection();
    fill(Organization {});
    m_code->setReadOnly(false);
    m_marks.clear();
    m_code->setFocus();
}

void OrganizationsPanel::edit(int row)
{
    const Organization* organization = m_model->organizationAt(row);
    if (!organization)
        return;
    fill(*organization);
    m_code->setReadOnly(true); // requests refer to it by its code
    m_marks.clear();
}

void OrganizationsPanel::fill(const Organization& o)
{
    const QScopedValueRollback filling(m_filling, true);
    m_loaded = o;
    m_edited = false;
    m_code->setText(o.code);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(o.kind)));
    m_nameKk->setText(o.name.kk);
    m_nameRu->setText(o.name.ru);
    m_nameEn->setText(o.name.en);
    m_phone->setText(o.phone);
    check(m_categoryChoices, o.categories);
    check(m_districtChoices, o.districts);
}

Organization OrganizationsPanel::fromForm() const
{
    Organization o;
    o.code = m_code->text().trimmed();
    o.kind = m_kind->currentData().toString();
    o.name
        = LocalizedName {m_nameKk->text().trimmed(), m_nameRu->text().trimmed(), m_nameEn->text().trimmed()};
    if (o.name.en.isEmpty())
        o.name.en = o.name.ru;
    o.phone = m_phone->text().trimmed();
    o.categories = checkedCodes(m_categoryChoices);
    o.districts = checkedCodes(m_districtChoices);
    return o;
}

void OrganizationsPanel::save()
{
    const Organization organization = fromForm();
    if (const QList<Error> problems = LocalCatalog(m_cache).save(organization); !problems.isEmpty()) {
        m_marks.show(problems);
        return;
    }
    m_edited = false;
    m_model->refresh();
    m_view->selectRow(m_model->rowOf(organization.code));
    m_marks.showMessage(tr("Saved. The other workstations get it with their next sync."), false);
    emit changed();
}

void OrganizationsPanel::refresh()
{
    const QString keep = m_code->text();
    const bool edited = m_edited;
    {
        // A reset of the list moves the selection, which would fill the form again.
        const QSignalBlocker quiet(m_view->selectionModel());
        m_model->refresh();
        const QScopedValueRollback filling(m_filling, true);
        fillChoices();
        m_view->selectRow(m_model->rowOf(keep));
    }
    const int row = m_model->rowOf(keep);
    if (row < 0 || !m_code->isReadOnly())
        return;
    if (!edited) {
        edit(row);
        return;
    }
    m_edited = true;
    if (const Organization* now = m_model->organizationAt(row); now && !(*now == m_loaded))
        m_marks.showMessage(
            tr("This organization was changed at another workstation meanwhile. What you typed is "
               "kept, and saving it replaces their change."),
            true);
}

// The categories as a tree and the districts as a list, each with a box to tick.
void OrganizationsPanel::fillChoices()
{
    const QString lang = UiLanguage::current();
    const QStringList categories = checkedCodes(m_categoryChoices);
    const QStringList districts = checkedCodes(m_districtChoices);
    m_categoryChoices->clear();
    QHash<QString, QStandardItem*> items;
    for (const Category& c : m_cache.reference().categories()) {
        QStandardItem* item = checkable(c.name.in(lang), c.code);
        QStandardItem* parent = items.value(c.parentCode, m_categoryChoices->invisibleRootItem());
        parent->appendRow(item);
        items.insert(c.code, item);
    }
    m_districtChoices->clear();
    m_districtChoices->appendRow(checkable(tr("The whole city"), QStringLiteral("*")));
    for (const District& d : m_cache.reference().districts())
        m_districtChoices->appendRow(checkable(d.name.in(lang), d.code));
    check(m_categoryChoices, categories);
    check(m_districtChoices, districts);
}

void OrganizationsPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OrganizationsPanel::retranslate()
{
    const QStringList labels {tr("&Code:"),
                              tr("&Kind:"),
                              tr("Name in &Kazakh:"),
                              tr("Name in &Russian:"),
                              tr("Name in &English:"),
                              tr("&Phone:"),
                              tr("Ca&tegories served:"),
                              tr("&Districts served:")};
    FormRows::setTexts(m_labels, labels);
    for (int i = 0; i < m_kind->count(); ++i)
        m_kind->setItemText(i, OrganizationListModel::kindName(m_kind->itemData(i).toString()));
    m_code->setPlaceholderText(tr("Latin letters, e.g. almaty-su"));
    m_nameEn->setPlaceholderText(tr("Empty: as in Russian"));
    m_new->setText(tr("New &organization"));
    m_save->setText(tr("&Save the organization"));
    m_view->setAccessibleName(tr("Organizations"));
    fillChoices();
}

} // namespace tyndau
