// Amounts, units and foods to micrograms of selenium, checked against hand-worked USDA figures.
#include "seck/resolve/resolve.h"

#include <catch2/catch.hpp>
#include <string>

namespace {

// µg of selenium for `amount` `unit` of `food`, or the error text.
struct Outcome {
    double ug = -1;
    double grams = -1;
    std::string id, note, error;
};

Outcome selenium(const std::string& food, double amount, const std::string& unit) {
    static const seck::FoodTable table;
    seck::Resolver resolver(table);
    Outcome out;
    if (const seck::Resolved* resolved = resolver.resolve(food, unit, &out.error)) {
        out.ug = amount * resolved->ug_per_unit;
        out.grams = amount * resolved->grams_per_unit;
        out.id = resolved->food ? std::string(resolved->food->id) : "";
        out.note = resolved->note;
    }
    return out;
}

std::string amount_error(std::string_view text) {
    double value = 0;
    std::string err;
    CHECK_FALSE(seck::parse_amount(text, &value, &err));
    return err;
}

}  // namespace

TEST_CASE("amounts are non-negative decimals") {
    double value = -1;
    std::string err;
    for (auto [text, expected] :
         {std::pair{"2", 2.0}, {"0.5", 0.5}, {".5", 0.5}, {"5.", 5.0}, {"0", 0.0}, {"007", 7.0}}) {
        INFO(text);
        CHECK(seck::parse_amount(text, &value, &err));
        CHECK(value == expected);
    }
    CHECK(amount_error("-1") == "amount '-1' is negative");
    CHECK(amount_error("abc") == "amount 'abc' is not a number");
    CHECK(amount_error("NaN") == "amount 'NaN' is not a finite number");
    CHECK(amount_error("inf") == "amount 'inf' is not a finite number");
    CHECK(amount_error("-Infinity") == "amount '-Infinity' is not a finite number");
    CHECK(amount_error("1,5") == "amount '1,5' is not a number (write decimals with a dot: 1.5, or give --decimal-comma)");
    CHECK(amount_error("1e3") == "amount '1e3' is not a number");
    CHECK(amount_error("1.2.3") == "amount '1.2.3' is not a number");
    CHECK(amount_error(".") == "amount '.' is not a number");
    CHECK(amount_error("+1") == "amount '+1' is not a number");
    CHECK(amount_error("1" + std::string(400, '0')) ==
          "amount '1000000000000000000000000000000000000000…' "
          "(401 bytes) is too large");
}

TEST_CASE("household measures: the Brazil nut, the egg, the chicken breast") {
    // 12078: 5.0 g a kernel at 1917 µg/100 g = 95.85 µg a kernel.
    CHECK(selenium("usda:12078", 1, "kernel").ug == Approx(95.85));
    CHECK(selenium("usda:12078", 2, "kernel").ug == Approx(191.7));
    CHECK(selenium("brazil nuts", 2, "KERNEL").ug == Approx(191.7));
    // 01123: 50 g a large egg at 30.7 µg/100 g = 15.35 µg.
    CHECK(selenium("usda:01123", 1, "large").ug == Approx(15.35));
    CHECK(selenium("usda:1123", 1, "large").ug == Approx(15.35));
    CHECK(selenium("Egg, whole, raw, fresh", 1, "large").ug == Approx(15.35));
    // 05064: 3 oz = 85.048569 g at 27.6 µg/100 g = 23.4734 µg.
    CHECK(selenium("usda:05064", 3, "oz").ug == Approx(23.4734051475));
    // Full measure text, and its first word where that is unambiguous.
    CHECK(selenium("usda:12078", 1, "cup, whole").ug == Approx(133 * 19.17));
    CHECK(selenium("usda:12078", 1, "cup").ug == Approx(133 * 19.17));
    CHECK(selenium("usda:12078", 1, "oz (6 kernels)").ug == Approx(28.35 * 19.17));
    // 05064 lists 0.5 "breast, bone and skin removed" as 86 g: one is 172 g.
    CHECK(selenium("usda:05064", 1, "breast").ug == Approx(172 * 0.276));
}

TEST_CASE("mass units always mean mass") {
    CHECK(selenium("usda:12078", 10, "g").ug == Approx(191.7));
    CHECK(selenium("usda:12078", 0.01, "kg").ug == Approx(191.7));
    CHECK(selenium("usda:12078", 10000, "mg").ug == Approx(191.7));
    CHECK(selenium("usda:12078", 1, "lb").ug == Approx(453.59237 * 19.17));
    // 15121 lists an "oz" measure of 28.35 g; oz is still 28.349523125 g.
    CHECK(selenium("usda:15121", 1, "oz").ug == Approx(28.349523125 * 0.706));
}

TEST_CASE("micrograms are selenium itself, whatever the food") {
    CHECK(selenium("selenium supplement", 200, "mcg").ug == 200);
    CHECK(selenium("anything", 55, "µg").ug == 55);
    CHECK(selenium("anything", 55, "\u03bcg").ug == 55);
    CHECK(selenium("anything", 55, "UG").ug == 55);
}

TEST_CASE("foods that cannot be resolved are refused with the choices") {
    CHECK(selenium("usda:99999", 1, "g").error == "unknown food id 'usda:99999' (find ids with: seck foods WORDS)");
    CHECK(selenium("usda:123456", 1, "g").error ==
          "'usda:123456' is not a USDA id (write usda: and the NDB number, e.g. usda:12078)");
    CHECK(selenium("usda:abc", 1, "g").error ==
          "'usda:abc' is not a USDA id (write usda: and the NDB number, e.g. usda:12078)");
    CHECK(selenium("brazil nutz", 1, "g").error ==
          "unknown food 'brazil nutz'; did you mean brazil nuts = usda:12078 (Nuts, brazilnuts, dried, unblanched), "
          "usda:25021 (Formulated bar, LUNA BAR, NUTZ OVER CHOCOLATE)?");
    CHECK(selenium("mixed nutz", 1, "oz")
              .error.rfind("unknown food 'mixed nutz'; did you mean usda:12138 (Nuts, mixed "
                           "nuts, oil roasted, without peanuts",
                           0) == 0);
    CHECK(selenium("xyzzy plugh", 1, "g").error ==
          "unknown food 'xyzzy plugh': write a food name or usda:NNNNN (find it with: seck foods WORDS)");
    CHECK(selenium("usda:01108", 1, "g").error ==
          "usda:01108 (Milk, indian buffalo, fluid) has no selenium value in the food table (missing is not zero)");
    // A generic word lists the kinds people log (aliases), richest in selenium first.
    CHECK(selenium("cheese", 1, "oz").error ==
          "food 'cheese' is too general (kinds differ up to 50x in selenium); name the kind, e.g. parmesan cheese = "
          "usda:01032 (Cheese, parmesan, grated), swiss cheese = usda:01040 (Cheese, swiss), cheddar cheese = "
          "usda:01009 (Cheese, cheddar), part skim mozzarella = usda:01029 (Cheese, mozzarella, low moisture, "
          "part-skim), american cheese = usda:01042 (Cheese, pasteurized process, American, fortified with vitamin "
          "D) and 17 more kinds; write the kind you mean (find others with: seck foods WORDS)");
    CHECK(selenium("seafood", 1, "oz").error ==
          "food 'seafood' is too general (kinds differ up to 50x in selenium); name the kind (find it with: seck "
          "foods WORDS)");
    CHECK(selenium("bran", 30, "g").error ==
          "food 'bran' is too general (kinds differ up to 50x in selenium); name the kind, e.g. wheat bran = "
          "usda:20077 (Wheat bran, crude), rice bran = usda:20060 (Rice bran, crude), all bran = usda:08001 "
          "(Cereals ready-to-eat, KELLOGG, KELLOGG'S ALL-BRAN Original), oat bran = usda:20034 (Oat bran, cooked), "
          "raisin bran = usda:08060 (Cereals ready-to-eat, KELLOGG, KELLOGG'S RAISIN BRAN); write the kind you "
          "mean (find others with: seck foods WORDS)");
    CHECK(selenium("deli meat", 2, "oz").error ==
          "food 'deli meat' is too general (kinds differ up to 50x in selenium); name the kind, e.g. deli roast beef "
          "= usda:07043 (Roast beef, deli style, prepackaged, sliced); write the kind you mean (find others with: "
          "seck foods WORDS)");
}

TEST_CASE("units the food does not have are refused with its units") {
    CHECK(selenium("usda:12078", 1, "slice").error ==
          "unknown unit 'slice' for usda:12078 (Nuts, brazilnuts, dried, unblanched); use g, kg, mg, oz, lb or "
          "one of: \"cup, whole\" (133 g), \"kernel\" (5 g), \"oz (6 kernels)\" (28.35 g)");
    CHECK(selenium("usda:01008", 1, "").error ==
          "missing unit for usda:01008 (Cheese, caraway); use g, kg, mg, oz or lb (it has no household measures)");
    // American cheese has "cup, diced", "cup, shredded" and "cup, melted", and no default cup:
    // the first USDA lists is counted (140 g at 20.2 µg/100 g = 28.28 µg), with a note.
    const Outcome cheese = selenium("usda:01253", 1, "cup");
    CHECK(cheese.grams == 140);
    CHECK(cheese.ug == Approx(28.28));
    CHECK(cheese.note ==
          "unit 'cup' of usda:01253 (Cheese, pasteurized process, American, without added vitamin D) counted as "
          "\"cup, diced\" (140 g), the first of its 3 such measures; write another in full if meant: \"cup, "
          "shredded\" (113 g), \"cup, melted\" (244 g)");
    CHECK(selenium("usda:11090", 1, "Cup Chopped").ug == Approx(91 * 0.025));
}

TEST_CASE("long user text is cut in messages") {
    const std::string food(5000, 'x');
    CHECK(selenium(food, 1, "g").error ==
          "unknown food 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' (5000 bytes): write a food name or usda:NNNNN "
          "(find it with: seck foods WORDS)");
    CHECK(seck::quoted("a\tb\nc\x1b") == "'a\\tb\\nc\\x1b'");
    CHECK(seck::quoted("caf\xC3\xA9" + std::string(38, 'e')) ==
          "'caf\xC3\xA9" + std::string(35, 'e') + "…' (43 bytes)");
}

TEST_CASE("units as people write them") {
    // Plurals and synonyms.
    CHECK(selenium("usda:18075", 2, "slices").grams == 64);
    CHECK(selenium("usda:16098", 1, "Tablespoons").grams == 16);
    CHECK(selenium("usda:12078", 10, "grams").ug == Approx(191.7));
    CHECK(selenium("usda:12078", 1, "ounces").grams == Approx(28.349523125));
    CHECK(selenium("usda:12078", 1, "pounds").grams == Approx(453.59237));
    CHECK(selenium("usda:12078", 1, "lbs").grams == Approx(453.59237));
    // A nut is a kernel; the food itself, or "each", is its default portion.
    CHECK(selenium("brazil nuts", 2, "nuts").ug == Approx(191.7));
    CHECK(selenium("usda:12078", 2, "nut").ug == Approx(191.7));
    CHECK(selenium("egg", 2, "eggs").ug == Approx(30.7));
    CHECK(selenium("banana", 3, "each").grams == Approx(3 * 118));
    // Size words by their leading words, also after the food's own name.
    CHECK(selenium("banana", 1, "medium").grams == 118);      // medium (7" to 7-7/8" long)
    CHECK(selenium("usda:11674", 1, "medium").grams == 173);  // potato medium
    // A measure's first word picks the alias's default where several start with it.
    CHECK(selenium("spaghetti", 1, "cup").grams == 124);  // cup spaghetti not packed
    CHECK(selenium("penne", 1, "cup").grams == 107);      // cup penne
    CHECK(selenium("broccoli", 1, "cup").grams == 156);   // cooked broccoli: "cup, chopped" is its only cup
    // ... and the one the name says, beyond the entry's own words: "cup, sliced", not "cup, mashed".
    const Outcome sliced = selenium("Bananas, sliced", 1, "cup");
    CHECK(sliced.grams == 150);
    CHECK(sliced.note.find("unit 'cup' of usda:09040 (Bananas, raw) counted as \"cup, sliced\" (150 g), as the name "
                           "says 'sliced'") != std::string::npos);
    CHECK(selenium("banana", 1, "cup").grams == 225);  // (no word says: the first, "cup, mashed")
    CHECK(selenium("Macaroni, enriched, cooked", 1, "cup").grams == 120);  // alias 'macaroni': cup elbows not packed
    // Volumes through the food's density: whole milk's cup is 244 g.
    CHECK(selenium("milk", 250, "ml").grams == Approx(250 * 244 / 236.5882365));
    CHECK(selenium("milk", 1, "l").grams == Approx(1000 * 244 / 236.5882365));
    CHECK(selenium("usda:12078", 100, "ml").grams == Approx(100 * 133 / 236.5882365));  // by its "cup, whole"
    CHECK(selenium("usda:01008", 1, "ml").error ==
          "unit 'ml' is a volume, but usda:01008 (Cheese, caraway) has no cup, fl oz, tbsp or tsp measure to weigh it "
          "by; use g, kg, mg, oz or lb (it has no household measures)");
}

TEST_CASE("a µg unit is selenium itself, and says so when the food is not selenium") {
    CHECK(selenium("selenium supplement", 200, "mcg").note == "");
    const Outcome b12 = selenium("vitamin b12", 1000, "mcg");
    CHECK(b12.ug == 1000);
    CHECK(b12.note ==
          "'vitamin b12' in mcg counted as selenium itself (mcg is micrograms of selenium, whatever the "
          "food); give a weight to count the food");
}

TEST_CASE("a blank unit needs a default portion from the alias list") {
    // USDA's first measure of roast turkey is the whole bird (3812 g): never a silent default.
    CHECK(selenium("turkey", 1, "").error ==
          "missing unit for usda:05168 (Turkey, whole, meat only, cooked, roasted); use g, kg, mg, oz, lb or one of: "
          "\"bird\" (3812 g)");
}

TEST_CASE("a blank unit is one default portion, and says so") {
    const Outcome egg = selenium("egg", 2, "");
    CHECK(egg.id == "01123");
    CHECK(egg.grams == 100);
    CHECK(egg.ug == Approx(30.7));
    CHECK(egg.note == "no unit for 'egg': each counts as one \"large\" (50 g), its default portion");
    CHECK(selenium("usda:12078", 1, "").ug == Approx(95.85));
}

TEST_CASE("names with a state or form resolve to that entry's selenium") {
    // 05011 raw chicken meat: 15.7 µg/100 g.
    CHECK(selenium("raw chicken", 100, "g").ug == Approx(15.7));
    // 01091 nonfat dry milk: tbsp 4.6 g (23 g / 5) at 27.3 µg/100 g: 2 tbsp = 2.5116 µg.
    CHECK(selenium("powdered milk", 2, "tbsp").ug == Approx(2.5116));
    // 15169 cooked oysters: 3 oz = 85.048569375 g at 39.5 µg/100 g = 33.5942 µg (raw 15167: 16.75).
    CHECK(selenium("cooked oysters", 3, "oz").ug == Approx(85.048569375 * 0.395));
    // 15221 yellowfin tuna, cooked dry heat: 108.2 µg/100 g (canned light 15121 has 70.6).
    CHECK(selenium("fresh tuna", 100, "g").ug == Approx(108.2));
    // 20120 dry pasta: 63.2 µg/100 g; 20044 raw rice: cup 185 g at 15.1 = 27.935 µg.
    CHECK(selenium("dry pasta", 100, "g").ug == Approx(63.2));
    CHECK(selenium("raw rice", 1, "cup").ug == Approx(27.935));
    // 08013 CHEERIOS: cup 28 g at 24.9 = 6.972 µg.
    CHECK(selenium("cheerios", 1, "cup").ug == Approx(6.972));
    // 01123 a whole egg: 50 g at 30.7 = 15.35 µg.
    CHECK(selenium("whole eggs", 1, "").ug == Approx(15.35));
}

TEST_CASE("unit words people write: c, T, t, glass, dozen, piece, micrograms, cup fractions") {
    // 09316 strawberries: "cup, halves" (152 g) is the first of four cups; 0.4 µg/100 g.
    const Outcome berries = selenium("strawberries", 1, "cup");
    CHECK(berries.grams == 152);
    CHECK(berries.ug == Approx(0.608));
    CHECK(berries.note.rfind("unit 'cup' of usda:09316 (Strawberries, raw) counted as \"cup, halves\" (152 g)", 0) ==
          0);
    // c = cup, T = tbsp, t = tsp (case matters for T and t).
    CHECK(selenium("milk", 1, "c").grams == 244);
    CHECK(selenium("peanut butter", 2, "T").grams == 32);  // 16098: tbsp 16 g
    CHECK(selenium("sugar", 1, "t").grams == Approx(4.2));  // 19335: tsp 4.2 g
    // A glass is 8 fl oz (a US cup), by the food's density, with a note: milk 244 g at 3.7 = 9.028 µg.
    const Outcome glass = selenium("milk", 1, "glass");
    CHECK(glass.grams == Approx(244));
    CHECK(glass.ug == Approx(9.028));
    CHECK(glass.note == "a glass of 'milk' counted as 8 fl oz (1 cup, 236.6 ml)");
    CHECK(selenium("milk", 2, "glasses").grams == Approx(488));
    // A dozen is twelve default portions: 12 large eggs = 600 g at 30.7 = 184.2 µg.
    CHECK(selenium("eggs", 1, "dozen").ug == Approx(184.2));
    // A piece is a slice when the food has slices and no piece: pizza 21299 slice 107 g at 19.9.
    const Outcome pizza = selenium("pizza", 1, "piece");
    CHECK(pizza.grams == 107);
    CHECK(pizza.ug == Approx(21.293));
    CHECK(pizza.note ==
          "'piece' of usda:21299 (Fast Food, Pizza Chain, 14\" pizza, cheese topping, regular crust) counted as its "
          "slice");
    CHECK(selenium("bread", 2, "pcs").grams == 58);  // 18069: its default slice, 29 g
    // micrograms are µg of selenium.
    CHECK(selenium("selenium supplement", 200, "micrograms").ug == 200);
    CHECK(selenium("selenium supplement", 1, "microgram").ug == 1);
    // A measure whose text gives a cup fraction gives the density: ice cream 19095 "serving 1/2
    // cup" = 66 g, so a cup is 132 g at 1.8 µg/100 g = 2.376 µg.
    CHECK(selenium("ice cream", 1, "cup").grams == Approx(132));
    CHECK(selenium("ice cream", 1, "cup").ug == Approx(2.376));
}

TEST_CASE("a name found only as an entry without selenium says so in one sentence") {
    CHECK(selenium("sofrito", 1, "tbsp").error ==
          "'sofrito' is only found as usda:06142 (Sauce, sofrito, prepared from recipe), which has no selenium value "
          "in the food table (missing is not zero)");
    CHECK(selenium("feijoa", 1, "").error ==
          "'feijoa' is only found as usda:09334 (Feijoa, raw), which has no selenium value in the food table "
          "(missing is not zero)");
    // A brand the name does not say is no answer, even the only one.
    CHECK(selenium("mini wheats", 1, "").error.rfind("food 'mini wheats' is only in branded products: usda:08031 "
                                                      "(Cereals ready-to-eat, KELLOGG'S FROSTED MINI-WHEATS, Big Bite), ",
                                                      0) == 0);
}

TEST_CASE("a default portion that --foods took away: the first measure that starts with the unit, and says so") {
    // The alias "brazil nuts" gives 12078's default portion, "kernel"; this entry has no
    // "kernel", only "kernel, large" (6 g) and "kernel, small" (4 g).
    seck::FoodTable::Builder builder;
    std::string err;
    REQUIRE(builder.add_user_foods(R"({"foods": [
        {"id": "12078", "description": "Brazil nuts, sized kernels", "selenium_ug_per_100g": 1917,
         "portions": [{"unit": "kernel, large", "grams": 6}, {"unit": "kernel, small", "grams": 4}]}]})",
                                   "kernel_sizes.json", &err));
    const auto table = builder.build();
    seck::Resolver resolver(*table);
    const std::string note =
        "unit 'kernel' of usda:12078 (Brazil nuts, sized kernels) counted as \"kernel, large\" (6 g), the first of "
        "its 2 such measures; write another in full if meant: \"kernel, small\" (4 g)";
    for (const char* food : {"brazil nuts", "usda:12078"}) {
        INFO(food);
        const seck::Resolved* kernel = resolver.resolve(food, "kernel", &err);
        REQUIRE(kernel);
        CHECK(kernel->grams_per_unit == 6);
        CHECK(kernel->ug_per_unit == Approx(6 * 19.17));
        CHECK(kernel->measure == "kernel, large (6 g)");
        CHECK(kernel->note == note);
    }
    const seck::Resolved* small = resolver.resolve("brazil nuts", "kernel small", &err);
    REQUIRE(small);
    CHECK(small->grams_per_unit == 4);
    CHECK(small->note == "");
    // No unit, or "each": one default portion, which the food no longer has.
    const std::string measures = "use g, kg, mg, oz, lb or one of: \"kernel, large\" (6 g), \"kernel, small\" (4 g)";
    CHECK_FALSE(resolver.resolve("brazil nuts", "", &err));
    CHECK(err == "missing unit for usda:12078 (Brazil nuts, sized kernels); " + measures);
    CHECK_FALSE(resolver.resolve("brazil nuts", "each", &err));
    CHECK(err == "usda:12078 (Brazil nuts, sized kernels) has no default portion: give a unit; " + measures);
}

TEST_CASE("a can of a food is the food canned, by the can's weight, the size the unit says, or a standard can") {
    // 16058 chickpeas canned, solids and liquids: "can (total can contents)" 448 g at 2.0 µg/100 g.
    const Outcome chickpeas = selenium("chickpeas", 1, "tin");
    CHECK(chickpeas.id == "16058");
    CHECK(chickpeas.grams == 448);
    CHECK(chickpeas.ug == Approx(8.96));
    CHECK(chickpeas.note ==
          "a can of 'chickpeas' counted as usda:16058 (Chickpeas (garbanzo beans, bengal gram), mature seeds, canned, "
          "solids and liquids), canned");
    // Drained: 16358, "can drained" 253 g at 3.1 = 7.843 µg.
    const Outcome drained = selenium("chickpeas, drained", 1, "can");
    CHECK(drained.id == "16358");
    CHECK(drained.ug == Approx(7.843));
    // 16018 black beans canned has no can measure: a standard 400 g can at 1.3 = 5.2 µg; 240 g drained.
    const Outcome beans = selenium("black beans", 1, "can");
    CHECK(beans.id == "16018");
    CHECK(beans.grams == 400);
    CHECK(beans.ug == Approx(5.2));
    CHECK(beans.note ==
          "a can of 'black beans' counted as usda:16018 (Beans, black turtle, mature seeds, canned), canned; a can of "
          "'black beans' counted as 400 g, a standard (14 oz) can (USDA gives no can weight for it): write the weight "
          "if yours differs");
    CHECK(selenium("black beans, drained and rinsed", 1, "can").grams == 240);
    // The size the unit says: 15 oz = 425.24 g; 400g; a drink's 330 ml by its density (cola
    // 14148: "fl oz" 30.7 g, so 330 ml = 342.57 g).
    CHECK(selenium("black beans", 1, "(15 oz) can").grams == Approx(425.2428));
    CHECK(selenium("chopped tomatoes", 1, "400g tin").grams == 400);
    CHECK(selenium("chopped tomatoes", 1, "400g tin").id == "11531");
    CHECK(selenium("coke", 1, "330ml can").grams == Approx(342.57).epsilon(1e-4));
    CHECK(selenium("kidney beans", 1, "can 400 g").grams == 400);
    // A name that is canned already keeps its entry and its can: 15121 tuna, can 165 g.
    const Outcome tuna = selenium("tuna", 1, "can");
    CHECK(tuna.id == "15121");
    CHECK(tuna.grams == 165);
    CHECK(tuna.note.empty());
}

TEST_CASE("a food cut as a recipe cuts it is the raw food, and a clause of how it was prepared or brackets are left out") {
    // 11507 Sweet potato, raw, unprepared: "cup, cubes" 133 g at 0.6 µg/100 g = 0.798 µg (the
    // alias's 11508 is baked).
    const Outcome potato = selenium("sweet potato, peeled and cubed", 1, "cup");
    CHECK(potato.id == "11507");
    CHECK(potato.grams == 133);
    CHECK(potato.ug == Approx(0.798));
    CHECK(potato.note ==
          "'sweet potato, peeled and cubed' counted as usda:11507 (Sweet potato, raw, unprepared), not usda:11508 (Sweet "
          "potato, cooked, baked in skin, flesh, without salt): 'peeled' is said of a food before it is cooked");
    // Bought boneless: 05062 raw breast, 22.8 µg/100 g; 200 g = 45.6 µg. Cooked words keep the cooked entry.
    CHECK(selenium("boneless skinless chicken breast", 200, "g").ug == Approx(45.6));
    CHECK(selenium("grilled boneless chicken breast", 1, "g").id == "05064");
    CHECK(selenium("chopped cooked chicken", 1, "cup").id == "05013");
    // Nuts are bought roasted: chopped cashews stay 12585.
    CHECK(selenium("chopped cashews", 1, "oz").id == "12585");
    // A clause after a comma that says how it was prepared: 01001 butter, stick 113 g at 1.0 = 1.13 µg.
    const Outcome butter = selenium("butter, melted", 1, "stick");
    CHECK(butter.ug == Approx(1.13));
    CHECK(butter.note == "'butter, melted' counted as usda:01001 (Butter, salted) (read without 'melted': how it was "
                         "prepared)");
    CHECK(selenium("aubergine, cut into 2cm chunks", 100, "g").id == "11209");  // raw eggplant, 0.3
    // ... but a cooking word after a comma names the entry: "Ham, roasted" is 10873, not sliced ham.
    CHECK(selenium("Ham, roasted", 3, "oz").id == "10873");
    // Brackets: 19904 dark chocolate 70-85%, 6.8 µg/100 g.
    const Outcome chocolate = selenium("dark chocolate (70% cocoa solids)", 100, "g");
    CHECK(chocolate.ug == Approx(6.8));
    CHECK(chocolate.note == "'dark chocolate (70% cocoa solids)' counted as usda:19904 (Chocolate, dark, 70-85% cacao "
                            "solids) (read without '(70% cocoa solids)')");
    // Herbs are a category: refused, not herb tea.
    CHECK(selenium("fresh herbs", 1, "tbsp").error.rfind("food 'fresh herbs' is too general", 0) == 0);
}

TEST_CASE("of two measures that start with the unit, a volume is the one that fits the food's density") {
    // 01053 heavy cream: "cup, whipped" 120 g and "cup, fluid (yields 2 cups whipped)" 238 g;
    // its "tbsp" is 15 g, so a cup of it is 236.6 ml × 15/14.79 = 240 g: the fluid cup, 238 g at
    // 3.0 µg/100 g = 7.14 µg.
    const Outcome cream = selenium("heavy cream", 1, "cup");
    CHECK(cream.grams == 238);
    CHECK(cream.ug == Approx(7.14));
    CHECK(cream.note == "unit 'cup' of usda:01053 (Cream, fluid, heavy whipping) counted as \"cup, fluid (yields 2 "
                        "cups whipped)\" (238 g), the one of its 2 such measures that fits its density (its \"tbsp\": "
                        "15 g)");
    // A form the name says is kept when the rest is left out: 15035 smoked haddock, not cooked haddock.
    CHECK(selenium("smoked haddock fillets", 100, "g").id == "15035");
    // A can is never the raw food: canned tomatoes by the name before its comma, 14.5 oz.
    const Outcome tomatoes = selenium("diced tomatoes, undrained", 1, "(14.5 oz) can");
    CHECK(tomatoes.id == "11531");
    CHECK(tomatoes.grams == Approx(411.0681));
}

TEST_CASE("an ounce of a drink is a fluid ounce, as drinks are sold") {
    // 01077 whole milk: cup 244 g, so a fluid ounce is 30.5 g; 8 oz = 244 g at 3.7 = 9.028 µg.
    const Outcome milk = selenium("milk", 8, "oz");
    CHECK(milk.grams == Approx(244));
    CHECK(milk.ug == Approx(9.028));
    CHECK(milk.note == "'oz' of 'milk' counted as fluid ounces, as drinks are sold");
    // A food is weighed: 1 oz of cheddar is 28.35 g.
    CHECK(selenium("cheddar", 1, "oz").grams == Approx(28.349523125));
}

TEST_CASE("a handful is half a cup of fresh fruit or vegetables, else an ounce, and a mug is 10 fl oz") {
    // 09132 grapes: "cup" 151 g, so half a cup is 75.5 g.
    const Outcome grapes = selenium("grapes", 1, "handful");
    CHECK(grapes.grams == Approx(75.5));
    CHECK(grapes.note == "a handful of 'grapes' counted as half a cup (75.5 g)");
    CHECK(selenium("almonds", 1, "handful").grams == Approx(28.349523125));
    CHECK(selenium("raisins", 1, "handful").grams == Approx(28.349523125));
    // 14355 tea: "fl oz" 29.6 g, so a mug (295.7 ml) is 296 g.
    CHECK(selenium("tea", 1, "mug").grams == Approx(296).epsilon(1e-3));
}

TEST_CASE("grated cheese is measured as shredded") {
    // 01009 cheddar: "cup, shredded" 113 g (not the first cup, "cup, diced", 132 g); 1/2 cup at 28.5 = 16.1025 µg.
    const Outcome cheddar = selenium("grated cheddar", 0.5, "cup");
    CHECK(cheddar.grams == Approx(56.5));
    CHECK(cheddar.ug == Approx(16.1025));
    CHECK(cheddar.note == "'grated cheddar' counted as usda:01009 (Cheese, cheddar) (alias 'cheddar'); unit 'cup' of "
                          "usda:01009 (Cheese, cheddar) counted as \"cup, shredded\" (113 g), as the name says 'grated'");
}
