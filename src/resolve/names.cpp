#include "seck/resolve/names.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <tuple>
#include <unordered_set>

#include "seck/core/text.h"
#include "seck/resolve/quantity.h"

namespace seck {

namespace {

using Words = std::vector<std::string>;

constexpr std::string_view kSmallWords[] = {"a", "an", "the", "of", "and", "or", "in", "made"};

// Singular forms that end in "ie" ("cookies" is not "cooky").
constexpr std::string_view kIeWords[] = {"brownie", "calorie",  "cookie", "hoagie",
                                         "pie",     "smoothie", "veggie", "white"};
constexpr std::pair<std::string_view, std::string_view> kIrregular[] = {
    {"halves", "half"}, {"knives", "knife"}, {"leaves", "leaf"}, {"loaves", "loaf"}, {"wolves", "wolf"}};
// Spellings and regional names of one food, as USDA writes it (a value of two words is two
// words): "tinned" is "canned", "courgette" is "zucchini", "wholemeal" is "whole wheat".
constexpr std::pair<std::string_view, std::string_view> kSpellings[] = {
    {"aubergine", "eggplant"},  {"aubergines", "eggplant"},   {"beetroot", "beet"},        {"beetroots", "beet"},
    {"capsicum", "sweet pepper"}, {"capsicums", "sweet pepper"}, {"catsup", "ketchup"},   {"chilli", "chili"},
    {"bluberries", "blueberries"}, {"butty", "sandwich"},  {"butties", "sandwich"},     {"cappucino", "cappuccino"},
    {"jacket", "baked"},        {"perogies", "pierogi"},    {"perogy", "pierogi"},        {"pierogies", "pierogi"},   {"pirogies", "pierogi"},
    {"sambo", "sandwich"},      {"sambos", "sandwich"},       {"sanger", "sandwich"},     {"sangers", "sandwich"},
    {"sanga", "sandwich"},      {"sangas", "sandwich"},       {"sarnie", "sandwich"},     {"sarnies", "sandwich"},
    {"w", "with"},              {"chillies", "chili"},      {"chilis", "chili"},          {"courgette", "zucchini"},  {"courgettes", "zucchini"},
    {"doughnut", "donut"},      {"doughnuts", "donut"},       {"filet", "fillet"},        {"flavour", "flavor"},
    {"flavoured", "flavored"},  {"houmous", "hummus"},        {"hoummos", "hummus"},      {"hummous", "hummus"},
    {"kumara", "sweet potato"}, {"prawn", "shrimp"},          {"prawns", "shrimp"},       {"roast", "roasted"},       {"swede", "rutabaga"},       {"tin", "canned"},       {"toasted", "toast"},
    {"swedes", "rutabaga"},     {"sweetcorn", "sweet corn"},  {"tinned", "canned"},       {"wholemeal", "whole wheat"},
    {"cremini", "crimini"},     {"jalapeño", "jalapeno"},     {"purée", "puree"},         {"yoghurt", "yogurt"},      {"yoghurts", "yogurt"}};

// How a food was prepared, cut, sized or bought, where that leaves the food as named:
// "grilled chicken breast" is the alias "chicken breast", "finely chopped fresh parsley" is
// parsley, "ripe banana" a banana, "peach halves" peaches ("halves" is "half"). Raw, dried,
// canned, frozen, fried, dry, light and whole are not among them (they name another entry),
// nor sizes (a "small egg" is its own weight: a unit).
constexpr std::string_view kPrepWords[] = {
    "baked",    "boiled",   "boneless", "broiled",  "bulk",     "chopped",  "coarsely", "cold",     "cooked",
    "cored",    "creamy",   "crumbled", "crushed",  "cubed",    "cut",      "deseeded", "deveined", "diced",
    "drained",  "irish",    "shelled",  "unsweetened",
    "fashioned", "fillet",  "finely",   "floury",   "free",     "fresh",    "freshly",  "grated",
    "grilled",  "half",     "halved",   "heaped",   "heaping",  "homemade", "jarred",   "kosher",
    "lacinato", "leftover", "level",    "lump",     "minced",   "natural",  "old",      "organic",  "packed",
    "peeled",   "picked",   "pitted",   "plain",    "poached",  "pure",     "quartered", "range",   "rinsed",
    "ripe",     "roasted",  "roughly",  "sea",      "seeded",   "shredded", "skinless", "sliced",   "smoked",
    "softened", "steamed",  "thick",    "thinly",   "trimmed",  "warm",     "washed",   "waxy",     "wide",
    "yellow"};
// Words of a clause after a comma that tells how a food was prepared for a recipe ("cut into
// 2cm chunks", "stems removed and chopped", "at room temperature"), with kPrepWords.
constexpr std::string_view kClauseWords[] = {
    "about",   "at",      "beaten",   "bite",     "chunk",   "crosswise", "cube",     "cut",     "deveined", "dice",
    "divided", "end",     "floret",   "for",      "garnish", "hulled",    "inch",     "into",    "juiced",   "leaf",
    "lengthway", "lengthwise", "lightly", "mashed", "matchstick", "melted", "moon",  "optional", "over",   "picked",
    "piece",   "plus",    "removed",  "ring",     "room",    "round",     "scrubbed", "separated", "serve",  "serving",
    "sifted",  "size",    "sized",    "slice",    "slivered", "split",    "squeezed", "stem",    "strip",    "taste",
    "temperature", "thick", "thin",   "to",       "torn",    "undrained", "wedge",    "whisked", "woody",    "zested"};
// Words that say which state of a food is meant.
constexpr std::string_view kStateWords[] = {
    "baked",   "boiled", "braised",    "broiled", "canned",  "cooked", "dried",   "dry",      "fried",   "frozen",
    "grilled", "heat",   "microwaved", "moist",   "poached", "raw",    "roasted", "simmered", "steamed", "stewed"};
// Words a family of entries may differ in besides their state: "Broccoli, raw" and
// "Broccoli, cooked, boiled, drained, without salt" are one food.
constexpr std::string_view kFamilyIgnored[] = {"added", "drained", "salt", "with", "without"};
constexpr std::string_view kCookedWords[] = {"baked",   "boiled",   "braised", "broiled",    "cooked",
                                             "fried",   "grilled",  "heat",    "microwaved", "poached",
                                             "roasted", "simmered", "steamed", "stewed"};
// A name made only of these (and state words) names a category whose kinds differ
// too much to guess: an ounce of Brazil nuts has 50x the selenium of mixed nuts.
constexpr std::string_view kGenericWords[] = {
    "bean",  "berry",    "beverage",  "bran",  "bread",     "cake",  "candy", "cereal",    "cheese", "cookie",
    "deli",  "kidney",   "dish",      "drink", "fish",      "food",  "fruit", "game",      "green",  "herb",  "juice",
    "leaf",  "luncheon", "lunchmeat", "meal",  "meat",      "nut",   "oil",   "poultry",   "salad",  "sandwich",
    "sauce", "sausage",  "seafood",   "seed",  "shellfish", "snack", "soup",  "vegetable", "veggie", "white"};
// Forms a name must ask for: "oats" are not "oats, dry"; "orange" is not orange juice.
constexpr std::string_view kFormWords[] = {
    "concentrate", "condensed", "dehydrated", "dried",    "dry",    "evaporated", "flour",     "frozen", "instant",
    "juice",       "mix",       "powder",     "powdered", "canned", "smoked",     "sweetened", "syrup",  "unprepared"};
// Variants a name must ask for: "cottage cheese, 1%" is not the lactose-reduced one.
constexpr std::string_view kVariantWords[] = {"added",   "flavored",  "free",      "fruit",  "imitation",
                                              "lactose", "meatless",  "solution",  "sodium", "substitute",
                                              "vegan",   "vegetable", "vegetarian"};
// Words that start USDA descriptions as a category, not as the food: "Spices, curry powder",
// "Fish, monkfish", "Beef, rib eye". A description starting with any other word is that food:
// "Potatoes, hash brown, ..., with butter sauce" is not a "brown sauce".
constexpr std::string_view kHeadCategories[] = {
    "alcoholic", "babyfood", "beef",  "beverage", "candy", "cereal", "cheese", "chicken",    "cookie", "cracker",
    "crustacean", "eat",     "fast",  "fish",     "food",  "formula", "frozen", "game",      "infant", "lamb",
    "meat",      "mollusk",  "novelty", "nut",    "pork",  "ready",  "seed",   "snack",     "spice",  "to",
    "turkey",    "veal",     "leavening"};
// Forms a food is not eaten in as they are: a name that does not say one never means it.
constexpr std::string_view kNotAsEaten[] = {"concentrate", "dehydrated", "dry", "mix", "powder", "powdered",
                                            "unprepared"};
// Words that say a drink has alcohol (as name_words gives them: singular).
constexpr std::string_view kAlcoholWords[] = {
    "alcoholic", "ale",    "amaretto", "beer",   "bourbon", "brandy",   "champagne", "cider",   "cocktail",
    "cognac",    "daiquiri", "gin",    "lager",  "liqueur", "margarita", "martini",  "mead",    "port",
    "prosecco",  "proof",  "rum",      "sake",   "schnapp", "scotch",   "sherry",    "stout",   "tequila",
    "vermouth",  "vodka",  "whiskey",  "whisky", "wine",    "pina",     "colada",    "kahlua",  "bailey"};
constexpr std::string_view kUnlikelyGroups[] = {"Baby Foods", "Fast Foods", "Restaurant Foods",
                                                "Meals, Entrees, and Side Dishes",
                                                "American Indian/Alaska Native Foods"};
constexpr std::string_view kEatenRaw[] = {"Fruits and Fruit Juices", "Vegetables and Vegetable Products",
                                          "Nut and Seed Products"};
constexpr std::string_view kEatenCooked[] = {"Cereal Grains and Pasta",
                                             "Legumes and Legume Products",
                                             "Beef Products",
                                             "Pork Products",
                                             "Poultry Products",
                                             "Lamb, Veal, and Game Products",
                                             "Finfish and Shellfish Products"};

constexpr std::size_t kMaxCandidates = 5;
// A name that is an FNDDS description: the foods as eaten with its words within 2x in selenium.
constexpr double kFnddsKindsSpread = 2.0;
constexpr double kDishKindsSpread = 2.5;  // the kinds of one dish ("beef tacos": 10.4-20.9 µg/100 g)
constexpr double kSimilarSelenium = 1.10;  // tied entries within 10 % of each other are one answer
constexpr double kNegligible = 1.0;        // ... or within 1 µg/100 g

template <std::size_t N>
bool in(const std::string_view (&list)[N], std::string_view word) {
    return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

bool has(const Words& sorted, std::string_view word) {
    return std::binary_search(sorted.begin(), sorted.end(), word, std::less<>());
}

Words sorted_unique(Words words) {
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

std::string key_of(const Words& sorted) {
    std::string key;
    for (const auto& w : sorted) {
        if (!key.empty()) key += ' ';
        key += w;
    }
    return key;
}

bool branded(std::string_view description) {
    std::size_t run = 0;
    for (char c : description) {
        if (c >= 'A' && c <= 'Z') {
            if (++run >= 3) return true;
        } else if (!(c == '\'' && run > 0)) {
            run = 0;
        }
    }
    return false;
}

// The product a branded description ends with, as words, when that last part is all
// capitals: "Cereals ready-to-eat, GENERAL MILLS, CHEERIOS" is "cheerio"; "..., CHEERIOS,
// Chocolate" is none.
Words product_name(std::string_view description) {
    const auto comma = description.rfind(',');
    const std::string_view part = comma == std::string_view::npos ? description : description.substr(comma + 1);
    if (!branded(part) || std::any_of(part.begin(), part.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return {};
    // less the maker it repeats: "KELLOGG, KELLOGG'S HONEY SMACKS" is "honey smacks"
    const Words before = comma == std::string_view::npos ? Words{} : sorted_unique(name_words(description.substr(0, comma)));
    Words product;
    for (auto& word : sorted_unique(name_words(part)))
        if (!std::binary_search(before.begin(), before.end(), word)) product.push_back(std::move(word));
    return product;
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}

// How well `query` words are found among `words`, 0..1: exact 1, a shared start of
// 4+ letters 0.8, one typo 0.7, two typos in a long word 0.5.
double similarity(const Words& query, const Words& words) {
    double total = 0;
    for (const auto& q : query) {
        double best = 0;
        for (const auto& w : words) {
            if (w == q) {
                best = 1;
                break;
            }
            if (q.size() >= 4 && w.size() >= 4 && (w.starts_with(q) || q.starts_with(w))) best = std::max(best, 0.8);
            const std::size_t longer = std::max(q.size(), w.size());
            if (longer >= 4 && (longer - std::min(q.size(), w.size())) <= 2) {
                const std::size_t d = edit_distance(q, w);
                if (d == 1) best = std::max(best, longer >= 5 ? 0.7 : 0.5);
                if (d == 2 && longer >= 7) best = std::max(best, 0.5);
            }
        }
        total += best;
    }
    return total / static_cast<double>(query.size()) - 0.01 * static_cast<double>(words.size());
}

}  // namespace

std::string singular(std::string_view word) {
    for (auto [plural, one] : kIrregular)
        if (word == plural) return std::string(one);
    if (word.size() <= 3) return std::string(word);
    if (word.ends_with("ies")) {
        const std::string ie = std::string(word.substr(0, word.size() - 1));  // "cookies" -> "cookie"
        if (in(kIeWords, ie)) return ie;
        return std::string(word.substr(0, word.size() - 3)) + "y";
    }
    for (std::string_view ending : {"oes", "ches", "shes", "sses", "xes", "zes"})
        if (word.ends_with(ending)) return std::string(word.substr(0, word.size() - 2));
    if (word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is"))
        return std::string(word.substr(0, word.size() - 1));
    return std::string(word);
}

std::vector<std::string> name_words(std::string_view text) {
    Words words;
    std::string word;  // the word being read, lower case
    auto end_word = [&] {
        if (word.empty() || in(kSmallWords, word)) return word.clear();
        for (auto [variant, usual] : kSpellings) {
            if (word != variant) continue;
            const auto space = usual.find(' ');
            if (space != std::string_view::npos) {  // two words
                words.push_back(std::string(usual.substr(0, space)));
                word = usual.substr(space + 1);
            } else {
                word = usual;
            }
        }
        words.push_back(singular(word));
        word.clear();
    };
    auto digit = [](char d) { return d >= '0' && d <= '9'; };
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c == '\'') continue;
        if (c == '\xE2' && text.substr(i, 3) == "\u2019") {  // a typographic apostrophe
            i += 2;
            continue;
        }
        if ((c >= 'a' && c <= 'z') || digit(c) || c == '%' || static_cast<unsigned char>(c) >= 0x80 ||
            (c == '.' && i > 0 && i + 1 < text.size() && digit(text[i - 1]) && digit(text[i + 1])))
            word += c;
        else
            end_word();
    }
    end_word();
    return words;
}

void NameMatcher::load_aliases() const {
    std::call_once(aliases_loaded_, [this] {
        for (const Alias& alias : embedded_aliases()) {
            Words words = sorted_unique(name_words(alias.name));
            aliases_in_order_.emplace(key_of(name_words(alias.name)), &alias);
            aliases_.emplace(key_of(words), &alias);
            alias_first_[words.empty() ? std::string() : words.front()].push_back(
                static_cast<std::uint32_t>(alias_words_.size()));
            alias_words_.push_back({std::move(words), &alias});
        }
    });
}

void NameMatcher::build() const {
    std::call_once(built_, [this] { build_index(); });
}

void NameMatcher::build_index() const {
    load_aliases();
    std::unordered_map<std::string, std::uint32_t> families;
    for (const Food* food : table_.foods()) {
        const auto index = static_cast<std::uint32_t>(entries_.size());
        if (food->source == FoodSource::Fndds) continue;  // (indexed apart, when a name gets there)
        // Sorted once: the exact key, the family (a sorted list filtered stays sorted) and,
        // for most foods (no common names), the entry's words all come from it.
        Words all = sorted_unique(name_words(food->description));
        exact_[key_of(all)].push_back(index);
        Words family;
        std::copy_if(all.begin(), all.end(), std::back_inserter(family),
                     [](const std::string& w) { return !in(kStateWords, w) && !in(kFamilyIgnored, w); });
        const auto family_id =
            families.emplace(key_of(family), static_cast<std::uint32_t>(families.size())).first->second;
        index_of_.emplace(food->id, index);
        for (std::string_view name : food->names) {
            Words words = sorted_unique(name_words(name));
            auto& list = exact_[key_of(words)];
            if (list.empty() || list.back() != index) list.push_back(index);
            all.insert(all.end(), words.begin(), words.end());
        }
        entries_.push_back({food, food->names.empty() ? std::move(all) : sorted_unique(std::move(all)), family_id});
        for (const auto& word : entries_.back().words) postings_[word].push_back(index);
    }
}

void NameMatcher::build_fndds() const {
    build();
    std::call_once(fndds_built_, [this] {
        for (const Food& food : fndds_foods()) {
            if (table_.user_food(food.id)) continue;  // replaced: the user's entry is SR28's side
            const auto index = static_cast<std::uint32_t>(fndds_entries_.size());
            // Its exact key without "nfs"; its words with its other names.
            Words all = sorted_unique(name_words(food.description));
            Words key;
            std::copy_if(all.begin(), all.end(), std::back_inserter(key), [](const std::string& w) { return w != "nfs"; });
            fndds_exact_[key_of(key)].push_back(index);
            fndds_index_of_.emplace(food.id, index);
            for (std::string_view name : food.names)
                for (auto& w : name_words(name)) all.push_back(std::move(w));
            fndds_entries_.push_back({&food, sorted_unique(std::move(all)), 0});
            for (const auto& word : fndds_entries_.back().words) fndds_postings_[word].push_back(index);
        }
    });
}

std::string_view NameMatcher::default_unit(const Food& food) const {
    // The first alias of each id that names a unit, by id (built once, without the name index).
    static const std::unordered_map<std::string_view, std::string_view> units = [] {
        std::unordered_map<std::string_view, std::string_view> out;
        for (const Alias& alias : embedded_aliases())
            if (!alias.unit.empty()) out.emplace(alias.id, alias.unit);
        return out;
    }();
    const auto it = units.find(food.id);
    if (it != units.end()) return it->second;
    // An FNDDS food's "Quantity not specified": the weight USDA counts when no amount is given.
    for (const Portion& p : food.portions)
        if (p.unit == kFnddsDefaultPortion) return p.unit;
    return {};
}

std::vector<std::uint32_t> NameMatcher::containing(const Words& words, bool fndds) const {
    if (fndds) build_fndds();
    const auto& postings = fndds ? fndds_postings_ : postings_;
    std::vector<const std::vector<std::uint32_t>*> lists;
    for (const auto& word : words) {
        auto it = postings.find(word);
        if (it == postings.end()) return {};
        lists.push_back(&it->second);
    }
    if (lists.empty()) return {};
    std::sort(lists.begin(), lists.end(), [](auto* a, auto* b) { return a->size() < b->size(); });
    std::vector<std::uint32_t> out;
    for (std::uint32_t index : *lists.front()) {
        if (std::all_of(lists.begin() + 1, lists.end(),
                        [&](auto* list) { return std::binary_search(list->begin(), list->end(), index); }))
            out.push_back(index);
    }
    return out;
}

std::vector<const Alias*> NameMatcher::aliases_within(const Words& query) const {
    load_aliases();
    // An alias is within the query if all its (sorted) words are: look only at the aliases
    // whose first word is one of the query's.
    std::vector<std::uint32_t> found;
    auto add = [&](const std::string& first) {
        const auto it = alias_first_.find(first);
        if (it == alias_first_.end()) return;
        for (std::uint32_t i : it->second) {
            const Words& words = alias_words_[i].first;
            if (std::includes(query.begin(), query.end(), words.begin(), words.end())) found.push_back(i);
        }
    };
    add(std::string());  // an alias without words (none today) is within every query
    for (std::size_t i = 0; i < query.size(); ++i)
        if (i == 0 || query[i] != query[i - 1]) add(query[i]);
    std::sort(found.begin(), found.end());  // in the aliases' order, as a scan of them all gives
    std::vector<const Alias*> out;
    for (std::uint32_t i : found) out.push_back(alias_words_[i].second);
    return out;
}

NameMatcher::Favour NameMatcher::favoured(const Words& query) const {
    Favour favour;
    for (const Alias* alias : aliases_within(query)) {
        auto it = index_of_.find(alias->id);
        if (it == index_of_.end()) continue;
        favour.named.push_back(entries_[it->second].food);
        favour.families.push_back(entries_[it->second].family);
    }
    return favour;
}

// The preference rule (README, "How names are matched"): the common, as-eaten,
// plain form of what the name says wins.
int NameMatcher::score(const Entry& entry, const Words& query, const Favour& favour) const {
    const Food& food = *entry.food;
    int score = 0;
    auto among = [](const auto& list, const auto& x) { return std::find(list.begin(), list.end(), x) != list.end(); };
    if (among(favour.named, entry.food))
        score += 4;
    else if (among(favour.families, entry.family))
        score += 3;
    if (!food.has_selenium()) score -= 3;
    if (in(kUnlikelyGroups, food.group)) score -= 4;
    if (branded(food.description) && product_name(food.description) != query) score -= 4;
    const bool dry_heat = has(entry.words, "heat");  // "cooked, dry heat" is not a dry form
    for (std::string_view form : kFormWords)
        if (has(entry.words, form) && !has(query, form) && !(form == "dry" && dry_heat)) score -= 2;
    for (std::string_view variant : kVariantWords)
        if (has(entry.words, variant) && !has(query, variant)) score -= 1;
    const bool states =
        std::any_of(query.begin(), query.end(), [](const std::string& w) { return in(kStateWords, w); });
    if (!states) {
        const bool raw = has(entry.words, "raw");
        const bool cooked = std::any_of(std::begin(kCookedWords), std::end(kCookedWords),
                                        [&](std::string_view w) { return has(entry.words, w); });
        if (in(kEatenRaw, food.group) && raw) score += 1;
        if (in(kEatenCooked, food.group)) score += cooked ? 1 : raw ? -1 : 0;
    }
    if (has(entry.words, "salt") && has(entry.words, "with") && !has(entry.words, "without") && !has(query, "salt"))
        score -= 1;
    return score;
}

std::vector<NameMatcher::Ranked> NameMatcher::rank(const Words& query, std::vector<std::uint32_t> candidates,
                                                   bool fndds) const {
    const auto& entries = fndds ? fndds_entries_ : entries_;
    std::vector<Ranked> ranked;
    const Favour favour = favoured(query);
    for (std::uint32_t index : candidates)
        ranked.push_back({entries[index].food, score(entries[index], query, favour)});
    std::sort(ranked.begin(), ranked.end(), [](const Ranked& a, const Ranked& b) {
        if (a.score != b.score) return a.score > b.score;
        return a.food->id < b.food->id;
    });
    return ranked;
}

std::string NameMatcher::best_of(const Words& query, std::vector<std::uint32_t> candidates, bool fndds) const {
    const auto ranked = rank(query, std::move(candidates), fndds);
    std::string list;
    for (std::size_t i = 0; i < ranked.size() && i < kMaxCandidates; ++i)
        list += (i ? ", " : "") + food_label(*ranked[i].food);
    if (ranked.size() > kMaxCandidates) list += fmt::format(" and {} more", ranked.size() - kMaxCandidates);
    return list + (fndds ? "; write the one you mean as fndds:NNNNNNNN" : "; write the one you mean as usda:NNNNN");
}

NameMatch NameMatcher::choose(std::string_view name, const Words& query, std::vector<std::uint32_t> candidates,
                              std::string how) const {
    const auto ranked = rank(query, candidates);
    std::size_t tied = 1;
    while (tied < ranked.size() && ranked[tied].score == ranked[0].score) ++tied;
    NameMatch match;
    const Food* best = ranked[0].food;
    if (tied == 1) {
        match.food = best;
        match.how = std::move(how);
        return match;
    }
    double low = INFINITY, high = 0;
    for (std::size_t i = 0; i < tied; ++i) {
        const double ug = ranked[i].food->ug_per_100g;
        low = std::min(low, std::isnan(ug) ? 0 : ug);
        high = std::max(high, std::isnan(ug) ? INFINITY : ug);
    }
    if (low >= 0 && !std::isinf(high) && (high <= low * kSimilarSelenium || high - low <= kNegligible)) {
        match.food = best;
        match.how = std::move(how);
        match.note = fmt::format(
            "{} fits {} entries whose selenium is within 10 % (or 1 µg/100 g) of each other: "
            "counted as {}",
            quoted(name), tied, food_label(*best));
        return match;
    }
    match.error =
        fmt::format("food {} fits {} entries: {}", quoted(name), ranked.size(), best_of(query, std::move(candidates)));
    return match;
}

std::string NameMatcher::suggestions(const Words& query) const {
    struct Hit {
        double score;
        const Food* food;
        std::string_view alias;
    };
    std::vector<Hit> hits;
    for (const Alias& alias : embedded_aliases()) {
        const double s = similarity(query, sorted_unique(name_words(alias.name)));
        if (s >= 0.4)
            if (const Food* food = table_.by_id(alias.id)) hits.push_back({s + 0.005, food, alias.name});
    }
    for (const Entry& entry : entries_) {
        const double s = similarity(query, entry.words);
        if (s >= 0.4) hits.push_back({s, entry.food, {}});
    }
    std::stable_sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.score > b.score; });
    std::string list;
    std::vector<const Food*> shown;
    for (const Hit& hit : hits) {
        if (shown.size() == kMaxCandidates) break;
        if (std::find(shown.begin(), shown.end(), hit.food) != shown.end()) continue;
        shown.push_back(hit.food);
        list += (list.empty() ? "" : ", ") +
                (hit.alias.empty() ? food_label(*hit.food) : fmt::format("{} = {}", hit.alias, food_label(*hit.food)));
    }
    return list;
}

const Food* NameMatcher::cooked_sibling(const Entry& raw, const Words& query) const {
    // Family members that are cooked, best first: those with every cooking word the name
    // has ("boiled"), then by the preference rule, then by id.
    const Favour none;
    const Entry* best = nullptr;
    std::pair<int, int> best_rank{0, 0};
    for (const Entry& entry : entries_) {
        if (entry.family != raw.family || !entry.food->has_selenium()) continue;
        if (!std::any_of(entry.words.begin(), entry.words.end(),
                         [](const std::string& w) { return in(kCookedWords, w); }))
            continue;
        const int said = static_cast<int>(std::count_if(query.begin(), query.end(), [&](const std::string& w) {
            return in(kCookedWords, w) && has(entry.words, w);
        }));
        const std::pair<int, int> rank{said, score(entry, query, none)};
        if (!best || rank > best_rank || (rank == best_rank && entry.food->id < best->food->id))
            best = &entry, best_rank = rank;
    }
    return best ? best->food : nullptr;
}

const Food* NameMatcher::raw_form(const Food& food, const Words& words) const {
    if (std::any_of(words.begin(), words.end(), [](const std::string& w) { return in(kCookedWords, w); }))
        return nullptr;
    build();
    const auto at = index_of_.find(food.id);
    if (at == index_of_.end() ||
        std::none_of(entries_[at->second].words.begin(), entries_[at->second].words.end(),
                     [](const std::string& w) { return in(kCookedWords, w); }))
        return nullptr;
    // Words a raw entry may have that the cooked one does not, and words of how it was
    // cooked that the raw one lacks; any other word is another food ("breast" is not a chicken).
    static constexpr std::string_view kRawOnly[] = {"boneless", "dark", "dry", "fresh", "raw", "skinless", "uncooked",
                                                    "unprepared"};
    static constexpr std::string_view kHowCooked[] = {"browned", "crumble", "flesh", "mature", "pan", "seed", "skin"};
    // (by the descriptions' words: common names differ, "hamburger" is only the raw one's)
    const Words cooked = sorted_unique(name_words(food.description));
    const Food* best = nullptr;
    std::size_t best_shared = 0;
    std::vector<std::uint32_t> raw_ones;  // the entries of its first word that are raw
    for (std::string_view state : {"raw", "uncooked", "unprepared", "dry"}) {
        const auto some = containing(sorted_unique({name_words(food.description).front(), std::string(state)}));
        raw_ones.insert(raw_ones.end(), some.begin(), some.end());
    }
    std::sort(raw_ones.begin(), raw_ones.end());
    raw_ones.erase(std::unique(raw_ones.begin(), raw_ones.end()), raw_ones.end());
    for (std::uint32_t index : raw_ones) {
        const Entry& entry = entries_[index];
        if (entry.food->source != food.source || !entry.food->has_selenium()) continue;
        if (has(entry.words, "dry") && has(entry.words, "heat") && !has(entry.words, "raw")) continue;
        const Words words = sorted_unique(name_words(entry.food->description));
        std::size_t shared = 0;
        const bool other_word = std::any_of(words.begin(), words.end(), [&](const std::string& w) {
            if (has(cooked, w)) return ++shared, false;
            return !in(kRawOnly, w);
        });
        const bool lost_word = std::any_of(cooked.begin(), cooked.end(), [&](const std::string& w) {
            return !has(words, w) && !in(kCookedWords, w) && !in(kStateWords, w) && !in(kFamilyIgnored, w) &&
                   !in(kHowCooked, w);
        });
        if (other_word || lost_word) continue;
        if (!best || shared > best_shared || (shared == best_shared && entry.food->id < best->id))
            best = entry.food, best_shared = shared;
    }
    return best;
}

std::string NameMatcher::kinds_of(const Words& named, std::vector<std::uint32_t> candidates) const {
    // The kinds people log (entries an alias names) whose words or food group have the
    // name's category words, richest in selenium first: "nuts" shows Brazil nuts first.
    struct Kind {
        const Food* food;
        std::string_view alias;
    };
    std::vector<Kind> kinds;
    auto add_kind = [&](const Food* food, std::string_view alias) {
        if (std::none_of(kinds.begin(), kinds.end(), [&](const Kind& k) { return k.food == food; }))
            kinds.push_back({food, alias});
    };
    auto add_kinds_with = [&](const std::string& word) {
        for (const auto& [words, alias] : alias_words_) {
            auto it = index_of_.find(alias->id);
            if (it != index_of_.end() && entries_[it->second].food->has_selenium() &&
                has(entries_[it->second].words, word))
                add_kind(entries_[it->second].food, alias->name);
        }
    };
    auto add_kinds = [&](bool by_group) {
        for (const auto& [words, alias] : alias_words_) {
            auto it = index_of_.find(alias->id);
            if (it == index_of_.end()) continue;
            const Entry& entry = entries_[it->second];
            if (!entry.food->has_selenium()) continue;
            const Words group = by_group ? sorted_unique(name_words(entry.food->group)) : Words{};
            const bool fits = std::all_of(named.begin(), named.end(), [&](const std::string& w) {
                return in(kStateWords, w) || (by_group ? has(group, w) : has(entry.words, w));
            });
            if (fits) add_kind(entry.food, alias->name);
        }
    };
    add_kinds(false);
    if (kinds.empty()) add_kinds(true);
    if (kinds.empty()) {  // "deli meat": the kinds with any of its words
        for (const auto& word : named)
            if (kinds.empty() && !in(kStateWords, word)) add_kinds_with(word);
    }
    if (kinds.empty()) {
        if (candidates.empty()) return "";
        return best_of(named, std::move(candidates));
    }
    std::stable_sort(kinds.begin(), kinds.end(),
                     [](const Kind& a, const Kind& b) { return a.food->ug_per_100g > b.food->ug_per_100g; });
    std::string list;
    for (std::size_t i = 0; i < kinds.size() && i < kMaxCandidates; ++i)
        list += fmt::format("{}{} = {}", i ? ", " : "", kinds[i].alias, food_label(*kinds[i].food));
    if (kinds.size() > kMaxCandidates) list += fmt::format(" and {} more kinds", kinds.size() - kMaxCandidates);
    return list + "; write the kind you mean (find others with: seck foods WORDS)";
}

std::vector<const Food*> NameMatcher::search(std::string_view text) const {
    std::vector<const Food*> found = table_.search(text);
    if (found.size() < 2) return found;
    build();
    const Words query = sorted_unique(name_words(text));
    const Favour favour = favoured(query);
    const Alias* alias = nullptr;
    if (auto it = aliases_.find(key_of(query)); it != aliases_.end()) alias = it->second;
    // The alias the words are first, then the preference rule of name matching; the
    // table's order (exact names, descriptions starting with the first word, shorter) after.
    // ... and the FNDDS entries whose description the words are, "NFS" aside, after the alias.
    Words key;
    std::copy_if(query.begin(), query.end(), std::back_inserter(key), [](const std::string& w) { return w != "nfs"; });
    build_fndds();
    const auto fndds_it = fndds_exact_.find(key_of(key));
    std::vector<std::pair<int, const Food*>> ranked;
    for (const Food* food : found) {
        int rank = -100;
        if (auto it = index_of_.find(food->id); it != index_of_.end()) {
            rank = score(entries_[it->second], query, favour);
        } else if (auto at = fndds_index_of_.find(food->id); at != fndds_index_of_.end()) {
            rank = score(fndds_entries_[at->second], query, favour);
            if (fndds_it != fndds_exact_.end() &&
                std::find(fndds_it->second.begin(), fndds_it->second.end(), at->second) != fndds_it->second.end())
                rank += 50;
        }
        if (alias && food->id == alias->id) rank += 100;
        ranked.push_back({rank, food});
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    for (std::size_t i = 0; i < ranked.size(); ++i) found[i] = ranked[i].second;
    return found;
}

const Food* NameMatcher::user_food_named(std::string_view name) const {
    const Food* own = table_.user_food(name);  // "granola-1": a user food's id
    return own ? own : table_.user_food(name_key(name));
}

const Alias* NameMatcher::alias_for(const std::string& key) const {
    auto it = aliases_.find(key);
    return it == aliases_.end() || !table_.by_id(it->second->id) ? nullptr : it->second;
}

NameMatch NameMatcher::by_alias(const Alias& alias) const {
    NameMatch match;
    match.food = table_.by_id(alias.id);
    match.how = fmt::format("alias '{}'", alias.name);
    match.unit = alias.unit;
    return match;
}

std::optional<NameMatch> NameMatcher::by_alias_without_prep_words(std::string_view name, const Words& query,
                                                                  const Words& named) const {
    if (named.empty() || named.size() == query.size()) return std::nullopt;
    const Alias* alias = alias_for(key_of(named));
    if (!alias) return std::nullopt;
    NameMatch match = by_alias(*alias);
    // "cooked oysters": the alias's entry is raw, so its cooked sibling is meant.
    const bool cooked =
        std::any_of(query.begin(), query.end(), [](const std::string& w) { return in(kCookedWords, w); });
    // (An FNDDS alias, "homemade chili", is in no SR28 family: it has no raw or cooked sibling.)
    const auto at = index_of_.find(match.food->id);
    if (cooked && at != index_of_.end() && has(entries_[at->second].words, "raw")) {
        if (const Food* sibling = cooked_sibling(entries_[at->second], query)) {
            match.food = sibling;
            match.note = fmt::format("{} counted as {}, the cooked form of alias '{}'", quoted(name),
                                     food_label(*sibling), alias->name);
            return match;
        }
    }
    match.note = fmt::format("{} counted as {} (alias '{}')", quoted(name), food_label(*match.food), alias->name);
    return match;
}

bool NameMatcher::is_generic(const Words& named, const Words& query) const {
    // "kidney beans" are two category words, but an alias names them: not generic.
    return std::all_of(named.begin(), named.end(),
                       [](const std::string& w) { return in(kGenericWords, w) || in(kStateWords, w); }) &&
           aliases_within(query).empty();
}

NameMatch NameMatcher::refuse_generic(std::string_view name, const Words& named,
                                      std::vector<std::uint32_t> candidates) const {
    NameMatch refused;
    const std::string kinds = kinds_of(named, std::move(candidates));
    refused.error = fmt::format("food {} is too general (kinds differ up to 50x in selenium); name the kind{}{}",
                                quoted(name), kinds.empty() ? " (find it with: seck foods WORDS)" : ", e.g. ", kinds);
    return refused;
}

namespace {

// The words of a name that are in `query`, in the order written, each once.
Words written_order(std::string_view name, const Words& query) {
    Words ordered;
    for (auto& word : name_words(name))
        if (has(query, word) && std::find(ordered.begin(), ordered.end(), word) == ordered.end())
            ordered.push_back(std::move(word));
    return ordered;
}

// Does one part of a description have all these words together, in this order?
bool words_together(std::string_view description, const Words& ordered) {
    while (!description.empty()) {
        const auto comma = description.find(',');
        const Words part = name_words(description.substr(0, comma));
        if (std::search(part.begin(), part.end(), ordered.begin(), ordered.end()) != part.end()) return true;
        description = comma == std::string_view::npos ? std::string_view() : description.substr(comma + 1);
    }
    return false;
}

}  // namespace

std::optional<NameMatch> NameMatcher::two_foods(std::string_view name, bool with) const {
    // "salt and pepper", "bread & butter": two foods, each to be counted on its own; `with`:
    // "toast with butter", once no dish of that name is found.
    std::string lower(name);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (name.find(',') != std::string_view::npos) return std::nullopt;  // a description: "Beans, pork and beans"
    static constexpr std::string_view kAnd[] = {" and ", " & ", " n "}, kWith[] = {" with ", " w/ ", " w "};
    for (std::string_view joint : with ? std::span<const std::string_view>(kWith) : std::span<const std::string_view>(kAnd)) {
        const auto at = lower.find(joint);
        if (at == std::string::npos || lower.find(joint, at + 1) != std::string::npos) continue;
        const std::string_view left = name.substr(0, at), right = name.substr(at + joint.size());
        // (each side names entries, and one of them is an alias or a USDA name: "pepper" is
        // some pepper; "half and half" is no two foods)
        auto named = [&](std::string_view side) {
            const std::string key = key_of(sorted_unique(name_words(side)));
            return !key.empty() && (alias_for(key) || exact_.contains(key));
        };
        auto some = [&](std::string_view side) {
            const Words words = sorted_unique(name_words(side));
            return !words.empty() && !containing(words).empty();
        };
        if (!some(left) || !some(right) || !(named(left) || named(right))) continue;
        NameMatch match;
        match.error = fmt::format("food {} is two foods ({} and {}): write each on a line of its own", quoted(name),
                                  quoted(left), quoted(right));
        return match;
    }
    return std::nullopt;
}

bool NameMatcher::names_its_head(const Food& food, const Words& ordered) const {
    // The description's parts, each as words in order, less the categories (that the name does
    // not say) and brands it starts with ("Spices, curry powder": "curry powder").
    std::vector<Words> parts;
    std::string_view rest = food.description, last_skipped;
    bool leading = true;
    while (!rest.empty()) {
        const auto comma = rest.find(',');
        const std::string_view part = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        Words words = name_words(part);
        const bool category = std::all_of(words.begin(), words.end(), [&](const std::string& w) {
            return in(kHeadCategories, w) && std::find(ordered.begin(), ordered.end(), w) == ordered.end();
        });
        // ("Chicken, ..." is the head of "raw chicken"; a brand's words are never the food's:
        // "BURGER KING, CROISSAN'WICH" is no burger)
        if (leading && (branded(part) || category)) {
            last_skipped = part;
            continue;
        }
        leading = false;
        parts.push_back(std::move(words));
    }
    // A common name that starts with a word of the name: the food as people call it
    // ("oatmeal"; "macaroni product" for "macaroni, cooked"; not "hashed brown" for "brown sauce").
    for (std::string_view common : food.names) {
        const Words words = name_words(common);
        if (!words.empty() && !in(kStateWords, words.front()) &&
            std::find(ordered.begin(), ordered.end(), words.front()) != ordered.end())
            return true;
    }
    if (parts.empty()) {  // all category and brand: the product, if the name is in the last ("cheerios")
        const Words product = name_words(last_skipped);
        return std::any_of(ordered.begin(), ordered.end(), [&](const std::string& w) {
            return std::find(product.begin(), product.end(), w) != product.end();
        });
    }
    auto at = [](const Words& words, const std::string& w) { return std::find(words.begin(), words.end(), w); };
    // The name's words in the head part, in the name's order where that part has other words
    // too ("sausage roll" is not "Honey roll sausage"; "roast turkey" is "Turkey roast").
    const Words& head = parts.front();
    std::vector<std::ptrdiff_t> places;
    for (const auto& word : ordered)
        if (auto it = at(head, word); it != head.end()) places.push_back(it - head.begin());
    // ... and, for a product, from its start: a word before them makes another food ("toast with
    // butter" is not fast food's "french toast with butter").
    const bool product = in(kUnlikelyGroups, food.group) || branded(food.description);
    if (!places.empty())
        return places.size() == head.size() ||
               (std::is_sorted(places.begin(), places.end()) && (!product || places.front() == 0));
    // All the name's words together, in order, in one part ("hash brown" in "Potatoes, hash brown"),
    // unless the name is a food with another and the head a dish it does not say ("chicken with
    // rice" is no "Soup, chicken with rice"; "sofrito" is "Sauce, sofrito").
    static constexpr std::string_view kDishHeads[] = {"dip",   "dressing", "gravy", "pie",  "salad",
                                                      "sauce", "sandwich", "soup",  "spread", "stew"};
    if (head.size() == 1 && in(kDishHeads, head.front()) && at(ordered, "with") != ordered.end()) return false;
    return words_together(food.description, ordered);
}

NameMatch NameMatcher::by_words(std::string_view name, const Words& query,
                                std::vector<std::uint32_t> candidates) const {
    NameMatch picked = choose(name, query, std::move(candidates), "USDA words");
    // SR28's entries with the words disagree ("clam chowder": canned, condensed, chunky...):
    // the food as eaten, if FNDDS has it.
    if (!picked.food)
        if (auto eaten = by_fndds_words(name, query, true); eaten && eaten->food) return std::move(*eaten);
    if (picked.food && picked.note.empty())
        picked.note =
            fmt::format("{} counted as {}, the entry whose words include it", quoted(name), food_label(*picked.food));
    // "Macaroni, enriched, cooked": the portion of the alias within the name ("macaroni": a cup
    // of elbows) where it names the entry picked.
    if (picked.food)
        for (const Alias* alias : aliases_within(query))
            if (alias->id == picked.food->id && !alias->unit.empty()) {
                picked.unit = alias->unit;
                break;
            }
    return picked;
}

namespace {

// Are these foods' selenium figures within `factor` of each other (or 1 µg/100 g)?
bool within(const std::vector<const Food*>& foods, double factor) {
    double low = INFINITY, high = 0;
    for (const Food* food : foods) {
        if (!food->has_selenium()) return false;
        low = std::min(low, food->ug_per_100g);
        high = std::max(high, food->ug_per_100g);
    }
    return high <= low * factor || high - low <= kNegligible;
}

}  // namespace

std::optional<NameMatch> NameMatcher::by_fndds_name(std::string_view name, const Words& query) const {
    build_fndds();
    Words key;
    std::copy_if(query.begin(), query.end(), std::back_inserter(key), [](const std::string& w) { return w != "nfs"; });
    const auto it = fndds_exact_.find(key_of(key));
    if (it == fndds_exact_.end()) return std::nullopt;
    std::vector<const Food*> foods;
    for (std::uint32_t index : it->second) foods.push_back(fndds_entries_[index].food);
    if (!within(foods, kSimilarSelenium)) return std::nullopt;  // (two descriptions alike: not found here)
    // "mixed nuts" is "Mixed nuts, NFS", but its kinds run from 57.3 to 147.1 µg/100 g: a
    // guess, whatever FNDDS counts for it. The foods as eaten with the name's words must
    // agree within 2x, for a name of category words ("nuts") as for any other.
    std::vector<const Food*> kinds;  // (by their descriptions: other names say "all flavors")
    for (std::uint32_t index : containing(key, true)) {
        const Words words = sorted_unique(name_words(fndds_entries_[index].food->description));
        if (std::includes(words.begin(), words.end(), key.begin(), key.end()))
            kinds.push_back(fndds_entries_[index].food);
    }
    if (!within(kinds, kFnddsKindsSpread)) return std::nullopt;
    // The first of them (they agree), the "NFS" one if there is one.
    const Food* food = foods.front();
    for (const Food* f : foods)
        if (has(sorted_unique(name_words(f->description)), "nfs")) food = f;
    NameMatch match;
    match.food = food;
    match.how = "FNDDS name";
    const bool nfs = has(sorted_unique(name_words(food->description)), "nfs");
    match.note = fmt::format("{} counted as {}, {} (FNDDS: a recipe calculation)", quoted(name), food_label(*food),
                             nfs ? "the food as eaten when its kind is not said" : "the food as eaten");
    return match;
}

std::optional<NameMatch> NameMatcher::by_fndds_words(std::string_view name, const Words& query,
                                                     bool descriptions_only) const {
    // A size is a unit ("medium free-range eggs": medium eggs), not a word to find in other
    // names ("over medium").
    if (std::any_of(query.begin(), query.end(), [](const std::string& w) { return is_size_word(w); }))
        return std::nullopt;
    auto candidates = containing(query, true);
    std::erase_if(candidates, [&](std::uint32_t index) {
        const Food& food = *fndds_entries_[index].food;
        const Words words = name_words(food.description);
        const Words described = sorted_unique(words);
        if (std::includes(described.begin(), described.end(), query.begin(), query.end())) return false;
        if (descriptions_only) return true;
        // Found through its other names, which are often qualifiers ("whole wheat" of "French
        // toast, whole grain"): only if one of them has every word ("edensoy"), or the
        // description starts with a word of the name.
        for (std::string_view other : food.names) {
            const Words named = sorted_unique(name_words(other));
            // (a name of one word must be the other name: "cappucino" is not "Pepperidge Farm Cappucino")
            if (query.size() == 1 ? named == query : std::includes(named.begin(), named.end(), query.begin(), query.end()))
                return false;
        }
        return words.empty() || !has(query, words.front());
    });
    if (candidates.empty()) return std::nullopt;
    std::vector<const Food*> foods;
    for (std::uint32_t index : candidates) foods.push_back(fndds_entries_[index].food);
    NameMatch match;
    if (!within(foods, kSimilarSelenium)) {
        if (auto plain = plainest_dish(name, query, candidates)) return plain;
        match.error = fmt::format("food {} fits {} foods as eaten (FNDDS) whose selenium differs: {}", quoted(name),
                                 candidates.size(), best_of(query, candidates, true));
        return match;
    }
    const auto ranked = rank(query, candidates, true);
    match.food = ranked.front().food;
    match.how = "FNDDS words";
    match.note =
        foods.size() == 1
            ? fmt::format("{} counted as {}, the only food as eaten whose words include it (FNDDS: a recipe "
                          "calculation)",
                          quoted(name), food_label(*match.food))
            : fmt::format("{} counted as {}, one of {} foods as eaten whose words include it and whose selenium is "
                          "within 10 % (or 1 µg/100 g) of each other (FNDDS: a recipe calculation)",
                          quoted(name), food_label(*match.food), foods.size());
    return match;
}

std::optional<NameMatch> NameMatcher::plainest_dish(std::string_view name, const Words& query,
                                                    const std::vector<std::uint32_t>& candidates) const {
    // Words that say where a dish is from, that its kind is not said, or the everyday bread of
    // a sandwich, not what is in it.
    static constexpr std::string_view kNeutral[] = {"as",      "bread", "fast", "food",       "from",
                                                    "nfs",     "ns",    "on",   "regular",    "restaurant",
                                                    "to",      "type",  "wheat", "white",     "with"};
    struct Dish {
        const Food* food;
        std::size_t extra;  // words beyond the name's
    };
    std::vector<Dish> dishes;
    const Words written = name_words(name);
    if (written.size() < 2) return std::nullopt;  // a dish has a name of its own: "steak" is no steak teriyaki
    for (std::uint32_t index : candidates) {
        const Food* food = fndds_entries_[index].food;
        const Words words = name_words(food->description);
        // The dish itself ("Taco, corn tortilla, beef"; "Soup, clam chowder"), not a part of it
        // ("Topping from cheese pizza") nor a food it is in.
        // Its description starts with the name's last word ("Taco, corn tortilla, beef" for
        // "beef tacos") or with the name ("Turkey sandwich on white"), not "Topping from cheese pizza".
        const Words head = name_words(food->description.substr(0, food->description.find(',')));
        if (words.size() < written.size() || !food->has_selenium() ||
            !((head.size() == 1 && head.front() == written.back()) ||  // "Taco", not "Burrito bowl"
              std::equal(written.begin(), written.end(), words.begin())))
            continue;
        const Words described = sorted_unique(words);
        // ... and no variant the name does not ask for: gluten-free, no cheese, meatless.
        if (std::any_of(described.begin(), described.end(), [&](const std::string& w) {
                return (in(kVariantWords, w) || w == "no" || w == "gluten") && !has(query, w);
            }))
            continue;
        const auto extra = static_cast<std::size_t>(std::count_if(described.begin(), described.end(), [&](const std::string& w) {
            return !has(query, w) && !in(kNeutral, w);
        }));
        dishes.push_back({food, extra});
    }
    if (dishes.size() < 2) return std::nullopt;
    std::vector<double> figures;
    for (const Dish& d : dishes) figures.push_back(d.food->ug_per_100g);
    std::sort(figures.begin(), figures.end());
    // Kinds of one dish, within 2.5x of each other ("mixed nuts" run from 57.3 to 147.1).
    if (figures.back() > figures.front() * kDishKindsSpread && figures.back() - figures.front() > kNegligible)
        return std::nullopt;
    const double median = figures[figures.size() / 2];
    const Dish* plainest = &dishes.front();
    // (of the plainest, the one nearest the median: "Egg sandwich on white", not "on croissant")
    auto off = [&](const Dish& d) { return std::abs(d.food->ug_per_100g - median); };
    for (const Dish& d : dishes)
        if (std::tuple(d.extra, off(d), d.food->id) < std::tuple(plainest->extra, off(*plainest), plainest->food->id))
            plainest = &d;
    // Its figure must be a fair one for the dish: within 30 % of the kinds' median.
    if (std::abs(plainest->food->ug_per_100g - median) > std::max(0.3 * median, kNegligible)) return std::nullopt;
    NameMatch match;
    match.food = plainest->food;
    match.how = "FNDDS words";
    match.note = fmt::format("{} counted as {}, the plainest of {} foods as eaten with its words, which have {:g}-{:g} "
                             "µg/100 g: name the kind for a closer figure (FNDDS: a recipe calculation)",
                             quoted(name), food_label(*match.food), dishes.size(), figures.front(), figures.back());
    return match;
}

namespace {
// Above 0 while a name is only being tried (find()): an unknown name is told without the
// names it may have meant, which take a scan of every entry to find.
thread_local int t_quiet = 0;
}  // namespace

NameMatch NameMatcher::unknown_food(std::string_view name, const Words& query) const {
    NameMatch match;
    match.unknown = true;
    if (t_quiet > 0) {
        match.error = fmt::format("unknown food {}", quoted(name));
        return match;
    }
    Words words;  // (numbers say how much, not which food: "zest of 1 lime" is no "1 minute" cereal)
    std::copy_if(query.begin(), query.end(), std::back_inserter(words),
                 [](const std::string& w) { return !(w.front() >= '0' && w.front() <= '9'); });
    const std::string near = suggestions(words);
    match.error =
        fmt::format("unknown food {}{}{}", quoted(name), near.empty() ? "" : "; did you mean ",
                    near.empty() ? ": write a food name or usda:NNNNN (find it with: seck foods WORDS)" : near);
    if (!near.empty()) match.error += "?";
    return match;
}

// Match steps 2 on (README): an alias, a USDA name, an alias without the preparation words,
// an FNDDS name, a category refused, the entries with every word, the FNDDS foods with them;
// nullopt when no entry has the words.
std::optional<NameMatch> NameMatcher::by_words_of(std::string_view name, const Words& query) const {
    const std::string key = key_of(query);
    if (const Alias* alias = alias_for(key)) return by_alias(*alias);
    // "macadamias", "brazils": the nuts of that name.
    if (query.size() == 1)
        if (const Alias* alias = alias_for(key_of(sorted_unique({query.front(), "nut"})))) return by_alias(*alias);
    build();
    if (auto it = exact_.find(key); it != exact_.end()) {
        NameMatch match = choose(name, query, it->second, "USDA name");
        // "donut" is the common name of 9 SR28 doughnuts that differ: FNDDS's "Doughnut, NFS".
        if (!match.food)
            if (auto eaten = by_fndds_name(name, query)) return std::move(*eaten);
        return match;
    }

    Words named;  // the words that name the food, not how it was prepared (a form is named: "smoked")
    std::copy_if(query.begin(), query.end(), std::back_inserter(named),
                 [](const std::string& w) { return !in(kPrepWords, w) || in(kFormWords, w); });
    if (auto match = by_alias_without_prep_words(name, query, named)) return std::move(*match);
    auto candidates = containing(query);
    if (auto match = by_fndds_name(name, query)) return std::move(*match);
    if (is_generic(named, query)) return refuse_generic(name, named, std::move(candidates));
    // SR28's entries with every word are all products (branded, fast food, restaurant, baby
    // food, meals): the foods as eaten whose descriptions have the words, if they agree, else
    // refused with them ("ham and cheese sandwich" is not a HOT POCKET, "turkey sandwich" not
    // a fast-food sub with roast beef and ham); the products only where FNDDS has none.
    const bool products = std::all_of(candidates.begin(), candidates.end(), [&](std::uint32_t index) {
        const Food& food = *entries_[index].food;
        return food.source == FoodSource::Sr28 &&
               ((branded(food.description) && product_name(food.description) != query) ||
                in(kUnlikelyGroups, food.group));
    });
    if (!candidates.empty() && products)
        if (auto eaten = by_fndds_words(name, query, true)) return std::move(*eaten);
    if (auto two = two_foods(name)) return std::move(*two);
    if (!candidates.empty()) {
        // Only entries that are the food the name says, not one it is a part of.
        const Words ordered = written_order(name, query);
        std::erase_if(candidates, [&](std::uint32_t index) {
            const Entry& entry = entries_[index];
            // ... and not a form no one eats as it is, unless the name says it: "curry" is not
            // curry powder, "custard" not its dry mix.
            const bool unsaid_form = std::any_of(std::begin(kNotAsEaten), std::end(kNotAsEaten), [&](std::string_view w) {
                return has(entry.words, w) && !has(query, w) && !(w == "dry" && has(entry.words, "heat"));
            });
            // ... and no alcoholic drink for a name that says no alcohol: "coffee with cream" is
            // not "Alcoholic beverage, liqueur, coffee with cream, 34 proof".
            const bool unsaid_alcohol =
                entry.food->description.starts_with("Alcoholic beverage") &&
                std::none_of(query.begin(), query.end(), [](const std::string& w) { return in(kAlcoholWords, w); });
            // ... and not one without what the name says: "lemon peel" is not "Lemons, raw, without peel".
            const Words described = name_words(entry.food->description);
            bool without_said = false;
            for (std::size_t i = 0; i + 1 < described.size(); ++i)
                without_said = without_said || (described[i] == "without" && has(query, described[i + 1]));
            return unsaid_form || unsaid_alcohol || without_said || !names_its_head(*entry.food, ordered);
        });
    }
    // Only a brand's products left, none named by the name ("curry": a SMART SOUP): the foods
    // as eaten, else refused with them, never a brand the name does not say.
    const bool brands_only = std::all_of(candidates.begin(), candidates.end(), [&](std::uint32_t index) {
        const Food& food = *entries_[index].food;
        return branded(food.description) && product_name(food.description) != query;
    });
    if (!candidates.empty() && brands_only) {
        if (auto match = by_fndds_words(name, query, true)) return std::move(*match);
        NameMatch refused;
        refused.error = fmt::format("food {} is only in branded products: {}", quoted(name),
                                    best_of(query, std::move(candidates)));
        return refused;
    }
    if (!candidates.empty()) return by_words(name, query, std::move(candidates));
    return by_fndds_words(name, query);
}

// The steps of "How names are matched" (README), in order: a user food's id, an alias,
// a USDA name, an alias without the preparation words, a category refused, the entries
// with every word, and else the names it may have meant.
NameMatch NameMatcher::match(std::string_view name) const {
    NameMatch found = find(name);
    if (found.food || !found.unknown) return found;
    return unknown_food(name, sorted_unique(name_words(name)));  // with the names it may have meant
}

NameMatch NameMatcher::find(std::string_view name) const {
    ++t_quiet;
    struct Done {
        ~Done() { --t_quiet; }
    } done;
    NameMatch whole = match_name(name);
    if (whole.food) return whole;
    // "butter, melted", "aubergine, cut into 2cm chunks": how it was prepared, after a comma
    // (not how it was cooked: "Ham, roasted" is its own entry).
    if (const auto comma = name.find(','); comma != std::string_view::npos && comma > 0) {
        const Words clause = name_words(name.substr(comma + 1));
        const bool preparation = !clause.empty() && std::all_of(clause.begin(), clause.end(), [](const std::string& w) {
            return in(kClauseWords, w) || (in(kPrepWords, w) && !in(kStateWords, w)) ||
                   (w.front() >= '0' && w.front() <= '9');
        });
        if (preparation) {
            NameMatch head = find(trim(name.substr(0, comma)));
            if (head.food) {
                if (head.note.empty())
                    head.note = fmt::format("{} counted as {}", quoted(name), food_label(*head.food));
                head.note += fmt::format(" (read without {}: how it was prepared)",
                                         quoted(trim(name.substr(comma + 1))));
                return head;
            }
        }
    }
    // "lean beef mince (5% fat)", "dark chocolate (70% cocoa solids)": without the brackets.
    const auto open = name.find('(');
    if (open == std::string_view::npos) return respelled(name, std::move(whole));
    std::string bare(name.substr(0, open)), said;
    for (std::size_t at = open; at < name.size();) {
        const auto close = name.find(')', at);
        if (close == std::string_view::npos) return whole;
        said += (said.empty() ? "" : " ") + std::string(name.substr(at, close + 1 - at));
        const auto next = name.find('(', close);
        bare += name.substr(close + 1, next == std::string_view::npos ? std::string_view::npos : next - close - 1);
        at = next == std::string_view::npos ? name.size() : next;
    }
    NameMatch without = find(trim(bare));
    if (!without.food) return respelled(name, std::move(whole));
    if (without.note.empty()) without.note = fmt::format("{} counted as {}", quoted(name), food_label(*without.food));
    without.note += fmt::format(" (read without {})", quoted(said));
    return without;
}

namespace {

// Edits from one word to another: letters added, left out, changed or two swapped (at most
// `limit`; more is reported as limit + 1).
std::size_t edits(std::string_view a, std::string_view b, std::size_t limit) {
    if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > limit) return limit + 1;
    std::vector<std::size_t> before(b.size() + 1), row(b.size() + 1), now(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        now[0] = i;
        std::size_t best = now[0];
        for (std::size_t j = 1; j <= b.size(); ++j) {
            now[j] = std::min({row[j] + 1, now[j - 1] + 1, row[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) now[j] = std::min(now[j], before[j - 2] + 1);
            best = std::min(best, now[j]);
        }
        if (best > limit) return limit + 1;
        before.swap(row);
        row.swap(now);
    }
    return std::min(row[b.size()], limit + 1);
}

}  // namespace

NameMatch NameMatcher::respelled(std::string_view name, NameMatch refused) const {
    build_fndds();
    Words words = name_words(name);
    std::string said, meant;  // the words corrected, as written and as read
    for (std::string& word : words) {
        const bool known = postings_.contains(word) || fndds_postings_.contains(word) || alias_first_.contains(word) ||
                           in(kPrepWords, word) || in(kClauseWords, word);
        if (known || word.size() < 5 || std::any_of(word.begin(), word.end(), [](char c) {
                return !(c >= 'a' && c <= 'z');
            }))
            continue;
        // The word of the tables nearest it: one edit away (two for a long word), and in three
        // times as many entries as any other as near ("tomato", not FNDDS's "tomate").
        const std::size_t limit = word.size() >= 8 ? 2 : 1;
        std::size_t best = limit + 1;
        std::unordered_map<std::string_view, std::size_t> nearest;  // word -> entries with it
        auto consider = [&](const std::string& candidate, std::size_t entries) {
            const std::size_t d = edits(word, candidate, limit);
            if (d > best) return;
            if (d < best) best = d, nearest.clear();
            nearest[candidate] += entries;
        };
        for (const auto& [candidate, entries] : postings_) consider(candidate, entries.size());
        for (const auto& [candidate, entries] : fndds_postings_) consider(candidate, entries.size());
        if (best > limit) return refused;
        std::string_view chosen;
        std::size_t most = 0, second = 0;
        for (const auto& [candidate, entries] : nearest) {
            if (entries > most) second = most, most = entries, chosen = candidate;
            else second = std::max(second, entries);
        }
        if (most < 3 * second) return refused;
        said += (said.empty() ? "'" : "', '") + word;
        meant += (meant.empty() ? "'" : "', '") + std::string(chosen);
        word = chosen;
    }
    if (said.empty()) return refused;
    std::string text;
    for (const auto& word : words) text += (text.empty() ? "" : " ") + word;
    NameMatch match = match_name(text);
    if (!match.food) return refused;
    const std::string read = fmt::format("{} read as {}, the nearest word{} of the food tables", said + "'",
                                         meant + "'", said.find(',') == std::string::npos ? "" : "s");
    // (the note names the line's own text, not the one read)
    for (auto at = match.note.find(quoted(text)); at != std::string::npos; at = match.note.find(quoted(text), at + 1))
        match.note.replace(at, quoted(text).size(), quoted(name));
    match.note = match.note.empty() ? fmt::format("{} counted as {}: {}", quoted(name), food_label(*match.food), read)
                                    : match.note + " (" + read + ")";
    return match;
}

NameMatch NameMatcher::match_name(std::string_view name) const {
    if (const Food* own = user_food_named(name)) {
        NameMatch match;
        match.food = own;
        match.how = "id";
        return match;
    }
    load_aliases();  // the word index is built only for names that are not aliases
    const Words written = name_words(name);
    const Words query = sorted_unique(written);
    if (query.empty()) {
        NameMatch match;
        match.error = fmt::format("unknown food {}: write a food name or usda:NNNNN", quoted(name));
        return match;
    }
    // An alias in the order written first: "milk chocolate" is not "chocolate milk".
    if (auto it = aliases_in_order_.find(key_of(written)); it != aliases_in_order_.end() && table_.by_id(it->second->id))
        return by_alias(*it->second);
    if (auto match = by_words_of(name, query)) return std::move(*match);
    // "finely chopped fresh parsley": the name without how it was cut, sized or bought
    // (its cooking words kept, they choose the entry), said in a note; first with the words
    // that name a form kept ("smoked haddock fillets" is smoked haddock), then without them.
    for (const bool keep_forms : {true, false}) {
        auto dropped_word = [&](const std::string& w) {
            return in(kPrepWords, w) && !in(kCookedWords, w) && !(keep_forms && in(kFormWords, w));
        };
        Words plain;
        std::copy_if(query.begin(), query.end(), std::back_inserter(plain),
                     [&](const std::string& w) { return !dropped_word(w); });
        if (plain.empty() || plain.size() == query.size()) continue;
        auto match = by_words_of(name, plain);
        if (!match || (!match->food && keep_forms)) continue;
        if (!match->food) return std::move(*match);
        std::string dropped;
        for (const auto& word : name_words(name))
            if (dropped_word(word) && dropped.find(word) == std::string::npos)
                dropped += (dropped.empty() ? "" : " ") + word;
        if (match->note.empty()) match->note = fmt::format("{} counted as {}", quoted(name), food_label(*match->food));
        match->note += fmt::format(" (read without {}: how it was cut, sized or bought)", quoted(dropped));
        return std::move(*match);
    }
    if (auto two = two_foods(name, true)) return std::move(*two);
    return unknown_food(name, query);
}

}  // namespace seck
