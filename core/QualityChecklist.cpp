#include "QualityChecklist.h"

#include "AlmatyTime.h"
#include "Request.h"

#include <QCoreApplication>
#include <QStringList>

namespace tyndau {

QString QualityChecklist::name(Criterion c)
{
    switch (c) {
    case AnswersTheQuestion:
        return QCoreApplication::translate("QualityChecklist", "Answers what was asked");
    case WithinDeadline:
        return QCoreApplication::translate("QualityChecklist", "Within the deadline");
    case LegalBasisCited:
        return QCoreApplication::translate("QualityChecklist", "Legal basis cited");
    case ClearInCitizensLanguage:
        return QCoreApplication::translate("QualityChecklist", "Clear, in the citizen's language");
    case MeasuresAndDatesStated:
        return QCoreApplication::translate("QualityChecklist", "Measures taken and dates stated");
    case CriterionCount:
        break;
    }
    return {};
}

bool QualityChecklist::answeredInTime(const Request& r)
{
    return r.answeredAt.isValid() && r.dueDate.isValid() && AlmatyTime::dateOf(r.answeredAt) <= r.dueDate;
}

int QualityChecklist::score(const QList<bool>& met)
{
    return int(std::count(met.cbegin(), met.cend(), true));
}

QString QualityChecklist::comment(const QList<bool>& met, const QString& ownWords)
{
    QStringList missing;
    for (int c = 0; c < CriterionCount; ++c)
        if (!met.value(c))
            missing.append(name(Criterion(c)).toLower());
    QString text = QCoreApplication::translate("QualityChecklist", "Quality: %1 of %2.")
                       .arg(score(met))
                       .arg(int(CriterionCount));
    if (!missing.isEmpty())
        text += QLatin1Char(' ')
            + QCoreApplication::translate("QualityChecklist", "Missing: %1.")
                  .arg(missing.join(QStringLiteral("; ")));
    if (!ownWords.trimmed().isEmpty())
        text += QLatin1Char('\n') + ownWords.trimmed();
    return text;
}

QString QualityChecklist::composeAnswer(const QString& answer, const QString& measures,
                                        const QString& legalBasis)
{
    QStringList parts {answer.trimmed()};
    if (!measures.trimmed().isEmpty())
        parts.append(
            QCoreApplication::translate("QualityChecklist", "Measures taken: %1").arg(measures.trimmed()));
    if (!legalBasis.trimmed().isEmpty())
        parts.append(
            QCoreApplication::translate("QualityChecklist", "Legal basis: %1").arg(legalBasis.trimmed()));
    return parts.join(QStringLiteral("\n\n"));
}

} // namespace tyndau
