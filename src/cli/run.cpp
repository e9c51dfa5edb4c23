#include "seck/cli/run.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <cstdlib>
#include <string>

#include "seck/cli/output.h"
#include "seck/core/io.h"
#include "seck/core/numbers.h"

namespace seck::cli {
namespace {

CheckOptions check_options(const Config& config) {
    return CheckOptions{
        .explain = config.check.explain,
        .average_days = config.check.average_days,
        .read = config.read.options,
        .keep_days = !config.output.quiet,  // only the exit code tells: each report's summary is enough
        .fail_on = config.check.fail_on,
    };
}

RenderOptions render_options(const Config& config) {
    const OutputFormat* format = find_output_format(config.report.format);
    const bool color = format && format->colored && use_color(config.output.color, ::isatty(STDOUT_FILENO) != 0,
                                                                    std::getenv("NO_COLOR"), std::getenv("TERM"));
    return RenderOptions{.color = color, .compare = config.report.compare};
}

/// Each file's result, or one for all of them with --merge.
std::vector<FileResult> check_files(const Config& config) {
    // A long diary's days are read back from a temporary file, which can throw (days.h).
    Resolver resolver(*config.foods.table);
    const CheckOptions options = check_options(config);
    const std::vector<std::string>& files = config.read.files;
    std::vector<FileResult> results;
    if (config.read.merge) {
        std::vector<std::string> names;
        for (const std::string& path : files) names.push_back(display_name(path));
        DiaryCheck check(fmt::format("{}", fmt::join(names, " + ")), resolver, config.check.refs, options);
        for (const std::string& path : files) stream_file(path, check);
        results.push_back(check.finish());
        results.back().merged = true;
    } else {
        for (const std::string& path : files) results.push_back(check_file(path, resolver, config.check.refs, options));
    }
    return results;
}

void print_input_errors(const FileResult& result) {
    for (const Diagnostic& d : result.errors) print_error("{}", format_diagnostic(d));
    const std::size_t unshown = result.error_count - std::min(result.error_count, result.errors.size());
    if (unshown > 0) print_error("{}: {} more error{} not shown", result.name, unshown, unshown == 1 ? "" : "s");
    if (result.ok()) return;
    if (!result.checked())
        return print_error("{}: not checked, {}", result.name, plural(result.error_count, "error", "errors"));
    std::size_t incomplete = 0;
    for (const Report& report : result.reports) incomplete += report.summary.incomplete;
    std::string what = plural(result.error_count, "line", "lines") + " not counted";
    if (incomplete > 0)
        what += fmt::format(", so {} incomplete (the report lists {})", plural(incomplete, "day is", "days are"),
                            result.error_count == 1 ? "it" : "them");
    if (result.dayless_count > 0)
        what += fmt::format("{}on no known day: any day's total may be low",
                            result.dayless_count == result.error_count
                                ? ", "
                                : fmt::format("; {} of them {} ", result.dayless_count,
                                              result.dayless_count == 1 ? "is" : "are"));
    print_error("{}: {}", result.name, what);
}

}  // namespace

int write_report(std::string_view format, const std::vector<FileResult>& results, const RenderOptions& options,
                 int exit_code) {
    Output out(STDOUT_FILENO);  // written as the days are read back
    render(*find_output_format(format), results, options, out);
    if (out.flush()) return exit_code;
    if (out.error() == EPIPE) return exit_code;  // the reader went away (seck ... | head): not our error
    print_error("cannot write the report: {}", std::strerror(out.error()));
    return 2;
}

int run(const Config& config) {
    const std::vector<FileResult> results = check_files(config);
    int exit_code = 0;
    for (const FileResult& result : results) {
        exit_code = std::max(exit_code, result.exit_code());
        if (!config.output.quiet) print_input_errors(result);
    }
    if (config.output.quiet) return exit_code;
    return write_report(config.report.format, results, render_options(config), exit_code);
}

}  // namespace seck::cli
