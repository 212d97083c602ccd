#pragma once

#include "Vocabulary.h"

#include <QString>

namespace tyndau {

struct User
{
    qint64 id = 0;
    QString login;
    QString displayName;
    Role role = Role::Operator;
    QString orgCode; // executors: their organization
    bool active = true;

    bool operator==(const User&) const = default;
};

} // namespace tyndau
