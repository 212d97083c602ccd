#pragma once

#include <QList>
#include <QString>

namespace tyndau {

struct Request;

// The inspector's quality criteria for an executor's answer, and how an answer is put
// together so that it meets them. A decision's comment carries the score and what was
// missing, so the executor sees it and the history keeps it.
class QualityChecklist
{
public:
    enum Criterion
    {
        AnswersTheQuestion,
        WithinDeadline,
        LegalBasisCited,
        ClearInCitizensLanguage,
        MeasuresAndDatesStated,
        CriterionCount
    };

    static QString name(Criterion c);
    // Whether the answer came by the end of its due date: the one criterion the record decides.
    static bool answeredInTime(const Request& request);
    // "Quality: 3 of 5. Missing: …" followed by the inspector's own words, if any.
    static QString comment(const QList<bool>& met, const QString& ownWords);
    static int score(const QList<bool>& met);

    // The executor's answer as the citizen receives it: the answer, then the measures taken
    // with their dates, then the legal basis.
    static QString composeAnswer(const QString& answer, const QString& measures, const QString& legalBasis);
};

} // namespace tyndau
