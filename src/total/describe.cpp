// A day, a source, a reference and suggestions in words: the texts every format shares.
#include "seck/total/describe.h"

#include <fmt/format.h>

#include <cmath>

#include "seck/core/numbers.h"

namespace seck {

std::string day_ug_text(const Day& day, const Reference& ref) {
    for (int decimals = 1;; ++decimals) {
        const double value = rounded_for_people(day.selenium_ug, decimals);
        const bool honest = day.status == Status::BelowRda  ? value < ref.rda_ug
                            : day.status == Status::AboveUl ? value > ref.ul_ug
                                                            : true;
        if (honest || decimals == 6) return fmt::format("{:.{}f}", value, decimals);
    }
}

double percent_for_people(const Day& day, const Reference& ref) {
    const double percent = rounded_for_people(day.selenium_ug / ref.rda_ug * 100, 0);
    return day.status == Status::BelowRda ? std::min(percent, 99.0) : std::max(percent, 100.0);
}

std::string ug_or_none(double value) {
    return std::isnan(value) ? std::string("none") : fmt::format("{:g} µg", value);
}

std::string reference_text(const Reference& ref) {
    std::string text = fmt::format("{} {}: {} {}", ref.standard, ref.life_stage, ref.kind, ug_or_none(ref.rda_ug));
    text += std::isnan(ref.ear_ug) ? ", no EAR" : fmt::format(", EAR {}", ug_or_none(ref.ear_ug));
    text += std::isnan(ref.ul_ug) ? ", no UL set" : fmt::format(", UL {}", ug_or_none(ref.ul_ug));
    if (!ref.overridden.empty()) text += fmt::format(" ({} set by you)", fmt::join(ref.overridden, ", "));
    return text;
}

double source_share(const Source& source, const Day& day) {
    return day.selenium_ug > 0 ? source.selenium_ug / day.selenium_ug : 0;
}

std::string source_text(const Source& source, const Day& day) {
    return fmt::format("{}: {} µg, {:.0f} %", source_entry_text(source), ug_for_people(source.selenium_ug),
                       rounded_for_people(source_share(source, day) * 100, 0));
}

std::string top_source_text(const Day& day) {
    return day.sources.empty() ? "" : "; top source: " + source_text(day.sources.front(), day);
}

std::string range_text(const Day& day) {
    // Rounded outwards, so the range shown holds the day's figure and every status it could have.
    if (!(day.high_ug() > day.low_ug())) return "";  // no entry with a range
    const double low = std::floor(rounded_for_people(day.low_ug(), 6));
    const double high = std::ceil(rounded_for_people(day.high_ug(), 6));
    return low == high ? "" : fmt::format("{:.0f}-{:.0f}", low, high);
}

std::string could_be_text(const Day& day, const std::vector<Status>& statuses) {
    std::vector<std::string_view> others;
    for (Status status : statuses)
        if (status != day.status) others.push_back(status_name(status));
    return others.empty() ? "" : fmt::format("could be {}", fmt::join(others, " or "));
}

std::string suggestions_goal(const Day& day, const std::vector<Suggestion>& suggestions, const Reference& ref) {
    if (suggestions.empty()) return "";
    if (suggestions.front().action == Suggestion::Action::Add) return fmt::format("to reach the {}", ref.kind);
    return classify(day.selenium_ug, ref) == Status::AboveUl ? "to come under the UL"
                                                             : "to bring the mean under the UL";
}

std::string suggestions_shortfall(const Day& day, const std::vector<Suggestion>& suggestions, const Reference& ref) {
    if (suggestions.empty() || suggestions.back().enough) return "";
    const double after = suggestions.back().total_after_ug;
    return classify(day.selenium_ug, ref) == Status::AboveUl && classify(after, ref) == Status::AboveUl
               ? fmt::format(" (not enough: still {} µg)", ug_for_people(after))
               : " (not enough for the mean)";
}

std::string suggestions_line(const Day& day, const std::vector<Suggestion>& suggestions, const Reference& ref) {
    if (suggestions.empty()) return "";
    return fmt::format("{}: {}{}", suggestions_goal(day, suggestions, ref), suggestions_text(suggestions),
                       suggestions_shortfall(day, suggestions, ref));
}

std::string incomplete_reason(const Day& day) {
    std::string why;
    if (day.unresolved_count > 0) {  // "line 7 not counted", "lines 7, 9 not counted", "12 lines not counted"
        std::vector<std::size_t> lines;
        for (const Unresolved& u : day.unresolved) lines.push_back(u.line);
        why = day.unresolved_count > 3 || lines.size() < day.unresolved_count
                  ? fmt::format("{} not counted", plural(day.unresolved_count, "line", "lines"))
                  : fmt::format("line{} {} not counted", lines.size() == 1 ? "" : "s", fmt::join(lines, ", "));
    }
    if (!day.missing.empty())
        why += fmt::format("{}no selenium value for {}", why.empty() ? "" : "; ", fmt::join(day.missing, ", "));
    if (day.partial) why += fmt::format("{}not marked completed", why.empty() ? "" : "; ");
    return why;
}

std::string incomplete_text(const Day& day) {
    if (!day.incomplete()) return "";
    return fmt::format(", at least: the day is incomplete ({})", incomplete_reason(day));
}

}  // namespace seck
