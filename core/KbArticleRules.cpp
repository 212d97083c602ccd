#include "KbArticleRules.h"

#include "ReferenceData.h"

#include <QCoreApplication>

namespace tyndau {
namespace {

Error problem(const QString& field, const char* code, const QString& message)
{
    return Error {QLatin1String(code), message, field};
}

void checkText(Language lang, const KbText& t, QList<Error>& out)
{
    const QString p = toCode(lang) + QLatin1Char('.');
    if (t.title.trimmed().isEmpty())
        out.append(problem(p + QStringLiteral("title"), "required",
                           QCoreApplication::translate("KbArticleRules", "Write the title.")));
    if (t.title.size() > KbArticleRules::kMaxTitle)
        out.append(problem(p + QStringLiteral("title"), "too_long",
                           QCoreApplication::translate("KbArticleRules", "The title is too long.")));
    if (t.summary.trimmed().isEmpty())
        out.append(problem(p + QStringLiteral("summary"), "required",
                           QCoreApplication::translate("KbArticleRules", "Write what the situation is.")));
    if (t.summary.size() > KbArticleRules::kMaxSummary)
        out.append(problem(p + QStringLiteral("summary"), "too_long",
                           QCoreApplication::translate("KbArticleRules", "The summary is too long.")));
    if (t.answer.trimmed().isEmpty())
        out.append(
            problem(p + QStringLiteral("answer"), "required",
                    QCoreApplication::translate("KbArticleRules", "Write the answer the citizen is given.")));
    if (t.answer.size() > KbArticleRules::kMaxAnswer)
        out.append(problem(p + QStringLiteral("answer"), "too_long",
                           QCoreApplication::translate("KbArticleRules", "The answer is too long.")));
    if (t.steps.size() > KbArticleRules::kMaxSteps)
        out.append(problem(p + QStringLiteral("steps"), "too_long",
                           QCoreApplication::translate("KbArticleRules", "At most 30 steps.")));
}

} // namespace

QList<Error> KbArticleRules::check(const KbArticle& a, const ReferenceData& reference)
{
    QList<Error> out;
    if (a.slug.trimmed().isEmpty() || a.slug.size() > 200)
        out.append(
            problem(QStringLiteral("slug"), "required",
                    QCoreApplication::translate("KbArticleRules", "The article needs a short name (slug).")));
    for (Language lang : {Language::Kazakh, Language::Russian})
        checkText(lang, a.texts.value(lang), out);
    if (!a.categoryCode.isEmpty() && !reference.category(a.categoryCode))
        out.append(problem(QStringLiteral("category"), "invalid",
                           QCoreApplication::translate("KbArticleRules", "Unknown category.")));
    for (const QString& org : a.orgCodes)
        if (!reference.organization(org))
            out.append(
                problem(QStringLiteral("organizations"), "invalid",
                        QCoreApplication::translate("KbArticleRules", "Unknown organization: %1").arg(org)));
    return out;
}

} // namespace tyndau
