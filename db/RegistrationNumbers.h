#pragma once

#include "core/Result.h"

namespace tyndau {

class Database;

// Official registration numbers, "2026-000123": one counter row per year, incremented in
// the registering transaction. The row lock makes them unique across server instances.
class RegistrationNumbers
{
public:
    explicit RegistrationNumbers(Database& db);
    Result<QString> next(int year);

private:
    Database& m_db;
};

} // namespace tyndau
