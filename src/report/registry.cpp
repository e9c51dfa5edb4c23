// The output formats: the one list of their names, and the choice of renderer.
#include <fmt/format.h>

#include <stdexcept>

#include "seck/report/report.h"

namespace seck {

namespace {

std::string render_csv_comma(const std::vector<FileResult>& files, const RenderOptions& options) {
    return render_csv(files, options, ',');
}
std::string render_tsv(const std::vector<FileResult>& files, const RenderOptions& options) {
    return render_csv(files, options, '\t');
}

constexpr OutputFormat kFormats[] = {
    {"table", "an aligned table with a bar per day, for people (colour on a terminal)", render_table},
    {"json", "one JSON document (schema in the README)", render_json},
    {"ndjson", "one JSON object per line: a line per day or per error", render_ndjson},
    {"csv", "one row per day, comma-separated", render_csv_comma},
    {"tsv", "one row per day, tab-separated", render_tsv},
    {"github", "GitHub Actions workflow commands: annotations on diary lines", render_github},
    {"junit", "JUnit XML: a test case per day, a failure per finding", render_junit},
    {"sarif", "SARIF 2.1.0: a result per finding and per input error", render_sarif},
    {"html", "one self-contained HTML page with a chart", render_html},
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

std::string render(std::string_view format, const std::vector<FileResult>& files, const RenderOptions& options) {
    const OutputFormat* found = find_output_format(format);
    if (!found) throw std::invalid_argument(fmt::format("unknown output format '{}'", format));
    return found->render(files, options);
}

}  // namespace seck
