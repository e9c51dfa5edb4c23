#pragma once
// Resolving an entry: food text and unit to micrograms of selenium per unit.

#include <cstdint>
#include <deque>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "seck/core/text.h"
#include "seck/resolve/foods.h"
#include "seck/resolve/names.h"

namespace seck {

/// What one unit of an entry is and carries.
struct Resolved {
    const Food* food = nullptr;  // nullptr for µg units: the amount is selenium itself
    double grams_per_unit = 0;   // NaN for µg units
    double ug_per_unit = 0;      // µg of selenium in one unit of the amount
    std::string measure;         // the household measure one unit is, for --explain: "large (50 g)"; "" for g, µg...
    std::string how;             // how the food's name matched, for --explain
    std::string note;            // a choice the report must show, or ""
    std::string no_count;        // no unit, and one unit is a bulk default portion (a cup): why a count above 1
                                 // ("tofu,14,") is refused, or ""
    FoodRange range_per_unit;    // where the µg in one unit plausibly lie (foods.h, food_range)
    double bought_from = 0;      // a line of this many grams or more (weighed: is_weight_unit) is more than one
                                 // eats at once, read as bought (Resolver::resolve_as_bought); 0: never
};

/// One row of data/items.csv (scripts/gen_items.py): the weight of one countable item
/// ("mussel", 15 g) from USDA's own portions, and where it comes from. A count without a unit
/// of an entry with no weight for one of its own counts so many of its item.
struct ItemWeight {
    std::string_view item;  // one word, as name_words gives it
    double grams;
    std::string_view source;
};
std::span<const ItemWeight> embedded_items();

/// Parses an amount: a non-negative decimal ("2", "0.5", ".5"). Sets `err` otherwise.
bool parse_amount(std::string_view text, double* out, std::string* err);

/// Grams in one mass unit (g, kg, mg, oz, lb; case-insensitive), or 0 if not one.
double mass_unit_grams(std::string_view unit);
/// Is this unit a weight: a mass unit, or a container or item of a given mass ("(6 oz)", "400g tin")?
bool is_weight_unit(std::string_view unit);
/// Is this unit micrograms of selenium itself (mcg, µg, ug)?
bool is_selenium_unit(std::string_view unit);
/// A unit as matched: its words (see name_words) with synonyms made one:
/// "Tablespoons" -> "tbsp", "fluid ounces" -> "fl oz", "grams" -> "g".
std::string unit_key(std::string_view unit);
/// Millilitres in one volume unit, given as unit_key() gives it ("cup", "tbsp", "ml",
/// "glass", "pinch"); 0 if it is none.
double volume_unit_ml(std::string_view key);

/// Resolves (food, unit) pairs against a table, remembering each answer, so a
/// diary that repeats its foods resolves each pair once.
class Resolver {
public:
    explicit Resolver(const FoodTable& table) : table_(table), names_(std::make_shared<NameMatcher>(table)) {}

    /// A resolver for another thread: the same table and name index, its own answers.
    Resolver sibling() const { return Resolver(table_, names_); }

    /// The resolution of `food` in `unit`, valid until the next call; nullptr with
    /// `err` set if it cannot be resolved.
    const Resolved* resolve(std::string_view food, std::string_view unit, std::string* err);
    /// The same, read as the raw food where the name's entry is cooked: for an amount no one
    /// eats at once (a pound of meat or more), which is a weight as bought.
    const Resolved* resolve_as_bought(std::string_view food, std::string_view unit, std::string* err);

private:
    bool resolve_uncached(std::string_view food, std::string_view unit, bool bought, Resolved* out,
                          std::string* err) const;
    const Food* find_food(std::string_view food, Resolved* out, std::string_view* portion, std::string* err) const;
    const Food* as_bought(const Food& food, std::string_view food_text, bool weighed, Resolved* out) const;
    const Food* canned_form(std::string_view food_text, Resolved* out, std::string_view* portion) const;
    bool choose_unit(const Food& food, std::string_view food_text, std::string_view unit, std::string_view portion,
                     Resolved* out, std::string* err) const;

    struct Answer {
        std::string food, unit;  // the pair it answers
        Resolved resolved;
        std::string error;  // empty when resolved
    };
    /// The answers so far, by (food, unit): open addressing over a hash of both texts,
    /// so a lookup copies nothing (the hot path of a big diary).
    class Cache {
    public:
        Answer* find(std::uint64_t hash, std::string_view food, std::string_view unit);
        Answer& insert(std::uint64_t hash, Answer answer);
        static std::uint64_t hash(std::string_view food, std::string_view unit);

    private:
        struct Slot {
            std::uint64_t hash = 0;
            std::uint32_t answer = 0;  // index + 1 into answers_; 0: empty
        };
        std::vector<Slot> slots_;
        std::deque<Answer> answers_;
    };
    Resolver(const FoodTable& table, std::shared_ptr<const NameMatcher> names)
        : table_(table), names_(std::move(names)) {}

    const FoodTable& table_;
    std::shared_ptr<const NameMatcher> names_;
    Cache cache_, bought_;  // answers as written, and as bought
    const Resolved* resolve_in(Cache& cache, bool bought, std::string_view food, std::string_view unit,
                               std::string* err);
};


}  // namespace seck
