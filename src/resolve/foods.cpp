#include "seck/resolve/foods.h"

#include <fmt/format.h>

#include <algorithm>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <utility>

#include "seck/resolve/names.h"

namespace seck {

namespace {

// Bounds of a user food's values, so µg per unit (grams x µg per 100 g, through a
// density for volumes) stays finite: a value past them is a typo, not a food.
constexpr double kMaxUgPer100g = 1e8;     // 100 g of selenium in 100 g
constexpr double kMaxPortionGrams = 1e6;  // a tonne in one unit

// A food's "spread" (data/foods.json, as scripts/gen_foods.py writes it from NUT_DATA).
constexpr std::string_view kSpreadKeys[] = {"samples", "std_error", "min", "max", "low_95", "high_95"};
Spread spread_of(const nlohmann::json& food) {
    Spread out;
    if (!food.contains("spread")) return out;  // (not inherited from an SR28 entry replaced: the figure is the user's)
    const auto& s = food["spread"];
    out.samples = s.value("samples", 0.0);
    out.std_error = s.value("std_error", out.std_error);
    out.min = s.value("min", out.min);
    out.max = s.value("max", out.max);
    out.low_95 = s.value("low_95", out.low_95);
    out.high_95 = s.value("high_95", out.high_95);
    return out;
}

// Line and column (1-based) of a byte offset, for JSON syntax errors.
std::pair<std::size_t, std::size_t> line_column(std::string_view text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

// nlohmann's parse messages start "[json.exception.parse_error.101] parse error at
// line 3, column 15: "; keep what follows.
std::string parse_reason(const std::string& what) {
    const auto column = what.find("column ");
    const auto colon = what.find(": ", column == std::string::npos ? 0 : column);
    return colon == std::string::npos ? what : what.substr(colon + 2);
}

}  // namespace

FoodRange food_range(const Food& food) {
    const Spread& s = food.spread;
    const double value = food.ug_per_100g;
    if (!food.has_selenium()) return {};
    auto widened = [value](RangeKind kind, double low, double high) {
        return FoodRange{kind, std::max(0.0, std::min(low, value)), std::max(high, value)};
    };
    if (!std::isnan(s.low_95) && !std::isnan(s.high_95)) return widened(RangeKind::Interval95, s.low_95, s.high_95);
    if (!std::isnan(s.min) && !std::isnan(s.max)) return widened(RangeKind::Samples, s.min, s.max);
    return {RangeKind::None, value, value};
}

std::string_view range_kind_name(RangeKind kind) {
    switch (kind) {
        case RangeKind::Interval95: return "95 % interval";
        case RangeKind::Samples: return "sample range";
        case RangeKind::None: break;
    }
    return "no spread data";
}

std::string_view range_kind_id(RangeKind kind) {
    switch (kind) {
        case RangeKind::Interval95: return "interval-95";
        case RangeKind::Samples: return "sample-range";
        case RangeKind::None: break;
    }
    return "none";
}

std::string_view food_source_name(FoodSource source) {
    switch (source) {
        case FoodSource::Fndds: return "USDA FNDDS 2021-2023";
        case FoodSource::User: return "your foods (--foods)";
        case FoodSource::Sr28: break;
    }
    return "USDA SR28";
}

std::string_view food_source_id(FoodSource source) {
    switch (source) {
        case FoodSource::Fndds: return "fndds";
        case FoodSource::User: return "user";
        case FoodSource::Sr28: break;
    }
    return "sr28";
}

bool is_usda_id(std::string_view id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_fndds_id(std::string_view id) {
    return id.size() == 14 && id.starts_with("fndds:") && is_usda_id(id.substr(6));
}

namespace {

// The FNDDS rows made into Foods: views into the constant text, spans into these vectors
// (sized once, so nothing moves after).
struct FnddsStore {
    std::vector<std::string_view> names;
    std::vector<Portion> portions;
    std::vector<Food> foods;
};

FnddsStore make_fndds_store() {
    const std::string_view text = fndds_rows::text();
    auto view = [text](fndds_rows::Text t) { return text.substr(t.offset, t.size); };
    FnddsStore store;
    store.names.reserve(fndds_rows::names().size());
    for (const fndds_rows::Text& name : fndds_rows::names()) store.names.push_back(view(name));
    store.portions.reserve(fndds_rows::portions().size());
    for (const fndds_rows::PortionRow& p : fndds_rows::portions()) store.portions.push_back({view(p.unit), p.grams});
    store.foods.reserve(fndds_rows::foods().size());
    const std::span<const std::string_view> names = store.names;
    const std::span<const Portion> portions = store.portions;
    for (const fndds_rows::FoodRow& row : fndds_rows::foods())
        store.foods.push_back(Food{view(row.id), view(row.description), view(row.group),
                                   names.subspan(row.names_begin, row.names_count), row.ug_per_100g,
                                   portions.subspan(row.portions_begin, row.portions_count), Spread{},
                                   FoodSource::Fndds});
    return store;
}

const Food* find_sorted(std::span<const Food> foods, std::string_view id) {
    auto it = std::lower_bound(foods.begin(), foods.end(), id,
                               [](const Food& food, std::string_view key) { return food.id < key; });
    return it != foods.end() && it->id == id ? &*it : nullptr;
}

}  // namespace

std::span<const Food> fndds_foods() {
    static const FnddsStore store = make_fndds_store();
    return store.foods;
}

const Food* embedded_food(std::string_view id) {
    return id.starts_with("fndds:") ? find_sorted(fndds_foods(), id) : find_sorted(embedded_foods(), id);
}

std::string food_label(const Food& food) {
    return fmt::format("{}{} ({})", is_usda_id(food.id) ? "usda:" : "", food.id, food.description);
}

template <class Fn>
void FoodTable::for_each_food(Fn&& fn) const {
    for (const Food& food : user_foods_) fn(food);
    for (const Food& food : embedded_foods()) {
        if (user_by_id_.empty() || !user_by_id_.count(food.id)) fn(food);
    }
    for (const Food& food : fndds_foods()) {
        if (user_by_id_.empty() || !user_by_id_.count(food.id)) fn(food);
    }
}

const Food* FoodTable::user_food(std::string_view id) const {
    auto it = user_by_id_.find(id);
    return it == user_by_id_.end() ? nullptr : it->second;
}

const Food* FoodTable::by_id(std::string_view id) const {
    if (auto it = user_by_id_.find(id); it != user_by_id_.end()) return it->second;
    return embedded_food(id);
}

std::vector<const Food*> FoodTable::foods() const {
    std::vector<const Food*> out;
    for_each_food([&](const Food& food) { out.push_back(&food); });
    return out;
}

std::vector<const Food*> FoodTable::search(std::string_view query) const {
    std::string key = name_key(query);
    if (key.rfind("usda:", 0) == 0) {  // usda:1123 finds 01123
        std::string digits = name_key(key.substr(5));
        if (!digits.empty() && digits.size() < 5 &&
            std::all_of(digits.begin(), digits.end(), [](char c) { return c >= '0' && c <= '9'; }))
            digits.insert(0, 5 - digits.size(), '0');
        key = digits;
    }
    // Each word as written, or as names are matched: singular, in USDA's spelling ("sardines"
    // finds "Fish, sardine, ...", "prawns" finds shrimp).
    std::vector<std::vector<std::string>> words;
    for (std::size_t pos = 0; pos < key.size();) {
        auto end = key.find(' ', pos);
        if (end == std::string::npos) end = key.size();
        std::vector<std::string> forms{key.substr(pos, end - pos)};
        if (const auto usual = name_words(forms.front()); usual.size() == 1 && usual.front() != forms.front())
            forms.push_back(usual.front());
        words.push_back(std::move(forms));
        pos = end + 1;
    }
    // Rank: 0 an exact id or name, 1 a description that starts with the first word
    // ("egg" finds "Egg, whole, raw, fresh" before "Eggnog"), 2 any other; but past the
    // exact ones, the user's and SR28's entries before FNDDS's (an ingredient as analysed,
    // with its spread, before a food as eaten); then shorter first.
    struct Hit {
        const Food* food;
        int rank;
    };
    std::vector<Hit> hits;
    for_each_food([&](const Food& food) {
        if (words.empty()) return;
        if (name_key(food.id) == key) {
            hits.push_back({&food, 0});
            return;
        }
        std::string text = name_key(food.description);
        bool exact = text == key;
        const std::string_view first(text.data(), std::min(text.find_first_of(" ,"), text.size()));
        const bool starts = std::any_of(words.front().begin(), words.front().end(),
                                        [&](const std::string& form) { return first == form || singular(first) == form; });
        for (std::string_view name : food.names) {
            const std::string name_text = name_key(name);
            exact = exact || name_text == key;
            text += " | " + name_text;
        }
        const bool all = std::all_of(words.begin(), words.end(), [&](const std::vector<std::string>& forms) {
            return std::any_of(forms.begin(), forms.end(),
                               [&](const std::string& form) { return text.find(form) != std::string::npos; });
        });
        if (all) hits.push_back({&food, exact ? 0 : starts ? 1 : 2});
    });
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
        if ((a.rank == 0) != (b.rank == 0)) return a.rank == 0;
        const bool a_fndds = a.food->source == FoodSource::Fndds, b_fndds = b.food->source == FoodSource::Fndds;
        if (a_fndds != b_fndds) return b_fndds;
        if (a.rank != b.rank) return a.rank < b.rank;
        return a.food->description.size() < b.food->description.size();
    });
    std::vector<const Food*> out;
    for (const Hit& hit : hits) out.push_back(hit.food);
    return out;
}

namespace {

// A food file's text as JSON; a syntax error is "NAME:LINE:COLUMN: reason".
bool parse_foods_json(std::string_view json_text, std::string_view name, nlohmann::json* doc, std::string* err) {
    try {
        *doc = nlohmann::json::parse(json_text);
        return true;
    } catch (const nlohmann::json::parse_error& e) {
        const auto [line, column] = line_column(json_text, e.byte == 0 ? 0 : e.byte - 1);
        *err = fmt::format("{}:{}:{}: {}", name, line, column, parse_reason(e.what()));
        return false;
    } catch (const nlohmann::json::exception& e) {
        // e.g. "[json.exception.out_of_range.406] number overflow parsing '1e999'": no
        // position is given, so point at the first place the number is written.
        std::string reason = e.what();
        reason = reason.substr(reason.find("] ") == std::string::npos ? 0 : reason.find("] ") + 2);
        const auto open = reason.find('\'');
        const auto close = reason.rfind('\'');
        const auto at = open < close ? json_text.find(reason.substr(open + 1, close - open - 1)) : std::string::npos;
        if (at == std::string_view::npos) {
            *err = fmt::format("{}: {}", name, reason);
        } else {
            const auto [line, column] = line_column(json_text, at);
            *err = fmt::format("{}:{}:{}: {}", name, line, column, reason);
        }
        return false;
    }
}

// What is wrong in a food file, and where: a JSON pointer ("" for the whole document).
struct Fault {
    std::string pointer;
    std::string what;
};
using MaybeFault = std::optional<Fault>;

MaybeFault document_fault(const nlohmann::json& doc) {
    if (!doc.is_object() || !doc.contains("foods") || !doc["foods"].is_array())
        return Fault{"", "expected an object with a \"foods\" array"};
    for (const auto& [key, value] : doc.items()) {
        (void)value;
        if (key != "foods" && key != "source" && key != "foods_with_selenium")
            return Fault{"/" + key, "unknown key (expected \"foods\")"};
    }
    return std::nullopt;
}

MaybeFault food_keys_fault(const nlohmann::json& food, const std::string& at) {
    for (const auto& [key, value] : food.items()) {
        static const char* const known[] = {"id",       "description", "group", "names", "selenium_ug_per_100g",
                                            "portions", "spread"};
        // An init-capture: clang 14 cannot capture a structured binding (C++20 P1091).
        if (std::find_if(std::begin(known), std::end(known), [&key = key](const char* k) { return key == k; }) ==
            std::end(known))
            return Fault{
                at + "/" + key,
                "unknown key (expected id, description, group, names, selenium_ug_per_100g, portions, spread)"};
        (void)value;
    }
    return std::nullopt;
}

MaybeFault selenium_fault(const nlohmann::json& food, const std::string& at) {
    if (!food.contains("selenium_ug_per_100g"))
        return Fault{at + "/selenium_ug_per_100g", "missing (a number >= 0, or null if unknown)"};
    const auto& se = food["selenium_ug_per_100g"];
    if (!se.is_null() && (!se.is_number() || se.get<double>() < 0 || !std::isfinite(se.get<double>())))
        return Fault{at + "/selenium_ug_per_100g", "expected a number >= 0, or null if unknown"};
    if (!se.is_null() && se.get<double>() > kMaxUgPer100g)
        return Fault{at + "/selenium_ug_per_100g", "more than 1e8 µg (100 g) of selenium in 100 g"};
    return std::nullopt;
}

MaybeFault names_fault(const nlohmann::json& food, const std::string& at) {
    if (!food.contains("names")) return std::nullopt;
    const auto& names = food["names"];
    if (!names.is_array()) return Fault{at + "/names", "expected an array of strings"};
    for (std::size_t n = 0; n < names.size(); ++n)
        if (!names[n].is_string()) return Fault{fmt::format("{}/names/{}", at, n), "expected a string"};
    return std::nullopt;
}

MaybeFault portions_fault(const nlohmann::json& food, const std::string& at) {
    if (!food.contains("portions")) return std::nullopt;
    const auto& portions = food["portions"];
    if (!portions.is_array()) return Fault{at + "/portions", "expected an array"};
    for (std::size_t p = 0; p < portions.size(); ++p) {
        const auto& portion = portions[p];
        const std::string pat = fmt::format("{}/portions/{}", at, p);
        if (!portion.is_object() || !portion.contains("unit") || !portion["unit"].is_string() ||
            portion["unit"].get<std::string>().empty())
            return Fault{pat, "expected {\"unit\": \"...\", \"grams\": number > 0}"};
        const auto& grams = portion.contains("grams") ? portion["grams"] : nlohmann::json();
        if (!grams.is_number() || !(grams.get<double>() > 0) || !std::isfinite(grams.get<double>()))
            return Fault{pat + "/grams", "expected a number > 0"};
        if (grams.get<double>() > kMaxPortionGrams)
            return Fault{pat + "/grams", "more than 1e6 g (a tonne) in one unit"};
    }
    return std::nullopt;
}

MaybeFault spread_fault(const nlohmann::json& food, const std::string& at) {
    if (!food.contains("spread")) return std::nullopt;
    const auto& spread = food["spread"];
    if (!spread.is_object()) return Fault{at + "/spread", "expected an object"};
    for (const auto& [key, value] : spread.items()) {
        if (std::find(std::begin(kSpreadKeys), std::end(kSpreadKeys), key) == std::end(kSpreadKeys))
            return Fault{at + "/spread/" + key, "unknown key (expected samples, std_error, min, max, low_95, high_95)"};
        // (USDA's 95 % interval starts below 0 for 94 foods: the mean less t times its SE.)
        const bool any_sign = key == "low_95";
        if (!value.is_number() || !std::isfinite(value.get<double>()) || (!any_sign && !(value.get<double>() >= 0)))
            return Fault{at + "/spread/" + key, any_sign ? "expected a number" : "expected a number >= 0"};
        if (std::fabs(value.get<double>()) > kMaxUgPer100g)
            return Fault{at + "/spread/" + key, "more than 1e8 (µg in 100 g, or samples)"};
    }
    return std::nullopt;
}

// The first fault of /foods/i, in the order seck has always checked them; `seen` holds
// the ids of the foods before it (id -> index).
MaybeFault food_fault(const nlohmann::json& food, std::size_t i, std::map<std::string, std::size_t>* seen) {
    const std::string at = fmt::format("/foods/{}", i);
    if (!food.is_object()) return Fault{at, "expected an object"};
    if (auto fault = food_keys_fault(food, at)) return fault;
    for (const char* key : {"id", "description"}) {
        if (!food.contains(key) || !food[key].is_string() || food[key].get<std::string>().empty())
            return Fault{at + "/" + key, "expected a non-empty string"};
    }
    const auto [first, fresh] = seen->emplace(food["id"].get<std::string>(), i);
    if (!fresh)
        return Fault{at + "/id", fmt::format("id '{}' is used twice (also /foods/{})", first->first, first->second)};
    if (food.contains("group") && !food["group"].is_string()) return Fault{at + "/group", "expected a string"};
    for (auto* fault_of : {selenium_fault, names_fault, portions_fault, spread_fault})
        if (auto fault = fault_of(food, at)) return fault;
    return std::nullopt;
}

// The first fault of a food file, or none: a file is checked whole before any food is added.
MaybeFault foods_file_fault(const nlohmann::json& doc) {
    if (auto fault = document_fault(doc)) return fault;
    const auto& foods = doc["foods"];
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < foods.size(); ++i)
        if (auto fault = food_fault(foods[i], i, &seen)) return fault;
    return std::nullopt;
}

// A checked food of a file as a table entry: its texts kept by `keep`, its names and
// portions in the lists given. An SR28 or FNDDS entry replaced without names, group or
// portions keeps its own.
template <class Keep>
Food user_food_entry(const nlohmann::json& food, Keep keep, std::vector<std::string_view>& names,
                     std::vector<Portion>& portions) {
    const std::string id = food["id"].get<std::string>();
    const Food* replaced = embedded_food(id);
    if (food.contains("names"))
        for (const auto& n : food["names"]) names.push_back(keep(n.get<std::string>()));
    else if (replaced)
        names.assign(replaced->names.begin(), replaced->names.end());
    if (food.contains("portions"))
        for (const auto& p : food["portions"])
            portions.push_back({keep(p["unit"].get<std::string>()), p["grams"].get<double>()});
    else if (replaced)
        portions.assign(replaced->portions.begin(), replaced->portions.end());
    const auto& se = food["selenium_ug_per_100g"];
    return Food{keep(id),
                keep(food["description"].get<std::string>()),
                food.contains("group") || !replaced ? keep(food.value("group", std::string("User foods"))) : replaced->group,
                names,
                se.is_null() ? std::numeric_limits<double>::quiet_NaN() : se.get<double>(),
                portions,
                spread_of(food),
                FoodSource::User};
}

}  // namespace

bool FoodTable::add_user_foods(std::string_view json_text, std::string_view name, std::string* err) {
    nlohmann::json doc;
    if (!parse_foods_json(json_text, name, &doc, err)) return false;
    // Validate everything before adding anything, so a bad file adds nothing.
    if (const auto fault = foods_file_fault(doc)) {
        *err = fmt::format("{}: {}: {}", name, fault->pointer.empty() ? "/" : fault->pointer, fault->what);
        return false;
    }
    auto keep = [this](std::string text) -> std::string_view { return user_text_.emplace_back(std::move(text)); };
    for (const auto& food : std::as_const(doc)["foods"]) {
        auto& names = user_names_.emplace_back();
        auto& portions = user_portions_.emplace_back();
        const Food entry = user_food_entry(food, keep, names, portions);
        if (auto it = user_by_id_.find(entry.id); it != user_by_id_.end()) {
            *it->second = entry;  // a later --foods file replaces an earlier one's entry
        } else {
            Food& stored = user_foods_.emplace_back(entry);
            user_by_id_.emplace(std::string(stored.id), &stored);
        }
    }
    return true;
}

FoodTable::Builder::Builder() : table_(new FoodTable) {}
FoodTable::Builder::~Builder() = default;
FoodTable::Builder::Builder(Builder&&) noexcept = default;
FoodTable::Builder& FoodTable::Builder::operator=(Builder&&) noexcept = default;

bool FoodTable::Builder::add_user_foods(std::string_view json_text, std::string_view name, std::string* err) {
    if (!table_) throw std::logic_error("FoodTable::Builder: add_user_foods after build()");
    return table_->add_user_foods(json_text, name, err);
}

std::unique_ptr<const FoodTable> FoodTable::Builder::build() {
    if (!table_) throw std::logic_error("FoodTable::Builder: build() called twice");
    return std::move(table_);
}

}  // namespace seck
