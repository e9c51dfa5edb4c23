#include "seck/total/suggest.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "seck/resolve/foods.h"
#include "seck/core/numbers.h"
#include "seck/total/total.h"

namespace seck {

namespace {

// µg of selenium in one portion of a curated food (its USDA figure and measure).
struct Portioned {
    const SuggestedFood* food;
    double ug;
};

const std::vector<Portioned>& portioned() {
    static const std::vector<Portioned> list = [] {
        std::vector<Portioned> out;
        const std::span<const Food> foods = embedded_foods();
        for (const SuggestedFood& s : embedded_suggestions()) {
            const auto food = std::lower_bound(foods.begin(), foods.end(), s.id,
                                               [](const Food& f, std::string_view id) { return f.id < id; });
            // (the build checked that the id has a selenium value and the unit is its measure)
            for (const Portion& p : food->portions)
                if (p.unit == s.unit) {
                    out.push_back({&s, p.grams * food->ug_per_100g / 100});
                    break;
                }
        }
        return out;
    }();
    return list;
}

// Would adding `added` µg to the day push its rolling mean (over `span` days) above the UL?
bool lifts_mean_over(const Day& day, const Reference& ref, std::size_t span, double added) {
    return span > 0 && !std::isnan(day.average_ug) &&
           classify(day.average_ug + added / static_cast<double>(span), ref) == Status::AboveUl;
}

std::vector<Suggestion> additions(const Day& day, const Reference& ref, std::size_t span) {
    std::vector<Suggestion> out;
    if (ref.infant || day.incomplete()) return out;
    const double need = ref.rda_ug - day.selenium_ug;
    for (const Portioned& p : portioned()) {
        if (!(p.ug > 0)) continue;
        // The fewest portions that reach the RDA, as classify() sees the new total.
        int n = std::max(1, static_cast<int>(std::min(std::ceil(need / p.ug), 1e6)));
        while (n <= p.food->max && classify(day.selenium_ug + n * p.ug, ref) == Status::BelowRda) ++n;
        const double added = n * p.ug, after = day.selenium_ug + added;
        if (n > p.food->max || classify(after, ref) == Status::AboveUl || lifts_mean_over(day, ref, span, added))
            continue;
        Suggestion s;
        s.food = std::string(p.food->one);
        s.id = std::string(p.food->id);
        s.amount = n;
        s.unit = std::string(p.food->unit);
        s.selenium_ug = added;
        s.total_after_ug = after;
        s.text =
            fmt::format("+{} {} ({} µg)", s.amount, s.amount == 1 ? p.food->one : p.food->many, ug_for_people(added));
        out.push_back(std::move(s));
    }
    // The smallest additions first; on a tie, the list's order.
    std::stable_sort(out.begin(), out.end(),
                     [](const Suggestion& a, const Suggestion& b) { return a.selenium_ug < b.selenium_ug; });
    if (out.size() > kMaxSuggestions) out.resize(kMaxSuggestions);
    return out;
}

Suggestion leave_out(const Source& source, double share, double total_after) {
    Suggestion s;
    s.action = Suggestion::Action::Remove;
    s.food = source.food;
    s.id = source.id;
    s.amount = source.quantity * share;
    s.unit = source.unit;
    s.selenium_ug = source.selenium_ug * share;
    s.total_after_ug = total_after;
    s.file = source.file;
    s.line = source.line;
    const std::string entry = source_entry_text(source);
    s.text = share < 1 ? fmt::format("halve {} ({} µg less)", entry, ug_for_people(s.selenium_ug))
                       : fmt::format("leave out {} ({} µg)", entry, ug_for_people(s.selenium_ug));
    return s;
}

std::vector<Suggestion> removals(const Day& day, const Reference& ref, std::size_t average_span) {
    // How much must go: the day to the UL, and the rolling mean to the UL.
    double need = 0;
    if (classify(day.selenium_ug, ref) == Status::AboveUl) need = day.selenium_ug - ref.ul_ug;
    if (average_span > 0 && average_above_ul(day, ref))
        need = std::max(need, (day.average_ug - ref.ul_ug) * static_cast<double>(average_span));
    std::vector<Suggestion> out;
    if (!(need > 0)) return out;
    for (const Source& source : day.sources) {
        if (source.selenium_ug / 2 >= need)
            out.push_back(leave_out(source, 0.5, day.selenium_ug - source.selenium_ug / 2));
        else if (source.selenium_ug >= need)
            out.push_back(leave_out(source, 1, day.selenium_ug - source.selenium_ug));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Suggestion& a, const Suggestion& b) { return a.selenium_ug < b.selenium_ug; });
    if (!out.empty()) return out;
    // No single change is enough: the largest sources together, until they are.
    double left_out = 0;
    for (const Source& source : day.sources) {
        left_out += source.selenium_ug;
        out.push_back(leave_out(source, 1, day.selenium_ug - left_out));
        out.back().together = true;
        if (left_out >= need) break;
    }
    for (Suggestion& s : out) {
        s.total_after_ug = day.selenium_ug - left_out;
        s.enough = left_out >= need;
    }
    return out;
}

}  // namespace

std::vector<Suggestion> suggest(const Day& day, const Reference& ref, std::size_t average_span) {
    if (classify(day.selenium_ug, ref) != Status::BelowRda) return removals(day, ref, average_span);
    // A day below the RDA whose mean is above the UL: the days before it need the change.
    if (average_span > 0 && average_above_ul(day, ref)) return {};
    return additions(day, ref, average_span);
}

std::string no_suggestion_reason(const Day& day, const Reference& ref, std::size_t average_span) {
    if (classify(day.selenium_ug, ref) != Status::BelowRda || !suggest(day, ref, average_span).empty()) return "";
    if (average_span > 0 && average_above_ul(day, ref))
        return fmt::format("no additions: its {}-day mean is above the UL", average_span);
    if (ref.infant) return "seck suggests no foods under 12 months";
    if (day.incomplete()) return "no suggestions for an incomplete day: its total is only a lower bound";
    return fmt::format("no single food of seck's list, in its usual portions, reaches the {}{}", ref.kind,
                       std::isnan(ref.ul_ug) ? "" : " without crossing the UL");
}

std::string suggestions_text(const std::vector<Suggestion>& suggestions) {
    std::string out;
    const bool together = !suggestions.empty() && suggestions.front().together;
    for (const Suggestion& s : suggestions) out += (out.empty() ? "" : together ? " and " : ", or ") + s.text;
    return out;
}

}  // namespace seck
