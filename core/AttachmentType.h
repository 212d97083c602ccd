#pragma once

#include <QByteArray>
#include <QString>

namespace tyndau {

// What may be attached to a request: photos (JPEG, PNG, WebP) and scanned documents
// (PDF), recognised by their first bytes, never by name or declared type; at most 10 MiB.
// The server refuses anything else; the workstation says so when the file is chosen.
class AttachmentType
{
public:
    static constexpr qint64 kMaxSize = 10 * 1024 * 1024;

    // The MIME type the content is, or "" when it is not one that may be attached.
    static QString sniff(const QByteArray& data);
    // The file name extension of one of those types ("pdf"); "bin" for any other.
    static QString extension(const QString& mimeType);
};

} // namespace tyndau
