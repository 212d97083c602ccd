#pragma once

#include <QString>

namespace tyndau {

// Names the workstation and tyndauctl share: the application and organization names that
// QSettings, QStandardPaths and the keychain key on.
class AppInfo
{
public:
    static void apply(); // sets QCoreApplication's names
    static QString keychainService(); // "tyndau"
};

} // namespace tyndau
