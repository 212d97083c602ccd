#pragma once

#include "core/Request.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace tyndau {

// One change of the feed, read: a request decoded into its types (the bulk of every page),
// anything else kept as the server sent it, for FeedApplier.
struct FeedChange
{
    QString entity;
    QJsonObject json; // the whole change, for entities other than requests
    std::optional<Request> request;
    QList<HistoryEntry> history;
    QString unreadable; // why a request could not be read (it is skipped, with a warning)
};

// A page of GET /api/v1/changes, read. Pure (no database, no network): a page is read on
// a worker thread while the one before it is written into the cache.
struct FeedPage
{
    QList<FeedChange> changes;
    QString cursor;
    bool more = false;
    bool valid = false; // the body was a JSON object

    static FeedPage read(const QByteArray& body);
    static FeedChange readChange(const QJsonObject& change);
};

} // namespace tyndau
