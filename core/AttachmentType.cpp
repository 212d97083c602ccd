#include "AttachmentType.h"

namespace tyndau {

QString AttachmentType::sniff(const QByteArray& data)
{
    if (data.startsWith("\xFF\xD8\xFF"))
        return QStringLiteral("image/jpeg");
    if (data.startsWith("\x89PNG\r\n\x1A\n"))
        return QStringLiteral("image/png");
    if (data.startsWith("RIFF") && data.mid(8, 4) == "WEBP")
        return QStringLiteral("image/webp");
    if (data.startsWith("%PDF-"))
        return QStringLiteral("application/pdf");
    return {};
}

QString AttachmentType::extension(const QString& mimeType)
{
    if (mimeType == QLatin1String("image/jpeg"))
        return QStringLiteral("jpg");
    if (mimeType == QLatin1String("image/png"))
        return QStringLiteral("png");
    if (mimeType == QLatin1String("image/webp"))
        return QStringLiteral("webp");
    if (mimeType == QLatin1String("application/pdf"))
        return QStringLiteral("pdf");
    return QStringLiteral("bin");
}

} // namespace tyndau
