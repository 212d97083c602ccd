#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace tyndau {

Result<ServerOptions> ServerOptions::parse(const QStringList& arguments)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Tyndau central server"));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Loopback only; demo users, demo Open311 key and a year of requests."));
    const QCommandLineOption listen(QStringLiteral("listen"), QStringLiteral("Address and port."),
                                    QStringLiteral("ADDR:PORT"), QStringLiteral("127.0.0.1:8308"));
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("sqlite:PATH or postgresql://…"),
                                QStringLiteral("URL"));
    const QCommandLineOption cert(QStringLiteral("tls-cert"), QStringLiteral("TLS certificate (PEM)."),
                                  QStringLiteral("F"));
    const QCommandLineOption key(QStringLiteral("tls-key"), QStringLiteral("TLS private key (PEM)."),
                                 QStringLiteral("F"));
    const QCommandLineOption demoRequests(QStringLiteral("demo-requests"),
                                          QStringLiteral("How many requests the demo generates."),
                                          QStringLiteral("N"), QStringLiteral("50000"));
    const QCommandLineOption voteSecret(
        QStringLiteral("vote-secret"),
        QStringLiteral("File with the key participation-budget votes are stored under (the same on every "
                       "instance; made when missing)."),
        QStringLiteral("FILE"));
    const QCommandLineOption migrate(
        QStringLiteral("migrate"),
        QStringLiteral("Bring the database's schema up to date, then exit (upgrades; run once, before the "
                       "instances start)."));
    const QCommandLineOption createAdmin(
        QStringLiteral("create-admin"),
        QStringLiteral("Create an administrator's account (password from TYNDAU_PASSWORD or standard input), "
                       "then exit."),
        QStringLiteral("LOGIN"));
    p.addOptions({demo, listen, db, cert, key, demoRequests, voteSecret, migrate, createAdmin});
    p.process(arguments);

    auto bad = [](const QString& message, const char* field) {
        return Error {QStringLiteral("usage"), message, QLatin1String(field)};
    };
    ServerOptions o;
    o.demo = p.isSet(demo);
    o.migrateOnly = p.isSet(migrate);
    o.createAdmin = p.value(createAdmin);
    const QString l = p.value(listen);
    const int colon = int(l.lastIndexOf(QLatin1Char(':')));
    bool portOk = false;
    o.port = colon > 0 ? l.mid(colon + 1).toUShort(&portOk) : 0;
    if (colon <= 0 || !portOk
        || !o.address.setAddress(l.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']'))))
        return bad(QStringLiteral("--listen takes ADDR:PORT, e.g. 127.0.0.1:8308"), "listen");
    if (o.demo && !o.address.isLoopback())
        return bad(QStringLiteral("--demo listens on loopback only: its users' password is 'demo'"),
                   "listen");
    if (p.isSet(db)) {
        auto url = DbUrl::parse(p.value(db));
        if (!url)
            return url.error();
        o.db = url.value();
    } else {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dir);
        o.db = DbUrl::sqlite(dir + QStringLiteral("/tyndau-server.db"));
    }
    o.tlsCert = p.value(cert);
    o.tlsKey = p.value(key);
    if (o.tlsCert.isEmpty() != o.tlsKey.isEmpty())
        return bad(QStringLiteral("--tls-cert and --tls-key go together"), "tls");
    o.demoRequests = p.value(demoRequests).toLongLong();
    o.voteSecretFile = p.value(voteSecret);
    if (o.voteSecretFile.isEmpty() && o.db.dialect == Dialect::SQLite)
        o.voteSecretFile = o.db.path + QStringLiteral(".vote-secret");
    if (o.voteSecretFile.isEmpty() && !o.migrateOnly && o.createAdmin.isEmpty()) // these need no key
        return bad(
            QStringLiteral("--vote-secret FILE is needed with PostgreSQL: every instance reads the same "
                           "file (made when missing)"),
            "vote-secret");
    return o;
}

} // namespace tyndau
