// Fuzz target: amounts, units and food names, as a diary line gives them. The input is
// "AMOUNT\nUNIT\nFOOD" (missing parts are empty).
//
// Invariants, each aborting when broken:
// - parse_amount accepts exactly the non-negative decimals with a dot (digits, at most one
//   '.', at least one digit), and then gives what strtod gives, finite; otherwise it
//   says why, naming the amount;
// - read_quantity takes what parse_amount takes, alike, and more (fractions, words, ranges,
//   a unit after the amount), always finite and not negative;
// - quoted() shows no control character and never more than its limit of the text;
// - unit_key and name_words give lower-case words without spaces inside;
// - an entry resolves to finite, non-negative µg per unit (grams > 0 but for µg units),
//   or is refused with a message, the same answer twice (the cache changes nothing).
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <iterator>
#include <string>
#include <string_view>

#include "fuzz_check.h"
#include "seck/resolve/foods.h"
#include "seck/resolve/names.h"
#include "seck/resolve/quantity.h"
#include "seck/resolve/resolve.h"

namespace {

std::string_view cut(std::string_view& text) {
    const auto nl = text.find('\n');
    const std::string_view part = text.substr(0, nl);
    text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    return part;
}

bool plain_decimal(std::string_view s) {
    std::size_t digits = 0, dots = 0;
    for (char c : s) {
        if (c >= '0' && c <= '9')
            ++digits;
        else if (c == '.')
            ++dots;
        else
            return false;
    }
    return digits >= 1 && dots <= 1;
}

void amount(std::string_view text) {
    double value = -1;
    std::string err;
    if (seck::parse_amount(text, &value, &err)) {
        FUZZ_CHECK(err.empty());
        FUZZ_CHECK(plain_decimal(text));
        FUZZ_CHECK(std::isfinite(value) && value >= 0);
        const std::string copy(text);
        FUZZ_CHECK(std::strtod(copy.c_str(), nullptr) == value);
    } else {
        FUZZ_CHECK(err.rfind("amount ", 0) == 0);
        // Only a decimal too large for a double is refused among the plain decimals.
        if (plain_decimal(text)) FUZZ_CHECK(err.find("too large") != std::string::npos);
    }
}

// read_quantity takes every plain decimal as parse_amount does; whatever else it takes is
// finite and not negative, with a unit of words; split_food_quantity and split_food_serving
// leave a name.
void quantity(std::string_view text) {
    seck::Quantity q;
    std::string err;
    double plain = 0;
    std::string plain_err;
    const bool is_plain = seck::parse_amount(text, &plain, &plain_err);
    if (seck::read_quantity(text, &q, &err)) {
        FUZZ_CHECK(err.empty());
        FUZZ_CHECK(std::isfinite(q.amount) && q.amount >= 0);
        if (is_plain) FUZZ_CHECK(q.amount == plain && q.unit.empty() && q.note.empty());
        for (char c : q.unit) FUZZ_CHECK(!(c >= '0' && c <= '9'));
    } else {
        FUZZ_CHECK(!is_plain);
        FUZZ_CHECK(err.rfind("amount ", 0) == 0);
    }
    std::string name;
    if (seck::split_food_quantity(text, &q, &name)) {
        FUZZ_CHECK(!name.empty());
        FUZZ_CHECK(std::isfinite(q.amount) && q.amount >= 0);
    }
    if (seck::split_food_serving(text, &q, &name)) {
        FUZZ_CHECK(!name.empty() && name.size() < text.size());
        FUZZ_CHECK(std::isfinite(q.amount) && q.amount >= 0);
    }
}

void texts(std::string_view text) {
    const std::string shown = seck::quoted(text);
    for (char c : shown) FUZZ_CHECK(!((c >= 0 && c < 0x20) || c == 0x7f));
    FUZZ_CHECK(shown.size() <= 4 * 40 + 40);  // at most 40 bytes of text, escaped, and a note of its size
    for (const std::string& word : seck::name_words(text)) {
        FUZZ_CHECK(!word.empty());
        FUZZ_CHECK(word.find(' ') == std::string::npos);
    }
    const std::string key = seck::unit_key(text);
    FUZZ_CHECK(key.empty() || (key.front() != ' ' && key.back() != ' '));
    const double grams = seck::mass_unit_grams(text);
    FUZZ_CHECK(grams == 0 || (std::isfinite(grams) && grams > 0));
}

void entry(std::string_view food, std::string_view unit) {
    static const seck::FoodTable table;
    static seck::Resolver resolver(table);
    std::string err;
    const seck::Resolved* r = resolver.resolve(food, unit, &err);
    if (!r) {
        FUZZ_CHECK(!err.empty());
        std::string again;
        FUZZ_CHECK(!resolver.resolve(food, unit, &again) && again == err);
        return;
    }
    FUZZ_CHECK(std::isfinite(r->ug_per_unit) && r->ug_per_unit >= 0);
    if (r->food) {
        FUZZ_CHECK(std::isfinite(r->grams_per_unit) && r->grams_per_unit > 0);
        FUZZ_CHECK(r->food->has_selenium());
    } else {
        FUZZ_CHECK(seck::is_selenium_unit(unit) && r->ug_per_unit == 1);
    }
    const double ug = r->ug_per_unit;
    const seck::Resolved* again = resolver.resolve(food, unit, &err);
    FUZZ_CHECK(again && again->ug_per_unit == ug);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::string_view amount_text = cut(text);
    const std::string_view unit = cut(text);
    const std::string_view food = text;
    amount(amount_text);
    quantity(amount_text);
    texts(amount_text);
    texts(unit);
    texts(food);
    // The unit with a food of each kind of measure (resolved once, then cached), and the food as
    // written one time in 8: an unknown name costs a search of every entry for suggestions.
    static constexpr std::string_view kFoods[] = {"brazil nuts",
                                                  "egg",
                                                  "milk",
                                                  "usda:12078",
                                                  "usda:01123",
                                                  "spaghetti",
                                                  "potato",
                                                  "whole wheat bread",
                                                  "chicken breast",
                                                  "peanut butter",
                                                  "orange juice",
                                                  "banana",
                                                  "selenium supplement",
                                                  "tuna, yellowfin, cooked, dry heat",
                                                  "cottage cheese, 1% milkfat",
                                                  "kidney beans"};
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : food) h = (h ^ c) * 0x100000001b3ULL;
    entry(kFoods[h % std::size(kFoods)], unit);
    if (h % 8 == 0 || food.starts_with("usda:")) entry(food, unit);
    return 0;
}
