#include "AppInfo.h"

#include <QCoreApplication>

namespace tyndau {

void AppInfo::apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Tyndau"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("tyndau.kz"));
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
}

QString AppInfo::keychainService()
{
    return QStringLiteral("tyndau");
}

} // namespace tyndau
