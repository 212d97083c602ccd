#pragma once

#include "core/Result.h"
#include "db/DbUrl.h"

#include <QHostAddress>
#include <QStringList>

namespace tyndau {

// tyndau-server's command line (DESIGN.md, stable):
// tyndau-server [--demo] [--listen ADDR:PORT] [--db sqlite:PATH | --db postgresql://…]
//               [--tls-cert F --tls-key F]
// and, beside the stable ones: --vote-secret FILE, --demo-requests N, --migrate,
// --create-admin LOGIN.
struct ServerOptions
{
    bool demo = false;
    bool migrateOnly = false; // --migrate: bring the schema up to date, then exit
    // --create-admin LOGIN: the first administrator (password from TYNDAU_PASSWORD or the
    // first line of standard input), then exit. Refused if the login exists.
    QString createAdmin;
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8308;
    DbUrl db;
    QString tlsCert;
    QString tlsKey;
    qint64 demoRequests = 50000;
    // The key voters' IINs are hashed under, in a file outside the database, the same for
    // every instance. SQLite: PATH.vote-secret beside the database, made on first start.
    // PostgreSQL: required (--vote-secret FILE), since several instances must share it.
    QString voteSecretFile;

    static Result<ServerOptions> parse(const QStringList& arguments);
};

} // namespace tyndau
