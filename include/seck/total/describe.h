#pragma once
// A day, its sources, a reference and suggestions in words: the texts every format shares
// (the table, HTML and the findings' messages say a day the same way).

#include <string>
#include <vector>

#include "seck/total/days.h"
#include "seck/total/reference.h"
#include "seck/total/suggest.h"
#include "seck/total/total.h"

namespace seck {

/// A day's µg for people: one decimal, or more where one would contradict its status
/// (54.99 µg is "54.99", not "55.0" below an RDA of 55).
std::string day_ug_text(const Day& day, const Reference& ref);
/// The day's percentage of the RDA, whole, never 100 for a day below it.
double percent_for_people(const Day& day, const Reference& ref);
/// "55 µg" for a reference value, "none" where the authority sets none (NaN).
std::string ug_or_none(double value);
/// "iom 19+ y: RDA 55 µg, EAR 45 µg, UL 400 µg"
std::string reference_text(const Reference& ref);

/// A source's share of its day's selenium (0 to 1).
double source_share(const Source& source, const Day& day);
/// "2 kernel brazil nuts: 191.7 µg, 93 %": the amount, unit and food as written.
std::string source_text(const Source& source, const Day& day);
/// "; top source: 2 kernel brazil nuts: 191.7 µg, 93 %" for a day with sources, else "".
std::string top_source_text(const Day& day);
/// "141-242": the day's range in whole µg, or "" for a day without one (no entry's food has
/// spread data, or every range rounds to the figure).
std::string range_text(const Day& day);
/// "could be adequate", "could be below-rda or adequate": the statuses of `statuses` (the
/// day's within its range, Assessment::statuses) other than its own, or "".
std::string could_be_text(const Day& day, const std::vector<Status>& statuses);

/// "to reach the RDA: +3 large eggs (46.1 µg), or ..." / "to come under the UL: halve ..." for
/// a day with suggestions; "" for none.
std::string suggestions_line(const Day& day, const std::vector<Suggestion>& suggestions, const Reference& ref);
/// Its parts: "to reach the RDA", and " (not enough: still 700.0 µg)" where removals
/// together are not enough ("" otherwise).
std::string suggestions_goal(const Day& day, const std::vector<Suggestion>& suggestions, const Reference& ref);
std::string suggestions_shortfall(const Day& day, const std::vector<Suggestion>& suggestions, const Reference& ref);

/// "no selenium value for Coffee, Oat milk", "not marked completed", or both.
std::string incomplete_reason(const Day& day);
/// ", at least: the day is incomplete (no selenium value for Coffee)" for an app export's
/// incomplete day, else "".
std::string incomplete_text(const Day& day);

}  // namespace seck
