#include "UploadBody.h"

#include "core/AttachmentType.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>

namespace tyndau {

std::variant<AttachmentRef, HttpResponse> readUploadBody(const HttpRequest& request, bool photosOnly)
{
    if (request.body.size() > AttachmentType::kMaxSize)
        return HttpResponse::error(413, QStringLiteral("too_large"),
                                   QCoreApplication::translate("Server", "An attachment is at most %1 MiB.")
                                       .arg(AttachmentType::kMaxSize >> 20));
    if (request.body.isEmpty())
        return HttpResponse::error(400, QStringLiteral("empty"),
                                   QCoreApplication::translate("Server", "The attachment is empty."));
    const QString type = AttachmentType::sniff(request.body);
    if (type.isEmpty() || (photosOnly && !type.startsWith(QLatin1String("image/"))))
        return HttpResponse::error(
            415, QStringLiteral("unsupported_media_type"),
            photosOnly ? QCoreApplication::translate("Server", "Attach a photo: JPEG, PNG or WebP.")
                       : QCoreApplication::translate("Server", "Attach a photo (JPEG, PNG, WebP) or a PDF."));
    // A plain file name: no folders, no control characters.
    QString name
        = QFileInfo(request.query.queryItemValue(QStringLiteral("name"), QUrl::FullyDecoded)).fileName();
    name.remove(QRegularExpression(QStringLiteral("[\\x00-\\x1f]")));
    if (name.isEmpty())
        name = photosOnly ? QStringLiteral("photo") : QStringLiteral("attachment");
    return AttachmentRef {
        QString::fromLatin1(QCryptographicHash::hash(request.body, QCryptographicHash::Sha256).toHex()),
        name.left(200), type, request.body.size()};
}

} // namespace tyndau
