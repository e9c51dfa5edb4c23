#include "seck/resolve.h"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

namespace seck {

namespace {

constexpr std::size_t kMaxQuoted = 40;     // bytes of user text shown in a message
constexpr std::size_t kMaxCache = 100000;  // (food, unit) answers remembered
constexpr std::size_t kMaxCandidates = 5;  // entries listed for an ambiguous name

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

// "cup, whole" -> "cup"; "oz (6 kernels)" -> "oz"
std::string first_word(std::string_view measure) {
    const auto end = measure.find_first_of(" ,(");
    return name_key(measure.substr(0, end));
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

bool is_id(std::string_view id) {
    return !id.empty() && std::all_of(id.begin(), id.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string quoted(std::string_view text) {
    std::size_t cut = std::min(text.size(), kMaxQuoted);
    while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    std::string shown;
    for (char c : text.substr(0, cut)) {  // control characters never reach the terminal
        if (c == '\n')
            shown += "\\n";
        else if (c == '\r')
            shown += "\\r";
        else if (c == '\t')
            shown += "\\t";
        else if ((c >= 0 && c < 0x20) || c == 0x7f)
            shown += fmt::format("\\x{:02x}", static_cast<int>(c));
        else
            shown += c;
    }
    if (cut == text.size()) return fmt::format("'{}'", shown);
    return fmt::format("'{}…' ({} bytes)", shown, text.size());
}

std::string food_label(const Food& food) {
    return fmt::format("{}{} ({})", is_id(food.id) ? "usda:" : "", food.id, food.description);
}

bool parse_amount(std::string_view text, double* out, std::string* err) {
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
            *err = fmt::format("amount {} is not a number (write decimals with a dot: 1.5)", quoted(text));
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

bool is_selenium_unit(std::string_view unit) {
    return iequals(unit, "mcg") || iequals(unit, "ug") || unit == "\u00b5g" || unit == "\u03bcg";
}

bool Resolver::resolve(std::string_view food, std::string_view unit, Resolved* out, std::string* err) {
    key_.assign(food);
    key_ += '\0';
    key_.append(unit);
    auto it = cache_.find(key_);
    if (it == cache_.end()) {
        if (cache_.size() >= kMaxCache) cache_.clear();
        Answer answer{};
        if (!resolve_uncached(food, unit, &answer.resolved, &answer.error) && answer.error.empty())
            answer.error = "cannot resolve";
        it = cache_.emplace(key_, std::move(answer)).first;
    }
    if (!it->second.error.empty()) {
        *err = it->second.error;
        return false;
    }
    *out = it->second.resolved;
    return true;
}

const Food* Resolver::find_food(std::string_view food, std::string* err) const {
    if (food.size() >= 5 && iequals(food.substr(0, 5), "usda:")) {
        std::string_view digits = food.substr(5);
        while (!digits.empty() && digits.front() == ' ') digits.remove_prefix(1);
        if (!is_id(digits) || digits.size() > 5) {
            *err = fmt::format("{} is not a USDA id (write usda: and the NDB number, e.g. usda:12078)", quoted(food));
            return nullptr;
        }
        const std::string id = std::string(5 - digits.size(), '0') + std::string(digits);
        if (const Food* found = table_.by_id(id)) return found;
        *err = fmt::format("unknown food id {} (find ids with: seck foods WORDS)", quoted(food));
        return nullptr;
    }
    const auto found = table_.by_name(food);
    if (found.size() == 1) return found.front();
    if (found.empty()) {
        *err = fmt::format(
            "unknown food {}: write its USDA description or common name, or usda:NNNNN "
            "(find it with: seck foods WORDS)",
            quoted(food));
        return nullptr;
    }
    std::string list;
    for (std::size_t i = 0; i < found.size() && i < kMaxCandidates; ++i)
        list += (i ? ", " : "") + food_label(*found[i]);
    if (found.size() > kMaxCandidates) list += fmt::format(" and {} more", found.size() - kMaxCandidates);
    *err = fmt::format("food {} matches {} entries: {}; write the one you mean as usda:NNNNN", quoted(food),
                       found.size(), list);
    return nullptr;
}

bool Resolver::resolve_uncached(std::string_view food_text, std::string_view unit, Resolved* out,
                                std::string* err) const {
    if (is_selenium_unit(unit)) {
        *out = {nullptr, 1.0};
        return true;
    }
    const Food* food = find_food(food_text, err);
    if (!food) return false;
    if (!food->has_selenium()) {
        *err = fmt::format("{} has no selenium value in the food table (missing is not zero)", food_label(*food));
        return false;
    }
    auto per_unit = [&](double grams) {
        *out = {food, grams * food->ug_per_100g / 100};
        return true;
    };
    if (unit.empty()) {
        *err = fmt::format("missing unit for {}; {}", food_label(*food), measures_list(*food));
        return false;
    }
    if (const double grams = mass_unit_grams(unit); grams > 0) return per_unit(grams);

    const std::string key = name_key(unit);
    for (const Portion& p : food->portions)
        if (name_key(p.unit) == key) return per_unit(p.grams);
    std::vector<const Portion*> matches;
    for (const Portion& p : food->portions)
        if (first_word(p.unit) == key) matches.push_back(&p);
    if (matches.size() == 1) return per_unit(matches.front()->grams);
    if (matches.empty()) {
        *err = fmt::format("unknown unit {} for {}; {}", quoted(unit), food_label(*food), measures_list(*food));
        return false;
    }
    std::string list;
    for (std::size_t i = 0; i < matches.size(); ++i)
        list += fmt::format("{}\"{}\" ({})", i ? ", " : "", matches[i]->unit, grams_text(matches[i]->grams));
    *err = fmt::format("unit {} matches several measures of {}: {}; write one in full", quoted(unit), food_label(*food),
                       list);
    return false;
}

}  // namespace seck
