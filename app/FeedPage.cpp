#include "FeedPage.h"

#include "core/WireFormat.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace tyndau {

FeedChange FeedPage::readChange(const QJsonObject& json)
{
    FeedChange change;
    change.entity = json.value(QLatin1String("entity")).toString();
    if (change.entity != QLatin1String("request")) {
        change.json = json;
        return change;
    }
    const QJsonObject request = json.value(QLatin1String("request")).toObject();
    auto r = WireFormat::requestFromJson(request);
    if (!r) {
        change.unreadable = r.error().message;
        return change;
    }
    for (const auto& h : request.value(QLatin1String("history")).toArray()) {
        if (auto entry = WireFormat::historyFromJson(h.toObject(), r->id))
            change.history.append(entry.value());
    }
    change.request = std::move(r).value();
    return change;
}

FeedPage FeedPage::read(const QByteArray& body)
{
    FeedPage page;
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return page;
    const QJsonObject o = document.object();
    page.valid = true;
    page.cursor = o.value(QLatin1String("cursor")).toString();
    page.more = o.value(QLatin1String("more")).toBool();
    const QJsonArray changes = o.value(QLatin1String("changes")).toArray();
    page.changes.reserve(changes.size());
    for (const auto& item : changes)
        page.changes.append(readChange(item.toObject()));
    return page;
}

} // namespace tyndau
