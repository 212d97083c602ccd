#include "KnowledgeBaseWorkspace.h"

#include "HtmlDelegate.h"
#include "KbEditorDialog.h"
#include "app/KbSearchModel.h"
#include "app/LocalCache.h"
#include "db/KnowledgeBaseStore.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tyndau {

KnowledgeBaseWorkspace::KnowledgeBaseWorkspace(LocalCache& cache, bool mayEdit, QWidget* parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_model(new KbSearchModel(cache.db(), this))
    , m_search(new QLineEdit(this))
    , m_languageFilter(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_results(new QListView(this))
    , m_article(new QTextBrowser(this))
    , m_otherLanguage(new QPushButton(this))
    , m_copy(new QPushButton(this))
    , m_edit(new QPushButton(this))
{
    m_edit->setVisible(mayEdit);
    m_search->setClearButtonEnabled(true);
    m_results->setModel(m_model);
    m_results->setItemDelegate(
        new HtmlDelegate(KbSearchModel::TitleRole, KbSearchModel::SnippetRole, m_results));
    m_results->setWordWrap(true);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_article->setOpenLinks(false);

    auto* left = new QWidget(this);
    auto* leftLayout = new QGridLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search, 0, 0);
    leftLayout->addWidget(m_languageFilter, 0, 1);
    leftLayout->addWidget(m_count, 1, 0, 1, 2);
    leftLayout->addWidget(m_results, 2, 0, 1, 2);
    auto* right = new QWidget(this);
    auto* rightLayout = new QGridLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_article, 0, 0, 1, 3);
    rightLayout->addWidget(m_otherLanguage, 1, 0);
    rightLayout->addWidget(m_copy, 1, 1);
    rightLayout->addWidget(m_edit, 1, 2);
    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_typing.setSingleShot(true);
    m_typing.setInterval(150);
    connect(&m_typing, &QTimer::timeout, this, &KnowledgeBaseWorkspace::search);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_typing.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_typing.stop();
        search();
        m_results->setFocus();
    });
    connect(m_languageFilter, &QComboBox::currentIndexChanged, this, &KnowledgeBaseWorkspace::search);
    connect(m_results->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& i) {
                if (i.isValid())
                    showArticle(i.data(KbSearchModel::ArticleIdRole).toLongLong(),
                                fromCode<Language>(i.data(KbSearchModel::LanguageRole).toString())
                                    .value_or(Language::Russian));
            });
    connect(m_otherLanguage, &QPushButton::clicked, this, &KnowledgeBaseWorkspace::switchLanguage);
    connect(m_copy, &QPushButton::clicked, this, &KnowledgeBaseWorkspace::copyAnswer);
    connect(m_edit, &QPushButton::clicked, this, &KnowledgeBaseWorkspace::editShown);
    auto* find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    retranslate();
}

void KnowledgeBaseWorkspace::search()
{
    const QString code = m_languageFilter->currentData().toString();
    m_model->search(m_search->text(), fromCode<Language>(code));
    if (m_model->rowCount() > 0)
        m_results->setCurrentIndex(m_model->index(0));
    m_count->setText(m_search->text().trimmed().isEmpty()
                         ? QString()
                         : tr("%n article(s) found", nullptr, m_model->rowCount()));
}

void KnowledgeBaseWorkspace::showArticle(qint64 id, Language language)
{
    auto found = KnowledgeBaseStore(m_cache.db()).article(id);
    m_shown = found ? found.value() : std::nullopt;
    m_language = language;
    render();
}

void KnowledgeBaseWorkspace::switchLanguage()
{
    if (!m_shown)
        return;
    m_language = m_language == Language::Kazakh ? Language::Russian : Language::Kazakh;
    render();
}

void KnowledgeBaseWorkspace::copyAnswer()
{
    if (!m_shown)
        return;
    const KbText text = m_shown->texts.value(m_language);
    QApplication::clipboard()->setText(text.answer.isEmpty() ? text.summary : text.answer);
}

void KnowledgeBaseWorkspace::refresh()
{
    if (m_shown)
        showArticle(m_shown->id, m_language);
}

void KnowledgeBaseWorkspace::editShown()
{
    if (!m_shown)
        return;
    auto* editor = new KbEditorDialog(m_cache, *m_shown, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this] {
        showArticle(m_shown->id, m_language);
        emit articleEdited();
    });
    editor->open();
}

QString KnowledgeBaseWorkspace::articleText() const
{
    return m_article->toPlainText();
}

void KnowledgeBaseWorkspace::render()
{
    m_otherLanguage->setEnabled(m_shown.has_value());
    m_edit->setEnabled(m_shown.has_value());
    m_copy->setEnabled(m_shown.has_value());
    if (!m_shown) {
        m_article->setHtml(QStringLiteral("<p>%1</p>")
                               .arg(tr("Type a few words of the citizen's question.").toHtmlEscaped()));
        return;
    }
    const KbText text = m_shown->texts.value(m_language);
    QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                       .arg(text.title.toHtmlEscaped(), text.summary.toHtmlEscaped());
    if (!text.steps.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ol>").arg(tr("What to do").toHtmlEscaped());
        for (const QString& step : text.steps)
            html += QStringLiteral("<li>%1</li>").arg(step.toHtmlEscaped());
        html += QStringLiteral("</ol>");
    }
    if (!text.answer.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p style='background:#eef5ee;padding:6px'>%2</p>")
                    .arg(tr("Answer to the citizen").toHtmlEscaped(), text.answer.toHtmlEscaped());
    if (!text.contacts.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(tr("Contacts").toHtmlEscaped(), text.contacts.toHtmlEscaped());
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Used in %n consultation(s).", nullptr, m_shown->usedCount).toHtmlEscaped());
    m_article->setHtml(html);
}

void KnowledgeBaseWorkspace::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void KnowledgeBaseWorkspace::retranslate()
{
    const QString keep = m_languageFilter->currentData().toString();
    m_languageFilter->blockSignals(true);
    m_languageFilter->clear();
    m_languageFilter->addItem(tr("Both languages"), QString());
    m_languageFilter->addItem(displayName(Language::Kazakh), toCode(Language::Kazakh));
    m_languageFilter->addItem(displayName(Language::Russian), toCode(Language::Russian));
    m_languageFilter->setCurrentIndex(std::max(0, m_languageFilter->findData(keep)));
    m_languageFilter->blockSignals(false);
    m_languageFilter->setAccessibleName(tr("Search in"));
    m_search->setPlaceholderText(tr("Search the knowledge base in Kazakh or Russian (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search the knowledge base"));
    m_results->setAccessibleName(tr("Articles found"));
    m_article->setAccessibleName(tr("Article"));
    m_otherLanguage->setText(tr("Other language (F4)"));
    m_copy->setText(tr("Copy the answer (Ctrl+Shift+C)"));
    m_edit->setText(tr("&Edit the article"));
    m_otherLanguage->setShortcut(QKeySequence(Qt::Key_F4));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    render();
    if (!m_search->text().isEmpty())
        search();
}

} // namespace tyndau
