#pragma once
// The food table: USDA SR28 and FNDDS foods embedded at build time, plus the user's own.

#include <cmath>
#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "seck/core/text.h"

namespace seck {

/// One household measure of a food: `grams` is the weight of ONE `unit`.
struct Portion {
    std::string_view unit;
    double grams;
};

/// How an SR28 figure spreads, from NUT_DATA, in µg/100 g; NaN where USDA gives nothing.
struct Spread {
    double samples = 0;  // Num_Data_Pts: analysed samples (0: not analysed, or not given)
    double std_error = NAN;
    double min = NAN, max = NAN;         // the lowest and highest sample
    double low_95 = NAN, high_95 = NAN;  // Low_EB, Up_EB: the 95 % interval of the mean
};

/// Which range a food's figure has: USDA's 95 % interval of the mean, else the range of
/// its samples, else none (the figure counts as it is).
enum class RangeKind : std::uint8_t { None, Interval95, Samples };
/// Where a food's selenium plausibly lies, in µg/100 g (low <= the figure <= high).
struct FoodRange {
    RangeKind kind = RangeKind::None;
    double low = NAN, high = NAN;
};

/// Which table a food is from: USDA SR28 (foods as analysed, with their spread), USDA
/// FNDDS 2021-2023 (foods as eaten, figures by recipe calculation, no spread), or the
/// user's --foods (which may replace an entry of either).
enum class FoodSource : std::uint8_t { Sr28, Fndds, User };

/// One food: SR28's NDB number, "fndds:" and an FNDDS food code, or a user id; texts,
/// selenium, measures.
struct Food {
    std::string_view id;  // "12078", "fndds:27520220"; user foods may use any text
    std::string_view description;
    std::string_view group;                   // SR28 food group, FNDDS WWEIA category
    std::span<const std::string_view> names;  // SR28 common names, FNDDS other names
    double ug_per_100g;                       // NaN: no selenium value (missing is not zero)
    std::span<const Portion> portions;        // FNDDS: "Quantity not specified" is its default
    Spread spread = {};
    FoodSource source = FoodSource::Sr28;

    bool has_selenium() const { return !std::isnan(ug_per_100g); }
};

/// "USDA SR28", "USDA FNDDS 2021-2023", "your foods (--foods)": where a figure comes from.
std::string_view food_source_name(FoodSource source);
/// "sr28", "fndds", "user": for programs
std::string_view food_source_id(FoodSource source);
/// FNDDS's portion used when no amount is given.
inline constexpr std::string_view kFnddsDefaultPortion = "Quantity not specified";

/// The food's range: the 95 % interval where USDA gives one, else the lowest to the
/// highest sample, widened to take in the figure itself and never below 0 (94 SR28
/// intervals start below 0; 14 figures lie outside theirs). None without a figure.
FoodRange food_range(const Food& food);
/// "95 % interval", "sample range", "no spread data"
std::string_view range_kind_name(RangeKind kind);
/// "interval-95", "sample-range", "none": for programs
std::string_view range_kind_id(RangeKind kind);

/// Is `id` an SR28 NDB number (digits only; user foods may use any text)?
bool is_usda_id(std::string_view id);
/// Is `id` an FNDDS id: "fndds:" and an 8-digit food code?
bool is_fndds_id(std::string_view id);
/// "usda:12078 (Nuts, brazilnuts, dried, unblanched)", "fndds:11100000 (Milk, NFS)"
std::string food_label(const Food& food);

/// The SR28 foods compiled into the binary from data/foods.json, sorted by id.
std::span<const Food> embedded_foods();
/// Where the embedded SR28 table comes from (for --version).
std::string_view embedded_source();
/// The FNDDS foods compiled into the binary from data/fndds.json, sorted by id. They are
/// stored as offsets into constant text (no start-up relocations) and made into Foods on
/// the first call, once, even from two threads.
std::span<const Food> fndds_foods();
/// Where the FNDDS table comes from (for --version).
std::string_view fndds_source();
/// An embedded food (SR28 or FNDDS) by exact id, or nullptr.
const Food* embedded_food(std::string_view id);

/// The FNDDS table as the build step writes it: texts are (offset, size) into one
/// constant blob, so the arrays hold no pointers. Read through fndds_foods().
namespace fndds_rows {
struct Text {
    std::uint32_t offset, size;
};
struct PortionRow {
    Text unit;
    double grams;
};
struct FoodRow {
    Text id, description, group;
    std::uint32_t names_begin, names_count;
    std::uint32_t portions_begin, portions_count;
    double ug_per_100g;
};
std::string_view text();
std::span<const FoodRow> foods();
std::span<const Text> names();
std::span<const PortionRow> portions();
}  // namespace fndds_rows

/// The embedded foods and the user's own, looked up by id (names: see names.h).
///
/// Immutable once made: a default-constructed table holds the embedded foods only; one
/// with the user's foods (--foods) is made by a FoodTable::Builder. A table is neither
/// copied nor moved: its foods' views (Food::id, names, portions...) point into storage
/// it owns, so Resolver, NameMatcher and every Food* keep a reference to one table that
/// stays where it was made.
class FoodTable {
public:
    class Builder;

    /// The embedded foods only.
    FoodTable() = default;
    FoodTable(const FoodTable&) = delete;
    FoodTable& operator=(const FoodTable&) = delete;
    FoodTable(FoodTable&&) = delete;
    FoodTable& operator=(FoodTable&&) = delete;

    /// The user's food (from --foods) with exactly this id, or nullptr.
    const Food* user_food(std::string_view id) const;
    /// The food with exactly this id (user foods first, then SR28, then FNDDS), or nullptr.
    const Food* by_id(std::string_view id) const;
    /// Every food: the user's, then the embedded ones they do not replace (SR28, then FNDDS).
    std::vector<const Food*> foods() const;
    /// Foods whose id is `query` or whose description or names contain every word of it;
    /// exact name matches first, then shorter descriptions.
    std::vector<const Food*> search(std::string_view query) const;

private:
    // The builder's work (see Builder::add_user_foods): only a table being built changes.
    bool add_user_foods(std::string_view json_text, std::string_view name, std::string* err);
    template <class Fn>
    void for_each_food(Fn&& fn) const;

    // User foods own their text; Food views point into these stable deques.
    std::deque<std::string> user_text_;
    std::deque<std::vector<std::string_view>> user_names_;
    std::deque<std::vector<Portion>> user_portions_;
    std::deque<Food> user_foods_;
    std::map<std::string, Food*, std::less<>> user_by_id_;
};

/// Makes a FoodTable with the user's foods: add_user_foods() for each --foods file, in
/// order, then build() once. The table is made on the heap and handed over whole, so no
/// view into it ever moves; it outlives the builder.
class FoodTable::Builder {
public:
    Builder();
    ~Builder();
    Builder(const Builder&) = delete;
    Builder& operator=(const Builder&) = delete;
    Builder(Builder&&) noexcept;
    Builder& operator=(Builder&&) noexcept;

    /// Adds foods from a JSON text in data/foods.json's format (see README); a food
    /// with an existing id (embedded, or from an earlier file) replaces it. On failure
    /// adds nothing, returns false and sets `err` to "NAME:LINE:COLUMN: ..." or
    /// "NAME: /json/pointer: ...". Throws std::logic_error after build().
    bool add_user_foods(std::string_view json_text, std::string_view name, std::string* err);

    /// The table: the embedded foods and every food added. Once only: throws
    /// std::logic_error if called again.
    std::unique_ptr<const FoodTable> build();

private:
    std::unique_ptr<FoodTable> table_;
};

}  // namespace seck
