#pragma once

#include <QString>

namespace tyndau {

// A file kept with a record (a request's attachment, a budget winner's photo): the bytes
// are stored once by their SHA-256, however many records name them.
struct AttachmentRef
{
    QString sha256; // content hash: the key the bytes are stored under
    QString fileName;
    QString mimeType;
    qint64 size = 0;

    bool operator==(const AttachmentRef&) const = default;
};

} // namespace tyndau
