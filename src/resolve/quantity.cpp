#include "seck/resolve/quantity.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <utility>

#include "seck/core/text.h"
#include "seck/resolve/names.h"
#include "seck/resolve/resolve.h"

namespace seck {

namespace {

// Unicode's vulgar fractions, as UTF-8.
constexpr std::array<std::pair<std::string_view, double>, 15> kVulgar = {{
    {"½", 1.0 / 2},
    {"¼", 1.0 / 4},
    {"¾", 3.0 / 4},
    {"⅓", 1.0 / 3},
    {"⅔", 2.0 / 3},
    {"⅕", 1.0 / 5},
    {"⅖", 2.0 / 5},
    {"⅗", 3.0 / 5},
    {"⅘", 4.0 / 5},
    {"⅙", 1.0 / 6},
    {"⅚", 5.0 / 6},
    {"⅛", 1.0 / 8},
    {"⅜", 3.0 / 8},
    {"⅝", 5.0 / 8},
    {"⅞", 7.0 / 8},
}};

// Amounts said in words, longest first: "half a dozen" before "half" and "a".
constexpr std::array<std::pair<std::string_view, double>, 27> kWords = {{
    {"half a dozen", 6},
    {"a single", 1},
    {"a couple of", 2},
    {"a dozen", 12},
    {"a couple", 2},
    {"couple of", 2},
    {"one and a half", 1.5},
    {"a half", 0.5},
    {"half an", 0.5},
    {"half a", 0.5},
    {"half", 0.5},
    {"dozen", 12},
    {"a", 1},
    {"an", 1},
    {"one", 1},
    {"two", 2},
    {"three", 3},
    {"four", 4},
    {"five", 5},
    {"six", 6},
    {"seven", 7},
    {"eight", 8},
    {"nine", 9},
    {"ten", 10},
    {"eleven", 11},
    {"twelve", 12},
    {"single", 1},
}};

// Amounts too vague to count ("a few almonds", "some rice").
constexpr std::string_view kVague[] = {"a few", "few", "some", "several", "a bit", "a little",
                                       "a handful or two", "many", "plenty"};

bool vague(std::string_view text) {
    const std::string key = name_key(text);
    for (std::string_view words : kVague)
        if (key == words || (key.starts_with(words) && key.size() > words.size() && key[words.size()] == ' '))
            return true;
    return false;
}

// Household units known by name, for a quantity inside a food's name ("2 slices of bread"),
// besides the mass and volume units (resolve.h): as unit_key() gives them, singular.
constexpr std::string_view kHouseholdUnits[] = {
    "bag",     "ball",  "bar",      "bottle", "bowl",  "box",   "bunch",  "can",   "capsule", "carton",
    "clove",   "container", "drop", "fillet", "handful", "head", "jar",   "pack",  "package", "packet",
    "piece",   "plate", "pot",      "pouch",  "punnet", "rasher", "rib",   "scoop", "serving", "slice",
    "spoonful", "sprig", "stalk",   "stick",  "strip",  "tablet", "tub",   "wedge"};

// A container and its size at the start of `rest`, after a count ("1 (15 oz) can black beans",
// "1 x 400g tin chickpeas"), or after a mass ("250 g punnet strawberries": `mass` is "250 g"):
// the unit ("(15 oz) can", "x 400g tin", "250 g punnet") and its length in `rest`; 0 if none.
std::size_t sized_container_at(std::string_view rest, std::string_view mass, std::string* unit);

bool space(char c) {
    return c == ' ' || c == '\t';
}

bool digit(char c) {
    return c >= '0' && c <= '9';
}

// A vulgar fraction at the start of `s`: its value and length.
bool vulgar(std::string_view s, double* value, std::size_t* len) {
    for (const auto& [text, v] : kVulgar) {
        if (!s.starts_with(text)) continue;
        *value = v;
        *len = text.size();
        return true;
    }
    return false;
}

// Digits with an optional ".digits": its value and length (at most 15 digits).
bool decimal(std::string_view s, double* value, std::size_t* len) {
    std::size_t n = 0, digits = 0;
    while (n < s.size() && digit(s[n])) ++n, ++digits;
    if (n < s.size() && s[n] == '.') {
        std::size_t m = n + 1;
        while (m < s.size() && digit(s[m])) ++m, ++digits;
        if (m > n + 1 || n > 0) n = m;
    }
    if (digits == 0 || digits > 15) return false;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + n, *value, std::chars_format::fixed);
    if (ec != std::errc() || end != s.data() + n) return false;
    *len = n;
    return true;
}

// A number at the start of `s`: "2", "0.5", "1/2", "1 1/2", "½", "1½", "1 ½". Its value and length.
bool number(std::string_view s, double* value, std::size_t* len) {
    if (vulgar(s, value, len)) return true;
    double whole = 0;
    std::size_t n = 0;
    if (!decimal(s, &whole, &n)) return false;
    // "1/2": digits over digits (not a decimal: "1.5/2" is no fraction)
    if (n < s.size() && s[n] == '/' && s.substr(0, n).find('.') == std::string_view::npos) {
        double below = 0;
        std::size_t m = 0;
        if (!decimal(s.substr(n + 1), &below, &m) || below == 0 || s.substr(n + 1, m).find('.') != std::string_view::npos)
            return false;
        *value = whole / below;
        *len = n + 1 + m;
        return true;
    }
    double part = 0;
    std::size_t m = 0;
    if (vulgar(s.substr(n), &part, &m)) {  // "1½"
        *value = whole + part;
        *len = n + m;
        return true;
    }
    if (s.substr(0, n).find('.') == std::string_view::npos) {  // "1 1/2", "1 ½"
        std::size_t at = n;
        while (at < s.size() && space(s[at])) ++at;
        if (at > n && vulgar(s.substr(at), &part, &m)) {
            *value = whole + part;
            *len = at + m;
            return true;
        }
        double top = 0, below = 0;
        std::size_t t = 0, b = 0;
        if (at > n && decimal(s.substr(at), &top, &t) && at + t < s.size() && s[at + t] == '/' &&
            decimal(s.substr(at + t + 1), &below, &b) && below > 0 && top < below &&
            s.substr(at, t + 1 + b).find('.') == std::string_view::npos) {
            *value = whole + top / below;
            *len = at + t + 1 + b;
            return true;
        }
    }
    *value = whole;
    *len = n;
    return true;
}

// An amount at the start of `s`, in figures or words, or a range of two: its value, length
// and a note for a range. The amount must end where a word does.
bool amount_at(std::string_view s, double* value, std::size_t* len, std::string* note) {
    const std::string lower = name_key(s);  // (only ASCII is lowered: the words' lengths are kept)
    for (const auto& [words, v] : kWords) {
        if (!std::string_view(lower).starts_with(words)) continue;
        if (lower.size() > words.size() && lower[words.size()] != ' ') continue;
        // name_key collapsed spaces: find where the words end in `s` itself.
        std::size_t at = 0, seen = 0;
        while (at < s.size() && seen < words.size()) {
            if (space(s[at])) {
                while (at < s.size() && space(s[at])) ++at;
                ++seen;
                continue;
            }
            ++at;
            ++seen;
        }
        *value = v;
        *len = at;
        return true;
    }
    std::size_t n = 0;
    if (!number(s, value, &n)) return false;
    // A range: "2-3", "2 - 3", "2–3", "2 to 3": its middle.
    std::size_t at = n;
    while (at < s.size() && space(s[at])) ++at;
    std::size_t dash = 0;
    if (s.substr(at).starts_with("-"))
        dash = 1;
    else if (s.substr(at).starts_with("–"))
        dash = std::string_view("–").size();
    else if (s.substr(at).starts_with("to ") && at > n)
        dash = 2;
    if (dash > 0) {
        std::size_t to = at + dash;
        while (to < s.size() && space(s[to])) ++to;
        double high = 0;
        std::size_t m = 0;
        if (number(s.substr(to), &high, &m) && high > *value) {
            const double low = *value;
            *value = (low + high) / 2;
            *len = to + m;
            *note = fmt::format("{} is a range: counted as its middle, {:g}", quoted(trim(s.substr(0, *len))), *value);
            return true;
        }
    }
    *len = n;
    return true;
}

std::size_t sized_container_at(std::string_view rest, std::string_view mass, std::string* unit) {
    auto word_at = [&](std::size_t from, std::size_t* end) {
        while (from < rest.size() && space(rest[from])) ++from;
        *end = std::min(rest.find(' ', from), rest.size());
        return rest.substr(from, *end - from);
    };
    auto container = [](std::string_view w) {
        const std::string key = unit_key(w);
        return key == "can" || key == "jar" || key == "bag" || key == "bottle" || key == "box" || key == "carton" ||
               key == "container" || key == "pack" || key == "package" || key == "packet" || key == "pot" ||
               key == "pouch" || key == "punnet" || key == "tub" || key == "ball";
    };
    std::size_t end = 0;
    if (!mass.empty()) {  // "250 g punnet"
        const std::string_view w = word_at(0, &end);
        if (!container(w)) return 0;
        *unit = fmt::format("{} {}", mass, w);
        return end;
    }
    if (rest.starts_with('(')) {  // "(15 oz) can"
        const auto close = rest.find(')');
        if (close == std::string_view::npos) return 0;
        const std::string_view w = word_at(close + 1, &end);
        if (!container(w)) return 0;
        *unit = fmt::format("{} {}", rest.substr(0, close + 1), w);
        return end;
    }
    if (rest.starts_with("x ") || rest.starts_with("X ")) {  // "x 400g tin", "x 400 g tin"
        std::string size(word_at(2, &end));
        std::string_view w = word_at(end, &end);
        if (!container(w)) {
            size += ' ';  // (not " " + std::string(w): g++ 12 -O3 warns of a false -Wrestrict)
            size += w;
            w = word_at(end, &end);
            if (!container(w)) return 0;
        }
        *unit = fmt::format("x {} {}", size, w);
        return end;
    }
    return 0;
}

// Letters, spaces, dots and brackets: text that can be a unit ("fl oz", "slices", "tbsp.").
bool unit_text(std::string_view s) {
    if (s.empty()) return false;
    const auto c = static_cast<unsigned char>(s.front());
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80)) return false;
    for (char ch : s) {
        const auto u = static_cast<unsigned char>(ch);
        if (digit(ch) || (u < 0x80 && !(std::isalpha(u) || space(ch) || ch == '.' || ch == '(' || ch == ')' ||
                                          ch == '-' || ch == '\'')))
            return false;
    }
    return true;
}

}  // namespace

bool is_cooking_word(std::string_view word) {
    static constexpr std::string_view kCooking[] = {"baked",   "boiled", "fried",   "grilled", "mashed", "poached",
                                                    "roasted", "raw",    "scrambled", "steamed", "stewed", "toasted"};
    const std::string key = name_key(word);
    return std::find(std::begin(kCooking), std::end(kCooking), key) != std::end(kCooking);
}

bool is_dose_unit(std::string_view unit) {
    std::string key = name_key(unit);
    if (key.ends_with('s')) key.pop_back();
    return key == "capsule" || key == "tablet" || key == "pill" || key == "softgel" || key == "caplet" ||
           key == "gummy" || key == "gummie";
}

bool is_unit_word(std::string_view word) {
    if (word.ends_with('.')) word.remove_suffix(1);  // "tbsp."
    const std::string key = unit_key(word);          // "cups" -> "cup", "tablespoons" -> "tbsp", "tin" -> "can"
    return !key.empty() && key.find(' ') == std::string::npos &&
           (mass_unit_grams(key) > 0 || volume_unit_ml(key) > 0 ||
            std::find(std::begin(kHouseholdUnits), std::end(kHouseholdUnits), key) != std::end(kHouseholdUnits));
}

bool split_unit_of(std::string_view food, std::string* unit, std::string* name) {
    food = trim(food);
    const auto of = food.find(" of ");
    if (of == std::string_view::npos || of == 0) return false;
    const std::string_view first = trim(food.substr(0, of)), rest = trim(food.substr(of + 4));
    if (rest.empty() || first.find(' ') != std::string_view::npos || !is_unit_word(first)) return false;
    *unit = std::string(first);
    *name = std::string(rest);
    return true;
}

bool split_unit_in_name(std::string_view food, std::string* unit, std::string* name) {
    food = trim(food);
    const auto last = food.rfind(' ');
    if (last == std::string_view::npos) return false;
    const std::string_view head = trim(food.substr(0, last)), tail = food.substr(last + 1);
    if (!head.empty() && is_unit_word(tail)) {  // "garlic clove", "celery ribs"
        *unit = std::string(tail);
        *name = std::string(head);
        return true;
    }
    if (std::string rest = without_size(food); !rest.empty()) {  // "large egg"
        *unit = name_key(food.substr(0, food.find(' ')));
        *name = std::move(rest);
        return true;
    }
    return false;
}

bool is_size_word(std::string_view word) {
    static constexpr std::string_view kSizes[] = {"small", "medium", "large", "jumbo", "extra-large"};
    const std::string key = name_key(word);
    return std::find(std::begin(kSizes), std::end(kSizes), key) != std::end(kSizes);
}

std::string without_size(std::string_view food) {
    food = trim(food);
    const auto first = food.find(' ');
    if (first == std::string_view::npos || !is_size_word(food.substr(0, first))) return {};
    return std::string(trim(food.substr(first + 1)));
}

bool read_quantity(std::string_view text, Quantity* quantity, std::string* err) {
    *quantity = {};
    if (parse_amount(text, &quantity->amount, err)) return true;  // the plain decimal, as most lines are
    if (text.empty() || space(text.front()) || space(text.back())) return false;  // (as written, spaces kept)
    if (vague(text)) {
        *err = fmt::format("amount {} is too vague to count: write a number (3, 1/2, a dozen)", quoted(text));
        return false;
    }
    double value = 0;
    std::size_t len = 0;
    std::string note;
    if (!amount_at(text, &value, &len, &note) || !std::isfinite(value)) return false;
    std::string_view rest = trim(text.substr(len));
    if (rest.starts_with("of ")) rest = trim(rest.substr(3));  // "a couple of slices"
    if (!rest.empty() && !unit_text(rest)) return false;
    if (len < text.size() && rest.empty()) return false;
    *err = "";
    quantity->amount = value;
    quantity->unit = std::string(rest);
    quantity->note = std::move(note);
    return true;
}

bool split_food_quantity(std::string_view food, Quantity* quantity, std::string* name) {
    *quantity = {};
    food = trim(food);
    if (vague(food)) return false;
    // "juice of 1 lemon", "juice of half a lime": the fruit's juice, by what one fruit yields.
    if (food.size() > 9 && name_key(food.substr(0, 8)) == "juice of") {
        std::string fruit;
        if (!split_food_quantity(food.substr(9), quantity, &fruit) || !quantity->unit.empty() ||
            fruit.find(' ') != std::string::npos)
            return (*quantity = {}, false);
        quantity->unit = singular(name_key(fruit));
        *name = quantity->unit + " juice";
        return true;
    }
    // "zest of 1 orange": the fruit's peel, a tablespoon (6 g) of it for each fruit, as USDA's
    // peels weigh it.
    if (food.size() > 8 && name_key(food.substr(0, 7)) == "zest of") {
        std::string fruit;
        if (!split_food_quantity(food.substr(8), quantity, &fruit) || !quantity->unit.empty() ||
            fruit.find(' ') != std::string::npos)
            return (*quantity = {}, false);
        quantity->unit = "tbsp";
        *name = singular(name_key(fruit)) + " peel, raw";  // (USDA names the peels so)
        if (!quantity->note.empty()) quantity->note += "; ";
        quantity->note += fmt::format("the zest of one {} counted as a tablespoon of its peel", singular(name_key(fruit)));
        return true;
    }
    double value = 0;
    std::size_t len = 0;
    std::string note;
    if (!amount_at(food, &value, &len, &note) || len == 0 || len >= food.size() || !std::isfinite(value))
        return false;
    std::string_view rest = food.substr(len);
    if (!space(rest.front())) {  // "200g chicken breast", "250ml milk": a unit written onto the number
        const auto end = rest.find(' ');
        if (end == std::string_view::npos || !is_unit_word(rest.substr(0, end)) || trim(rest.substr(end)).empty())
            return false;
        quantity->amount = value;
        quantity->unit = std::string(rest.substr(0, end));
        quantity->note = std::move(note);
        *name = std::string(trim(rest.substr(end)));
        return true;
    }
    rest = trim(rest);
    // "1 (15 oz) can black beans", "1 x 400g tin chickpeas": a container of the size it says.
    if (std::string unit; const std::size_t len = sized_container_at(rest, {}, &unit)) {
        if (trim(rest.substr(len)).empty()) return false;
        quantity->amount = value;
        quantity->unit = std::move(unit);
        quantity->note = std::move(note);
        *name = std::string(trim(rest.substr(len)));
        return true;
    }
    // "250 g punnet strawberries": one container of that mass.
    if (const auto space_at = rest.find(' '); space_at != std::string_view::npos && is_unit_word(rest.substr(0, space_at)) &&
                                              mass_unit_grams(unit_key(rest.substr(0, space_at))) > 0) {
        const std::string mass = fmt::format("{} {}", food.substr(0, len), rest.substr(0, space_at));
        if (std::string unit; const std::size_t clen = sized_container_at(trim(rest.substr(space_at)), mass, &unit)) {
            const std::string_view after = trim(trim(rest.substr(space_at)).substr(clen));
            if (!after.empty() && note.empty()) {
                quantity->amount = 1;
                quantity->unit = std::move(unit);
                *name = std::string(after);
                return true;
            }
        }
    }
    // "a cup of milk", "3 slices of bread": the words before "of" are the unit.
    if (const auto of = rest.find(" of "); of != std::string_view::npos && of > 0) {
        const std::string_view unit = trim(rest.substr(0, of)), what = trim(rest.substr(of + 4));
        if (!what.empty() && unit_text(unit) && unit.find(' ') == std::string_view::npos) {
            quantity->amount = value;
            quantity->unit = std::string(unit);
            quantity->note = std::move(note);
            *name = std::string(what);
            return true;
        }
    }
    // "½ cup oats", "2 tbsp olive oil": a unit seck knows by name; else "2 brazil nuts".
    const auto word_end = rest.find(' ');
    if (word_end != std::string_view::npos && is_unit_word(rest.substr(0, word_end))) {
        quantity->unit = std::string(rest.substr(0, word_end));
        rest = trim(rest.substr(word_end + 1));
    }
    if (rest.empty()) return false;
    quantity->amount = value;
    quantity->note = std::move(note);
    *name = std::string(rest);
    return true;
}

bool split_food_serving(std::string_view food, Quantity* quantity, std::string* name) {
    *quantity = {};
    food = trim(food);
    // The last comma outside brackets: "Brazil nuts, 1 ounce (6-8 nuts)".
    std::size_t comma = std::string_view::npos;
    int depth = 0;
    for (std::size_t i = 0; i < food.size(); ++i) {
        if (food[i] == '(')
            ++depth;
        else if (food[i] == ')' && depth > 0)
            --depth;
        else if (food[i] == ',' && depth == 0)
            comma = i;
    }
    if (comma == std::string_view::npos) return false;
    const std::string_view head = trim(food.substr(0, comma)), written = trim(food.substr(comma + 1));
    // "1 ounce (6-8 nuts)": the remark in brackets after the serving.
    std::string_view serving = written, remark;
    if (serving.ends_with(')')) {
        const auto open = serving.find('(');
        if (open == std::string_view::npos || open == 0) return false;
        remark = serving.substr(open);
        serving = trim(serving.substr(0, open));
    }
    std::string err;
    if (head.empty() || serving.empty() || !read_quantity(serving, quantity, &err)) return false;
    if (!remark.empty()) {
        Quantity said;  // "1 large (1 egg)" says the amount again
        if (!read_quantity(trim(remark.substr(1, remark.size() - 2)), &said, &err) ||
            said.amount != quantity->amount) {
            if (!quantity->note.empty()) quantity->note += "; ";
            quantity->note += fmt::format("serving {} counted as {}: {} left out", quoted(written), quoted(serving),
                                          quoted(remark));
        }
    }
    *name = std::string(head);
    return true;
}

}  // namespace seck
