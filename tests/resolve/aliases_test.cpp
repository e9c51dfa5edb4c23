// The curated aliases of data/aliases.csv (README, "How names are matched", step 2): the
// everyday names of the UK, Ireland, Australia and New Zealand, Canada and the US, each the
// entry a nutritionist would accept for it (issue 17).
#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "seck/resolve/names.h"

namespace {

const seck::NameMatcher& matcher() {
    static const seck::FoodTable table;
    static const seck::NameMatcher names(table);
    return names;
}

// The entry a name resolves to ("05064", "fndds:27311510"), or why it was refused.
std::string id(std::string_view name) {
    const seck::NameMatch m = matcher().match(name);
    return m.food ? std::string(m.food->id) : "refused: " + m.error;
}

}  // namespace

TEST_CASE("aliases: an FNDDS alias with a preparation word is that alias, not a stopped run") {
    // by_alias_without_prep_words looked for the cooked sibling of every alias's entry in
    // SR28's index: an FNDDS alias threw std::out_of_range ("unordered_map::at").
    CHECK(id("homemade chili") == "fndds:27111400");
    CHECK(id("grilled ham sandwich") == "fndds:27520210");
    CHECK(id("fresh coleslaw") == "fndds:75141000");
    const seck::NameMatch m = matcher().match("leftover chili con carne");
    REQUIRE(m.food);
    CHECK(m.note == "'leftover chili con carne' counted as fndds:27111400 (Chili, NFS) (alias 'chili con carne')");
}
