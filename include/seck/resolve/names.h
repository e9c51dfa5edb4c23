#pragma once
// Food names as people write them: their words, the curated aliases, and the rule
// that turns a name into one table entry (or refuses it, with candidates).

#include <cstdint>
#include <span>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "seck/resolve/foods.h"

namespace seck {

/// A singular form of one lower-case word: "berries" -> "berry", "nuts" -> "nut",
/// "cookies" -> "cookie", "potatoes" -> "potato", "leaves" -> "leaf".
std::string singular(std::string_view word);

/// The words of a name as matched: lower case; apostrophes dropped; other punctuation
/// and hyphens as spaces (a '.' between digits and '%' stay: "3.25%"); each word
/// singular; a few spelling variants unified (yoghurt -> yogurt); the small words
/// a, an, the, of, and, or, in left out. In the order written.
std::vector<std::string> name_words(std::string_view text);

/// One curated alias from data/aliases.csv: how people write a food, the entry it
/// means, and its default portion (a measure of that entry, or empty).
struct Alias {
    std::string_view name;
    std::string_view id;
    std::string_view unit;
};
std::span<const Alias> embedded_aliases();

/// What a name resolved to: a food, or why not.
struct NameMatch {
    const Food* food = nullptr;  // nullptr: refused, see `error`
    std::string how;             // how it matched, for --explain
    std::string_view unit;       // the alias's default portion, if an alias matched
    std::string note;            // a choice the report must show, or ""
    std::string error;
    bool unknown = false;        // refused because no entry has the name's words
};

/// Resolves names against a table (see README, "How names are matched"). The word
/// index is built on the first call, so diaries written with usda: ids never pay for it.
class NameMatcher {
public:
    explicit NameMatcher(const FoodTable& table) : table_(table) {}

    NameMatch match(std::string_view name) const;
    /// match() for a name only being tried: an unknown name's error does not list the names
    /// it may have meant (a scan of every entry).
    NameMatch find(std::string_view name) const;
    /// `seck foods WORDS`: FoodTable::search's entries, ranked as names are (an alias of
    /// exactly these words first, then the preference rule), so the common entry leads.
    std::vector<const Food*> search(std::string_view words) const;
    /// A food's default portion: the unit of its first alias that gives one, else empty
    /// (USDA's own first measure can be a whole turkey).
    std::string_view default_unit(const Food& food) const;
    /// The raw entry of a cooked one, or nullptr if `food` is not cooked or has none: the
    /// entry with "raw" whose other parts of its description are the cooked one's ("Beef,
    /// ground, 85% lean meat / 15% fat, raw" of "..., crumbles, cooked, pan-browned"; "Sweet
    /// potato, raw, unprepared" of "Sweet potato, cooked, baked in skin, ..."), and selenium.
    /// nullptr too when the name (`words`, as name_words gives them) says it was cooked.
    const Food* raw_form(const Food& food, const std::vector<std::string>& words) const;

private:
    struct Entry {
        const Food* food;
        std::vector<std::string> words;  // sorted, unique: description and common names
        std::uint32_t family;            // entries with the same description but for its state words
    };
    /// The entries a name favours: those its aliases name (every word of the alias is in
    /// the name), and their families (the same food raw, cooked or dry).
    struct Favour {
        std::vector<const Food*> named;
        std::vector<std::uint32_t> families;
    };
    Favour favoured(const std::vector<std::string>& query) const;
    /// The aliases all of whose words are in `query`.
    std::vector<const Alias*> aliases_within(const std::vector<std::string>& query) const;
    void load_aliases() const;
    void build() const;
    void build_index() const;
    /// FNDDS's words, apart and only when a name gets past SR28's exact names (build() first).
    void build_fndds() const;
    /// The entries (of SR28 and the user's foods, or of FNDDS: fndds_entries_) with every one of the words.
    std::vector<std::uint32_t> containing(const std::vector<std::string>& words, bool fndds = false) const;
    int score(const Entry& entry, const std::vector<std::string>& query, const Favour& favour) const;
    struct Ranked {
        const Food* food;
        int score;
    };
    /// Candidates best first: by score, then by id.
    /// (`fndds`: the candidates are FNDDS entries, fndds_entries_)
    std::vector<Ranked> rank(const std::vector<std::string>& query, std::vector<std::uint32_t> candidates,
                             bool fndds = false) const;
    /// "the best 5 ...; write the one you mean as usda:NNNNN" (or fndds:NNNNNNNN)
    std::string best_of(const std::vector<std::string>& query, std::vector<std::uint32_t> candidates,
                        bool fndds = false) const;
    NameMatch choose(std::string_view name, const std::vector<std::string>& query,
                     std::vector<std::uint32_t> candidates, std::string how) const;
    /// match() of the name as written, after a preparation clause and brackets are tried without.
    NameMatch match_name(std::string_view name) const;
    /// A name with a word no table has ("cappucino", "brocoli"), read with the one word of the
    /// tables nearest it; `refused` if there is none or several, or the name is still no food.
    NameMatch respelled(std::string_view name, NameMatch refused) const;
    // The steps of match(), in order.
    /// The user's food whose id is the name as written, or its key ("Granola-1"), or nullptr.
    const Food* user_food_named(std::string_view name) const;
    /// The alias of exactly these sorted words whose entry is in the table, or nullptr.
    const Alias* alias_for(const std::string& key) const;
    /// What an alias names: its entry and its default portion.
    NameMatch by_alias(const Alias& alias) const;
    /// "grilled chicken breast": an alias of the words that name the food (`named`), without
    /// how it was prepared; its cooked sibling for cooking words. nullopt if none.
    std::optional<NameMatch> by_alias_without_prep_words(std::string_view name, const std::vector<std::string>& query,
                                                         const std::vector<std::string>& named) const;
    /// Is the name only category and state words ("nuts"), which no alias names?
    bool is_generic(const std::vector<std::string>& named, const std::vector<std::string>& query) const;
    /// "food 'nuts' is too general ...; name the kind, e.g. ..."
    NameMatch refuse_generic(std::string_view name, const std::vector<std::string>& named,
                             std::vector<std::uint32_t> candidates) const;
    /// Steps 2 on of match() for these words: a match, a refusal, or nullopt when no entry has them.
    std::optional<NameMatch> by_words_of(std::string_view name, const std::vector<std::string>& query) const;
    /// "salt and pepper": a name without a comma that is two foods joined by "and" or "&" (each
    /// with entries, one an alias or a USDA name), refused; nullopt otherwise.
    std::optional<NameMatch> two_foods(std::string_view name, bool with = false) const;
    /// Is `food` what the name (its words in order) says, not a food it is part of? The
    /// description's first part has the name's words in their order, or is a category
    /// ("Spices", "Fish") or a brand, or one part has all the name's words together in order.
    bool names_its_head(const Food& food, const std::vector<std::string>& ordered) const;
    /// The entries with every word of the name: the best, said in a note, or refused with them.
    NameMatch by_words(std::string_view name, const std::vector<std::string>& query,
                       std::vector<std::uint32_t> candidates) const;
    /// A food as eaten whose FNDDS description has exactly the name's words, "NFS" aside
    /// ("grilled cheese sandwich" is "Grilled cheese sandwich, NFS"), if the FNDDS foods with
    /// its words are within 2x of each other in selenium (else nullopt: not a food but a kind).
    std::optional<NameMatch> by_fndds_name(std::string_view name, const std::vector<std::string>& query) const;
    /// Where no SR28 entry has the name's words, or only products do and the best is a brand:
    /// the FNDDS foods that do (`descriptions_only`: in their descriptions, not other names),
    /// if they are one food or agree in selenium (within 10 % or 1 µg/100 g); refused with
    /// them otherwise; nullopt if none.
    std::optional<NameMatch> by_fndds_words(std::string_view name, const std::vector<std::string>& query,
                                            bool descriptions_only = false) const;
    /// Where the foods as eaten with the name's words disagree: the dish with the fewest words
    /// beyond the name's ("Turkey sandwich on white" for "turkey sandwich"), if its selenium
    /// is within 30 % of the median of the dishes; nullopt otherwise.
    std::optional<NameMatch> plainest_dish(std::string_view name, const std::vector<std::string>& query,
                                           const std::vector<std::uint32_t>& candidates) const;
    /// "unknown food ...; did you mean ...?"
    NameMatch unknown_food(std::string_view name, const std::vector<std::string>& query) const;
    std::string suggestions(const std::vector<std::string>& query) const;
    /// The cooked entry of a raw entry's family that a name with cooking words means.
    const Food* cooked_sibling(const Entry& raw, const std::vector<std::string>& query) const;
    /// "brazil nuts = usda:12078 (...), ...": the common kinds of a category, for a refusal.
    std::string kinds_of(const std::vector<std::string>& named, std::vector<std::uint32_t> candidates) const;

    const FoodTable& table_;
    // Built on first use, once, even when two threads share the matcher.
    mutable std::once_flag aliases_loaded_;
    mutable std::once_flag built_;
    mutable std::once_flag fndds_built_;
    mutable std::vector<Entry> entries_;
    mutable std::unordered_map<std::string, std::vector<std::uint32_t>> postings_;  // word -> entries
    mutable std::unordered_map<std::string, std::vector<std::uint32_t>> exact_;     // all words -> entries
    // FNDDS's entries, apart: a name reaches them only by the steps that say so.
    mutable std::vector<Entry> fndds_entries_;
    mutable std::unordered_map<std::string_view, std::uint32_t> fndds_index_of_;
    mutable std::unordered_map<std::string, std::vector<std::uint32_t>> fndds_postings_;
    mutable std::unordered_map<std::string, std::vector<std::uint32_t>> fndds_exact_;  // "nfs" left out
    mutable std::unordered_map<std::string, const Alias*> aliases_;                 // all words -> alias
    mutable std::unordered_map<std::string, const Alias*> aliases_in_order_;       // words as written -> alias
    mutable std::vector<std::pair<std::vector<std::string>, const Alias*>> alias_words_;  // sorted words
    mutable std::unordered_map<std::string, std::vector<std::uint32_t>> alias_first_;  // first word -> alias_words_
    mutable std::unordered_map<std::string_view, std::uint32_t> index_of_;          // id -> entry
};

}  // namespace seck
