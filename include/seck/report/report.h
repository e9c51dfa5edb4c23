#pragma once
// Reports: one renderer per format over the same results.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "seck/check/check.h"
#include "seck/core/numbers.h"
#include "seck/total/suggest.h"
#include "seck/total/total.h"

namespace seck {

enum class ColorMode { Auto, Always, Never };

/// Colour or not: --color always/never wins, then a non-empty NO_COLOR, then
/// TERM=dumb, then whether stdout is a terminal.
bool use_color(ColorMode mode, bool stdout_is_tty, const char* no_color, const char* term);

struct RenderOptions {
    bool color = false;
    bool explain = false;             // how each line was read
    std::vector<Comparison> compare;  // the same days against these authorities
    std::size_t average_days = 0;     // > 0: show each day's rolling mean of this many days
    FailOn fail_on;                   // findings that fail: errors, not warnings, in CI formats
};

/// A day (or rolling mean) outside the range, for the CI formats.
struct Finding {
    std::string_view code;  // "below-rda", "above-ul", "above-ul-average": stable, for rule ids
    bool fails;             // named by --fail-on: an error, else a warning
    const Report* report;
    std::size_t day;                          // its place in report->days
    std::shared_ptr<const std::string> file;  // and the file and line of its first entry
    std::size_t line;
    std::string message;  // "2026-11-19: 631.3 µg is above the UL of 400 µg (iom 19+ y)"
};
/// ", at least: the day is incomplete (no selenium value for Coffee)" for an app export's
/// incomplete day, else "".
std::string incomplete_text(const Day& day);
/// A source's share of its day's selenium (0 to 1).
double source_share(const Source& source, const Day& day);
/// "2 kernel brazil nuts: 191.7 µg, 93 %": the amount, unit and food as written.
std::string source_text(const Source& source, const Day& day);
/// "; top source: 2 kernel brazil nuts: 191.7 µg, 93 %" for a day with sources, else "".
std::string top_source_text(const Day& day);
/// "141-242": the day's range in whole µg, or "" for a day without one (no entry's food has
/// spread data, or every range rounds to the figure).
std::string range_text(const Day& day);
/// "could be adequate", "could be below-rda or adequate": the other statuses the day
/// could have within its range, or "".
std::string could_be_text(const Day& day, const Reference& ref);
/// The days a rolling mean of --average covers in `report` (0 without --average), for suggest().
std::size_t suggestion_span(const Report& report, std::size_t average_days);
/// "to reach the RDA: +3 large eggs (46.1 µg), or ..." / "to come under the UL: halve ..." for
/// a day with suggestions; "" for none.
std::string suggestions_line(const Day& day, const std::vector<Suggestion>& suggestions, const Reference& ref);
/// Its parts: "to reach the RDA", and " (not enough: still 700.0 µg)" where removals
/// together are not enough ("" otherwise).
std::string suggestions_goal(const Day& day, const std::vector<Suggestion>& suggestions, const Reference& ref);
std::string suggestions_shortfall(const Day& day, const std::vector<Suggestion>& suggestions, const Reference& ref);
/// "no selenium value for Coffee, Oat milk", "not marked completed", or both.
std::string incomplete_reason(const Day& day);
/// The findings of a checked file, in report and day order.
std::vector<Finding> findings(const FileResult& file, const RenderOptions& options);
/// What each finding code means, for SARIF rules and docs.
std::string_view finding_description(std::string_view code);
/// A day's µg for people: one decimal, or more where one would contradict its status
/// (54.99 µg is "54.99", not "55.0" below an RDA of 55).
std::string day_ug_text(const Day& day, const Reference& ref);
/// The day's percentage of the RDA, whole, never 100 for a day below it.
double percent_for_people(const Day& day, const Reference& ref);
/// "55 µg" for a reference value, "none" where the authority sets none (NaN).
std::string ug_or_none(double value);
/// "iom 19+ y: RDA 55 µg, EAR 45 µg, UL 400 µg"
std::string reference_text(const Reference& ref);

/// The aligned table for people: per file (and person) a row per day with a bar, a
/// warning per day outside the range, a summary, the notes; with `explain` how each
/// line was read, with `compare` every authority side by side. Files with errors
/// are left out.
std::string render_table(const std::vector<FileResult>& files, const RenderOptions& options);

/// One JSON document: the file's report, or {"files": [...]} for several files. A file
/// with errors has "errors" instead of "reference", "days" and "summary"; a diary with
/// a person column has "people", each with their own.
std::string render_json(const std::vector<FileResult>& files, const RenderOptions& options);

/// One self-contained HTML page for people: per file (and person) an SVG chart of the days
/// against the RDA and UL, a table of the days, a summary and the notes; a file with errors
/// lists them. Inline CSS only, no script, and a Content-Security-Policy that fetches nothing.
std::string render_html(const std::vector<FileResult>& files, const RenderOptions& options);

/// One output format: its name (for -f), what it is for, and its renderer.
struct OutputFormat {
    std::string_view name;
    std::string_view summary;  // "one JSON document (schema in the README)"
    std::string (*render)(const std::vector<FileResult>& files, const RenderOptions& options);
};
/// Every output format, "table" (the default) first: the only list of format names
/// (CLI11's choices, --help; the man page and completions are tested against it).
std::span<const OutputFormat> output_formats();
/// The format named `name`, or nullptr.
const OutputFormat* find_output_format(std::string_view name);

/// The report in `format` (one of output_formats()); throws std::invalid_argument for
/// another name.
std::string render(std::string_view format, const std::vector<FileResult>& files, const RenderOptions& options);

/// One JSON object per line: a line per day, or per error of a file that has them.
std::string render_ndjson(const std::vector<FileResult>& files, const RenderOptions& options);

/// One row per day: file, date, selenium_ug, percent_rda, status (and person, where a
/// diary has a person column; and average_ug with --average); `separator` ',' or '\t'.
std::string render_csv(const std::vector<FileResult>& files, const RenderOptions& options, char separator);

/// GitHub Actions workflow commands: an ::error or ::warning per finding and per input
/// error, with file= and line=, then a ::notice summary.
std::string render_github(const std::vector<FileResult>& files, const RenderOptions& options);

/// JUnit XML: a testsuite per file, a testcase per day, a failure per finding.
std::string render_junit(const std::vector<FileResult>& files, const RenderOptions& options);

/// SARIF 2.1.0: a result per finding and per input error.
std::string render_sarif(const std::vector<FileResult>& files, const RenderOptions& options);

}  // namespace seck
