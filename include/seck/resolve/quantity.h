#pragma once
// How much a diary line says, as people write it: "2", "1/2", "1 ½", "a", "a dozen",
// "2-3", "8 oz", "250ml", "2 slices"; and a quantity written at the start of the food
// ("2 brazil nuts", "a cup of milk", "½ cup oats") or at its end ("Shrimp, canned, 3 ounces").

#include <string>
#include <string_view>

namespace seck {

/// An amount as read.
struct Quantity {
    double amount = 0;
    std::string unit;  // a unit written with the amount ("8 oz" -> "oz"), or ""
    std::string note;  // how it was read where that is a choice ("2-3": the middle, 2.5), or ""
};

/// Reads an amount: a decimal ("2", "0.5"), a fraction ("1/2", "1 1/2", "½", "1½"), a word
/// ("a", "an", "one" to "twelve", "half", "a dozen", "half a dozen", "a couple"), a range
/// ("2-3", "2 to 3": its middle, with a note), each optionally followed by a unit ("8 oz",
/// "250ml", "a cup"). False with `err` ("amount 'lots' is not a number") otherwise.
bool read_quantity(std::string_view text, Quantity* quantity, std::string* err);

/// A quantity at the start of a food's name: "2 brazil nuts" (2, no unit, "brazil nuts"),
/// "a cup of milk" (1, "cup", "milk"), "½ cup oats" (0.5, "cup", "oats"), "3 slices of bread".
/// A unit is taken only before "of" or where it is a unit seck knows by name. False if the
/// name does not start with an amount, or nothing is left of it.
bool split_food_quantity(std::string_view food, Quantity* quantity, std::string* name);

/// A serving at the end of a food's name, after its last comma, as food tables write it:
/// "Shrimp, canned, 3 ounces" (3, "ounces", "Shrimp, canned"), "Bread, white, 1 slice". A remark
/// in brackets after it ("Brazil nuts, 1 ounce (6-8 nuts)") is left out, said in the quantity's
/// note unless it restates the amount ("1 large (1 egg)"). False if the last part is no quantity
/// ("Milk, 1% fat"), or nothing is before it.
bool split_food_serving(std::string_view food, Quantity* quantity, std::string* name);

/// A unit before "of" at the start of a food: "slice of bread" (slice, bread), "rasher of
/// bacon". False otherwise.
bool split_unit_of(std::string_view food, std::string* unit, std::string* name);

/// A unit inside a food's name, for a name that is no food as it is: a unit word last
/// ("garlic clove", "celery ribs") or a size first ("large egg": large, egg). False otherwise.
bool split_unit_in_name(std::string_view food, std::string* unit, std::string* name);
/// Is `word` a size, a unit of its own ("small", "medium", "large", "jumbo", "extra-large")?
bool is_size_word(std::string_view word);
/// A name without the size it starts with ("large shrimp, peeled" -> "shrimp, peeled"), or "".
std::string without_size(std::string_view food);

/// Is `word` how a food was cooked ("scrambled", "boiled", "fried"), not a unit: "eggs,3,scrambled"?
bool is_cooking_word(std::string_view word);
/// Is `unit` a dose form ("capsule", "tablets", "pill", "softgel", "gummies"), whose amount
/// only its label gives?
bool is_dose_unit(std::string_view unit);

/// Is `word` a household or mass unit by name ("cup", "slices", "tbsp", "g", "handful")?
bool is_unit_word(std::string_view word);

}  // namespace seck
