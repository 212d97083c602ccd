#pragma once

#include "core/Result.h"

namespace tyndau {

class Database;

// A participation-budget season for the demo (`tyndau-server --demo`): the year's season in
// its voting phase, every district with half a billion tenge, five proposals a district,
// assessed, with votes so far, so that the workstation's budget tabs have something to show.
// The votes are totals on the proposals: no ballots are made, so no IIN is invented.
class DemoBudget
{
public:
    static Result<void> seed(Database& db, int year);
};

} // namespace tyndau
