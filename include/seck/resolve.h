#pragma once
// Resolving an entry: food text and unit to micrograms of selenium per unit.

#include <string>
#include <string_view>
#include <unordered_map>

#include "seck/foods.h"

namespace seck {

/// What one unit of an entry carries.
struct Resolved {
    const Food* food;    // nullptr for µg units: the amount is selenium itself
    double ug_per_unit;  // µg of selenium in one unit of the amount
};

/// Parses an amount: a non-negative decimal ("2", "0.5", ".5"). Sets `err` otherwise.
bool parse_amount(std::string_view text, double* out, std::string* err);

/// Grams in one mass unit (g, kg, mg, oz, lb; case-insensitive), or 0 if not one.
double mass_unit_grams(std::string_view unit);
/// Is this unit micrograms of selenium itself (mcg, µg, ug)?
bool is_selenium_unit(std::string_view unit);

/// Quotes user text for a message, cut to a readable length.
std::string quoted(std::string_view text);

/// Resolves (food, unit) pairs against a table, remembering each answer, so a
/// diary that repeats its foods resolves each pair once.
class Resolver {
public:
    explicit Resolver(const FoodTable& table) : table_(table) {}

    bool resolve(std::string_view food, std::string_view unit, Resolved* out, std::string* err);

private:
    bool resolve_uncached(std::string_view food, std::string_view unit, Resolved* out, std::string* err) const;
    const Food* find_food(std::string_view food, std::string* err) const;

    struct Answer {
        Resolved resolved;
        std::string error;  // empty when resolved
    };
    const FoodTable& table_;
    std::string key_;
    std::unordered_map<std::string, Answer> cache_;
};

/// "usda:12078 (Nuts, brazilnuts, dried, unblanched)"
std::string food_label(const Food& food);

}  // namespace seck
