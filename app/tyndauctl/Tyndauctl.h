#pragma once

#include "app/SessionClient.h"

#include <QStringList>
#include <QUrl>

#include <memory>
#include <variant>

namespace tyndau {

class UiLanguage;

class Database;
class LocalCache;

// tyndauctl: the workstation's core on the command line (DESIGN.md's stable command line):
//   tyndauctl --server URL --user LOGIN COMMAND …
// The password comes from TYNDAU_PASSWORD, else a token kept in the keychain is used, else
// it is asked for. Exit status 0 on success, non-zero with a one-line reason on stderr:
//   1 failure, 2 usage, 3 not implemented yet, 4 saved locally but the server could not be
//   reached.
class Tyndauctl
{
public:
    explicit Tyndauctl(QStringList arguments);
    ~Tyndauctl();
    int run();

private:
    int login();
    int logout();
    int sync();
    int registerRequest();
    int list();
    int show();
    int exportCsv();
    int kb();
    int report(); // TyndauctlReport.cpp
    int budgetReport(); // TyndauctlBudgetReport.cpp
    // What every report takes: --lang kk|ru (ru), --format pdf|csv (pdf), -o FILE, checked; the
    // exit code 2 when one is wrong.
    struct ReportTarget
    {
        QString lang;
        QString format;
        QString file;
    };
    std::variant<ReportTarget, int> reportTarget();
    // Syncs unless --offline (a failed sync only warns: the local copy is reported), then
    // installs the report's language in `language`, which the caller keeps while it writes;
    // 0, or the exit code.
    int prepareReport(const QString& lang, UiLanguage& language);

    int fail(const QString& reason, int code = 1);
    bool openCache();
    QString acquireToken(bool forceLogin);
    bool syncOnce(QString* problem = nullptr);
    QString option(const QString& name) const;
    bool flag(const QString& name) const;
    void print(const QByteArray& text);

    QStringList m_args; // after the global options
    QStringList m_positional;
    QUrl m_server;
    QString m_user;
    QString m_cachePath;
    QString m_token;
    Session m_session;
    std::unique_ptr<LocalCache> m_local; // the cache the workstation would open
    Database* m_cache = nullptr; // its database
};

} // namespace tyndau
