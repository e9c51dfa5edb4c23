// The embedded food table and the user's own foods.
#include "seck/resolve/foods.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <memory>
#include <stdexcept>
#include <string>
#include <type_traits>

#include "seck/resolve/names.h"
#include "seck/resolve/resolve.h"

// A table's foods are views into storage it owns: a copy or a move would leave them
// pointing into another table. A table is made once, in place, and only read.
static_assert(!std::is_copy_constructible_v<seck::FoodTable>);
static_assert(!std::is_copy_assignable_v<seck::FoodTable>);
static_assert(!std::is_move_constructible_v<seck::FoodTable>);
static_assert(!std::is_move_assignable_v<seck::FoodTable>);
static_assert(std::is_default_constructible_v<seck::FoodTable>);  // the embedded foods only
// The builder hands over a table on the heap: it may move, never copy.
static_assert(!std::is_copy_constructible_v<seck::FoodTable::Builder>);
static_assert(!std::is_copy_assignable_v<seck::FoodTable::Builder>);
static_assert(std::is_nothrow_move_constructible_v<seck::FoodTable::Builder>);
static_assert(std::is_same_v<decltype(std::declval<seck::FoodTable::Builder&>().build()),
                             std::unique_ptr<const seck::FoodTable>>);

TEST_CASE("the embedded table holds every SR28 food, sorted by id") {
    const auto foods = seck::embedded_foods();
    CHECK(foods.size() == 8789);
    CHECK(std::count_if(foods.begin(), foods.end(), [](const seck::Food& f) { return f.has_selenium(); }) == 7089);
    CHECK(std::is_sorted(foods.begin(), foods.end(),
                         [](const seck::Food& a, const seck::Food& b) { return a.id < b.id; }));
}

TEST_CASE("foods are found by id with their USDA values") {
    const seck::FoodTable table;
    const seck::Food* nut = table.by_id("12078");
    REQUIRE(nut);
    CHECK(nut->description == "Nuts, brazilnuts, dried, unblanched");
    CHECK(nut->group == "Nut and Seed Products");
    CHECK(nut->ug_per_100g == 1917.0);
    REQUIRE(nut->names.size() == 1);
    CHECK(nut->names[0] == "brazil nuts");
    REQUIRE(nut->portions.size() == 3);
    CHECK(nut->portions[1].unit == "kernel");
    CHECK(nut->portions[1].grams == 5.0);
    CHECK(table.by_id("99999") == nullptr);
    // Missing is not zero: 01108 (Milk, indian buffalo, fluid) has no selenium value.
    const seck::Food* no_value = table.by_id("01108");
    REQUIRE(no_value);
    CHECK_FALSE(no_value->has_selenium());
}

TEST_CASE("search finds entries by words, exact names first") {
    const seck::FoodTable table;
    const auto found = table.search("brazil");
    REQUIRE_FALSE(found.empty());
    CHECK(found.front()->id == "12078");
    const auto by_id = table.search("01123");
    REQUIRE(by_id.size() == 1);
    CHECK(by_id.front()->description == "Egg, whole, raw, fresh");
    CHECK(table.search("egg whole raw fresh").front()->id == "01123");
    CHECK(table.search("no such food anywhere").empty());
    CHECK(table.search("usda:1123").front()->id == "01123");
    // Plurals and regional names find USDA's words: sardines (SR28 says "sardine"), prawns (shrimp).
    auto finds = [&](std::string_view words, std::string_view id) {
        const auto found = table.search(words);
        return std::any_of(found.begin(), found.end(), [&](const seck::Food* food) { return food->id == id; });
    };
    CHECK(finds("sardines", "15088"));
    CHECK(finds("prawns", "15151"));
    CHECK(table.search("berries").size() > table.search("berry").size() / 2);  // "blueberries" still found
    // A description that starts with the word comes before one that only contains it.
    CHECK(table.search("egg").front()->description.rfind("Egg,", 0) == 0);
}

TEST_CASE("user foods add entries and replace ones with the same id") {
    seck::FoodTable::Builder builder;
    std::string err;
    REQUIRE(builder.add_user_foods(R"({"foods": [
        {"id": "granola-1", "description": "Granola, home recipe", "names": ["my granola"],
         "selenium_ug_per_100g": 24.5, "portions": [{"unit": "cup", "grams": 122}]},
        {"id": "12078", "description": "Brazil nuts, lab-tested batch", "selenium_ug_per_100g": 250}
    ]})",
                                   "mine.json", &err));
    CHECK(err.empty());
    const auto built = builder.build();
    const seck::FoodTable& table = *built;
    const seck::Food* granola = table.by_id("granola-1");
    REQUIRE(granola);
    CHECK(granola->ug_per_100g == 24.5);
    CHECK(granola->group == "User foods");
    REQUIRE(granola->portions.size() == 1);
    CHECK(granola->portions[0].grams == 122);
    CHECK(seck::NameMatcher(table).match("my granola").food == granola);
    const seck::Food* nut = table.by_id("12078");
    REQUIRE(nut);
    CHECK(nut->ug_per_100g == 250);
    CHECK(seck::NameMatcher(table).match("brazil nuts").food == nut);  // the alias names the id
    // Without portions, names or group, the replaced SR28 entry keeps its own.
    REQUIRE(nut->portions.size() == 3);
    CHECK(nut->portions[1].unit == "kernel");
    CHECK(nut->portions[1].grams == 5.0);
    REQUIRE(nut->names.size() == 1);
    CHECK(nut->names[0] == "brazil nuts");
    CHECK(nut->group == "Nut and Seed Products");
    // A user food's id is a food name.
    const auto by_id = seck::NameMatcher(table).match("granola-1");
    CHECK(by_id.food == granola);
    CHECK(by_id.how == "id");
}

TEST_CASE("a table built with user foods resolves them after its builder is gone") {
    std::unique_ptr<const seck::FoodTable> table;
    {
        seck::FoodTable::Builder first;
        std::string err;
        REQUIRE(first.add_user_foods(R"({"foods": [
            {"id": "granola-1", "description": "Granola, home recipe", "names": ["my granola"],
             "selenium_ug_per_100g": 24.5, "portions": [{"unit": "cup", "grams": 122}]}]})",
                                     "a.json", &err));
        // A bad file adds nothing; a later file replaces an earlier one's entry.
        CHECK_FALSE(first.add_user_foods(R"({"foods": [{"id": "granola-1"}]})", "bad.json", &err));
        CHECK(err == "bad.json: /foods/0/description: expected a non-empty string");
        REQUIRE(first.add_user_foods(R"({"foods": [
            {"id": "granola-1", "description": "Granola, second batch", "names": ["my granola"],
             "selenium_ug_per_100g": 30, "portions": [{"unit": "cup", "grams": 100}]},
            {"id": "12078", "description": "Brazil nuts, my shop", "selenium_ug_per_100g": 1000}]})",
                                     "b.json", &err));
        seck::FoodTable::Builder moved = std::move(first);  // the table being built moves with it
        table = moved.build();
        CHECK_THROWS_AS(moved.build(), std::logic_error);  // once only
        CHECK_THROWS_AS(moved.add_user_foods("{}", "c.json", &err), std::logic_error);
    }  // both builders, and the texts they read, are gone
    REQUIRE(table);
    // SR28 and FNDDS and granola-1: 12078 replaced, not added
    CHECK(table->foods().size() == seck::embedded_foods().size() + seck::fndds_foods().size() + 1);
    const seck::Food* granola = table->by_id("granola-1");
    REQUIRE(granola);
    CHECK(granola == table->user_food("granola-1"));
    CHECK(granola->id == "granola-1");
    CHECK(granola->description == "Granola, second batch");
    CHECK(granola->group == "User foods");
    REQUIRE(granola->names.size() == 1);
    CHECK(granola->names[0] == "my granola");
    CHECK(seck::food_label(*granola) == "granola-1 (Granola, second batch)");
    seck::Resolver resolver(*table);
    std::string err;
    const seck::Resolved* cup = resolver.resolve("my granola", "cup", &err);
    REQUIRE(cup);
    CHECK(cup->food == granola);
    CHECK(cup->grams_per_unit == 100);
    CHECK(cup->ug_per_unit == Approx(30.0));
    const seck::Resolved* nut = resolver.resolve("brazil nuts", "kernel", &err);  // SR28's portions kept
    REQUIRE(nut);
    CHECK(nut->food->description == "Brazil nuts, my shop");
    CHECK(nut->ug_per_unit == Approx(5 * 1000 / 100.0));
    CHECK(table->search("second batch").front() == granola);
}

TEST_CASE("a table built from no user foods is the embedded table") {
    seck::FoodTable::Builder builder;
    const auto built = builder.build();
    const seck::FoodTable embedded;
    CHECK(built->foods().size() == embedded.foods().size());
    CHECK(built->user_food("12078") == nullptr);
    CHECK(built->by_id("12078") == embedded.by_id("12078"));  // the same embedded entry
}

TEST_CASE("bad user food files are refused with the file and the place of the fault") {
    auto refuse = [](std::string_view json) {
        seck::FoodTable::Builder builder;
        std::string err;
        CHECK_FALSE(builder.add_user_foods(json, "mine.json", &err));
        return err;
    };
    CHECK(refuse("{\"foods\": [\n  {\"id\": \"x\",}\n]}") ==
          "mine.json:2:14: syntax error while parsing object key - unexpected '}'; expected string literal");
    CHECK(refuse("{\"foods\": [\n {\"id\": \"x\", \"selenium_ug_per_100g\": 1e999}]}") ==
          "mine.json:2:38: number overflow parsing '1e999'");
    CHECK(refuse(R"({"foods": [{"id": "x", "description": "X", "selenium_ug_per_100g": 1},
                             {"id": "x", "description": "Y", "selenium_ug_per_100g": 2}]})") ==
          "mine.json: /foods/1/id: id 'x' is used twice (also /foods/0)");
    CHECK(refuse("[]") == "mine.json: /: expected an object with a \"foods\" array");
    CHECK(refuse(R"({"foods": [{"id": "x", "description": "X"}]})") ==
          "mine.json: /foods/0/selenium_ug_per_100g: missing (a number >= 0, or null if unknown)");
    CHECK(refuse(R"({"foods": [{"id": "x", "description": "X", "selenium_ug_per_100g": -1}]})") ==
          "mine.json: /foods/0/selenium_ug_per_100g: expected a number >= 0, or null if unknown");
    CHECK(refuse(R"({"foods": [{"id": "", "description": "X", "selenium_ug_per_100g": 1}]})") ==
          "mine.json: /foods/0/id: expected a non-empty string");
    CHECK(refuse(R"({"foods": [{"id": "x", "description": "X", "selenium": 1}]})") ==
          "mine.json: /foods/0/selenium: unknown key (expected id, description, group, names, "
          "selenium_ug_per_100g, portions, spread)");
    CHECK(refuse(R"({"foods": [{"id": "x", "description": "X", "selenium_ug_per_100g": 1,
                    "portions": [{"unit": "cup", "grams": 0}]}]})") ==
          "mine.json: /foods/0/portions/0/grams: expected a number > 0");
    CHECK(refuse(R"({"foods": [{"id": "x", "description": "X", "selenium_ug_per_100g": 1, "spread": [1]}]})") ==
          "mine.json: /foods/0/spread: expected an object");
    CHECK(refuse(R"({"foods": [{"id": "x", "description": "X", "selenium_ug_per_100g": 1, "spread": {"sd": 1}}]})") ==
          "mine.json: /foods/0/spread/sd: unknown key (expected samples, std_error, min, max, low_95, high_95)");
    CHECK(refuse(R"({"foods": [{"id": "x", "description": "X", "selenium_ug_per_100g": 1, "spread": {"min": -1}}]})") ==
          "mine.json: /foods/0/spread/min: expected a number >= 0");
}

TEST_CASE("a food's range: USDA's 95 % interval, else its samples' range, else none") {
    const seck::FoodTable table;
    // NUT_DATA 12078: 1917 µg/100 g, 15 samples, SE 231.798, 136 to 2740, 95 % 1414.525 to 2419.568.
    const seck::Food& brazil = *table.by_id("12078");
    CHECK(brazil.spread.samples == 15);
    CHECK(brazil.spread.std_error == 231.798);
    CHECK(brazil.spread.min == 136);
    CHECK(brazil.spread.max == 2740);
    seck::FoodRange range = seck::food_range(brazil);
    CHECK(range.kind == seck::RangeKind::Interval95);
    CHECK(range.low == 1414.525);
    CHECK(range.high == 2419.568);
    // 15121 canned light tuna: 4 samples from 55.4 to 81.4 µg/100 g, no interval: the samples' range.
    range = seck::food_range(*table.by_id("15121"));
    CHECK(range.kind == seck::RangeKind::Samples);
    CHECK(range.low == 55.4);
    CHECK(range.high == 81.4);
    // 16057 cooked chickpeas: no spread data, the figure alone.
    range = seck::food_range(*table.by_id("16057"));
    CHECK(range.kind == seck::RangeKind::None);
    CHECK(range.low == 3.7);
    CHECK(range.high == 3.7);

    // A user's food: its own spread, or none (an SR28 entry replaced does not keep USDA's).
    seck::FoodTable::Builder builder;
    std::string err;
    REQUIRE(builder.add_user_foods(R"({"foods": [
        {"id": "nut", "description": "My nut", "selenium_ug_per_100g": 100,
         "spread": {"samples": 3, "low_95": -5, "high_95": 90}},
        {"id": "12078", "description": "Brazil nuts, my shop", "selenium_ug_per_100g": 1000}]})",
                                   "mine.json", &err));
    const auto built = builder.build();
    const seck::FoodTable& mine = *built;
    range = seck::food_range(*mine.by_id("nut"));  // below 0 is 0; the interval widened to the figure
    CHECK(range.kind == seck::RangeKind::Interval95);
    CHECK(range.low == 0);
    CHECK(range.high == 100);
    CHECK(mine.by_id("nut")->spread.samples == 3);
    CHECK(seck::food_range(*mine.by_id("12078")).kind == seck::RangeKind::None);
}

TEST_CASE("seck foods ranks entries as names are matched: the common entry first") {
    const seck::FoodTable table;
    const seck::NameMatcher names(table);
    auto first = [&](std::string_view words) {
        const auto found = names.search(words);
        return found.empty() ? std::string("none") : std::string(found.front()->id);
    };
    CHECK(first("milk") == "01077");        // fluid whole milk, of 286 entries with "milk"
    CHECK(first("whole milk") == "01077");  // not ricotta or mozzarella
    CHECK(first("egg") == "01123");         // not dried yolk
    CHECK(first("milk 3.25") == "01077");   // "3.25" is found in "3.25%"
    CHECK(first("brazil nuts") == "12078");
    CHECK(first("usda:1123") == "01123");
}
