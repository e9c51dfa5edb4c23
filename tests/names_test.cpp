// Names as people write them: word rules, and a fixture of diary lines phrased as
// people write them, each with the entry and grams it must resolve to.
#include "seck/names.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "seck/resolve.h"

namespace {

std::string words(std::string_view text) {
    std::string out;
    for (const auto& w : seck::name_words(text)) out += (out.empty() ? "" : " ") + w;
    return out;
}

}  // namespace

TEST_CASE("words are singular, lower case, without punctuation or small words") {
    CHECK(words("Brazil Nuts") == "brazil nut");
    CHECK(words("Wheat bread, whole") == "wheat bread whole");
    CHECK(words("whole-wheat bread") == "whole wheat bread");
    CHECK(words("Cottage cheese, 1% milkfat") == "cottage cheese 1% milkfat");
    CHECK(words("Milk, whole, 3.25% milkfat") == "milk whole 3.25% milkfat");
    CHECK(words("a cup of the berries and cherries") == "cup berry cherry");
    CHECK(words("cookies, potatoes, peaches, leaves, hummus, swiss, asparagus") ==
          "cookie potato peach leaf hummus swiss asparagus");
    CHECK(words("Kellogg's yoghurt") == "kellogg yogurt");
    CHECK(seck::singular("oats") == "oat");
    CHECK(seck::singular("radishes") == "radish");
}

TEST_CASE("the alias list is embedded and names real entries") {
    const auto aliases = seck::embedded_aliases();
    CHECK(aliases.size() >= 300);
    const seck::FoodTable table;
    for (const seck::Alias& alias : aliases) {
        INFO(alias.name);
        const seck::Food* food = table.by_id(alias.id);
        REQUIRE(food);
        CHECK(food->has_selenium());
    }
}

TEST_CASE("names resolve by alias, by USDA words, and say what they chose") {
    const seck::FoodTable table;
    const seck::NameMatcher names(table);
    auto id = [&](std::string_view name) {
        const auto m = names.match(name);
        return m.food ? std::string(m.food->id) : "refused: " + m.error;
    };
    CHECK(id("Brazil nuts") == "12078");
    CHECK(id("nuts, brazil") == "12078");
    CHECK(id("wheat bread, whole") == id("whole wheat bread"));
    CHECK(id("milk") == "01077");  // fluid milk, not dry or condensed
    // Reference-table phrasing: words reordered or left out.
    CHECK(id("Tuna, yellowfin, cooked, dry heat") == "15221");
    CHECK(id("Beef liver, pan fried") == "13327");
    CHECK(id("Cottage cheese, 1% milkfat") == "01016");  // not lactose reduced, no sodium added
    CHECK(id("halibut, cooked") == "15037");             // Atlantic and Pacific, not Greenland
    // The name says otherwise: raw chicken, dry oats.
    CHECK(id("dry oats") == "08120");
    // Preparation words keep the alias, and the report is told.
    const auto grilled = names.match("grilled chicken breast");
    CHECK(grilled.food->id == "05064");
    CHECK(grilled.note ==
          "'grilled chicken breast' counted as usda:05064 (Chicken, broilers or fryers, breast, meat only, cooked, "
          "roasted) (alias 'chicken breast')");
    // "Cooked, dry heat" is not a dry form: fish resolve to their cooked entry.
    CHECK(id("monkfish") == "15203");
    // Preparation and shopping words keep the alias: free range eggs are eggs.
    CHECK(id("free range eggs") == "01123");
    // A word no entry or alias has is never dropped: "prawn cocktail" is not a juice cocktail.
    CHECK(names.match("prawn cocktail").error.rfind("unknown food 'prawn cocktail'; did you mean prawns = ", 0) == 0);
    // Every pick by USDA words is reported.
    CHECK(names.match("monkfish").note ==
          "'monkfish' counted as usda:15203 (Fish, monkfish, cooked, dry heat), the entry whose words include it");
    // Generic words are never one species.
    for (auto generic : {"nuts", "fish", "meat", "cheese", "seafood", "kidneys", "white fish"}) {
        INFO(generic);
        const auto m = names.match(generic);
        CHECK(m.food == nullptr);
        CHECK(m.error.find("is too general") != std::string::npos);
    }
}

TEST_CASE("people.csv: every line resolves to its hand-worked entry and grams") {
    std::ifstream in(SECK_TEST_DATA "/people.csv", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const seck::FoodTable table;
    seck::Resolver resolver(table);
    int lines = 0, refused = 0;
    std::istringstream rows(text.str());
    std::string row;
    std::getline(rows, row);  // header: date,food,amount,unit,expect_id,expect_grams,expect_ug
    while (std::getline(rows, row)) {
        ++lines;
        // food may be quoted; the other fields have no commas
        std::vector<std::string> f;
        std::string field;
        bool quoted = false;
        for (std::size_t i = 0; i < row.size(); ++i) {
            const char c = row[i];
            if (c == '"' && quoted && i + 1 < row.size() && row[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                f.push_back(field);
                field.clear();
            } else {
                field += c;
            }
        }
        f.push_back(field);
        REQUIRE(f.size() == 7);
        INFO("people.csv line " << lines + 1 << ": " << row);
        double amount = 0;
        std::string err;
        REQUIRE(seck::parse_amount(f[2], &amount, &err));
        const seck::Resolved* r = resolver.resolve(f[1], f[3], &err);
        if (f[4] == "refuse") {
            ++refused;
            CHECK(r == nullptr);
            continue;
        }
        REQUIRE(r != nullptr);
        REQUIRE(r->food != nullptr);
        CHECK(std::string(r->food->id) == f[4]);
        CHECK(amount * r->grams_per_unit == Approx(std::stod(f[5])).epsilon(1e-6).margin(1e-4));
        CHECK(amount * r->ug_per_unit == Approx(std::stod(f[6])).epsilon(1e-6).margin(1e-4));
    }
    CHECK(lines >= 150);
    CHECK(refused >= 10);
}
