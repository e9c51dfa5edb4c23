// How much a line says, as people write it (quantity.h).
#include "seck/resolve/quantity.h"

#include <catch2/catch.hpp>
#include <string>

namespace {

// "AMOUNT|UNIT|NOTE" as read, or "error: MESSAGE".
std::string read(std::string_view text) {
    seck::Quantity q;
    std::string err;
    if (!seck::read_quantity(text, &q, &err)) return "error: " + err;
    return Catch::StringMaker<double>::convert(q.amount) + "|" + q.unit + "|" + q.note;
}

// "AMOUNT|UNIT|NAME" split from a food, or "-" if it does not start with an amount.
std::string split(std::string_view food) {
    seck::Quantity q;
    std::string name;
    if (!seck::split_food_quantity(food, &q, &name)) return "-";
    return Catch::StringMaker<double>::convert(q.amount) + "|" + q.unit + "|" + name;
}

// "AMOUNT|UNIT|NAME|NOTE" split from a food's end, or "-" if it does not end with a serving.
std::string split_end(std::string_view food) {
    seck::Quantity q;
    std::string name;
    if (!seck::split_food_serving(food, &q, &name)) return "-";
    return Catch::StringMaker<double>::convert(q.amount) + "|" + q.unit + "|" + name + "|" + q.note;
}

}  // namespace

TEST_CASE("amounts: decimals, fractions and words") {
    CHECK(read("2") == "2.0||");
    CHECK(read("0.5") == "0.5||");
    CHECK(read(".5") == "0.5||");
    CHECK(read("1/2") == "0.5||");
    CHECK(read("3/4") == "0.75||");
    CHECK(read("1 1/2") == "1.5||");
    CHECK(read("½") == "0.5||");
    CHECK(read("¼") == "0.25||");
    CHECK(read("1½") == "1.5||");
    CHECK(read("2 ¾") == "2.75||");
    CHECK(read("a") == "1.0||");
    CHECK(read("an") == "1.0||");
    CHECK(read("one") == "1.0||");
    CHECK(read("Twelve") == "12.0||");
    CHECK(read("half") == "0.5||");
    CHECK(read("a dozen") == "12.0||");
    CHECK(read("half a dozen") == "6.0||");
    CHECK(read("a couple") == "2.0||");
    CHECK(read("one and a half") == "1.5||");
}

TEST_CASE("amounts: a range is its middle, with a note") {
    CHECK(read("2-3") == "2.5||'2-3' is a range: counted as its middle, 2.5");
    CHECK(read("2 - 3") == "2.5||'2 - 3' is a range: counted as its middle, 2.5");
    CHECK(read("2–3") == "2.5||'2–3' is a range: counted as its middle, 2.5");
    CHECK(read("1 to 2 cups") == "1.5|cups|'1 to 2' is a range: counted as its middle, 1.5");
    CHECK(read("3-2") == "error: amount '3-2' is not a number");  // not a range: the second is smaller
}

TEST_CASE("amounts: a unit written with the amount") {
    CHECK(read("8 oz") == "8.0|oz|");
    CHECK(read("250ml") == "250.0|ml|");
    CHECK(read("2 slices") == "2.0|slices|");
    CHECK(read("1/2 cup") == "0.5|cup|");
    CHECK(read("a cup") == "1.0|cup|");
    CHECK(read("a couple of slices") == "2.0|slices|");
    CHECK(read("8 fl. oz") == "8.0|fl. oz|");
}

TEST_CASE("amounts: what is not an amount says so") {
    CHECK(read("lots") == "error: amount 'lots' is not a number");
    CHECK(read("a few") == "error: amount 'a few' is too vague to count: write a number (3, 1/2, a dozen)");
    CHECK(read("some") == "error: amount 'some' is too vague to count: write a number (3, 1/2, a dozen)");
    CHECK(read("-1") == "error: amount '-1' is negative");
    CHECK(read("0x10") == "error: amount '0x10' is not a number");
    CHECK(read("1e308") == "error: amount '1e308' is not a number");
    CHECK(read(" 2 ") == "error: amount ' 2 ' is not a number");  // a quoted amount keeps its spaces
    CHECK(read("1/0") == "error: amount '1/0' is not a number");
    CHECK(read("2026-12-01") == "error: amount '2026-12-01' is not a number");
    CHECK(read("nan") == "error: amount 'nan' is not a finite number");
    CHECK(read("1 2") == "error: amount '1 2' is not a number");
}

TEST_CASE("a quantity at the start of a food's name") {
    CHECK(split("2 brazil nuts") == "2.0||brazil nuts");
    CHECK(split("a cup of milk") == "1.0|cup|milk");
    CHECK(split("3 slices of whole wheat bread") == "3.0|slices|whole wheat bread");
    CHECK(split("½ cup oats") == "0.5|cup|oats");
    CHECK(split("2 tbsp olive oil") == "2.0|tbsp|olive oil");
    CHECK(split("a dozen eggs") == "12.0||eggs");
    CHECK(split("an apple") == "1.0||apple");
    CHECK(split("two handfuls of almonds") == "2.0|handfuls|almonds");
    CHECK(split("large egg") == "-");
    CHECK(split("egg") == "-");
    CHECK(split("2") == "-");
    CHECK(split("apple") == "-");  // "a" must be a word of its own
    CHECK(split("7up") == "-");
    CHECK(split("a few almonds") == "-");
    // A container of the size it says, as recipes write them.
    CHECK(split("1 (15 oz) can black beans, drained") == "1.0|(15 oz) can|black beans, drained");
    CHECK(split("2 (5 oz) cans tuna") == "2.0|(5 oz) cans|tuna");
    CHECK(split("1 x 400g tin chickpeas") == "1.0|x 400g tin|chickpeas");
    CHECK(split("1 x 400 g tin chickpeas") == "1.0|x 400 g tin|chickpeas");
    CHECK(split("250 g punnet strawberries") == "1.0|250 g punnet|strawberries");
    CHECK(split("250 g strawberries") == "250.0|g|strawberries");
    CHECK(split("1 (15 oz) can") == "-");
}

TEST_CASE("a serving at the end of a food's name") {
    CHECK(split_end("Shrimp, canned, 3 ounces") == "3.0|ounces|Shrimp, canned|");
    CHECK(split_end("Bread, white, 1 slice") == "1.0|slice|Bread, white|");
    CHECK(split_end("Egg, hard-boiled, 1 large") == "1.0|large|Egg, hard-boiled|");
    CHECK(split_end("Eggs, 2") == "2.0||Eggs|");
    CHECK(split_end("Milk, a cup") == "1.0|cup|Milk|");
    // A remark in brackets after it is left out, said in a note unless it restates the amount.
    CHECK(split_end("Brazil nuts, 1 ounce (6-8 nuts)") ==
          "1.0|ounce|Brazil nuts|serving '1 ounce (6-8 nuts)' counted as '1 ounce': '(6-8 nuts)' left out");
    CHECK(split_end("Eggs, 1 large (1 egg)") == "1.0|large|Eggs|");
    CHECK(split_end("Bread, 2-3 slices") == "2.5|slices|Bread|'2-3' is a range: counted as its middle, 2.5");
    CHECK(split_end("Cheese, 1 slice (about 1 oz, 28 g)") ==
          "1.0|slice|Cheese|serving '1 slice (about 1 oz, 28 g)' counted as '1 slice': '(about 1 oz, 28 g)' left out");
    CHECK(split_end("Milk, 1% fat") == "-");  // no quantity: a variant of the food
    CHECK(split_end("Cottage cheese, 1% milkfat") == "-");
    CHECK(split_end("Oatmeal, regular and quick") == "-");
    CHECK(split_end("3 ounces") == "-");    // nothing before it
    CHECK(split_end(", 3 ounces") == "-");
    CHECK(split_end("Almonds, some") == "-");  // too vague to count
    CHECK(split_end("Nuts, (6-8 nuts)") == "-");
}

TEST_CASE("unit words") {
    CHECK(seck::is_unit_word("cup"));
    CHECK(seck::is_unit_word("Cups"));
    CHECK(seck::is_unit_word("glasses"));
    CHECK(seck::is_unit_word("tbsp."));
    CHECK(seck::is_unit_word("handfuls"));
    CHECK_FALSE(seck::is_unit_word("brazil"));
    CHECK_FALSE(seck::is_unit_word("egg"));
}

TEST_CASE("a unit inside a food's name") {
    std::string unit, name;
    CHECK(seck::split_unit_of("slice of bread", &unit, &name));
    CHECK((unit == "slice" && name == "bread"));
    CHECK(seck::split_unit_of("rasher of bacon", &unit, &name));
    CHECK((unit == "rasher" && name == "bacon"));
    CHECK_FALSE(seck::split_unit_of("cream of wheat", &unit, &name));  // "cream" is no unit
    CHECK(seck::split_unit_in_name("garlic cloves", &unit, &name));
    CHECK((unit == "cloves" && name == "garlic"));
    CHECK(seck::split_unit_in_name("Large egg", &unit, &name));
    CHECK((unit == "large" && name == "egg"));
    CHECK_FALSE(seck::split_unit_in_name("egg", &unit, &name));
    CHECK_FALSE(seck::split_unit_in_name("brazil nuts", &unit, &name));
}
