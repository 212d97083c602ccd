#pragma once

#include "core/Result.h"
#include "db/DbUrl.h"

#include <QHostAddress>
#include <QStringList>

namespace tyndau {

// tyndau-server's command line (DESIGN.md, stable):
// tyndau-server [--demo] [--listen ADDR:PORT] [--db sqlite:PATH | --db postgresql://…]
//               [--tls-cert F --tls-key F]
struct ServerOptions
{
    bool demo = false;
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
