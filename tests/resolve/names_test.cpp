// Names as people write them: word rules, and a fixture of diary lines phrased as
// people write them, each with the entry and grams it must resolve to.
#include "seck/resolve/names.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "seck/resolve/resolve.h"

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
    CHECK(id("Ham, roasted") == "10873");                 // alias 'roasted ham': not the sliced lunchmeat
    CHECK(id("Steak, beef, bottom round, roasted") == "13407");  // alias 'beef bottom round steak'
    // "Halves" are how the fruit was cut: peach halves, canned in water, are canned peaches.
    CHECK(id("Peaches, halves, canned in water") == "09237");
    // The alias within a name picked by words gives its portion: macaroni is a cup of elbows.
    CHECK(names.match("Macaroni, enriched, cooked").unit == "cup elbows not packed");
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
    // ... and so do cutting and shopping words; where no alias is left, the entry the rest names.
    CHECK(id("finely chopped fresh parsley") == "11297");  // Parsley, fresh: not coriander
    CHECK(names.match("roughly chopped monkfish").note ==
          "'roughly chopped monkfish' counted as usda:15203 (Fish, monkfish, cooked, dry heat), the entry whose "
          "words include it (read without 'roughly chopped': how it was cut, sized or bought)");
    // Sizes are units, never dropped: a small egg is not a large one.
    CHECK(names.match("small egg").food == nullptr);
    // British, Irish and Australian spellings are USDA's words.
    CHECK(id("courgettes") == "11477");
    CHECK(id("tinned sardines") == "15088");
    CHECK(id("swede") == "11435");
    CHECK(id("chilli powder") == "02009");
    CHECK(id("kumara") == id("sweet potato"));
    CHECK(id("wholemeal bread") == id("whole wheat bread"));
    // An entry is the food its description starts with, not one the name's words are part of:
    // "brown sauce" is not "Potatoes, hash brown, ..., with butter sauce", "sausage roll" not
    // "Honey roll sausage"; but "hash brown potatoes" is "Potatoes, hash brown" (its words
    // together; "hash browns" alone is the food as eaten, by alias).
    CHECK(names.match("brown sauce").food == nullptr);
    CHECK(names.match("sausage roll").error.rfind("unknown food 'sausage roll'; did you mean ", 0) == 0);
    CHECK(id("hash brown potatoes") == "11370");
    // A nut by its own name is the nuts of that name: "macadamias" are "macadamia nuts" (12132).
    CHECK(id("macadamias") == "12132");
    CHECK(id("brazils") == "12078");
    // A food with another is no soup of them: "chicken with rice" is not "Soup, chicken with rice"
    // (refused with FNDDS's chicken and rice dishes, which differ); "sofrito" is "Sauce, sofrito".
    CHECK(names.match("chicken with rice").error.rfind("food 'chicken with rice' fits 17 foods as eaten (FNDDS) "
                                                       "whose selenium differs",
                                                       0) == 0);
    // A product whose head has a word before the name's is another food: "toast with butter" is
    // not "Fast foods, french toast with butter".
    CHECK(names.match("toast with butter").error ==
          "food 'toast with butter' is two foods ('toast' and 'butter'): write each on a line of its own");
    // ... but a dish of that name is the dish: FNDDS's baked potato with cheese, tea with milk.
    CHECK(std::string(names.match("jacket potato with cheese").food->id) == "fndds:71507020");
    CHECK(std::string(names.match("tea with milk").food->id) == "fndds:92306800");
    // Not an entry without what the name says: "lemon peel" is 09156, not "Lemons, raw, without peel".
    CHECK(id("lemon peel") == "09156");
    CHECK(id("hash browns") == "fndds:71404000");  // by alias: Potato, hash brown, NFS
    CHECK(id("roast turkey") == "05168");  // "Turkey roast, boneless, ..., roasted": the same words
    // Nor a form no one eats as it is ("curry" is no curry powder), nor a brand the name does not say.
    CHECK(names.match("curry").error.rfind("food 'curry' fits 12 foods as eaten (FNDDS) whose selenium differs: ", 0) ==
          0);
    // A product's own name, less the maker it repeats, is that product.
    CHECK(id("honey smacks") == "08071");  // "Cereals ready-to-eat, KELLOGG, KELLOGG'S HONEY SMACKS"
    // FNDDS's other names are often qualifiers ("whole wheat", "multigrain" of "French toast,
    // whole grain"): a name found through them alone is not that food.
    CHECK(names.match("multigrain toast")
              .error.rfind("food 'multigrain toast' fits 3 foods as eaten (FNDDS) whose selenium differs: "
                           "fndds:51601010 (Bread, multigrain, toasted)",
                           0) == 0);
    // No alcohol for a name that says none.
    CHECK(names.match("coffee with cream").food->description.find("Alcoholic") == std::string::npos);
    // Two foods in one name are two lines.
    CHECK(names.match("salt and pepper").error ==
          "food 'salt and pepper' is two foods ('salt' and 'pepper'): write each on a line of its own");
    CHECK(id("half and half") == "01049");
    // An alias in the order written: milk chocolate is not chocolate milk.
    CHECK(id("milk chocolate") == "19120");
    CHECK(id("chocolate milk") == "01102");
    // A word no entry or alias has is never dropped: "crab cocktail" is not a juice cocktail.
    CHECK(names.match("crab cocktail").error.rfind("unknown food 'crab cocktail'; did you mean crab = ", 0) == 0);
    // Prawns are shrimp, in every name: "prawn cocktail" is FNDDS's "Shrimp cocktail".
    CHECK(id("prawn cocktail") == "fndds:27150110");
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

TEST_CASE("the name's own words pick the common form: its aliases and their raw or cooked siblings") {
    const seck::FoodTable table;
    const seck::NameMatcher names(table);
    auto id = [&](std::string_view name) {
        const auto m = names.match(name);
        return m.food ? std::string(m.food->id) : "refused: " + m.error;
    };
    // An alias whose words are all in the name favours its entry (+4) and that entry's
    // family, the same description in another state (+3): the name's state word decides.
    CHECK(id("raw chicken") == "05011");   // chicken -> 05013 roasted; its raw sibling
    CHECK(id("halibut, raw") == "15036");  // Atlantic and Pacific, not Greenland
    CHECK(id("dry pasta") == "20120");     // pasta -> 20121 cooked; its dry sibling
    CHECK(id("raw rice") == "20044");
    CHECK(id("raw salmon") == "15236");
    for (auto egg : {"whole egg", "whole eggs", "Egg, whole", "raw egg"}) {
        INFO(egg);
        CHECK(id(egg) == "01123");  // not the scrambled or fried eggs other aliases name
    }
    // Only aliases the name contains count: "milk, fluid" is not the buttermilk alias.
    CHECK(id("milk, fluid") == "01077");
    CHECK(id("fluid milk") == "01077");
    CHECK(id("lowfat milk") == "01082");
    CHECK(id("low fat milk") == "01082");
    for (auto dry : {"powdered milk", "dried milk", "dry milk", "milk powder", "nonfat dry milk"}) {
        INFO(dry);
        CHECK(id(dry) == "01091");  // nonfat dry milk, not dessert topping or dried buttermilk
    }
    // A cooking word moves an alias whose entry is raw to its cooked sibling, with a note.
    const auto oysters = names.match("steamed oysters");
    REQUIRE(oysters.food);
    CHECK(oysters.food->id == "15169");
    CHECK(oysters.note ==
          "'steamed oysters' counted as usda:15169 (Mollusks, oyster, eastern, wild, cooked, moist heat), the "
          "cooked form of alias 'oysters'");
    CHECK(id("cooked oysters") == "15169");
    CHECK(id("cooked mushrooms") == "11261");  // boiled without salt, not with salt
    CHECK(id("Egg, cooked") == "01129");       // alias: hard-boiled
    for (auto tuna : {"fresh tuna", "cooked tuna", "Tuna, cooked"}) {
        INFO(tuna);
        CHECK(id(tuna) == "15221");  // yellowfin cooked, not canned light tuna
    }
    CHECK(id("raw tuna") == "15127");
    CHECK(id("raw chicken breast") == "05062");
    // Category words an alias names are not generic: "kidney beans".
    const auto beans = names.match("canned kidney beans");
    REQUIRE(beans.food);
    CHECK(beans.food->id == "16029");
    CHECK(beans.note ==
          "'canned kidney beans' counted as usda:16029 (Beans, kidney, all types, mature seeds, canned), the entry "
          "whose words include it");
    // A branded entry whose product name is the whole name is not penalised as branded.
    CHECK(id("cheerios") == "08013");
    // Still refused: generic words, however many entries they fit.
    for (auto generic : {"bran", "deli meat", "poultry", "fish fillet", "mixed nuts"}) {
        INFO(generic);
        CHECK(names.match(generic).food == nullptr);
    }
}

TEST_CASE("a word no food table has is read as the one word of the tables nearest it, and said") {
    const seck::FoodTable table;
    const seck::NameMatcher names(table);
    const seck::NameMatch bananna = names.match("bananna");
    REQUIRE(bananna.food != nullptr);
    CHECK(std::string(bananna.food->id) == "09040");
    CHECK(bananna.note == "'bananna' counted as usda:09040 (Bananas, raw): 'bananna' read as 'banana', the nearest word "
                          "of the food tables");
    // One edit for a word of 5-7 letters, two from 8; the word in the most entries ("tomato", not
    // FNDDS's Spanish "tomate"; "sandwich", not its one "sanwich").
    CHECK(std::string(names.match("tomatoe soup").food->id) == "fndds:74601000");
    CHECK(names.match("tomatoe soup").note ==
          "'tomatoe soup' counted as fndds:74601000 (Soup, tomato), the food as eaten (FNDDS: a recipe calculation) "
          "('tomatoe' read as 'tomato', the nearest word of the food tables)");
    CHECK(std::string(names.match("ham sandwhich").food->id) == "fndds:27520210");
    CHECK(std::string(names.match("brocolli").food->id) == "11091");
    // A word too far from any is not guessed: quorn is not corn.
    CHECK(names.match("quorn").error == "unknown food 'quorn': write a food name or usda:NNNNN (find it with: seck "
                                        "foods WORDS)");
    // A common misspelling is a spelling: "cappucino" is a cappuccino, not the Pepperidge Farm
    // Cappucino cookie whose other name has it.
    CHECK(std::string(names.match("cappucino").food->id) == "fndds:92161000");
}
