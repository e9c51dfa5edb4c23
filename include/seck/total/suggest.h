#pragma once
// What to change: for a day below the RDA, single additions of everyday foods (a curated
// list, data/suggestions.csv) that bring it to the RDA without crossing the UL; for a day
// above the UL (or whose rolling mean is), the entries whose removal or halving brings it
// back under.

#include <cstddef>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "seck/total/days.h"
#include "seck/total/reference.h"

namespace seck {

/// One food of data/suggestions.csv: a USDA food, its usual portion (one of its measures),
/// the most portions suggested at once, and its names for one portion and for several.
struct SuggestedFood {
    std::string_view id, unit;
    int max;
    std::string_view one, many;
};
/// The curated list compiled into the binary, in the file's order.
std::span<const SuggestedFood> embedded_suggestions();

struct Suggestion {
    enum class Action { Add, Remove };
    Action action = Action::Add;
    std::string food;           // add: "large egg"; remove: the entry's food as written
    std::string id;             // the USDA food, "" for none (selenium itself, an app export's figure)
    double amount = 0;          // how many units to add or to leave out (NaN: the entry's amount is not a number)
    std::string unit;           // add: the USDA measure; remove: the entry's unit as written
    double selenium_ug = 0;     // added or left out
    double total_after_ug = 0;  // the day's total after the change (with `together`, after all of them)
    std::shared_ptr<const std::string> file;  // remove: the entry's file
    std::size_t line = 0;                     // and line
    bool together = false;                    // remove: no single change is enough; these together
    bool enough = true;                       // false for removals together that are still not enough
    std::string text;  // "+2 large eggs (30.7 µg)", "leave out 5 kernel brazil nuts (479.3 µg)",
                       // "halve 3 nuts brazil nuts (143.8 µg less)"
};
/// At most this many additions for a day.
constexpr std::size_t kMaxSuggestions = 3;

/// What would bring `day` into the range of `ref`:
/// - below the RDA: for each food of the curated list, the fewest of its portions (up to its
///   max) that bring the day to the RDA without crossing the UL (nor, with `average_span`,
///   its rolling mean); the smallest additions first, at most kMaxSuggestions. None for an
///   infant (no foods are suggested under 12 months), an incomplete day (its total is only
///   a lower bound) or a day whose rolling mean is above the UL;
/// - above the UL, or with `average_span` > 0 a rolling mean above the UL (leaving out x µg
///   lowers the mean by x / average_span): each of the day's sources whose halving, or else
///   removal, is enough, the smallest change first; if none is, its sources, largest first,
///   until they are enough, marked `together`;
/// - otherwise nothing.
/// Additions use the USDA figures, never a --foods replacement.
std::vector<Suggestion> suggest(const Day& day, const Reference& ref, std::size_t average_span = 0);

/// Why a day outside the range has no suggestions ("seck suggests no foods under 12
/// months"), or "" where it has some, or needs none.
std::string no_suggestion_reason(const Day& day, const Reference& ref, std::size_t average_span = 0);

/// "+1 Brazil nut kernel (95.9 µg), or +2 large eggs (30.7 µg)": the suggestions' texts
/// joined ("... and ..." for removals that go together).
std::string suggestions_text(const std::vector<Suggestion>& suggestions);

}  // namespace seck
