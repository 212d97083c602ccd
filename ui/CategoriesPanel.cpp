#include "CategoriesPanel.h"

#include "FormRows.h"
#include "app/LocalCache.h"
#include "app/LocalCatalog.h"
#include "app/UiLanguage.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace tyndau {
namespace {

constexpr int CodeRole = Qt::UserRole + 1;

} // namespace

CategoriesPanel::CategoriesPanel(LocalCache& cache, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_tree(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
    , m_parent(new QLabel(this))
    , m_code(new QLineEdit(this))
    , m_nameKk(new QLineEdit(this))
    , m_nameRu(new QLineEdit(this))
    , m_nameEn(new QLineEdit(this))
    , m_season(new QComboBox(this))
    , m_newTop(new QPushButton(this))
    , m_newChild(new QPushButton(this))
    , m_save(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_marks(m_message)
{
    m_view->setModel(m_tree);
    m_view->setHeaderHidden(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (const QString& season : {QString(), QStringLiteral("winter"), QStringLiteral("summer")})
        m_season->addItem(QString(), season);

    auto* form = new QFormLayout;
    const QList<QWidget*> fields {m_parent, m_code, m_nameKk, m_nameRu, m_nameEn, m_season};
    FormRows::add(this, form, fields, m_labels);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newTop);
    buttons->addWidget(m_newChild);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    auto* editor = new QVBoxLayout;
    editor->addLayout(form);
    editor->addLayout(buttons);
    editor->addWidget(m_message);
    editor->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(editor, 1);
    for (auto [field, widget] : {std::pair {"code", static_cast<QWidget*>(m_code)},
                                 {"parent_code", m_code},
                                 {"name_kk", m_nameKk},
                                 {"name_ru", m_nameRu},
                                 {"name_en", m_nameEn},
                                 {"season", m_season}})
        m_marks.add(QLatin1String(field), widget);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { edit(current.data(CodeRole).toString()); });
    connect(m_newTop, &QPushButton::clicked, this, [this] { startNew(QString()); });
    connect(m_newChild, &QPushButton::clicked, this,
            [this] { startNew(m_view->currentIndex().data(CodeRole).toString()); });
    connect(m_save, &QPushButton::clicked, this, &CategoriesPanel::save);
    retranslate();
    startNew(QString());
}

QString CategoriesPanel::message() const
{
    return m_message->text();
}

void CategoriesPanel::select(const QString& code)
{
    const QModelIndexList found
        = m_tree->match(m_tree->index(0, 0), CodeRole, code, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (!found.isEmpty())
        m_view->setCurrentIndex(found.first());
}

void CategoriesPanel::startNew(const QString& parentCode)
{
    m_isNew = true;
    m_parentCode = parentCode;
    fill(Category {QString(), parentCode, {}, QString()});
    m_code->setReadOnly(false);
    m_code->setPlaceholderText(tr("One Latin word, e.g. snow_ice"));
    m_marks.clear();
    m_code->setFocus();
}

void CategoriesPanel::edit(const QString& code)
{
    const Category* category = m_cache.reference().category(code);
    if (!category)
        return;
    m_isNew = false;
    m_parentCode = category->parentCode;
    fill(*category);
    m_code->setReadOnly(true);
    m_marks.clear();
}

void CategoriesPanel::fill(const Category& c)
{
    const Category* parent = m_cache.reference().category(c.parentCode);
    m_parent->setText(parent ? parent->name.in(UiLanguage::current()) : tr("— (top of the tree)"));
    // A new category's code is typed as its last word; the parent's code goes before it.
    m_code->setText(m_isNew && !c.parentCode.isEmpty() ? c.code.mid(c.parentCode.size() + 1) : c.code);
    m_nameKk->setText(c.name.kk);
    m_nameRu->setText(c.name.ru);
    m_nameEn->setText(c.name.en);
    m_season->setCurrentIndex(std::max(0, m_season->findData(c.season)));
}

Category CategoriesPanel::fromForm() const
{
    Category c;
    c.parentCode = m_parentCode;
    const QString typed = m_code->text().trimmed();
    c.code = m_isNew && !m_parentCode.isEmpty() ? m_parentCode + QLatin1Char('.') + typed : typed;
    c.name
        = LocalizedName {m_nameKk->text().trimmed(), m_nameRu->text().trimmed(), m_nameEn->text().trimmed()};
    if (c.name.en.isEmpty())
        c.name.en = c.name.ru;
    c.season = m_season->currentData().toString();
    return c;
}

void CategoriesPanel::save()
{
    const Category category = fromForm();
    if (const QList<Error> problems = LocalCatalog(m_cache).save(category); !problems.isEmpty()) {
        m_marks.show(problems);
        return;
    }
    refresh();
    select(category.code);
    m_marks.showMessage(tr("Saved. The other workstations get it with their next sync."), false);
    emit changed();
}

void CategoriesPanel::refresh()
{
    const QString keep = m_view->currentIndex().data(CodeRole).toString();
    const QString lang = UiLanguage::current();
    m_tree->clear();
    QHash<QString, QStandardItem*> items;
    for (const Category& c : m_cache.reference().categories()) {
        auto* item = new QStandardItem(c.name.in(lang));
        item->setData(c.code, CodeRole);
        item->setToolTip(c.code);
        items.value(c.parentCode, m_tree->invisibleRootItem())->appendRow(item);
        items.insert(c.code, item);
    }
    if (!keep.isEmpty())
        select(keep);
}

void CategoriesPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CategoriesPanel::retranslate()
{
    const QStringList labels {
        tr("Under:"),  tr("&Code:"), tr("Name in &Kazakh:"), tr("Name in &Russian:"), tr("Name in &English:"),
        tr("&Season:")};
    FormRows::setTexts(m_labels, labels);
    const QStringList seasons {tr("All year"), tr("Winter"), tr("Summer")};
    for (int i = 0; i < m_season->count(); ++i)
        m_season->setItemText(i, seasons.at(i));
    m_nameEn->setPlaceholderText(tr("Empty: as in Russian"));
    m_newTop->setText(tr("New &top category"));
    m_newChild->setText(tr("New category &under the chosen"));
    m_save->setText(tr("&Save the category"));
    m_view->setAccessibleName(tr("Categories"));
    refresh();
}

} // namespace tyndau
