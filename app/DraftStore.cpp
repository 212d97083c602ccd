#include "DraftStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

namespace tyndau {

DraftStore::DraftStore(QString path)
    : m_path(std::move(path))
{
}

QString DraftStore::pathBeside(const QString& cachePath)
{
    return cachePath + QStringLiteral(".draft.json");
}

bool DraftStore::save(const QJsonObject& fields)
{
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        m_error = file.errorString();
        return false;
    }
    m_error.clear();
    return true;
}

std::optional<QJsonObject> DraftStore::load() const
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
    if (!doc.isObject() || doc.object().isEmpty())
        return std::nullopt;
    return doc.object();
}

void DraftStore::clear()
{
    QFile::remove(m_path);
}

} // namespace tyndau
