#include "seck/resolve/resolve.h"

#include "seck/resolve/quantity.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cmath>
#include <cstring>
#include <optional>

namespace seck {

namespace {

// Appends a choice the report must show to the line's notes ("; " between them).
void add_note(std::string* note, const std::string& text) {
    *note += (note->empty() ? "" : "; ") + text;
}

constexpr std::size_t kMaxCache = 100000;  // (food, unit) answers remembered
constexpr double kBoughtMeatGrams = 300;       // this much of one meat or fish, weighed, is bought, not eaten at once
constexpr double kBoughtGrams = 453.59237;     // a pound of any other food (300 g of pasta may be a plateful)
// Groups whose foods are bought by weight from kBoughtMeatGrams.
constexpr std::string_view kMeatGroups[] = {"Beef Products", "Pork Products", "Poultry Products",
                                            "Lamb, Veal, and Game Products", "Finfish and Shellfish Products",
                                            "Sausages and Luncheon Meats"};
// Volumes that are estimates, said in a note and never the size of a container.
constexpr std::string_view kEstimatedVolumes[] = {"glass", "mug", "bowl", "plate"};

// Unit words written many ways, as one.
constexpr std::pair<std::string_view, std::string_view> kUnitWords[] = {
    {"centiliter", "cl"}, {"centilitre", "cl"}, {"deciliter", "dl"},    {"decilitre", "dl"},
    {"fluid", "fl"},      {"gm", "g"},          {"gms", "g"},           {"gr", "g"},
    {"gram", "g"},        {"kilo", "kg"},       {"kilogram", "kg"},     {"lbs", "lb"},
    {"liter", "l"},       {"litre", "l"},       {"milligram", "mg"},    {"milliliter", "ml"},
    {"millilitre", "ml"}, {"ounce", "oz"},      {"ozs", "oz"},          {"pc", "piece"},
    {"c", "cup"},
    {"pcs", "piece"},     {"pound", "lb"},      {"tablespoon", "tbsp"}, {"tb", "tbsp"},
    {"tbl", "tbsp"},      {"tbs", "tbsp"},      {"teaspoon", "tsp"},    {"tin", "can"},       {"canned", "can"},
    {"portion", "serving"}, {"bowlful", "bowl"}, {"plateful", "plate"}};
// Millilitres in one volume unit (US customary measures, as USDA uses).
constexpr std::pair<std::string_view, double> kVolumes[] = {{"ml", 1},
                                                            {"cl", 10},
                                                            {"dl", 100},
                                                            {"l", 1000},
                                                            {"tsp", 4.92892159375},
                                                            {"tbsp", 14.78676478125},
                                                            {"fl oz", 29.5735295625},
                                                            {"cup", 236.5882365},
                                                            {"pint", 473.176473},
                                                            {"quart", 946.352946},
                                                            {"gallon", 3785.411784},
                                                            {"glass", 236.5882365},   // a glass: 8 fl oz
                                                            {"mug", 295.7352956},     // a mug: 10 fl oz
                                                            {"bowl", 295.7352956},    // a bowl: 10 fl oz (1.25 cups)
                                                            {"plate", 354.88235475},  // a plate: 12 fl oz (1.5 cups)
                                                            {"pinch", 0.308057599609375},  // 1/16 tsp
                                                            {"dash", 0.61611519921875}};   // 1/8 tsp
// Measures whose grams give a food's density.
constexpr std::string_view kDensityMeasures[] = {"cup", "fl oz", "tbsp", "tsp"};
// Units that mean "one of the food": its default portion.
constexpr std::string_view kCountUnits[] = {"each", "item", "unit", "whole"};

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

std::string grams_text(double grams) {
    return fmt::format("{:g} g", grams);
}

// The food's household measures, less those named like a mass unit ("oz"), which
// always means mass.
std::string measures_list(const Food& food) {
    std::string list;
    for (const Portion& p : food.portions) {
        if (mass_unit_grams(p.unit) > 0) continue;
        list += fmt::format("{}\"{}\" ({})", list.empty() ? "" : ", ", p.unit, grams_text(p.grams));
    }
    if (list.empty()) return "use g, kg, mg, oz or lb (it has no household measures)";
    return "use g, kg, mg, oz, lb or one of: " + list;
}


// Containers whose size the unit may say: "(15 oz) can", "400g tin", "500 ml bottle".
constexpr std::string_view kContainers[] = {"bag",     "ball",    "bottle", "box", "can",   "carton", "container",
                                            "jar",     "pack",    "package", "packet", "pot", "pouch",  "punnet",
                                            "tub"};

// The size one unit says it holds, as a mass in grams or a volume in ml: "(15 oz) can", "400g
// tin", "x 145g tin", "can 400 g", "(6 oz)" (4 (6 oz) fillets), "packet (2 1/4 tsp)". Not the
// brackets after a measure ("1/2 cup (125ml)" says the whole amount again). False if none.
bool sized_unit(std::string_view unit, double* grams, double* ml) {
    unit = trim(unit);
    if (unit.starts_with("x ") || unit.starts_with("X ")) unit = trim(unit.substr(2));  // "1 x 400g tin"
    std::string size, rest;
    if (const auto open = unit.find('('); open != std::string_view::npos) {
        const auto close = unit.find(')', open);
        if (close == std::string_view::npos) return false;
        size = trim(unit.substr(open + 1, close - open - 1));
        rest = trim(unit.substr(0, open));
        rest += ' ';
        rest += trim(unit.substr(close + 1));
    } else {
        const std::string key = unit_key(unit);
        const auto first = key.find(' '), last = key.rfind(' ');
        if (first == std::string::npos) return false;
        const auto is_container = [](std::string_view w) {
            return std::find(std::begin(kContainers), std::end(kContainers), w) != std::end(kContainers);
        };
        if (is_container(std::string_view(key).substr(last + 1)))
            size = key.substr(0, last), rest = key.substr(last + 1);
        else if (is_container(std::string_view(key).substr(0, first)))
            size = key.substr(first + 1), rest = key.substr(0, first);
        else
            return false;
    }
    const std::string rest_key = unit_key(rest);
    if (mass_unit_grams(rest_key) > 0 || volume_unit_ml(rest_key) > 0) return false;  // "cup (125ml)"
    Quantity quantity;
    std::string err;
    if (!read_quantity(size, &quantity, &err) || !(quantity.amount > 0)) {
        // "400g": the unit written onto the number
        const auto letters = size.find_first_not_of("0123456789.");
        if (letters == 0 || letters == std::string::npos ||
            !read_quantity(fmt::format("{} {}", size.substr(0, letters), size.substr(letters)), &quantity, &err))
            return false;
    }
    const std::string key = unit_key(quantity.unit);
    if (const double g = mass_unit_grams(key); g > 0)
        *grams = quantity.amount * g;
    else if (const double v = volume_unit_ml(key);
             v > 0 && std::find(std::begin(kEstimatedVolumes), std::end(kEstimatedVolumes), key) ==
                          std::end(kEstimatedVolumes))
        *ml = quantity.amount * v;
    else
        return false;
    return true;
}

}  // namespace

namespace {
// The common amount ("150", "2.5"): at most 15 digits, so the digits are an exact double
// and one division by an exact power of ten gives the correctly rounded value, as
// from_chars would (Clinger's fast path). False for anything else.
bool parse_plain_decimal(std::string_view text, double* out) {
    static constexpr double kPow10[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7,
                                        1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    if (text.empty() || text.size() > 16) return false;
    std::uint64_t digits = 0;
    std::size_t count = 0, dot = text.size();
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            digits = digits * 10 + static_cast<unsigned>(c - '0');
            ++count;
        } else if (c == '.' && dot == text.size()) {
            dot = i;
        } else {
            return false;
        }
    }
    if (count == 0 || count > 15) return false;
    const std::size_t decimals = dot == text.size() ? 0 : text.size() - dot - 1;
    *out = static_cast<double>(digits) / kPow10[decimals];
    return true;
}
}  // namespace

bool parse_amount(std::string_view text, double* out, std::string* err) {
    if (parse_plain_decimal(text, out)) return true;
    const bool negative = !text.empty() && text[0] == '-';
    const std::string_view body = negative ? text.substr(1) : text;
    std::size_t digits = 0, dots = 0, others = 0;
    for (char c : body) {
        if (c >= '0' && c <= '9')
            ++digits;
        else if (c == '.')
            ++dots;
        else
            ++others;
    }
    const bool decimal = digits >= 1 && dots <= 1 && others == 0;
    if (!decimal) {
        const std::string key = name_key(body.substr(body.starts_with('+') ? 1 : 0));
        if (key == "nan" || key == "inf" || key == "infinity")
            *err = fmt::format("amount {} is not a finite number", quoted(text));
        else if (text.find(',') != std::string_view::npos)
            *err = fmt::format("amount {} is not a number (write decimals with a dot: 1.5, or give --decimal-comma)", quoted(text));
        else
            *err = fmt::format("amount {} is not a number", quoted(text));
        return false;
    }
    if (negative) {
        *err = fmt::format("amount {} is negative", quoted(text));
        return false;
    }
    double value = 0;
    const auto [end, ec] = std::from_chars(body.data(), body.data() + body.size(), value, std::chars_format::fixed);
    if (ec == std::errc::result_out_of_range || !std::isfinite(value)) {
        *err = fmt::format("amount {} is too large", quoted(text));
        return false;
    }
    if (ec != std::errc() || end != body.data() + body.size()) {
        *err = fmt::format("amount {} is not a number", quoted(text));
        return false;
    }
    *out = value;
    return true;
}

double mass_unit_grams(std::string_view unit) {
    if (iequals(unit, "g")) return 1;
    if (iequals(unit, "kg")) return 1000;
    if (iequals(unit, "mg")) return 0.001;
    if (iequals(unit, "oz")) return 28.349523125;
    if (iequals(unit, "lb")) return 453.59237;
    return 0;
}

bool is_weight_unit(std::string_view unit) {
    double grams = 0, ml = 0;
    return mass_unit_grams(unit_key(unit)) > 0 || (sized_unit(unit, &grams, &ml) && grams > 0);
}

bool is_selenium_unit(std::string_view unit) {
    return iequals(unit, "mcg") || iequals(unit, "mcgs") || iequals(unit, "ug") || iequals(unit, "microgram") ||
           iequals(unit, "micrograms") || unit == "\u00b5g" || unit == "\u03bcg";
}

std::string unit_key(std::string_view unit) {
    while (!unit.empty() && unit.front() == ' ') unit.remove_prefix(1);
    while (!unit.empty() && unit.back() == ' ') unit.remove_suffix(1);
    if (unit == "T") return "tbsp";  // the cook's capital T and small t
    if (unit == "t") return "tsp";
    std::string key;
    for (std::string word : name_words(unit)) {
        for (auto [variant, usual] : kUnitWords)
            if (word == variant) word = usual;
        key += (key.empty() ? "" : " ") + word;
    }
    return key;
}

double volume_unit_ml(std::string_view key) {
    for (auto [name, ml] : kVolumes)
        if (key == name) return ml;
    return 0;
}

std::uint64_t Resolver::Cache::hash(std::string_view food, std::string_view unit) {
    constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ull;
    std::uint64_t h = (food.size() << 32 | unit.size()) * kMul;
    for (std::string_view text : {food, unit}) {
        std::size_t i = 0;
        for (; i + 8 <= text.size(); i += 8) {
            std::uint64_t chunk;
            std::memcpy(&chunk, text.data() + i, 8);
            h = (h ^ chunk) * kMul;
            h ^= h >> 29;
        }
        std::uint64_t tail = 0;
        if (i < text.size()) std::memcpy(&tail, text.data() + i, text.size() - i);  // an empty view may have no data
        h = (h ^ tail) * kMul;
        h ^= h >> 29;
    }
    return h;
}

Resolver::Answer* Resolver::Cache::find(std::uint64_t hash, std::string_view food, std::string_view unit) {
    if (slots_.empty()) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot& slot = slots_[i];
        if (slot.answer == 0) return nullptr;
        if (slot.hash != hash) continue;
        Answer& answer = answers_[slot.answer - 1];
        if (answer.food == food && answer.unit == unit) return &answer;
    }
}

Resolver::Answer& Resolver::Cache::insert(std::uint64_t hash, Answer answer) {
    if (answers_.size() >= kMaxCache) {
        answers_.clear();
        slots_.clear();
    }
    if ((answers_.size() + 1) * 2 > slots_.size()) {  // at most half full
        std::vector<Slot> bigger(std::max<std::size_t>(1024, slots_.size() * 2));
        for (const Slot& slot : slots_) {
            if (slot.answer == 0) continue;
            std::size_t i = slot.hash & (bigger.size() - 1);
            while (bigger[i].answer != 0) i = (i + 1) & (bigger.size() - 1);
            bigger[i] = slot;
        }
        slots_.swap(bigger);
    }
    answers_.push_back(std::move(answer));
    std::size_t i = hash & (slots_.size() - 1);
    while (slots_[i].answer != 0) i = (i + 1) & (slots_.size() - 1);
    slots_[i] = {hash, static_cast<std::uint32_t>(answers_.size())};
    return answers_.back();
}

const Resolved* Resolver::resolve(std::string_view food, std::string_view unit, std::string* err) {
    return resolve_in(cache_, false, food, unit, err);
}

const Resolved* Resolver::resolve_as_bought(std::string_view food, std::string_view unit, std::string* err) {
    return resolve_in(bought_, true, food, unit, err);
}

const Resolved* Resolver::resolve_in(Cache& cache, bool bought, std::string_view food, std::string_view unit,
                                     std::string* err) {
    const std::uint64_t hash = Cache::hash(food, unit);
    Answer* answer = cache.find(hash, food, unit);
    if (!answer) {
        Answer fresh{std::string(food), std::string(unit), {}, {}};
        if (!resolve_uncached(food, unit, bought, &fresh.resolved, &fresh.error) && fresh.error.empty())
            fresh.error = "cannot resolve";
        answer = &cache.insert(hash, std::move(fresh));
    }
    if (!answer->error.empty()) {
        *err = answer->error;
        return nullptr;
    }
    return &answer->resolved;
}

// Finds the food; `portion` is set to the default portion its alias gives, if any.
const Food* Resolver::find_food(std::string_view food, Resolved* out, std::string_view* portion,
                                std::string* err) const {
    if (food.size() >= 5 && iequals(food.substr(0, 5), "usda:")) {
        std::string_view digits = food.substr(5);
        while (!digits.empty() && digits.front() == ' ') digits.remove_prefix(1);
        if (!is_usda_id(digits) || digits.size() > 5) {
            *err = fmt::format("{} is not a USDA id (write usda: and the NDB number, e.g. usda:12078)", quoted(food));
            return nullptr;
        }
        const std::string id = std::string(5 - digits.size(), '0') + std::string(digits);
        if (const Food* found = table_.by_id(id)) {
            out->how = "id";
            return found;
        }
        *err = fmt::format("unknown food id {} (find ids with: seck foods WORDS)", quoted(food));
        return nullptr;
    }
    if (food.size() >= 6 && iequals(food.substr(0, 6), "fndds:")) {
        std::string_view digits = food.substr(6);
        while (!digits.empty() && digits.front() == ' ') digits.remove_prefix(1);
        if (!is_usda_id(digits) || digits.size() != 8) {
            *err = fmt::format(
                "{} is not an FNDDS id (write fndds: and the 8-digit food code, e.g. fndds:11100000)", quoted(food));
            return nullptr;
        }
        if (const Food* found = table_.by_id("fndds:" + std::string(digits))) {
            out->how = "id";
            return found;
        }
        *err = fmt::format("unknown food id {} (find ids with: seck foods WORDS)", quoted(food));
        return nullptr;
    }
    NameMatch match = names_->match(food);
    if (!match.food) {
        *err = std::move(match.error);
        return nullptr;
    }
    out->how = std::move(match.how);
    out->note = std::move(match.note);
    *portion = match.unit;
    return match.food;
}

bool Resolver::resolve_uncached(std::string_view food_text, std::string_view unit, bool bought, Resolved* out,
                                std::string* err) const {
    if (is_selenium_unit(unit)) {
        *out = {nullptr, NAN, 1.0, "", "", "", "", {}};
        const auto words = name_words(food_text);
        if (std::find(words.begin(), words.end(), "selenium") == words.end())
            out->note = fmt::format(
                "{} in {} counted as selenium itself ({} is micrograms of selenium, whatever "
                "the food); give a weight to count the food",
                quoted(food_text), unit, unit);
        return true;
    }
    std::string_view portion;
    const Food* food = nullptr;
    // "chickpeas, 1 tin": a can of a food is the food canned, where the table has it.
    const bool by_id = food_text.size() > 5 && (iequals(food_text.substr(0, 5), "usda:") ||
                                                 iequals(food_text.substr(0, 6), "fndds:"));
    const std::string key = unit_key(unit);
    const bool can = key == "can" || key.ends_with(" can") || key.starts_with("can ");
    if (!by_id && can) food = canned_form(food_text, out, &portion);
    if (!food) food = find_food(food_text, out, &portion, err);
    if (!food) return false;
    const Food* cooked = nullptr;  // the name's entry, where the line means it raw
    // (an id or a USDA description is the entry it names: "..., trimmed to 0" fat, cooked"; a can is canned)
    if (out->how != "id" && out->how != "USDA name" && !can)
        if (const Food* raw = as_bought(*food, food_text, bought, out)) cooked = food, food = raw, portion = {};
    if (!food->has_selenium()) {
        *err = out->how == "USDA words"
                   ? fmt::format("{} is only found as {}, which has no selenium value in the food table (missing is "
                                 "not zero)",
                                 quoted(food_text), food_label(*food))
                   : fmt::format("{} has no selenium value in the food table (missing is not zero)", food_label(*food));
        return false;
    }
    if (portion.empty()) portion = names_->default_unit(*food);
    if (!choose_unit(*food, food_text, unit, portion, out, err)) {
        // "1 medium sweet potato, peeled": the raw entry has no "medium"; the cooked one's is
        // of the food as bought ("medium (2" dia, 5" long, raw)").
        std::string ignored;
        if (!cooked || !choose_unit(*cooked, food_text, unit, names_->default_unit(*cooked), out, &ignored))
            return false;
        err->clear();
        add_note(&out->note, fmt::format("its weight by the measure of {}", food_label(*cooked)));
    }
    out->food = food;
    if (is_weight_unit(unit))
        out->bought_from = std::find(std::begin(kMeatGroups), std::end(kMeatGroups), food->group) !=
                                   std::end(kMeatGroups)
                               ? kBoughtMeatGrams
                               : kBoughtGrams;
    out->ug_per_unit = out->grams_per_unit * food->ug_per_100g / 100;
    // (multiplied in the figure's order, so a range widened to the figure gives it to the bit)
    out->range_per_unit = food_range(*food);
    out->range_per_unit.low = out->grams_per_unit * out->range_per_unit.low / 100;
    out->range_per_unit.high = out->grams_per_unit * out->range_per_unit.high / 100;
    return true;
}

namespace {


// One unit is this household measure.
bool use_portion(const Portion& p, std::string_view why, Resolved* out) {
    out->grams_per_unit = p.grams;
    out->measure = fmt::format("{} ({}{})", p.unit, grams_text(p.grams), why);
    return true;
}

const Portion* portion_named(const Food& food, std::string_view text) {
    for (const Portion& p : food.portions)
        if (p.unit == text) return &p;
    return nullptr;
}

// One unit is the food's default portion (`fallback`), if it has it.
bool use_default_portion(const Food& food, std::string_view fallback, Resolved* out, std::string* err) {
    if (const Portion* p = portion_named(food, fallback)) return use_portion(*p, ", its default portion", out);
    *err = fmt::format("{} has no default portion: give a unit; {}", food_label(food), measures_list(food));
    return false;
}

// The food's household measures by their keys, and the words of its own name.
struct Measures {
    std::vector<std::string> food_words;                        // of its description and common names
    std::vector<std::pair<const Portion*, std::string>> keyed;  // each measure by its unit key(s)

    bool is_food_word(std::string_view w) const {
        return std::find(food_words.begin(), food_words.end(), w) != food_words.end();
    }
    // Does a measure's key equal `word` or start with it as a word?
    bool any_starts(std::string_view word) const {
        return std::any_of(keyed.begin(), keyed.end(), [&](const auto& m) {
            return m.second == word || m.second.starts_with(std::string(word) + " ");
        });
    }
};

// The food's measures and their keys (mass-named ones left out); a measure that starts
// with the food's own name ("potato medium" of potatoes) also goes by the rest ("medium").
Measures household_measures(const Food& food) {
    Measures measures;
    measures.food_words = name_words(food.description);
    for (std::string_view name : food.names)
        for (auto& w : name_words(name)) measures.food_words.push_back(std::move(w));
    for (const Portion& p : food.portions) {
        if (mass_unit_grams(p.unit) > 0) continue;
        std::string k = unit_key(p.unit);
        measures.keyed.push_back({&p, k});
        std::size_t cut = 0;
        while (cut < k.size()) {
            const auto end = std::min(k.find(' ', cut), k.size());
            if (end == k.size() || !measures.is_food_word(std::string_view(k).substr(cut, end - cut))) break;
            cut = end + 1;
        }
        if (cut > 0 && cut < k.size()) measures.keyed.push_back({&p, k.substr(cut)});
    }
    return measures;
}

// A measure of bulk, not one of the food: a volume, a weight, a package, a serving.
bool bulk_measure(std::string_view unit) {
    static constexpr std::string_view kBulk[] = {"cup",   "tbsp",      "tsp", "fl",   "pint", "quart", "gallon",
                                                 "package", "container", "pkg", "nlea", "serving", "oz",  "lb",
                                                 "block", "ml",        "l"};
    const std::string key = unit_key(unit);
    const std::string_view first = std::string_view(key).substr(0, key.find(' '));
    return std::find(std::begin(kBulk), std::end(kBulk), first) != std::end(kBulk);
}

// One of the food, where its default portion is bulk: a measure named as the food is
// ("raspberries" of raspberries, "berries" of blueberries, "almond").
const Portion* item_measure(const Measures& measures) {
    for (const auto& [p, k] : measures.keyed) {
        if (k.find(' ') != std::string::npos || k.size() < 4) continue;
        for (const std::string& word : measures.food_words)
            if (word == k || (word.ends_with(k) && word.size() > k.size())) return p;
    }
    return nullptr;
}

// A drink, counted by the cup or glass its default portion is: SR28's beverages, juices
// (not lemon or lime) and fluid milks ("Milk, whole, 3.25% milkfat"), FNDDS's coffee, tea, juices, milks, waters, soft drinks, beer, wine and liquor.
bool is_drink(const Food& food) {
    static constexpr std::string_view kDrinkGroups[] = {"Beverages", "juice", "water", "drinks", "Coffee", "Tea",
                                                        "Beer",      "Wine",  "Liquor", "Milk",  "milk"};
    static constexpr std::string_view kNotFluid[] = {"dry", "condensed", "evaporated", "powder"};
    const std::string_view head = food.description.substr(0, food.description.find(','));
    if (head.ends_with("juice") && !head.starts_with("Lemon") && !head.starts_with("Lime"))
        return true;  // "Orange juice", not the lemon juice of a recipe
    if (food.description.starts_with("Milk,"))  // fluid milk, not dry, condensed or evaporated
        return std::none_of(std::begin(kNotFluid), std::end(kNotFluid), [&](std::string_view word) {
            return food.description.find(word) != std::string_view::npos;
        });
    return std::any_of(std::begin(kDrinkGroups), std::end(kDrinkGroups), [&](std::string_view word) {
        return food.group.find(word) != std::string_view::npos;
    });
}

// One of the food from a bulk measure that says how many it holds: "oz (19 halves)" is 19
// pecan halves, "cup, in shell, edible yield (7 nuts)" 7 walnuts, "package (2.06 oz, 2 bars)"
// 2 bars, "serving (1 hot dog)" one, "oz (10-12 kernels)" 11, the middle. The first such measure.
std::optional<std::pair<const Portion*, double>> counted_measure(const Food& food) {
    for (const Portion& p : food.portions) {
        const auto open = p.unit.find('(');
        if (open == std::string::npos || !bulk_measure(p.unit)) continue;
        std::string_view inside = std::string_view(p.unit).substr(open + 1);
        if (const auto comma = inside.rfind(", "); comma != std::string_view::npos)  // "(2.06 oz, 2 bars)"
            inside.remove_prefix(comma + 2);
        for (std::string_view about : {"about ", "approx. ", "approx "})
            if (inside.starts_with(about)) inside.remove_prefix(about.size());
        int count = 0, to = 0;
        const char* const stop = inside.data() + inside.size();
        auto [end, ec] = std::from_chars(inside.data(), stop, count);
        if (ec == std::errc() && end != stop && *end == '-') {  // "(10-12 kernels)": the middle, 11
            const auto upper = std::from_chars(end + 1, stop, to);
            if (upper.ec != std::errc() || to <= count) continue;
            end = upper.ptr;
        }
        if (ec != std::errc() || count < 1 || end == stop || *end != ' ') continue;
        const std::string_view what(end + 1, stop - end - 1);
        const auto close = what.find(')');
        // a count of pieces: words only ("halves", "whole kernels"), not "(1/2\" base)" nor a
        // unit ("serving (5 fl oz)")
        if (close == std::string_view::npos || close == 0 ||
            !std::all_of(what.begin(), what.begin() + static_cast<std::ptrdiff_t>(close),
                         [](char c) { return (c >= 'a' && c <= 'z') || c == ' '; }))
            continue;
        const auto words = name_words(what.substr(0, close));
        const auto per = std::find(words.begin(), words.end(), "per");  // "(approx 20 pieces per cup)"
        if (std::any_of(words.begin(), per, [](const std::string& w) {
                return volume_unit_ml(unit_key(w)) > 0 || mass_unit_grams(w) > 0 || w == "serving";
            }))
            continue;  // "(5 fl oz)", "(1 NLEA serving)", "(3 heaping tsp)": an amount, not pieces
        return std::pair{&p, to > 0 ? (count + to) / 2.0 : count};
    }
    return std::nullopt;
}

// What an entry is, by its description: the last word of its first part ("Peanuts, spanish,
// raw" are peanuts), and after a kind SR28 names first that of its second ("Mollusks, mussel,
// blue"; "Nuts, almond butter" is butter); a last "nut" aside ("cashew nuts" are cashews).
std::vector<std::string> head_words(std::string_view description) {
    static constexpr std::string_view kKinds[] = {"Crustaceans", "Fish", "Mollusks", "Nuts"};
    std::vector<std::string> heads;
    for (std::string_view rest = description; !rest.empty();) {
        const auto comma = rest.find(',');
        auto words = name_words(rest.substr(0, comma));
        if (words.size() > 1 && words.back() == "nut") words.pop_back();
        if (!words.empty()) heads.push_back(std::move(words.back()));
        if (comma == std::string_view::npos || heads.size() > 1 ||
            std::find(std::begin(kKinds), std::end(kKinds), rest.substr(0, comma)) == std::end(kKinds))
            break;
        rest.remove_prefix(comma + 1);
    }
    return heads;
}

// The countable item of data/items.csv that the entry is, by its description's head words
// (a mussel for "Mollusks, mussel, blue", not a clam for "Soup, clam chowder"), or nullptr.
const ItemWeight* item_of(const Food& food) {
    for (const std::string& word : head_words(food.description))
        for (const ItemWeight& item : embedded_items())
            if (item.item == word) return &item;
    return nullptr;
}

// No unit: one of the food, said in a note: its default portion, unless that is bulk (a cup)
// and it has a measure of one item (or a bulk measure that says how many it holds), else the
// weight of one of its item from data/items.csv (12 mussels); a count of a bulk default is
// refused (Resolved::no_count).
bool use_default_portion_for_no_unit(const Food& food, std::string_view food_text, std::string_view fallback,
                                     const Measures& measures, Resolved* out, std::string* err) {
    // (FNDDS's "Quantity not specified" is a serving, not one of the food: 6 chicken nuggets
    // are 6 of its "nugget", 16 g, not 6 servings of 80 g)
    if (bulk_measure(fallback) || !portion_named(food, fallback) || fallback == "Quantity not specified") {
        if (const Portion* item = item_measure(measures)) {
            use_portion(*item, ", one of the food", out);
            add_note(&out->note, fmt::format("no unit for {}: each counts as one \"{}\" ({}), one of the food",
                                             quoted(food_text), item->unit, grams_text(item->grams)));
            return true;
        }
        if (const auto counted = counted_measure(food)) {
            const auto [p, count] = *counted;
            if (count == 1) {  // "serving (1 hot dog)"
                use_portion(*p, ", one of the food", out);
                add_note(&out->note, fmt::format("no unit for {}: each counts as one \"{}\" ({})",
                                                 quoted(food_text), p->unit, grams_text(p->grams)));
                return true;
            }
            const std::string one = fmt::format("1/{} of \"{}\"", count, p->unit);
            use_portion({one, p->grams / count}, ", one of the food", out);
            add_note(&out->note, fmt::format("no unit for {}: each counts as one of the {} in \"{}\" ({}): {}",
                                             quoted(food_text), count, p->unit, grams_text(p->grams),
                                             grams_text(out->grams_per_unit)));
            return true;
        }
    }
    if (!portion_named(food, fallback)) {  // no default portion: a medium one, or one piece of it
        static constexpr std::string_view kOne[] = {"medium", "fruit", "fruit without refuse", "piece", "patty",
                                                    "whole", "each", "item"};
        for (std::string_view one : kOne)
            for (const auto& [p, k] : measures.keyed)
                if (k == one || k.starts_with(std::string(one) + " ")) {
                    use_portion(*p, ", one of the food", out);
                    add_note(&out->note, fmt::format("no unit for {}: each counts as one \"{}\" ({})",
                                                     quoted(food_text), p->unit, grams_text(p->grams)));
                    return true;
                }
    }
    if ((bulk_measure(fallback) || !portion_named(food, fallback)) && !is_drink(food))
        if (const ItemWeight* item = item_of(food)) {  // "mussels,12,": no weight for one of its own
            use_portion({item->item, item->grams}, ", one of the food by data/items.csv", out);
            add_note(&out->note, fmt::format("no unit for {}: each counts as one {}, {} (data/items.csv: {})",
                                             quoted(food_text), item->item, grams_text(item->grams), item->source));
            return true;
        }
    if (!use_default_portion(food, fallback, out, err)) {
        *err = fmt::format("missing unit for {}; {}", food_label(food), measures_list(food));
        return false;
    }
    if (bulk_measure(fallback) && !is_drink(food))  // ("2 coffees" are two cups)
        out->no_count = fmt::format("{} has no unit, and {} has no weight for one of it: give a unit; {}",
                                    quoted(food_text), food_label(food), measures_list(food));
    add_note(&out->note, fmt::format("no unit for {}: each counts as one \"{}\" ({}), its default portion",
                                     quoted(food_text), fallback, grams_text(out->grams_per_unit)));
    return true;
}

// USDA lists some measures twice under one text with other weights ("fl oz" as 6 g and 30.4 g;
// "block" as 324 g and 455 g). A volume: the one nearest the food's density from its other
// volume measures (else water's); otherwise the first. Either way said in a note.
const Portion* same_text_measure(const Food& food, const Portion* first, std::string* note) {
    std::vector<const Portion*> same;
    for (const Portion& p : food.portions)
        if (p.unit == first->unit) same.push_back(&p);
    const auto [light, heavy] = std::minmax_element(same.begin(), same.end(),
                                                    [](const Portion* a, const Portion* b) { return a->grams < b->grams; });
    if (!((*light)->grams > 0) || (*heavy)->grams <= 1.1 * (*light)->grams) return first;  // (they agree)
    const Portion* chosen = first;
    const double ml = volume_unit_ml(unit_key(first->unit));
    if (ml > 0) {
        double density = 1;  // g/ml: water's, unless another volume measure gives the food's
        for (const Portion& p : food.portions)
            if (p.unit != first->unit && volume_unit_ml(unit_key(p.unit)) > 0 && p.grams > 0) {
                density = p.grams / volume_unit_ml(unit_key(p.unit));
                break;
            }
        for (const Portion* p : same)
            if (std::abs(std::log(p->grams / (ml * density))) < std::abs(std::log(chosen->grams / (ml * density))))
                chosen = p;
    }
    std::string others;
    for (const Portion* p : same)
        if (p != chosen) others += fmt::format("{}{}", others.empty() ? "" : ", ", grams_text(p->grams));
    add_note(note, fmt::format("{} lists \"{}\" as {} and as {}: counted as {}{}; give grams if another is meant",
                               food_label(food), first->unit, grams_text(chosen->grams), others,
                               grams_text(chosen->grams), ml > 0 ? ", the one that fits its density" : ", the first"));
    return chosen;
}

// The measure whose whole key is the unit's, or nullptr.
const Portion* measure_named(const Measures& measures, const std::string& key) {
    for (const auto& [p, k] : measures.keyed)
        if (k == key) return p;
    return nullptr;
}

// Of measures that start alike, the one a word of the name says that the entry's own name
// does not: "cup, sliced" of "Bananas, sliced" (not "cup, mashed"). nullptr if none or several.
const Portion* measure_the_name_says(const std::vector<const Portion*>& leading, std::string_view food_text,
                                     const std::string& wanted, const Measures& measures, std::string* word) {
    auto written = name_words(food_text);
    const auto unit_words = name_words(wanted);
    // (grated cheese is measured as shredded)
    const bool grated = std::find(written.begin(), written.end(), "grated") != written.end() &&
                        std::find(written.begin(), written.end(), "shredded") == written.end();
    if (grated) written.push_back("shredded");
    const Portion* said = nullptr;
    for (const Portion* p : leading) {
        for (const std::string& w : name_words(p->unit)) {
            if (measures.is_food_word(w) || std::find(unit_words.begin(), unit_words.end(), w) != unit_words.end() ||
                std::find(written.begin(), written.end(), w) == written.end())
                continue;
            if (said && said != p) return nullptr;  // (two say it: neither)
            said = p;
            *word = grated && w == "shredded" ? "grated" : w;
        }
    }
    return said;
}

// The measure whose key starts with the unit's words (a nut is a kernel; a piece is a
// slice when the food has no piece measure): the only one, else the one the name says
// ("Bananas, sliced"), else the default portion if it is one of them, else the first, said
// in a note. nullptr if none starts so.
const Portion* measure_by_leading_words(const Food& food, std::string_view food_text, std::string_view unit,
                                        const std::string& key, std::string_view fallback, const Measures& measures,
                                        std::string* note) {
    const bool piece_slice = key == "piece" && !measures.any_starts("piece") && measures.any_starts("slice");
    if (piece_slice) add_note(note, fmt::format("'piece' of {} counted as its slice", food_label(food)));
    const std::string wanted = key == "nut" ? "kernel" : piece_slice ? "slice" : key;
    std::vector<const Portion*> leading;
    for (const auto& [p, k] : measures.keyed)
        if ((k == wanted || k.starts_with(wanted + " ")) &&
            std::find(leading.begin(), leading.end(), p) == leading.end())
            leading.push_back(p);
    if (leading.size() <= 1) return leading.empty() ? nullptr : leading.front();
    std::string word;
    if (const Portion* said = measure_the_name_says(leading, food_text, wanted, measures, &word)) {
        add_note(note, fmt::format("unit {} of {} counted as \"{}\" ({}), as the name says '{}'", quoted(unit),
                                   food_label(food), said->unit, grams_text(said->grams), word));
        return said;
    }
    // A volume: the one that fits the food's density by its other volume measures ("cup, fluid"
    // of heavy cream, 238 g by its "fl oz", not "cup, whipped", 120 g).
    if (const double ml = volume_unit_ml(wanted); ml > 0) {
        const Portion* by = nullptr;
        for (const Portion& p : food.portions) {
            const double p_ml = volume_unit_ml(unit_key(p.unit));
            if (p_ml > 0 && p.grams > 0 && std::find(leading.begin(), leading.end(), &p) == leading.end()) {
                by = &p;
                break;
            }
        }
        if (by) {
            const double expected = ml * by->grams / volume_unit_ml(unit_key(by->unit));
            const auto off = [&](const Portion* p) { return std::abs(std::log(p->grams / expected)); };
            const Portion* fits = *std::min_element(leading.begin(), leading.end(),
                                                     [&](const Portion* a, const Portion* b) { return off(a) < off(b); });
            if (off(fits) < std::log(1.1)) {
                add_note(note, fmt::format("unit {} of {} counted as \"{}\" ({}), the one of its {} such measures that "
                                           "fits its density (its \"{}\": {})",
                                           quoted(unit), food_label(food), fits->unit, grams_text(fits->grams),
                                           leading.size(), by->unit, grams_text(by->grams)));
                return fits;
            }
        }
    }
    // The default portion, when it starts with the unit and the food still has it (a
    // --foods entry may replace a food's portions, its alias's default among them).
    const std::string fallback_key = unit_key(fallback);
    if (!fallback.empty() && (fallback_key == wanted || fallback_key.starts_with(wanted + " ")))
        if (const Portion* p = portion_named(food, fallback)) return p;
    // USDA lists a food's primary measure first: the first that starts with the unit.
    std::string others;
    for (const Portion* p : leading)
        if (p != leading.front())
            others += fmt::format("{}\"{}\" ({})", others.empty() ? "" : ", ", p->unit, grams_text(p->grams));
    add_note(note, fmt::format("unit {} of {} counted as \"{}\" ({}), the first of its {} such measures; write "
                               "another in full if meant: {}",
                               quoted(unit), food_label(food), leading.front()->unit,
                               grams_text(leading.front()->grams), leading.size(), others));
    return leading.front();
}

// Does the unit mean "one of the food" ("each", or the food's own name: "2 eggs")?
bool means_one_of_the_food(const std::string& key, std::string_view food_text, const Measures& measures) {
    const auto written = name_words(food_text);
    const bool names_food =
        measures.is_food_word(key) || std::find(written.begin(), written.end(), key) != written.end();
    return std::find(std::begin(kCountUnits), std::end(kCountUnits), key) != std::end(kCountUnits) || names_food;
}

// A dozen: twelve default portions.
bool use_dozen(const Food& food, std::string_view fallback, Resolved* out, std::string* err) {
    if (!use_default_portion(food, fallback, out, err)) return false;
    out->grams_per_unit *= 12;
    out->measure = fmt::format("dozen (12 × {}, {})", fallback, grams_text(out->grams_per_unit));
    return true;
}

// A measure that gives the food's density, and the millilitres it holds.
struct DensityMeasure {
    const Portion* by = nullptr;
    double ml = 0;
};

// From a plain "cup", "fl oz", "tbsp" or "tsp" measure, else from the first measure that
// starts with one ("cup (not packed)", "cup, chopped").
DensityMeasure density_by_measure_name(const Measures& measures) {
    for (std::string_view density : kDensityMeasures)
        for (const auto& [p, k] : measures.keyed)
            if (k == density) return {p, volume_unit_ml(density)};
    for (const auto& [p, k] : measures.keyed)
        for (std::string_view density : kDensityMeasures)
            if (k.starts_with(std::string(density) + " ")) return {p, volume_unit_ml(density)};
    return {};
}

// From a measure whose text gives a volume: "serving 1/2 cup" (66 g) of ice cream: a cup is 132 g.
DensityMeasure density_by_measure_text(const Measures& measures) {
    for (const auto& [p, k] : measures.keyed) {
        const std::string_view text = p->unit;
        for (std::string_view density : kDensityMeasures) {
            std::string spaced(" ");  // (not " " + std::string(density): g++ 12 -O3 warns of a false -Wrestrict)
            spaced += density;
            const auto at = text.find(spaced);
            if (at == std::string_view::npos || at == 0) continue;
            auto begin = text.rfind(' ', at - 1);
            begin = begin == std::string_view::npos ? 0 : begin + 1;
            const std::string_view number = text.substr(begin, at - begin);
            double value = 0, over = 1;
            const auto slash = number.find('/');
            const auto a = number.substr(0, slash), b = slash == std::string_view::npos ? "" : number.substr(slash + 1);
            if (std::from_chars(a.data(), a.data() + a.size(), value).ec != std::errc() ||
                (!b.empty() && std::from_chars(b.data(), b.data() + b.size(), over).ec != std::errc()) ||
                !(value > 0) || !(over > 0))
                continue;
            return {p, volume_unit_ml(density) * value / over};
        }
    }
    return {};
}

// A volume unit, weighed by the food's density.
bool weigh_volume(const Food& food, std::string_view food_text, std::string_view unit, const std::string& key,
                  double ml, const Measures& measures, Resolved* out, std::string* err) {
    DensityMeasure density = density_by_measure_name(measures);
    if (!density.by) density = density_by_measure_text(measures);
    if (!density.by) {
        *err = fmt::format("unit {} is a volume, but {} has no cup, fl oz, tbsp or tsp measure to weigh it by; {}",
                           quoted(unit), food_label(food), measures_list(food));
        return false;
    }
    out->grams_per_unit = ml * density.by->grams / density.ml;
    out->measure = fmt::format("{} ({} by the density of its \"{}\": {})", key, grams_text(out->grams_per_unit),
                               density.by->unit, grams_text(density.by->grams));
    if (key == "glass")
        add_note(&out->note, fmt::format("a glass of {} counted as 8 fl oz (1 cup, 236.6 ml)", quoted(food_text)));
    if (key == "bowl" || key == "plate")
        add_note(&out->note, fmt::format("a {} of {} counted as {}: {}s differ, give cups or grams for a closer figure",
                                         key, quoted(food_text),
                                         key == "bowl" ? "1.25 cups (10 fl oz, 295.7 ml)" : "1.5 cups (12 fl oz, 354.9 ml)",
                                         key));
    if (key == "mug")
        add_note(&out->note, fmt::format("a mug of {} counted as 10 fl oz (295.7 ml)", quoted(food_text)));
    if (key == "pinch" || key == "dash")
        add_note(&out->note, fmt::format("a {} of {} counted as {} tsp", key, quoted(food_text),
                                         key == "pinch" ? "1/16" : "1/8"));
    return true;
}

// Does the name say its can was drained ("chickpeas, drained", "rinsed")?
bool says_drained(std::string_view food_text) {
    const auto words = name_words(food_text);
    return std::find(words.begin(), words.end(), "drained") != words.end() ||
           std::find(words.begin(), words.end(), "rinsed") != words.end();
}

// A can the food has no measure for: a drink's 12 fl oz (355 ml) can, else a standard
// 400 g (14 oz) can of food, 240 g drained (its contents without the liquid), said in a note.
bool use_standard_can(const Food& food, std::string_view food_text, const Measures& measures, Resolved* out,
                      std::string* err) {
    if (is_drink(food)) {
        if (!weigh_volume(food, food_text, "can", "can", 354.88235475, measures, out, err)) return false;
        add_note(&out->note, fmt::format("a can of {} counted as 12 fl oz (355 ml)", quoted(food_text)));
        return true;
    }
    const bool drained = says_drained(food_text);
    out->grams_per_unit = drained ? 240 : 400;
    out->measure = drained ? "can, drained (240 g)" : "can (400 g)";
    add_note(&out->note, fmt::format("a can of {} counted as {} (USDA gives no can weight for it): write the "
                                     "weight if yours differs",
                                     quoted(food_text),
                                     drained ? "240 g, a standard 400 g (14 oz) can drained" : "400 g, a standard (14 oz) can"));
    return true;
}

}  // namespace

// The raw food, where the line says how it was cut or bought ("sweet potato, peeled and
// cubed", "boneless chicken breast") or weighs more than one eats at once (`weighed`: "ground
// beef, 1 lb") and the name's entry is cooked: a recipe's ingredient, weighed as bought.
// nullptr otherwise.
const Food* Resolver::as_bought(const Food& food, std::string_view food_text, bool weighed, Resolved* out) const {
    static constexpr std::string_view kCutWords[] = {"boneless", "chopped", "cored",     "crushed", "cubed", "cut",
                                                     "deseeded", "diced",   "grated",    "halved",  "julienned",
                                                     "minced",   "peeled",  "quartered", "seeded",  "skinless",
                                                     "trimmed"};
    const auto words = name_words(food_text);
    const auto cut = std::find_first_of(words.begin(), words.end(), std::begin(kCutWords), std::end(kCutWords));
    if (cut == words.end() && !weighed) return nullptr;
    // (nuts are bought roasted: "chopped cashews" are the roasted ones)
    if (food.group == "Nut and Seed Products" || food.description.find("dry roasted") != std::string_view::npos ||
        food.description.find("dry-roasted") != std::string_view::npos)
        return nullptr;
    const Food* raw = names_->raw_form(food, words);
    if (!raw) return nullptr;
    out->note = fmt::format("{} counted as {}, not {}: {}", quoted(food_text), food_label(*raw), food_label(food),
                            cut != words.end() ? fmt::format("'{}' is said of a food before it is cooked", *cut)
                                               : std::string("so much of it, weighed, is more than one eats at once: a weight as bought"));
    return raw;
}

// The food a can of `food_text` holds: the name read with "canned", if that is a canned
// entry ("chickpeas" -> "Chickpeas, ..., canned, drained solids"); nullptr otherwise, and
// for a name that says its state already.
const Food* Resolver::canned_form(std::string_view food_text, Resolved* out, std::string_view* portion) const {
    const auto words = name_words(food_text);
    // (name_words reads "tin" and "tinned" as "canned")
    static constexpr std::string_view kSaysState[] = {"canned", "raw",    "fresh", "dried", "dry",
                                                      "frozen", "cooked", "boiled", "fried", "baked"};
    for (const auto& word : words)
        if (std::find(std::begin(kSaysState), std::end(kSaysState), word) != std::end(kSaysState)) return nullptr;
    // Canned foods are listed drained and with their liquid; a can's selenium is much the same
    // either way (the liquid has little), so the one the name says, else with its liquid
    // where the plain name fits several.
    const bool drained = says_drained(food_text);
    // (the name before a comma: "diced tomatoes, undrained" is diced tomatoes)
    const std::string head(food_text.substr(0, std::min(food_text.find(','), food_text.size())));
    NameMatch match;
    if (drained) match = names_->find(head + " canned drained");
    if (!match.food && !drained) match = names_->find(head + " canned solids and liquids");
    if (!match.food) match = names_->find(head + " canned");
    if (!match.food || !match.food->has_selenium() || match.food->description.find("canned") == std::string::npos)
        return nullptr;
    NameMatch plain = names_->find(food_text);
    if (plain.food == match.food) return nullptr;  // (the name says a canned food already: "tuna")
    out->how = std::move(match.how);
    out->note = fmt::format("a can of {} counted as {}, canned", quoted(food_text), food_label(*match.food));
    *portion = match.unit;
    return match.food;
}

// The unit rule (README, "Units"): selenium units, mass units, the food's own
// measures by whole text or leading words, the food itself or "each" as its default
// portion, volumes through the food's density, and no unit as one default portion.
bool Resolver::choose_unit(const Food& food, std::string_view food_text, std::string_view unit,
                           std::string_view fallback, Resolved* out, std::string* err) const {
    const std::string key = unit_key(unit);
    if (key.empty()) return use_default_portion_for_no_unit(food, food_text, fallback, household_measures(food), out, err);
    // An ounce of a drink is a fluid ounce, as drinks are sold ("diet coke,20,oz").
    if (key == "oz" && is_drink(food)) {
        if (weigh_volume(food, food_text, unit, "fl oz", volume_unit_ml("fl oz"), household_measures(food), out, err)) {
            add_note(&out->note, fmt::format("'oz' of {} counted as fluid ounces, as drinks are sold", quoted(food_text)));
            return true;
        }
        err->clear();
    }
    if (const double grams = mass_unit_grams(key); grams > 0) {
        out->grams_per_unit = grams;
        return true;
    }
    const Measures measures = household_measures(food);
    if (double grams = 0, ml = 0; sized_unit(unit, &grams, &ml)) {  // "(15 oz) can": the size it says
        if (ml > 0) return weigh_volume(food, food_text, unit, key, ml, measures, out, err);
        out->grams_per_unit = grams;
        out->measure = fmt::format("{} ({})", key, grams_text(grams));
        return true;
    }
    if (const Portion* p = measure_named(measures, key)) return use_portion(*same_text_measure(food, p, &out->note), "", out);
    if (const Portion* p = measure_by_leading_words(food, food_text, unit, key, fallback, measures, &out->note))
        return use_portion(*p, "", out);
    if (means_one_of_the_food(key, food_text, measures)) {
        if (fallback == "Quantity not specified")  // one of a food as eaten: its portion named as it
            if (const Portion* item = item_measure(measures)) return use_portion(*item, ", one of the food", out);
        return use_default_portion(food, fallback, out, err);
    }
    if (key == "dozen") return use_dozen(food, fallback, out, err);
    if (key == "serving" && use_default_portion(food, fallback, out, err)) {  // (no serving measure of its own)
        add_note(&out->note, fmt::format("a serving of {} counted as its default portion, \"{}\"", quoted(food_text),
                                         fallback));
        return true;
    }
    // A handful of fresh fruit or vegetables: half a cup, by its density (grapes 76 g, spinach 15 g).
    if (key == "handful" && (food.group == "Fruits and Fruit Juices" || food.group == "Vegetables and Vegetable Products") &&
        food.description.find("dried") == std::string_view::npos && !food.description.starts_with("Raisins") &&
        !food.description.starts_with("Dates") && !food.description.starts_with("Prunes") &&
        weigh_volume(food, food_text, unit, "cup", volume_unit_ml("cup") / 2, measures, out, err)) {
        out->measure = fmt::format("handful (1/2 cup, {})", grams_text(out->grams_per_unit));
        add_note(&out->note, fmt::format("a handful of {} counted as half a cup ({})", quoted(food_text),
                                         grams_text(out->grams_per_unit)));
        return true;
    }
    if (key == "handful") {  // nuts, seeds, dried fruit, snacks: about an ounce (or a fruit with no cup)
        err->clear();
        out->grams_per_unit = 28.349523125;
        out->measure = "handful (1 oz, 28.35 g)";
        add_note(&out->note, fmt::format("a handful of {} counted as 1 oz (28.35 g)", quoted(food_text)));
        return true;
    }
    if (const double ml = volume_unit_ml(key); ml > 0)
        return weigh_volume(food, food_text, unit, key, ml, measures, out, err);
    // Units people say for a measure USDA names otherwise: a rib or stick of celery is its
    // stalk, a rasher or strip of bacon its slice, a packet of crisps FNDDS's small bag.
    static constexpr std::pair<std::string_view, std::string_view> kOtherNames[] = {
        {"rib", "stalk"},     {"stick", "stalk"}, {"rasher", "slice"},
        {"strip", "slice"},   {"packet", "small single serving bag"}};
    for (auto [said, named] : kOtherNames) {
        if (key != said) continue;
        if (const Portion* p =
                measure_by_leading_words(food, food_text, named, std::string(named), fallback, measures, &out->note)) {
            add_note(&out->note, fmt::format("'{}' of {} counted as its {}", said, food_label(food), named));
            return use_portion(*p, "", out);
        }
    }
    if (key == "can") return use_standard_can(food, food_text, measures, out, err);
    *err = fmt::format("unknown unit {} for {}; {}", quoted(unit), food_label(food), measures_list(food));
    return false;
}

}  // namespace seck
