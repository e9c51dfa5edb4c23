#pragma once
// Reports: one renderer per format over the same results, each streaming to an Output.
//
// render() walks the results in order (file, report, day) and calls the format's renderer
// once for each; each day is read back from its store once and assessed once (assess(),
// total/assess.h). A renderer only formats: every fact it prints was decided before.

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "seck/check/check.h"
#include "seck/core/numbers.h"
#include "seck/core/output.h"
#include "seck/total/assess.h"
#include "seck/total/describe.h"

namespace seck {

enum class ColorMode { Auto, Always, Never };

/// Colour or not: --color always/never wins, then a non-empty NO_COLOR, then
/// TERM=dumb, then whether stdout is a terminal.
bool use_color(ColorMode mode, bool stdout_is_tty, const char* no_color, const char* term);

/// How to show the results (how they were checked, --explain and --average, each
/// FileResult says itself).
struct RenderOptions {
    bool color = false;               // the table's ANSI colours
    std::vector<Comparison> compare;  // the same days against these authorities
};

/// One day as a renderer sees it: where it is, the day, and what it was found to be.
struct DayView {
    const FileResult& file;
    const Report& report;
    const Day& day;
    const Assessment& assessment;
};

/// A format's renderer: called once per run, file, report and day, in that order, as the
/// days are read back. It writes to the Output it was made with.
class Renderer {
public:
    virtual ~Renderer() = default;
    virtual void begin_run(const std::vector<FileResult>& files) { (void)files; }
    virtual void begin_file(const FileResult& file) { (void)file; }
    virtual void begin_report(const FileResult& file, const Report& report) { (void)file, (void)report; }
    virtual void day(const DayView& day) = 0;
    virtual void end_report(const FileResult& file, const Report& report) { (void)file, (void)report; }
    virtual void end_file(const FileResult& file) { (void)file; }
    virtual void end_run(const std::vector<FileResult>& files) { (void)files; }
};

/// One output format: its name (for -f), what it is for, and how to make its renderer.
struct OutputFormat {
    std::string_view name;
    std::string_view summary;  // "one JSON document (schema in the README)"
    std::unique_ptr<Renderer> (*make)(Output& out, const RenderOptions& options);
    bool colored;  // uses colour on a terminal (--color, NO_COLOR, TERM=dumb: report.h, use_color)
};
/// Every output format, "table" (the default) first: the only list of format names
/// (CLI11's choices, --help; the man page and completions are tested against it).
std::span<const OutputFormat> output_formats();
/// The format named `name`, or nullptr.
const OutputFormat* find_output_format(std::string_view name);

/// Renders `files` in `format` to `out`.
void render(const OutputFormat& format, const std::vector<FileResult>& files, const RenderOptions& options,
            Output& out);
/// The report in the format named `format` (one of output_formats()) as a string; throws
/// std::invalid_argument for another name.
std::string render(std::string_view format, const std::vector<FileResult>& files, const RenderOptions& options);

/// The assessment context of `report`'s days (its person, --average and its span, --fail-on).
AssessContext assess_context(const FileResult& file, const Report& report);

// The renderers, one file each (report/<name>.cpp), made by the registry.
std::unique_ptr<Renderer> make_table_renderer(Output& out, const RenderOptions& options);
std::unique_ptr<Renderer> make_json_renderer(Output& out, const RenderOptions& options);
std::unique_ptr<Renderer> make_ndjson_renderer(Output& out, const RenderOptions& options);
std::unique_ptr<Renderer> make_csv_renderer(Output& out, const RenderOptions& options);
std::unique_ptr<Renderer> make_tsv_renderer(Output& out, const RenderOptions& options);
std::unique_ptr<Renderer> make_github_renderer(Output& out, const RenderOptions& options);
std::unique_ptr<Renderer> make_junit_renderer(Output& out, const RenderOptions& options);
std::unique_ptr<Renderer> make_sarif_renderer(Output& out, const RenderOptions& options);
std::unique_ptr<Renderer> make_html_renderer(Output& out, const RenderOptions& options);

}  // namespace seck
