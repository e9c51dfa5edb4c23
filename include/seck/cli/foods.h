#pragma once
// seck foods WORDS: the food table's entries that match, with their ids and units.

#include "seck/cli/options.h"

namespace seck::cli {

/// Lists the foods matching `foods.query` on stdout (at most 20); 1 if none matches.
int list_foods(const FoodsPart& foods);

}  // namespace seck::cli
