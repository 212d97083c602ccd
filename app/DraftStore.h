#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace tyndau {

// The request form's unsaved draft (its fields as typed), on disk after every change, so a crash or a power
// cut brings back what the operator typed. One draft per cache (server and login). The file is replaced
// atomically (QSaveFile): a cut mid-write leaves the previous draft.
class DraftStore
{
public:
    explicit DraftStore(QString path);
    static QString pathBeside(const QString& cachePath); // "<cache>.draft.json"

    bool save(const QJsonObject& fields); // false when the disk refused; the reason in lastError()
    std::optional<QJsonObject> load() const;
    void clear();
    QString lastError() const { return m_error; }

private:
    QString m_path;
    QString m_error;
};

} // namespace tyndau
