#include "seck/total/assess.h"

#include <fmt/format.h>

#include "seck/core/numbers.h"
#include "seck/total/describe.h"

namespace seck {

namespace {

// " (range 141-242 µg)" and "; within its range it could be adequate" in a finding's message.
std::string range_note(const Day& day) {
    const std::string range = range_text(day);
    return range.empty() ? "" : fmt::format(" (range {} µg)", range);
}

std::string could_be_note(const Day& day, const std::vector<Status>& statuses) {
    const std::string could = could_be_text(day, statuses);
    return could.empty() ? "" : "; within its range it " + could;
}

// "; to reach the RDA: +3 large eggs (46.1 µg), or ..."
std::string suggestion_note(const Day& day, const Reference& ref, const std::vector<Suggestion>& suggestions) {
    const std::string line = suggestions_line(day, suggestions, ref);
    return line.empty() ? "" : "; " + line;
}

// "2026-11-19: 631.3 µg is above the UL of 400 µg (iom 19+ y)", with what else the reader
// should know: the range, the statuses within it, the top source, what to change.
std::string finding_message(FindingCode code, const Day& day, const Reference& ref, const AssessContext& context,
                            const Assessment& a) {
    const std::string against = fmt::format("{}{}{} {}", context.person, context.person.empty() ? "" : ", ",
                                            ref.standard, ref.life_stage);
    switch (code) {
        case FindingCode::BelowRda:
            return fmt::format("{}: {} µg{} is below the {} of {:g} µg ({}){}{}{}{}", day.label,
                               ug_for_people(day.selenium_ug), range_note(day), ref.kind, ref.rda_ug, against,
                               incomplete_text(day), could_be_note(day, a.statuses), top_source_text(day),
                               suggestion_note(day, ref, a.suggestions));
        case FindingCode::AboveUl:
            return fmt::format("{}: {} µg{} is above the UL of {:g} µg ({}){}{}{}{}", day.label,
                               ug_for_people(day.selenium_ug), range_note(day), ref.ul_ug, against,
                               incomplete_text(day), could_be_note(day, a.statuses), top_source_text(day),
                               suggestion_note(day, ref, a.suggestions));
        case FindingCode::AboveUlAverage: break;
    }
    return fmt::format("{}: the {}-day mean, {} µg, is above the UL of {:g} µg ({}){}", day.label,
                       context.average_span, ug_for_people(day.average_ug), ref.ul_ug, against,
                       a.status == Status::AboveUl ? "" : suggestion_note(day, ref, a.suggestions));
}

}  // namespace

Assessment assess(const Day& day, const Reference& ref, const AssessContext& context) {
    Assessment a;
    a.status = day.status;
    a.status_text = a.status == Status::BelowRda && day.incomplete() ? "incomplete" : status_name(a.status);
    a.percent = day.selenium_ug / ref.rda_ug * 100;
    a.statuses = status_range(day, ref);
    a.suggestions = suggest(day, ref, context.average_span);
    if (a.suggestions.empty() && a.status != Status::Adequate)
        a.no_suggestion = no_suggestion_reason(day, ref, context.average_span);
    for (FindingCode code : day_findings(day, ref)) {
        if (code == FindingCode::AboveUlAverage && context.average_days == 0) continue;
        a.findings.push_back({day.first_file ? *day.first_file : std::string(), day.first_line,
                              finding_message(code, day, ref, context, a), finding_code_name(code),
                              finding_severity(code, day.incomplete(), context.fail_on)});
    }
    return a;
}

}  // namespace seck
