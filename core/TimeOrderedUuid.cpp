#include "TimeOrderedUuid.h"

#include <QDateTime>

namespace tyndau {

QUuid TimeOrderedUuid::create()
{
    // A random one, its variant bits already set; the time and the version written over it.
    return withTime(QUuid::createUuid(), QDateTime::currentMSecsSinceEpoch());
}

QUuid TimeOrderedUuid::withTime(QUuid id, qint64 msSinceEpoch)
{
    const auto ms = quint64(msSinceEpoch);
    id.data1 = uint(ms >> 16);
    id.data2 = ushort(ms & 0xffff);
    id.data3 = ushort((id.data3 & 0x0fff) | 0x7000);
    id.data4[0] = uchar((id.data4[0] & 0x3f) | 0x80); // the variant: RFC 9562
    return id;
}

qint64 TimeOrderedUuid::timeOf(const QUuid& id)
{
    if ((id.data3 >> 12) != 7 || (id.data4[0] & 0xc0) != 0x80)
        return -1;
    return qint64((quint64(id.data1) << 16) | id.data2);
}

} // namespace tyndau
