#include "AuditListModel.h"

#include "core/AlmatyTime.h"

#include <QJsonArray>
#include <QLocale>

namespace tyndau {
namespace {

// "role: executor; organization: almaty-su": the change in one line.
QString detailText(const QJsonObject& detail)
{
    QStringList parts;
    for (auto it = detail.begin(); it != detail.end(); ++it) {
        const QJsonValue v = it.value();
        QString text = v.isArray() ? v.toVariant().toStringList().join(QStringLiteral(", "))
            : v.isBool()           ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
            : v.isDouble()         ? QString::number(v.toDouble())
                                   : v.toString();
        parts.append(it.key() + QStringLiteral(": ") + text);
    }
    return parts.join(QStringLiteral("; "));
}

} // namespace

AuditListModel::AuditListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditListModel::addPage(const QList<AuditEntry>& entries, qint64 beforeId)
{
    if (beforeId == 0) {
        beginResetModel();
        m_entries = entries;
        endResetModel();
        return;
    }
    if (entries.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries.size() - 1));
    m_entries.append(entries);
    endInsertRows();
}

qint64 AuditListModel::oldestId() const
{
    return m_entries.isEmpty() ? 0 : m_entries.last().id;
}

QString AuditListModel::describe(const QString& action)
{
    static const QHash<QString, const char*> words {
        {QStringLiteral("user.create"), QT_TR_NOOP("Account created")},
        {QStringLiteral("user.update"), QT_TR_NOOP("Account changed")},
        {QStringLiteral("organization.upsert"), QT_TR_NOOP("Organization saved")},
        {QStringLiteral("category.upsert"), QT_TR_NOOP("Category saved")},
        {QStringLiteral("deadline_term.set"), QT_TR_NOOP("Deadline term set")},
        {QStringLiteral("calendar_day.set"), QT_TR_NOOP("Calendar day set")},
        {QStringLiteral("calendar_day.remove"), QT_TR_NOOP("Calendar day removed")},
        {QStringLiteral("article.upsert"), QT_TR_NOOP("Knowledge-base article saved")},
        {QStringLiteral("open311_key.create"), QT_TR_NOOP("API key made")},
        {QStringLiteral("open311_key.revoke"), QT_TR_NOOP("API key revoked")},
        {QStringLiteral("budget_season.set"), QT_TR_NOOP("Budget season saved")},
        {QStringLiteral("budget_season.move"), QT_TR_NOOP("Budget season moved to its next phase")},
        {QStringLiteral("budget_implementation.update"), QT_TR_NOOP("Winner's implementation updated")},
        {QStringLiteral("budget_photo.add"), QT_TR_NOOP("Photo of a winner's implementation added")},
    };
    const auto it = words.constFind(action);
    return it == words.cend() ? action : tr(*it);
}

int AuditListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == DetailColumn)
        return detailText(e.detail);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WhenColumn:
        return QLocale().toString(AlmatyTime::toLocal(e.at), QLocale::ShortFormat);
    case ActorColumn:
        return e.actor;
    case ActionColumn:
        return describe(e.action);
    case SubjectColumn:
        return e.subject;
    case DetailColumn:
        return detailText(e.detail);
    }
    return {};
}

QVariant AuditListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case ActorColumn:
        return tr("Who");
    case ActionColumn:
        return tr("What");
    case SubjectColumn:
        return tr("Subject");
    case DetailColumn:
        return tr("Change");
    }
    return {};
}

} // namespace tyndau
