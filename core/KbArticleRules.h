#pragma once

#include "KbArticle.h"
#include "Result.h"

#include <QList>

namespace tyndau {

class ReferenceData;

// What a knowledge-base article must be before it is saved, on the workstation (the admin's
// editor marks the fields) and on the server (which refuses it): a slug; a title, a summary
// and the answer in both Kazakh and Russian, neither too long; known category and
// organizations. Fields are named "<lang>.<part>", e.g. "kk.title".
class KbArticleRules
{
public:
    static constexpr int kMaxTitle = 500;
    static constexpr int kMaxSummary = 4000;
    static constexpr int kMaxAnswer = 20000;
    static constexpr int kMaxSteps = 30;

    static QList<Error> check(const KbArticle& article, const ReferenceData& reference);
};

} // namespace tyndau
