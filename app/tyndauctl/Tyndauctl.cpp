#include "Tyndauctl.h"

#include "app/LocalCache.h"
#include "app/ReportCsv.h"
#include "app/SyncEngine.h"
#include "app/TokenStore.h"
#include "core/TimeOrderedUuid.h"
#include "core/WireFormat.h"
#include "db/Database.h"
#include "db/KnowledgeBaseStore.h"
#include "db/OutboxStore.h"
#include "db/RequestStore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTextStream>

#include <cstdio>

namespace tyndau {
namespace {

const QStringList kValueOptions {
    QStringLiteral("--server"), QStringLiteral("--user"),   QStringLiteral("--cache"),
    QStringLiteral("--file"),   QStringLiteral("--status"), QStringLiteral("--limit"),
    QStringLiteral("--lang"),   QStringLiteral("--format"), QStringLiteral("-o"),
    QStringLiteral("--week"),   QStringLiteral("--from"),   QStringLiteral("--to"),
    QStringLiteral("--year")};

} // namespace

Tyndauctl::Tyndauctl(QStringList arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (kValueOptions.contains(a) && i + 1 < arguments.size()) {
            m_args << a << arguments.at(i + 1);
            ++i;
        } else if (a.startsWith(QLatin1String("--")) || a == QLatin1String("-h")) {
            m_args << a;
        } else {
            m_positional << a;
        }
    }
    m_server = QUrl(option(QStringLiteral("--server")));
    m_user = option(QStringLiteral("--user"));
    m_cachePath = option(QStringLiteral("--cache"));
}

Tyndauctl::~Tyndauctl() = default;

QString Tyndauctl::option(const QString& name) const
{
    const qsizetype i = m_args.indexOf(name);
    return i >= 0 && i + 1 < m_args.size() ? m_args.at(i + 1) : QString();
}

bool Tyndauctl::flag(const QString& name) const
{
    return m_args.contains(name);
}

void Tyndauctl::print(const QByteArray& text)
{
    std::fwrite(text.constData(), 1, size_t(text.size()), stdout);
    std::fflush(stdout);
}

int Tyndauctl::fail(const QString& reason, int code)
{
    std::fprintf(stderr, "tyndauctl: %s\n", qPrintable(reason.simplified()));
    return code;
}

int Tyndauctl::run()
{
    const QString command = m_positional.value(0);
    if (command.isEmpty() || flag(QStringLiteral("--help")) || flag(QStringLiteral("-h"))) {
        print("usage: tyndauctl --server URL --user LOGIN COMMAND [options]\n"
              "  login | logout | sync\n"
              "  register [--file F]        a request as JSON (stdin when no file)\n"
              "  list [--status S] [--limit N] [--json] [--offline]\n"
              "  show ID|NUMBER [--json]\n"
              "  export --format csv -o FILE\n"
              "  kb search \"QUERY\" [--lang kk|ru] [--json]\n"
              "  report --week 2026-W47 | --from 2026-11-01 --to 2026-11-30\n"
              "         --lang kk|ru --format pdf|csv -o FILE\n"
              "  budget-report --year 2026 --lang kk|ru --format pdf|csv -o FILE [--offline]\n");
        return command.isEmpty() && !flag(QStringLiteral("--help")) ? 2 : 0;
    }
    if (!m_server.isValid() || m_server.scheme().isEmpty() || m_user.isEmpty())
        return fail(QStringLiteral("--server URL and --user LOGIN are required"), 2);
    if (command == QLatin1String("login"))
        return login();
    if (command == QLatin1String("logout"))
        return logout();
    if (!openCache())
        return 1;
    if (command == QLatin1String("report"))
        return report();
    if (command == QLatin1String("budget-report"))
        return budgetReport();
    if (command == QLatin1String("sync"))
        return sync();
    if (command == QLatin1String("register"))
        return registerRequest();
    if (command == QLatin1String("list"))
        return list();
    if (command == QLatin1String("show"))
        return show();
    if (command == QLatin1String("export"))
        return exportCsv();
    if (command == QLatin1String("kb"))
        return kb();
    return fail(QStringLiteral("unknown command: %1").arg(command), 2);
}

bool Tyndauctl::openCache()
{
    if (m_cachePath.isEmpty())
        m_cachePath = LocalCache::defaultPath(m_server, m_user);
    auto cache = LocalCache::open(m_cachePath);
    if (!cache) {
        fail(cache.error().message);
        return false;
    }
    m_local = std::move(cache).value();
    m_cache = &m_local->db();
    if (!m_local->movedAsidePath().isEmpty())
        fail(QStringLiteral("the local cache was damaged and moved aside to %1")
                 .arg(m_local->movedAsidePath()),
             0);
    return true;
}

QString Tyndauctl::acquireToken(bool forceLogin)
{
    TokenStore keychain;
    QEventLoop loop;
    if (!forceLogin) {
        QString stored;
        QObject::connect(&keychain, &TokenStore::loaded, &loop, [&](const QString& token, const QString&) {
            stored = token;
            loop.quit();
        });
        keychain.load(m_server, m_user);
        loop.exec();
        if (!stored.isEmpty())
            return stored;
    }
    QString password = qEnvironmentVariable("TYNDAU_PASSWORD");
    if (password.isEmpty()) {
        std::fprintf(stderr, "password for %s: ", qPrintable(m_user));
        password = QTextStream(stdin).readLine();
    }
    SessionClient client;
    QString token;
    QObject::connect(&client, &SessionClient::loggedIn, &loop, [&](const Session& s) {
        m_session = s;
        token = s.token;
        loop.quit();
    });
    QObject::connect(&client, &SessionClient::logInFailed, &loop, [&](const Error& e) {
        fail(e.message, 0);
        loop.quit();
    });
    client.logIn(m_server, m_user, password);
    loop.exec();
    if (token.isEmpty())
        return {};
    QObject::connect(&keychain, &TokenStore::saved, &loop, [&](bool ok, const QString& error) {
        if (!ok) // not fatal for one command; the token lives only in this process then
            fail(QStringLiteral("the keychain did not keep the session: %1").arg(error), 0);
        loop.quit();
    });
    keychain.save(m_server, m_user, token);
    loop.exec();
    return token;
}

int Tyndauctl::login()
{
    const QString token = acquireToken(true);
    if (token.isEmpty())
        return 1;
    print(QStringLiteral("logged in as %1 (%2)\n").arg(m_user, toCode(m_session.user.role)).toUtf8());
    return 0;
}

int Tyndauctl::logout()
{
    TokenStore keychain;
    QEventLoop loop;
    QString token;
    QObject::connect(&keychain, &TokenStore::loaded, &loop, [&](const QString& t, const QString&) {
        token = t;
        loop.quit();
    });
    keychain.load(m_server, m_user);
    loop.exec();
    if (!token.isEmpty()) {
        SessionClient client;
        QObject::connect(&client, &SessionClient::loggedOut, &loop, [&](bool) { loop.quit(); });
        client.logOut(m_server, token);
        loop.exec();
    }
    bool removed = false;
    QString error;
    QObject::connect(&keychain, &TokenStore::removed, &loop, [&](bool ok, const QString& e) {
        removed = ok;
        error = e;
        loop.quit();
    });
    keychain.remove(m_server, m_user);
    loop.exec();
    return removed ? 0 : fail(QStringLiteral("the keychain kept the session: %1").arg(error));
}

bool Tyndauctl::syncOnce(QString* problem)
{
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (m_token.isEmpty())
            m_token = acquireToken(attempt > 0);
        if (m_token.isEmpty()) {
            if (problem)
                *problem = QStringLiteral("not logged in");
            return false;
        }
        SyncEngine engine(*m_cache, m_server);
        engine.setToken(m_token);
        bool authFailed = false;
        bool ok = false;
        QEventLoop loop;
        QObject::connect(&engine, &SyncEngine::authenticationRequired, &loop, [&] { authFailed = true; });
        QObject::connect(&engine, &SyncEngine::finished, &loop, [&](bool result) {
            ok = result;
            if (!result || OutboxStore(*m_cache).count().value_or_zero() == 0)
                loop.quit();
        });
        engine.syncNow();
        loop.exec();
        if (ok)
            return true;
        if (problem)
            *problem = engine.status().message;
        if (!authFailed)
            return false;
        m_token.clear(); // the stored session ended: log in again, once
    }
    return false;
}

int Tyndauctl::sync()
{
    QString problem;
    if (!syncOnce(&problem))
        return fail(QStringLiteral("sync failed: %1").arg(problem), m_token.isEmpty() ? 1 : 4);
    const qint64 count = RequestStore(*m_cache).count().value_or_zero();
    if (flag(QStringLiteral("--json")))
        print(QJsonDocument(
                  QJsonObject {{QStringLiteral("requests"), count},
                               {QStringLiteral("outbox"), OutboxStore(*m_cache).count().value_or_zero()}})
                  .toJson(QJsonDocument::Compact)
              + '\n');
    else
        print(QStringLiteral("in sync: %1 requests\n").arg(count).toUtf8());
    return 0;
}

int Tyndauctl::registerRequest()
{
    QByteArray input;
    const QString file = option(QStringLiteral("--file"));
    if (file.isEmpty()) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read standard input"));
        input = in.readAll();
    } else {
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read %1").arg(file));
        input = in.readAll();
    }
    const QJsonDocument doc = QJsonDocument::fromJson(input);
    if (!doc.isObject())
        return fail(QStringLiteral("the request must be a JSON object"), 2);
    QJsonObject json = doc.object();
    if (!json.contains(QLatin1String("id")))
        json.insert(QStringLiteral("id"), TimeOrderedUuid::createText());
    auto request = WireFormat::requestFromJson(json);
    if (!request)
        return fail(QStringLiteral("%1 (%2)").arg(request.error().message, request.error().field), 2);

    // Who we are decides what we may do; the role comes with the session.
    if (m_token.isEmpty())
        m_token = acquireToken(false);
    const Role role = m_session.user.login.isEmpty() ? Role::Operator : m_session.user.role;
    auto saved = m_local->requests().registerNew(request.value(), Actor {m_user, role, {}}, Action::Register,
                                                 {}, json.value(QLatin1String("assign")).toString());
    if (!saved)
        return fail(QStringLiteral("%1 (%2)").arg(saved.error().message, saved.error().field), 1);
    QString problem;
    const bool synced = syncOnce(&problem);
    const auto after = RequestStore(*m_cache).find(saved->id).value_or_zero().value_or(saved.value());
    if (flag(QStringLiteral("--json"))) {
        QJsonObject out = WireFormat::toJson(after);
        out.insert(QStringLiteral("synced"), synced);
        print(QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n');
    } else {
        print((after.number.isEmpty() ? after.provisionalNumber : after.number).toUtf8() + '\n');
    }
    if (!after.syncError.isEmpty())
        return fail(QStringLiteral("the server refused it: %1").arg(after.syncError));
    return synced
        ? 0
        : fail(QStringLiteral("saved locally as %1; not sent: %2").arg(after.provisionalNumber, problem), 4);
}

int Tyndauctl::list()
{
    if (!flag(QStringLiteral("--offline"))) {
        QString problem;
        if (!syncOnce(&problem))
            fail(QStringLiteral("showing the local copy: %1").arg(problem), 0);
    }
    QList<Status> statuses;
    for (const QString& s : option(QStringLiteral("--status")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto status = fromCode<Status>(s);
        if (!status)
            return fail(QStringLiteral("unknown status: %1").arg(s), 2);
        statuses.append(*status);
    }
    const int limit
        = option(QStringLiteral("--limit")).isEmpty() ? 100 : option(QStringLiteral("--limit")).toInt();
    auto rows = RequestStore(*m_cache).list(statuses, std::clamp(limit, 1, 1000000));
    if (!rows)
        return fail(rows.error().message);
    if (flag(QStringLiteral("--json"))) {
        QJsonArray out;
        for (const Request& r : rows.value())
            out.append(WireFormat::toJson(r));
        print(QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n');
        return 0;
    }
    for (const Request& r : rows.value())
        print(QStringLiteral("%1\t%2\t%3\t%4\n")
                  .arg(r.number.isEmpty() ? r.provisionalNumber : r.number, toCode(r.status), r.categoryCode,
                       r.description.left(60))
                  .toUtf8());
    return 0;
}

int Tyndauctl::show()
{
    const QString key = m_positional.value(1);
    if (key.isEmpty())
        return fail(QStringLiteral("show takes a request id or number"), 2);
    RequestStore store(*m_cache);
    const QUuid id = QUuid::fromString(key);
    auto found = id.isNull() ? store.findByNumber(key) : store.find(id);
    if (!found)
        return fail(found.error().message);
    if (!found.value())
        return fail(QStringLiteral("no such request in the local copy: %1").arg(key));
    QJsonObject out = WireFormat::toJson(*found.value());
    QJsonArray history;
    for (const HistoryEntry& h : store.history(found.value()->id).value_or_zero())
        history.append(WireFormat::toJson(h));
    out.insert(QStringLiteral("history"), history);
    print(QJsonDocument(out).toJson(flag(QStringLiteral("--json")) ? QJsonDocument::Compact
                                                                   : QJsonDocument::Indented)
          + (flag(QStringLiteral("--json")) ? "\n" : ""));
    return 0;
}

int Tyndauctl::exportCsv()
{
    const QString path = option(QStringLiteral("-o"));
    if (option(QStringLiteral("--format")) != QLatin1String("csv") || path.isEmpty())
        return fail(QStringLiteral("export takes --format csv -o FILE"), 2);
    QString problem;
    if (!syncOnce(&problem))
        fail(QStringLiteral("exporting the local copy: %1").arg(problem), 0);
    auto rows = RequestStore(*m_cache).list({}, 10000000);
    if (!rows)
        return fail(rows.error().message);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(QStringLiteral("cannot write %1").arg(path));
    QTextStream s(&out);
    s << "number,status,kind,channel,district,category,organization,registered_at,due_date,description\n";
    for (const Request& r : rows.value())
        s << QStringList {r.number,
                          toCode(r.status),
                          toCode(r.kind),
                          toCode(r.channel),
                          r.districtCode,
                          r.categoryCode,
                          r.orgCode,
                          r.registeredAt.isValid() ? WireFormat::timeToString(r.registeredAt) : QString(),
                          r.dueDate.toString(Qt::ISODate),
                          ReportCsv::field(r.description)}
                 .join(QLatin1Char(','))
          << '\n';
    return 0;
}

int Tyndauctl::kb()
{
    if (m_positional.value(1) != QLatin1String("search") || m_positional.value(2).isEmpty())
        return fail(QStringLiteral("kb search \"QUERY\" [--lang kk|ru] [--json]"), 2);
    std::optional<Language> lang;
    if (!option(QStringLiteral("--lang")).isEmpty()) {
        lang = fromCode<Language>(option(QStringLiteral("--lang")));
        if (!lang)
            return fail(QStringLiteral("--lang is kk or ru"), 2);
    }
    auto hits = KnowledgeBaseStore(*m_cache).search(m_positional.value(2), lang, 20);
    if (!hits)
        return fail(hits.error().message);
    if (flag(QStringLiteral("--json"))) {
        QJsonArray out;
        for (const KbHit& h : hits.value())
            out.append(QJsonObject {{QStringLiteral("id"), h.articleId},
                                    {QStringLiteral("lang"), toCode(h.language)},
                                    {QStringLiteral("title"), h.title},
                                    {QStringLiteral("snippet"), h.snippet},
                                    {QStringLiteral("score"), h.score}});
        print(QJsonDocument(out).toJson(QJsonDocument::Compact) + '\n');
        return 0;
    }
    for (const KbHit& h : hits.value())
        print(QStringLiteral("%1\t%2\t%3\n").arg(h.articleId).arg(toCode(h.language), h.title).toUtf8());
    return 0;
}

} // namespace tyndau
