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

TEST_CASE("aliases: no two aliases have the same words but different entries") {
    // Words are matched as a set ("wheat bread, whole" = "whole wheat bread"), and of two
    // aliases with the same set only the first counts: a second one with another entry would
    // be dead, and its name would silently mean the first one's food. Only an alias matched in
    // the order written first may share its set ("milk chocolate" and "chocolate milk").
    std::map<std::string, const seck::Alias*> first;
    for (const seck::Alias& alias : seck::embedded_aliases()) {
        std::vector<std::string> words = seck::name_words(alias.name);
        std::sort(words.begin(), words.end());
        words.erase(std::unique(words.begin(), words.end()), words.end());
        std::string key;
        for (const auto& w : words) key += (key.empty() ? "" : " ") + w;
        const auto [it, added] = first.emplace(key, &alias);
        if (!added) {
            INFO("'" << alias.name << "' and '" << it->second->name << "' are both '" << key << "'");
            // (both reached by their own order: an alias in the order written comes first)
            CHECK((alias.id == it->second->id || seck::name_words(it->second->name) != seck::name_words(alias.name)));
        }
    }
    CHECK(first.size() >= 800);
}

TEST_CASE("aliases: meat, poultry and fish as the UK, Ireland, Australia, Canada and the US name them") {
    const std::vector<std::pair<const char*, const char*>> names = {
        {"lamb mince", "17225"},           // Lamb, ground, cooked, broiled
        {"turkey mince", "05306"},         // Ground turkey, cooked
        {"minced pork", "10220"},          // Pork, fresh, ground, cooked
        {"rump steak", "13454"},           // Beef, top sirloin, steak (UK rump = US top sirloin)
        {"gammon", "10136"},               // Pork, cured, ham, roasted
        {"streaky bacon", "10862"},        // Pork, cured, bacon, pan-fried
        {"back bacon", "fndds:22501010"},  // Canadian bacon, cooked
        {"bangers", "07064"},              // Pork sausage, cooked
        {"black pudding", "07005"},        // Blood sausage
        {"lamb's liver", "17201"},         // Lamb liver, pan-fried
        {"burger", "fndds:27510521"},      // Hamburger, NFS
        {"fish fingers", "15027"},         // Fish sticks
        {"king prawns", "15151"},          // Shrimp, cooked
        {"barramundi", "15092"},           // Sea bass, cooked
    };
    for (const auto& [name, expected] : names) {
        INFO(name);
        CHECK(id(name) == expected);
    }
}

TEST_CASE("aliases: dairy and baking staples by their British, Irish, Australian and Canadian names") {
    const std::vector<std::pair<const char*, const char*>> names = {
        {"full cream milk", "01077"},      // AU: whole milk
        {"homo milk", "01077"},            // CA: homogenized (whole) milk
        {"single cream", "01050"},         // UK: light (table) cream
        {"creme fraiche", "01056"},        // cultured cream, as sour cream
        {"mature cheddar", "01009"},       // Cheese, cheddar
        {"tasty cheese", "01009"},         // AU: cheddar
        {"red leicester", "01009"},        // a cheddar-type hard cheese
        {"self-raising flour", "20082"},   // self-rising flour
        {"plain flour", "20081"},          // (left out "plain": the flour alias)
        {"wholemeal flour", "20080"},      // wholemeal = whole wheat
        {"caster sugar", "19335"},         // Sugars, granulated
        {"golden syrup", "19362"},         // table blend of refiner's syrup
        {"bicarbonate of soda", "18372"},  // baking soda
        {"cornflour", "20027"},            // UK: cornstarch
    };
    for (const auto& [name, expected] : names) {
        INFO(name);
        CHECK(id(name) == expected);
    }
}

TEST_CASE("aliases: bread, biscuits and breakfast as people in the UK, Australia and the US log them") {
    const std::vector<std::pair<const char*, const char*>> names = {
        {"crumpet", "18258"},                 // the nearest kind: an English muffin
        {"granary bread", "28397"},           // Bread, multi-grain
        {"sourdough", "fndds:51107010"},      // Bread, French or Vienna (SR28's slice is 139 g)
        {"digestive biscuits", "18173"},      // wholemeal sweet biscuit, as graham crackers
        {"cream crackers", "18228"},          // Crackers, saltines
        {"anzac biscuit", "fndds:53233000"},  // Cookie, oatmeal
        {"weet-bix", "42237"},                // AU/NZ: Weetabix
        {"rice bubbles", "08065"},            // AU: Rice Krispies
        {"frosties", "08069"},                // UK: Frosted Flakes
        {"bran flakes", "fndds:57207000"},    // Cereal, bran flakes, plain (store brands)
        {"nutella", "fndds:91304090"},        // Chocolate hazelnut spread
    };
    for (const auto& [name, expected] : names) {
        INFO(name);
        CHECK(id(name) == expected);
    }
}

TEST_CASE("aliases: vegetables and fruit by their regional names") {
    const std::vector<std::pair<const char*, const char*>> names = {
        {"mangetout", "11300"},            // UK: snow peas, edible-podded
        {"runner beans", "11053"},         // green beans, cooked
        {"new potatoes", "11365"},         // boiled in skin
        {"mash", "11934"},                 // mashed potatoes
        {"oven chips", "11403"},           // french fries, oven heated
        {"hot chips", "fndds:71400990"},   // AU: fries (Potato, french fries, NFS)
        {"tenderstem broccoli", "11091"},  // broccoli, cooked
        {"spring greens", "11162"},        // collards, cooked
        {"silverbeet", "11147"},           // AU/NZ: Swiss chard
        {"chestnut mushrooms", "11266"},   // brown (crimini) mushrooms
        {"avo", "09037"},                  // AU: avocado
        {"tinned tomatoes", "11531"},      // tinned = canned
        {"red lentils", "16070"},          // lentils, cooked
        {"satsuma", "09218"},              // a mandarin
        {"rockmelon", "09181"},            // AU: cantaloupe
    };
    for (const auto& [name, expected] : names) {
        INFO(name);
        CHECK(id(name) == expected);
    }
}

TEST_CASE("aliases: tea, coffee and drinks as ordered in a cafe or a pub") {
    const std::vector<std::pair<const char*, const char*>> names = {
        {"cuppa", "14355"},                   // tea, brewed
        {"builder's tea", "fndds:92306800"},  // Tea, hot, with milk
        {"long black", "14209"},              // AU/NZ: espresso over water, as brewed coffee
        {"latte", "fndds:92101900"},          // Coffee, Latte (2% or whole milk)
        {"skinny latte", "fndds:92101901"},   // Coffee, Latte, nonfat
        {"hot chocolate", "fndds:11512005"},  // Hot chocolate / cocoa, NFS
        {"OJ", "09209"},                      // orange juice
        {"lager", "14003"},                   // beer
        {"stout", "14003"},                   // beer
        {"prosecco", "fndds:93401005"},       // Wine, sparkling
        {"cognac", "fndds:93501000"},         // Brandy, not "Brandy and cola"
    };
    for (const auto& [name, expected] : names) {
        INFO(name);
        CHECK(id(name) == expected);
    }
}

TEST_CASE("aliases: dishes, takeaway and sweets are the food as eaten") {
    const std::vector<std::pair<const char*, const char*>> names = {
        {"cottage pie", "fndds:27311510"},              // Shepherd's pie (made with beef)
        {"spag bol", "fndds:58146322"},                 // Pasta with tomato-based sauce and meat, home recipe
        {"lasagne", "fndds:58130011"},                  // Lasagna with meat (lasagna, NFS)
        {"irish stew", "fndds:27330210"},               // Stew, lamb
        {"meat pie", "fndds:27317010"},                 // Pot pie, beef
        {"chicken tikka masala", "fndds:27146150"},     // Chicken curry
        {"mac and cheese", "fndds:58145110"},           // Macaroni or noodles with cheese
        {"pb&j", "fndds:42302010"},                     // Peanut butter and jelly sandwich, NFS
        {"grilled cheese sandwich", "fndds:14640100"},  // still its FNDDS name
        {"timbits", "fndds:53520170"},                  // CA: doughnut holes
        {"apple crumble", "19186"},                     // apple crisp
        {"kit kat", "19109"},                           // Candies, KIT KAT Wafer Bar
    };
    for (const auto& [name, expected] : names) {
        INFO(name);
        CHECK(id(name) == expected);
    }
}

TEST_CASE("aliases: names too vague to guess stay refused") {
    // UK chips are fries, US chips crisps; UK biscuits are cookies, US ones scones; a UK muffin is
    // an English muffin; a steak, sausages, cookies or a smoothie could be kinds whose selenium differs.
    for (const char* name :
         {"chips", "biscuits", "muffin", "cookies", "steak", "sausages", "fruit smoothie", "noodles"}) {
        INFO(name);
        CHECK(matcher().match(name).food == nullptr);
    }
}
