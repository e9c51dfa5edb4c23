// CSV and TSV: one row per day, for spreadsheets, awk and sort.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "seck/report/report.h"

namespace seck {

namespace {

// RFC 4180 for CSV; TSV fields cannot hold tabs or line breaks, so those become spaces.
std::string field(std::string_view text, char separator) {
    std::string out(text);
    if (separator == '\t') {
        for (char& c : out)
            if (c == '\t' || c == '\n' || c == '\r') c = ' ';
        return out;
    }
    if (out.find_first_of(",\"\r\n") == std::string::npos) return out;
    std::string quoted = "\"";
    for (char c : out) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

}  // namespace

std::string render_csv(const std::vector<FileResult>& files, const RenderOptions& options, char separator) {
    bool people = false, exported = false;  // exported: --recompute, the export's own total
    for (const FileResult& file : files)
        for (const Report& report : file.reports) {
            people = people || !report.person.empty();
            for (const Day& day : report.days) exported = exported || !std::isnan(day.export_ug);
        }
    std::vector<std::string_view> header = {"file", "date", "selenium_ug", "percent_rda", "status"};
    if (people) header.push_back("person");
    if (options.average_days > 0) header.push_back("average_ug");
    if (exported) header.push_back("export_selenium_ug");
    // The day's largest entry: its food as written, its µg, its share of the day.
    for (std::string_view column : {"top_source", "top_source_ug", "top_source_share"}) header.push_back(column);
    // The day's range, the statuses it could have within it ("adequate|above-ul"), the
    // share of its total counted without a range.
    for (std::string_view column : {"low_ug", "high_ug", "status_range", "share_without_range"})
        header.push_back(column);
    header.push_back("suggestions");  // what would bring the day into the range, as text
    std::string out = fmt::format("{}\n", fmt::join(header, std::string(1, separator)));
    const std::string empty_tail(header.size() - 5, separator);  // person, ..., range: empty
    for (const FileResult& file : files) {
        // A file that could not be checked still gets a row (status "error"), so a
        // pipeline sees it; with --merge, a row per file that has errors.
        std::vector<std::string> bad;
        for (const Diagnostic& d : file.errors)
            if (std::find(bad.begin(), bad.end(), d.file) == bad.end()) bad.push_back(d.file);
        if (!file.ok() && bad.empty()) bad.push_back(file.name);
        for (const std::string& name : bad)
            out += fmt::format("{0}{1}{1}{1}{1}error{2}\n", field(name, separator), separator, empty_tail);
        for (const Report& report : file.reports) {
            for (const Day& day : report.days) {
                std::vector<std::string> row = {
                    field(*day.first_file, separator), field(day.label, separator), fmt::format("{}", day.selenium_ug),
                    fmt::format("{}", day.selenium_ug / report.ref.rda_ug * 100), std::string(status_name(day.status))};
                if (people) row.push_back(field(report.person, separator));
                if (options.average_days > 0)
                    row.push_back(std::isnan(day.average_ug) ? "" : fmt::format("{}", day.average_ug));
                if (exported) row.push_back(std::isnan(day.export_ug) ? "" : fmt::format("{}", day.export_ug));
                if (day.sources.empty()) {
                    row.insert(row.end(), 3, "");
                } else {
                    const Source& top = day.sources.front();
                    row.push_back(field(top.food, separator));
                    row.push_back(fmt::format("{}", top.selenium_ug));
                    row.push_back(fmt::format("{}", source_share(top, day)));
                }
                std::vector<std::string_view> statuses;
                for (Status status : status_range(day, report.ref)) statuses.push_back(status_name(status));
                row.push_back(fmt::format("{}", day.low_ug()));
                row.push_back(fmt::format("{}", day.high_ug()));
                row.push_back(fmt::format("{}", fmt::join(statuses, "|")));
                row.push_back(fmt::format("{}", day.unranged_share()));
                row.push_back(
                    field(suggestions_text(suggest(day, report.ref, suggestion_span(report, options.average_days))), separator));
                out += fmt::format("{}\n", fmt::join(row, std::string(1, separator)));
            }
        }
    }
    return out;
}

}  // namespace seck
