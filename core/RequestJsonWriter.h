#pragma once

#include "JsonWriter.h"
#include "Request.h"

#include <QList>

namespace tyndau {

// A request and its history in the sync wire format (DESIGN.md), written straight into a
// JsonWriter. The one definition of a request's fields on the wire: WireFormat::toJson
// reads back what this writes.
class RequestJsonWriter
{
public:
    // `maskContacts`: the citizen's IIN, phone and e-mail masked (roles that need no
    // contact with the citizen). `history`, when given, is written as "history".
    static void write(JsonWriter& out, const Request& request, bool maskContacts,
                      const QList<HistoryEntry>* history = nullptr);
    static void write(JsonWriter& out, const HistoryEntry& entry);
};

} // namespace tyndau
