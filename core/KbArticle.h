#pragma once

#include "Vocabulary.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace tyndau {

// One language's text of a life situation.
struct KbText
{
    QString title;
    QString summary;
    QStringList steps; // the algorithm, in order
    QString answer; // what the operator reads or sends to the citizen
    QString contacts;

    bool operator==(const KbText&) const = default;
};

// A life situation of the knowledge base, in Kazakh and Russian.
struct KbArticle
{
    qint64 id = 0;
    QString slug;
    QString categoryCode;
    QStringList orgCodes;
    QHash<Language, KbText> texts;
    int usedCount = 0;
    QDateTime updatedAt;
    int version = 1;

    bool operator==(const KbArticle&) const = default;
};

// A search result: the article, the language that matched, and a snippet with the
// matched words between <b> and </b> (the rest HTML-escaped).
struct KbHit
{
    qint64 articleId = 0;
    Language language = Language::Russian;
    QString title;
    QString snippet;
    double score = 0; // higher is better
};

} // namespace tyndau
