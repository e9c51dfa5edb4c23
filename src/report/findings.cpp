// What the CI formats report (the findings of a checked diary, with stable codes), and
// the choice of renderer.
#include <fmt/format.h>

#include <cmath>

#include "seck/report/report.h"

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

std::string_view finding_description(std::string_view code) {
    if (code == "below-rda") return "A day's selenium is below the RDA (or AI, RNI): a deficiency warning.";
    if (code == "above-ul") return "A day's selenium is above the tolerable upper level: a selenosis warning.";
    if (code == "above-ul-average")
        return "The rolling mean of the last N diary days is above the tolerable upper level: chronic excess.";
    if (code == "input-error") return "A diary line seck cannot read or resolve.";
    return "";
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

std::string could_be_text(const Day& day, const Reference& ref) {
    std::vector<std::string_view> others;
    for (Status status : status_range(day, ref))
        if (status != day.status) others.push_back(status_name(status));
    return others.empty() ? "" : fmt::format("could be {}", fmt::join(others, " or "));
}

std::size_t suggestion_span(const Report& report, std::size_t average_days) {
    return average_days > 0 ? average_span(report.days.size(), average_days) : 0;
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
    if (!day.missing.empty()) why = fmt::format("no selenium value for {}", fmt::join(day.missing, ", "));
    if (day.partial) why += fmt::format("{}not marked completed", why.empty() ? "" : "; ");
    return why;
}

std::string incomplete_text(const Day& day) {
    if (!day.incomplete()) return "";
    return fmt::format(", at least: the day is incomplete ({})", incomplete_reason(day));
}

namespace {
// " (range 141-242 µg)" and "; within its range it could be adequate" in a finding's message.
std::string range_note(const Day& day) {
    const std::string range = range_text(day);
    return range.empty() ? "" : fmt::format(" (range {} µg)", range);
}
std::string could_be_note(const Day& day, const Reference& ref) {
    const std::string could = could_be_text(day, ref);
    return could.empty() ? "" : "; within its range it " + could;
}
// "; to reach the RDA: +3 large eggs (46.1 µg), or ..."
std::string suggestion_note(const Day& day, const Reference& ref, std::size_t span) {
    const std::string line = suggestions_line(day, suggest(day, ref, span), ref);
    return line.empty() ? "" : "; " + line;
}
}  // namespace

std::vector<Finding> findings(const FileResult& file, const RenderOptions& options) {
    std::vector<Finding> out;
    for (const Report& report : file.reports) {
        const Reference& ref = report.ref;
        const std::string who = report.person.empty() ? "" : report.person + ", ";
        const std::string against = fmt::format("{}{} {}", who, ref.standard, ref.life_stage);
        const std::size_t span = suggestion_span(report, options.average_days);
        std::size_t i = 0;
        for (const Day& day : report.days) {
            // An incomplete day (an app export) is at least its total: below the RDA is then
            // not certain (a warning, never a failure); above the UL is.
            if (day.status == Status::BelowRda)
                out.push_back({"below-rda", options.fail_on.below_rda && !day.incomplete(), &report, i, day.first_file,
                               day.first_line,
                               fmt::format("{}: {} µg{} is below the {} of {:g} µg ({}){}{}{}{}", day.label,
                                           ug_for_people(day.selenium_ug), range_note(day), ref.kind, ref.rda_ug,
                                           against, incomplete_text(day), could_be_note(day, ref), top_source_text(day),
                                           suggestion_note(day, ref, span))});
            if (day.status == Status::AboveUl)
                out.push_back({"above-ul", options.fail_on.above_ul, &report, i, day.first_file, day.first_line,
                               fmt::format("{}: {} µg{} is above the UL of {:g} µg ({}){}{}{}{}", day.label,
                                           ug_for_people(day.selenium_ug), range_note(day), ref.ul_ug, against,
                                           incomplete_text(day), could_be_note(day, ref), top_source_text(day),
                                           suggestion_note(day, ref, span))});
            if (options.average_days > 0 && average_above_ul(day, ref))
                out.push_back({"above-ul-average", options.fail_on.above_ul_average, &report, i, day.first_file,
                               day.first_line,
                               fmt::format("{}: the {}-day mean, {} µg, is above the UL of {:g} µg ({}){}", day.label,
                                           average_span(report.days.size(), options.average_days),
                                           ug_for_people(day.average_ug), ref.ul_ug, against,
                                           day.status == Status::AboveUl ? "" : suggestion_note(day, ref, span))});
            ++i;
        }
    }
    return out;
}

}  // namespace seck
