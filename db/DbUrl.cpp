#include "DbUrl.h"

#include <QCoreApplication>
#include <QUrl>

namespace tyndau {

DbUrl DbUrl::sqlite(const QString& path)
{
    DbUrl url;
    url.dialect = Dialect::SQLite;
    url.path = path;
    return url;
}

Result<DbUrl> DbUrl::parse(const QString& text)
{
    const Error bad {QStringLiteral("invalid_db_url"),
                     QCoreApplication::translate(
                         "Database", "Use --db sqlite:PATH or --db postgresql://USER@HOST:PORT/DATABASE."),
                     QStringLiteral("db")};
    if (text.startsWith(QLatin1String("sqlite:"))) {
        const QString path = text.mid(7);
        return path.isEmpty() ? Result<DbUrl>(bad) : Result<DbUrl>(sqlite(path));
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid()
        || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres")))
        return bad;
    DbUrl out;
    out.dialect = Dialect::PostgreSQL;
    out.host = url.host().isEmpty() ? QStringLiteral("localhost") : url.host();
    out.port = url.port(5432);
    out.user = url.userName();
    out.password = url.password();
    out.database = url.path().mid(1);
    if (out.database.isEmpty())
        return bad;
    return out;
}

QString DbUrl::toDisplayString() const
{
    if (dialect == Dialect::SQLite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace tyndau
