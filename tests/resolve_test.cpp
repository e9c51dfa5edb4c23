// Amounts, units and foods to micrograms of selenium, checked against hand-worked USDA figures.
#include "seck/resolve.h"

#include <catch2/catch.hpp>
#include <string>

namespace {

// µg of selenium for `amount` `unit` of `food`, or the error text.
struct Outcome {
    double ug = -1;
    std::string error;
};

Outcome selenium(const std::string& food, double amount, const std::string& unit) {
    static const seck::FoodTable table;
    seck::Resolver resolver(table);
    Outcome out;
    seck::Resolved resolved{};
    if (resolver.resolve(food, unit, &resolved, &out.error)) out.ug = amount * resolved.ug_per_unit;
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
    CHECK(amount_error("1,5") == "amount '1,5' is not a number (write decimals with a dot: 1.5)");
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
          "unknown food 'brazil nutz': write its USDA description or common name, or usda:NNNNN "
          "(find it with: seck foods WORDS)");
    CHECK(selenium("usda:01108", 1, "g").error ==
          "usda:01108 (Milk, indian buffalo, fluid) has no selenium value in the food table (missing is not zero)");
    CHECK(selenium("oatmeal", 1, "cup").error ==
          "food 'oatmeal' matches 3 entries: usda:08120 (Cereals, oats, regular and quick, not fortified, dry), "
          "usda:08121 (Cereals, oats, regular and quick, unenriched, cooked with water (includes boiling and "
          "microwaving), without salt), usda:08128 (Cereals, oats, instant, fortified, with cinnamon and spice, "
          "dry); write the one you mean as usda:NNNNN");
}

TEST_CASE("units the food does not have are refused with its units") {
    CHECK(selenium("usda:12078", 1, "slice").error ==
          "unknown unit 'slice' for usda:12078 (Nuts, brazilnuts, dried, unblanched); use g, kg, mg, oz, lb or "
          "one of: \"cup, whole\" (133 g), \"kernel\" (5 g), \"oz (6 kernels)\" (28.35 g)");
    CHECK(selenium("usda:12078", 1, "").error ==
          "missing unit for usda:12078 (Nuts, brazilnuts, dried, unblanched); use g, kg, mg, oz, lb or "
          "one of: \"cup, whole\" (133 g), \"kernel\" (5 g), \"oz (6 kernels)\" (28.35 g)");
    CHECK(selenium("usda:11090", 1, "cup").error ==
          "unit 'cup' matches several measures of usda:11090 (Broccoli, raw): \"cup chopped\" (91 g), "
          "\"cup, chopped or diced\" (88 g); write one in full");
    CHECK(selenium("usda:11090", 1, "Cup Chopped").ug == Approx(91 * 0.025));
}

TEST_CASE("long user text is cut in messages") {
    const std::string food(5000, 'x');
    CHECK(selenium(food, 1, "g").error ==
          "unknown food 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx…' (5000 bytes): write its USDA description or "
          "common name, or usda:NNNNN (find it with: seck foods WORDS)");
    CHECK(seck::quoted("a\tb\nc\x1b") == "'a\\tb\\nc\\x1b'");
    CHECK(seck::quoted("caf\xC3\xA9" + std::string(38, 'e')) ==
          "'caf\xC3\xA9" + std::string(35, 'e') + "…' (43 bytes)");
}
