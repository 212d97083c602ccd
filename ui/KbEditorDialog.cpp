#include "KbEditorDialog.h"

#include "app/LocalArticles.h"
#include "app/LocalCache.h"
#include "app/UiLanguage.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tyndau {
namespace {

const QList<Language> kLanguages {Language::Kazakh, Language::Russian};

} // namespace

KbEditorDialog::KbEditorDialog(LocalCache& cache, KbArticle article, QWidget* parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_article(std::move(article))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Edit the life situation"));
    build();
    resize(1100, 720);
}

void KbEditorDialog::build()
{
    const QList<std::pair<QString, QString>> parts {
        {QStringLiteral("title"), tr("Title")},
        {QStringLiteral("summary"), tr("Situation")},
        {QStringLiteral("steps"), tr("Steps, one per line")},
        {QStringLiteral("answer"), tr("Answer to the citizen")},
        {QStringLiteral("contacts"), tr("Contacts")},
    };
    auto* grid = new QGridLayout;
    for (int c = 0; c < kLanguages.size(); ++c) {
        auto* header = new QLabel(UiLanguage::nativeName(toCode(kLanguages.at(c))), this);
        header->setStyleSheet(QStringLiteral("font-weight: bold;"));
        grid->addWidget(header, 0, c + 1);
    }
    int row = 1;
    for (const auto& [part, name] : parts) {
        grid->addWidget(new QLabel(name, this), row, 0, Qt::AlignTop);
        for (int c = 0; c < kLanguages.size(); ++c) {
            const Language lang = kLanguages.at(c);
            const KbText& t = m_article.texts[lang];
            const QString field = toCode(lang) + QLatin1Char('.') + part;
            QWidget* editor = nullptr;
            if (part == QLatin1String("title") || part == QLatin1String("contacts")) {
                auto* line = new QLineEdit(part == QLatin1String("title") ? t.title : t.contacts, this);
                editor = line;
            } else {
                const QString value = part == QLatin1String("summary") ? t.summary
                    : part == QLatin1String("steps")                   ? t.steps.join(QLatin1Char('\n'))
                                                                       : t.answer;
                auto* box = new QPlainTextEdit(value, this);
                box->setTabChangesFocus(true);
                editor = box;
            }
            editor->setAccessibleName(
                QStringLiteral("%1 (%2)").arg(name, UiLanguage::nativeName(toCode(lang))));
            auto* problem = new QLabel(this);
            problem->setStyleSheet(QStringLiteral("color: #b00020;"));
            problem->setWordWrap(true);
            problem->hide();
            auto* cell = new QVBoxLayout;
            cell->addWidget(editor);
            cell->addWidget(problem);
            grid->addLayout(cell, row, c + 1);
            m_editors.insert(field, editor);
            m_problems.insert(field, problem);
        }
        ++row;
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &KbEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString KbEditorDialog::text(const QString& field) const
{
    QWidget* editor = m_editors.value(field);
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        return line->text().trimmed();
    if (auto* box = qobject_cast<QPlainTextEdit*>(editor))
        return box->toPlainText().trimmed();
    return {};
}

KbArticle KbEditorDialog::edited() const
{
    KbArticle a = m_article;
    for (Language lang : kLanguages) {
        const QString p = toCode(lang) + QLatin1Char('.');
        KbText& t = a.texts[lang];
        t.title = text(p + QStringLiteral("title"));
        t.summary = text(p + QStringLiteral("summary"));
        t.steps = text(p + QStringLiteral("steps")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString& step : t.steps)
            step = step.trimmed();
        t.answer = text(p + QStringLiteral("answer"));
        t.contacts = text(p + QStringLiteral("contacts"));
    }
    return a;
}

QString KbEditorDialog::problemShown(const QString& field) const
{
    const QLabel* label = m_problems.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void KbEditorDialog::save()
{
    for (QLabel* label : std::as_const(m_problems))
        label->hide();
    for (QWidget* editor : std::as_const(m_editors))
        editor->setStyleSheet(QString());
    m_error->hide();
    const QList<Error> problems = LocalArticles(m_cache.db(), m_cache.reference()).save(edited());
    if (problems.isEmpty()) {
        accept();
        return;
    }
    QWidget* first = nullptr;
    for (const Error& e : problems) {
        QLabel* label = m_problems.value(e.field);
        if (!label) { // not a field of the form: say it under the form
            m_error->setText(e.message);
            m_error->show();
            continue;
        }
        label->setText(QStringLiteral("⚠ ") + e.message);
        label->show();
        m_editors.value(e.field)->setStyleSheet(QStringLiteral("border: 2px solid #b00020;"));
        if (!first)
            first = m_editors.value(e.field);
    }
    if (first)
        first->setFocus();
}

} // namespace tyndau
