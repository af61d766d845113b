#pragma once

#include "storage/Migrations.h"

#include <vector>

namespace alongside::core {

// Every schema step Alongside has shipped, in order. Written once, never edited after it
// ships: a change to the schema is a new step at the end.
std::vector<Migration> schemaSteps();

} // namespace alongside::core
