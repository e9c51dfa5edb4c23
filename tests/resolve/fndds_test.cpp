// USDA FNDDS 2021-2023, foods as eaten, beside SR28: ids, portions, the default portion,
// figures worked by hand from ../shared/usda-fndds (Selenium (mcg) per 100 g x portion grams).
#include <catch2/catch.hpp>
#include <cmath>
#include <string>

#include "run.h"
#include "seck/resolve/foods.h"
#include "seck/resolve/resolve.h"

using seck_test::cli;
using seck_test::contains;
using seck_test::Run;

namespace {

struct Outcome {
    double ug = -1;
    double grams = -1;
    std::string id, measure, note, error;
};

Outcome selenium(const std::string& food, double amount, const std::string& unit) {
    static const seck::FoodTable table;
    seck::Resolver resolver(table);
    Outcome out;
    if (const seck::Resolved* resolved = resolver.resolve(food, unit, &out.error)) {
        out.ug = amount * resolved->ug_per_unit;
        out.grams = amount * resolved->grams_per_unit;
        out.id = resolved->food ? std::string(resolved->food->id) : "";
        out.measure = resolved->measure;
        out.note = resolved->note;
    }
    return out;
}

}  // namespace

TEST_CASE("fndds: the table is embedded whole, sorted, beside SR28") {
    const auto foods = seck::fndds_foods();
    CHECK(foods.size() == 5431);
    std::size_t portions = 0, defaults = 0;
    for (std::size_t i = 0; i < foods.size(); ++i) {
        INFO(foods[i].id);
        CHECK(seck::is_fndds_id(foods[i].id));
        CHECK(foods[i].source == seck::FoodSource::Fndds);
        CHECK(foods[i].has_selenium());  // FNDDS gives every food a figure
        if (i > 0) CHECK(foods[i - 1].id < foods[i].id);
        portions += foods[i].portions.size();
        for (const seck::Portion& p : foods[i].portions) defaults += p.unit == seck::kFnddsDefaultPortion;
    }
    CHECK(portions == 21729);  // 22,046 less 314 "Guideline amount" weights and human milk's 3 (no food)
    CHECK(defaults == 5325);
    CHECK(seck::fndds_foods().data() == foods.data());  // made once
    CHECK(seck::embedded_foods().front().source == seck::FoodSource::Sr28);
    CHECK(seck::fndds_source() ==
          "USDA Agricultural Research Service, Food and Nutrient Database for Dietary Studies 2021-2023 (other "
          "names from FNDDS 2017-2018)");
}

TEST_CASE("fndds: a food by id has its description, WWEIA category, other names and no spread") {
    const seck::FoodTable table;
    const seck::Food* soy = table.by_id("fndds:11320000");
    REQUIRE(soy);
    CHECK(soy->description == "Soy milk, sweetened");
    CHECK(soy->group == "Plant-based milk");
    CHECK(soy->ug_per_100g == 1.8);
    // "Edensoy; vanilla flavored; Silk; West Soy; Soymilk; NS as to type; Vitasoy" (2017-2018)
    REQUIRE(soy->names.size() == 6);
    CHECK(soy->names[0] == "Edensoy");
    CHECK(soy->names[5] == "Vitasoy");
    CHECK(seck::food_label(*soy) == "fndds:11320000 (Soy milk, sweetened)");
    CHECK(seck::food_source_name(soy->source) == "USDA FNDDS 2021-2023");
    CHECK(seck::food_source_id(soy->source) == "fndds");
    const seck::FoodRange range = seck::food_range(*soy);
    CHECK(range.kind == seck::RangeKind::None);
    CHECK(range.low == 1.8);
    CHECK(range.high == 1.8);
    CHECK(table.by_id("fndds:11320001") == nullptr);
    CHECK(table.by_id("11320000") == nullptr);  // an FNDDS code is not an NDB number
    CHECK(seck::is_fndds_id("fndds:11320000"));
    CHECK_FALSE(seck::is_fndds_id("fndds:1132000"));
    CHECK_FALSE(seck::is_fndds_id("usda:11320000"));
}

TEST_CASE("fndds: a sandwich by its 1 sandwich portion") {
    // 14640100 Grilled cheese sandwich, NFS: 18.6 µg/100 g; "1 sandwich" 116 g.
    const Outcome one = selenium("fndds:14640100", 1, "sandwich");
    CHECK(one.error == "");
    CHECK(one.id == "fndds:14640100");
    CHECK(one.grams == 116);
    CHECK(one.ug == Approx(21.576));  // 116 x 18.6 / 100
    CHECK(one.measure == "sandwich (116 g)");
    CHECK(selenium("FNDDS:14640100", 2, "sandwiches").ug == Approx(43.152));
}

TEST_CASE("fndds: Quantity not specified is the default portion") {
    // 27520220 Ham sandwich on white, with cheese: 26.5 µg/100 g; "Quantity not specified" 135 g.
    const Outcome blank = selenium("fndds:27520220", 1, "");
    CHECK(blank.grams == 135);
    CHECK(blank.ug == Approx(35.775));  // 135 x 26.5 / 100
    CHECK(blank.note ==
          "no unit for 'fndds:27520220': each counts as one \"Quantity not specified\" (135 g), its default portion");
    CHECK(selenium("fndds:27520220", 1, "each").grams == 135);
    CHECK(selenium("fndds:27520220", 1, "sandwich").grams == 135);  // the food's own word: one of it
    const Outcome large = selenium("fndds:27520220", 1, "large");  // "1 large" 205 g
    CHECK(large.grams == 205);
    CHECK(large.ug == Approx(54.325));
    // 11100000 Milk, NFS: 1.9 µg/100 g; "1 cup" 244 g.
    CHECK(selenium("fndds:11100000", 1, "cup").ug == Approx(4.636));
    CHECK(selenium("fndds:11100000", 1, "Quantity not specified").grams == 244);
}

TEST_CASE("fndds: a food without Quantity not specified has no default portion") {
    // 11710000 Infant formula, NFS: only "1 fl oz" 30.5 g.
    CHECK(selenium("fndds:11710000", 1, "").error ==
          "missing unit for fndds:11710000 (Infant formula, NFS); use g, kg, mg, oz, lb or one of: \"fl oz\" "
          "(30.5 g)");
    // 99991400 Cheese as ingredient in sandwiches: no portions; 22.5 µg/100 g.
    CHECK(selenium("fndds:99991400", 1, "").error ==
          "missing unit for fndds:99991400 (Cheese as ingredient in sandwiches); use g, kg, mg, oz or lb (it has no "
          "household measures)");
    CHECK(selenium("fndds:99991400", 100, "g").ug == Approx(22.5));
    // Human milk's "Quantity not specified" is 0 g, but it has no 2021-2023 nutrient values: no food.
    CHECK(selenium("fndds:11000000", 1, "cup").error ==
          "unknown food id 'fndds:11000000' (find ids with: seck foods WORDS)");
    CHECK(selenium("fndds:11100000", 1, "Guideline amount per cup of hot cereal").error ==
          "unknown unit 'Guideline amount per cup of hot cereal' for fndds:11100000 (Milk, NFS); use g, kg, mg, oz, "
          "lb or one of: \"cup\" (244 g), \"fl oz\" (30.5 g), \"individual school container\" (244 g), \"Quantity "
          "not specified\" (244 g)");
}

TEST_CASE("fndds: ids that are not FNDDS food codes are refused") {
    CHECK(selenium("fndds:1464010", 1, "g").error ==
          "'fndds:1464010' is not an FNDDS id (write fndds: and the 8-digit food code, e.g. fndds:11100000)");
    CHECK(selenium("fndds:milk", 1, "g").error ==
          "'fndds:milk' is not an FNDDS id (write fndds: and the 8-digit food code, e.g. fndds:11100000)");
    CHECK(selenium("fndds:99999999", 1, "g").error ==
          "unknown food id 'fndds:99999999' (find ids with: seck foods WORDS)");
}

TEST_CASE("fndds: a user food may replace an FNDDS entry, keeping its portions") {
    seck::FoodTable::Builder builder;
    std::string err;
    REQUIRE(builder.add_user_foods(
        R"({"foods": [{"id": "fndds:14640100", "description": "Grilled cheese, my cafe", "selenium_ug_per_100g": 20}]})",
        "mine.json", &err));
    const auto table = builder.build();
    const seck::Food* mine = table->by_id("fndds:14640100");
    REQUIRE(mine);
    CHECK(mine->source == seck::FoodSource::User);
    CHECK(mine->description == "Grilled cheese, my cafe");
    REQUIRE(mine->portions.size() == 2);  // "1 sandwich" and "Quantity not specified", kept
    CHECK(mine->portions[0].unit == "sandwich");
    CHECK(mine->group == "Cheese sandwiches");
    CHECK(table->foods().size() == seck::embedded_foods().size() + seck::fndds_foods().size());  // replaced
}

TEST_CASE("fndds: table search finds FNDDS entries after SR28's, but an exact name first") {
    const seck::FoodTable table;
    const auto exact = table.search("brazil nuts");
    REQUIRE(exact.size() >= 2);
    CHECK(exact[0]->id == "12078");  // SR28's common name "brazil nuts", exact
    CHECK(exact[1]->id == "fndds:42102000");  // FNDDS's "Brazil nuts", exact too
    const auto by_id = table.search("fndds:42102000");
    REQUIRE(by_id.size() == 1);
    CHECK(by_id.front()->description == "Brazil nuts");
    const auto sandwich = table.search("grilled cheese sandwich, nfs");
    REQUIRE_FALSE(sandwich.empty());
    CHECK(sandwich.front()->id == "fndds:14640100");  // the exact description
}

TEST_CASE("fndds: seck foods says an entry is from FNDDS, and --explain and JSON show its fndds: id") {
    const Run listed = cli("foods fndds:14640100");
    CHECK(listed.code == 0);
    CHECK(listed.out ==
          "fndds:14640100 (Grilled cheese sandwich, NFS)\n"
          "    18.6 µg selenium per 100 g; Cheese sandwiches\n"
          "    from USDA FNDDS 2021-2023, a food as eaten: its figure is a recipe calculation (no spread data)\n"
          "    units: g, kg, mg, oz, lb, \"sandwich\" (116 g), \"Quantity not specified\" (116 g)\n");
    const std::string diary = "date,food,amount,unit\n2026-11-24,fndds:14640100,3,sandwich\n";
    const Run explained = cli("--explain -", diary);
    CHECK(explained.code == 0);
    CHECK(contains(explained.out,
                   "line 2: 'fndds:14640100' is fndds:14640100 (Grilled cheese sandwich, NFS), by id: 3 × sandwich "
                   "(116 g) = 348 g, 64.728 µg; no spread data\n"));
    const Run json = cli("-f json -", diary);
    CHECK(contains(json.out, "\"id\": \"fndds:14640100\""));
    const Run version = cli("--version");
    CHECK(contains(version.out,
                   "\nfoods as eaten: 5431 foods from USDA Agricultural Research Service, Food and Nutrient Database "
                   "for Dietary Studies 2021-2023"));
}

namespace {

seck::NameMatch name_match(std::string_view name) {
    static const seck::FoodTable table;
    static const seck::NameMatcher names(table);
    return names.match(name);
}

}  // namespace

TEST_CASE("fndds names: an FNDDS description, NFS aside, is the food as eaten, said in a note") {
    // 14640100 Grilled cheese sandwich, NFS (18.6 µg/100 g; "Quantity not specified" 116 g): refused as
    // "too general" before FNDDS, as its words are category and cooking words.
    const Outcome grilled = selenium("grilled cheese sandwich", 1, "");
    CHECK(grilled.id == "fndds:14640100");
    CHECK(grilled.grams == 116);
    CHECK(grilled.ug == Approx(21.576));
    CHECK(grilled.note ==
          "'grilled cheese sandwich' counted as fndds:14640100 (Grilled cheese sandwich, NFS), the food as eaten when "
          "its kind is not said (FNDDS: a recipe calculation); no unit for 'grilled cheese sandwich': each counts as "
          "one \"sandwich\" (116 g), one of the food");
    CHECK(name_match("grilled cheese sandwich").how == "FNDDS name");
    // A count of a food as eaten is of its portion named as the food, not of its "Quantity not
    // specified" serving: 6 chicken nuggets (24198729, 17.2 µg/100 g) are 6 "nugget" of 16 g,
    // 96 g and 16.512 µg, not 6 × 80 g.
    const Outcome nuggets = selenium("chicken nuggets", 6, "");
    CHECK(nuggets.grams == Approx(96));
    CHECK(nuggets.ug == Approx(16.512));
    CHECK(selenium("chicken nuggets", 6, "each").grams == Approx(96));
    // 11360200 Oat milk: 1.5 µg/100 g, "1 cup" 244 g. Unknown before FNDDS.
    const Outcome oat = selenium("oat milk", 1, "cup");
    CHECK(oat.id == "fndds:11360200");
    CHECK(oat.ug == Approx(3.66));
    CHECK(oat.note == "'oat milk' counted as fndds:11360200 (Oat milk), the food as eaten (FNDDS: a recipe calculation)");
    // 58137210 Pad Thai, NFS: 8.9 µg/100 g, "1 cup" 200 g.
    CHECK(selenium("Pad Thai", 2, "cups").ug == Approx(35.6));
    // 58104700 Quesadilla, NFS, not SR28's only entry with the word, a Salvadoran sweet bread.
    CHECK(name_match("quesadilla").food->id == "fndds:58104700");
    // "Chicken nuggets, NFS" before SR28's fast-food entry whose words include it.
    CHECK(name_match("chicken nuggets").food->id == "fndds:24198729");
}

TEST_CASE("fndds names: an alias or an SR28 description or common name stays SR28") {
    CHECK(name_match("milk").food->id == "01077");  // the alias, not fndds:11100000 Milk, NFS
    CHECK(name_match("brazil nuts").food->id == "12078");  // the alias, not fndds:42102000 Brazil nuts
    CHECK(name_match("Egg, whole, raw, fresh").food->id == "01123");  // an SR28 description
    CHECK(name_match("Egg, whole, raw").food->id == "fndds:31101010");  // an FNDDS one
    CHECK(name_match("hummus").food->source == seck::FoodSource::Sr28);
}

TEST_CASE("fndds names: a description whose kinds differ over 2x in selenium is no answer") {
    // fndds:42110000 "Mixed nuts, NFS" (73.8), but the mixed nuts of FNDDS run 57.3 to 147.1
    // µg/100 g and SR28's 3.7 to 421.5: still refused. So are nuts and sandwich.
    for (const char* name : {"mixed nuts", "nuts", "sandwich"}) {
        INFO(name);
        CHECK(name_match(name).food == nullptr);
    }
}

TEST_CASE("fndds names: where SR28 has no entry, the FNDDS foods with every word if they agree") {
    // 92161000 Coffee, Cappuccino and its 5 variants: 0.3 to 1.0 µg/100 g, within 1 µg.
    const Outcome cappuccino = selenium("cappuccino", 1, "small");  // "1 small" 360 g x 0.9
    CHECK(cappuccino.id == "fndds:92161000");
    CHECK(cappuccino.ug == Approx(3.24));
    CHECK(cappuccino.note ==
          "'cappuccino' counted as fndds:92161000 (Coffee, Cappuccino), one of 6 foods as eaten whose words include "
          "it and whose selenium is within 10 % (or 1 µg/100 g) of each other (FNDDS: a recipe calculation)");
    // "Edensoy", an other name (2017-2018) of 11320000 Soy milk, sweetened, only.
    const Outcome edensoy = selenium("edensoy", 1, "cup");  // 244 g x 1.8
    CHECK(edensoy.id == "fndds:11320000");
    CHECK(edensoy.ug == Approx(4.392));
    CHECK(edensoy.note ==
          "'edensoy' counted as fndds:11320000 (Soy milk, sweetened), the only food as eaten whose words include it "
          "(FNDDS: a recipe calculation)");
    // 16 fruit smoothies, with dairy or without, with protein or vegetables: refused with the best five.
    // (37 lattes were too, till the alias 'latte' named the plain one, 2% or whole milk.)
    CHECK(selenium("fruit smoothie", 1, "cup").error ==
          "food 'fruit smoothie' fits 16 foods as eaten (FNDDS) whose selenium differs: fndds:64134015 (Fruit "
          "smoothie, with whole fruit, no dairy), fndds:64134025 (Fruit smoothie, with whole fruit, non-dairy), "
          "fndds:64134020 (Fruit smoothie, with whole fruit, no dairy, added protein), fndds:78101100 (Fruit and "
          "vegetable smoothie, with dairy), fndds:78101115 (Fruit and vegetable smoothie, non-dairy) and 11 more; "
          "write the one you mean as fndds:NNNNNNNN");
    CHECK(name_match("latte").food->id == "fndds:92101900");
}

TEST_CASE("fndds names: seck foods lists the alias, then the FNDDS description the words are") {
    const seck::FoodTable table;
    const seck::NameMatcher names(table);
    const auto grilled = names.search("grilled cheese sandwich");
    REQUIRE(grilled.size() >= 2);
    CHECK(grilled[0]->id == "fndds:14640100");
    const auto milk = names.search("milk");
    REQUIRE(milk.size() >= 2);
    CHECK(milk[0]->id == "01077");
    CHECK(milk[1]->id == "fndds:11100000");
}

TEST_CASE("fndds names: where SR28 has only products with the words, the foods as eaten") {
    // Before FNDDS, "ham and cheese sandwich" was a frozen HOT POCKET (usda:22537): a brand the
    // name does not say. The FNDDS sandwiches with its words run from 22.6 to 28.5 µg/100 g.
    CHECK(selenium("ham and cheese sandwich", 1, "").error ==
          "food 'ham and cheese sandwich' fits 6 foods as eaten (FNDDS) whose selenium differs: fndds:27520220 (Ham "
          "sandwich on white, with cheese), fndds:27520240 (Ham sandwich on wheat, with cheese), fndds:27520260 (Ham "
          "sandwich or sub, with cheese, restaurant), fndds:27580120 (Turkey and ham sandwich on white, with cheese), "
          "fndds:27580140 (Turkey and ham sandwich on wheat, with cheese) and 1 more; write the one you mean as "
          "fndds:NNNNNNNN");
    // Refused before ("fits 24 entries", all fast food): 27510155 Cheeseburger, NFS, 23.6 µg/100 g,
    // "1 cheeseburger" and "Quantity not specified" 165 g.
    const Outcome burger = selenium("cheeseburger", 1, "");
    CHECK(burger.id == "fndds:27510155");
    CHECK(burger.grams == 165);
    CHECK(burger.ug == Approx(38.94));
    // Where the foods as eaten with the name's words disagree, the plainest dish of them (the
    // fewest words beyond the name's, then the nearest the dishes' median), if the dishes are
    // within 2.5x of each other and it is within 30 % of their median; no variant the name does
    // not say ("meatless"): "fried rice" is 58150310 Rice, fried, NFS (8.3; the five run
    // 8.3-14.5), not SR28's restaurant dish; "turkey sandwich" is not a fast-food sub with roast
    // beef and ham.
    CHECK(name_match("fried rice").food->id == "fndds:58150310");
    CHECK(name_match("fried rice").note ==
          "'fried rice' counted as fndds:58150310 (Rice, fried, NFS), the plainest of 5 foods as eaten with its words, "
          "which have 8.3-14.5 µg/100 g: name the kind for a closer figure (FNDDS: a recipe calculation)");
    CHECK(name_match("turkey sandwich").food->id == "fndds:27540010");  // Turkey sandwich on white, 18.3
    CHECK(name_match("cheese pizza").food->id == "fndds:58106210");     // restaurant, NS as to crust, 19.9
    // Kinds that differ more are still refused: sushi runs 4.2-34.8; a name of one word is no dish.
    CHECK(name_match("sushi").food == nullptr);
    // A dish is one whose description starts with the name or is the name's last word alone:
    // "chicken burrito" is 58102510 Burrito, chicken, cheese (22), not "Burrito bowl, chicken".
    CHECK(name_match("chicken burrito").food->id == "fndds:58102510");
    CHECK(name_match("steak").food == nullptr);
    CHECK(name_match("cheerios").food->id == "08013");  // a brand the name says
}
