#include "RegisterSidePanel.h"

#include "HtmlDelegate.h"
#include "app/RegistrationDraft.h"

#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace tyndau {

RegisterSidePanel::RegisterSidePanel(RegistrationDraft& draft, QWidget* parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_lookAlikeTitle(new QLabel(this))
    , m_lookAlikes(new QListView(this))
    , m_link(new QPushButton(this))
    , m_articleTitle(new QLabel(this))
    , m_articles(new QListView(this))
    , m_consult(new QPushButton(this))
{
    m_lookAlikes->setModel(draft.lookAlikes());
    m_lookAlikes->setWordWrap(true);
    m_articles->setModel(draft.articles());
    m_articles->setItemDelegate(
        new HtmlDelegate(KbSearchModel::TitleRole, KbSearchModel::SnippetRole, m_articles));
    m_articles->setWordWrap(true);
    m_articles->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_lookAlikeTitle->setBuddy(m_lookAlikes);
    m_articleTitle->setBuddy(m_articles);
    for (QLabel* title : {m_lookAlikeTitle, m_articleTitle})
        title->setStyleSheet(QStringLiteral("font-weight: bold;"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_lookAlikeTitle);
    layout->addWidget(m_lookAlikes, 2);
    layout->addWidget(m_link);
    layout->addWidget(m_articleTitle);
    layout->addWidget(m_articles, 3);
    layout->addWidget(m_consult);

    connect(m_link, &QPushButton::clicked, this, [this] {
        if (const QUuid id = chosenLookAlike(); !id.isNull())
            emit linkRequested(id);
    });
    connect(m_consult, &QPushButton::clicked, this, [this] {
        if (const qint64 id = chosenArticle())
            emit consultRequested(id);
    });
    connect(m_lookAlikes, &QListView::activated, this, [this] { m_link->click(); });
    connect(m_articles, &QListView::activated, this, [this] { m_consult->click(); });
    for (auto* model : {static_cast<QAbstractItemModel*>(draft.lookAlikes()),
                        static_cast<QAbstractItemModel*>(draft.articles())})
        connect(model, &QAbstractItemModel::modelReset, this, &RegisterSidePanel::updateCounts);
    retranslate();
}

QUuid RegisterSidePanel::chosenLookAlike() const
{
    const QModelIndex current = m_lookAlikes->currentIndex();
    const QModelIndex index = current.isValid() ? current : m_lookAlikes->model()->index(0, 0);
    return index.data(RequestSummaryModel::IdRole).toUuid();
}

qint64 RegisterSidePanel::chosenArticle() const
{
    const QModelIndex current = m_articles->currentIndex();
    const QModelIndex index = current.isValid() ? current : m_articles->model()->index(0, 0);
    return index.data(KbSearchModel::ArticleIdRole).toLongLong();
}

void RegisterSidePanel::updateCounts()
{
    const int alike = m_lookAlikes->model()->rowCount();
    const int articles = m_articles->model()->rowCount();
    m_lookAlikeTitle->setText(tr("Look-alike requests and incidents (%1)").arg(alike));
    m_articleTitle->setText(tr("Knowledge base: answer on the spot (%1)").arg(articles));
    m_link->setEnabled(alike > 0);
    m_consult->setEnabled(articles > 0);
}

void RegisterSidePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void RegisterSidePanel::retranslate()
{
    m_lookAlikes->setAccessibleName(tr("Look-alike requests and open incidents"));
    m_articles->setAccessibleName(tr("Knowledge-base articles matching the description"));
    m_link->setText(tr("Link the call to it (F8)"));
    m_consult->setText(tr("Answer with this article and close (F9)"));
    // After setText, which resets a button's shortcut to its mnemonic.
    m_link->setShortcut(QKeySequence(Qt::Key_F8));
    m_consult->setShortcut(QKeySequence(Qt::Key_F9));
    updateCounts();
}

} // namespace tyndau
