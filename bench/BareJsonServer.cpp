// The limit for the registration benchmark: a bare Qt HttpServer with one JSON route on the
// same machine, doing what any JSON API does per call (read the body, parse it, answer a
// small JSON document) and nothing else: no session, no database.
//   tyndau-bench-bare-server PORT
#include <QCoreApplication>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2)
        return 2;
    QHttpServer server;
    server.route(
        QStringLiteral("/api/v1/ops"), QHttpServerRequest::Method::Post,
        [](const QHttpServerRequest& request) {
            const QJsonArray ops
                = QJsonDocument::fromJson(request.body()).object().value(QLatin1String("ops")).toArray();
            QJsonArray results;
            for (const auto& op : ops)
                results.append(
                    QJsonObject {{QStringLiteral("op_id"), op.toObject().value(QLatin1String("op_id"))},
                                 {QStringLiteral("status"), QStringLiteral("applied")}});
            return QHttpServerResponse(QJsonObject {{QStringLiteral("results"), results}});
        });
    const quint16 port = server.listen(QHostAddress::LocalHost, quint16(QByteArray(argv[1]).toUShort()));
    if (port == 0)
        return 1;
    std::fprintf(stderr, "listening on http://127.0.0.1:%u\n", port);
    std::fflush(stderr);
    return app.exec();
}
