// The output formats: the one list of their names, and the walk that feeds a renderer.
#include <fmt/format.h>

#include <stdexcept>

#include "seck/report/report.h"

namespace seck {

namespace {

constexpr OutputFormat kFormats[] = {
    {"table", "an aligned table with a bar per day, for people (colour on a terminal)", make_table_renderer, true},
    {"json", "one JSON document (schema in the README)", make_json_renderer, false},
    {"ndjson", "one JSON object per line: a line per day or per error", make_ndjson_renderer, false},
    {"csv", "one row per day, comma-separated", make_csv_renderer, false},
    {"tsv", "one row per day, tab-separated", make_tsv_renderer, false},
    {"github", "GitHub Actions workflow commands: annotations on diary lines", make_github_renderer, false},
    {"junit", "JUnit XML: a test case per day, a failure per finding", make_junit_renderer, false},
    {"sarif", "SARIF 2.1.0: a result per finding and per input error", make_sarif_renderer, false},
    {"html", "one self-contained HTML page with a chart", make_html_renderer, false},
};

}  // namespace

std::span<const OutputFormat> output_formats() {
    return kFormats;
}

const OutputFormat* find_output_format(std::string_view name) {
    for (const OutputFormat& format : kFormats)
        if (format.name == name) return &format;
    return nullptr;
}

AssessContext assess_context(const FileResult& file, const Report& report) {
    return {.person = report.person,
            .average_days = file.average_days,
            .average_span = file.average_days > 0 ? average_span(report.summary.days, file.average_days) : 0,
            .fail_on = file.fail_on};
}

void render(const OutputFormat& format, const std::vector<FileResult>& files, const RenderOptions& options,
            Output& out) {
    const std::unique_ptr<Renderer> renderer = format.make(out, options);
    renderer->begin_run(files);
    for (const FileResult& file : files) {
        renderer->begin_file(file);
        for (const Report& report : file.reports) {
            renderer->begin_report(file, report);
            const AssessContext context = assess_context(file, report);
            for (const Day& day : report.days) {  // (read back from the store, one at a time)
                const Assessment assessment = assess(day, report.ref, context);
                renderer->day({file, report, day, assessment});
            }
            renderer->end_report(file, report);
        }
        renderer->end_file(file);
    }
    renderer->end_run(files);
}

std::string render(std::string_view format, const std::vector<FileResult>& files, const RenderOptions& options) {
    const OutputFormat* found = find_output_format(format);
    if (!found) throw std::invalid_argument(fmt::format("unknown output format '{}'", format));
    std::string text;
    {
        Output out(text);
        render(*found, files, options, out);
    }
    return text;
}

}  // namespace seck
