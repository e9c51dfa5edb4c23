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

class CsvRenderer final : public Renderer {
public:
    CsvRenderer(Output& out, char separator) : out_(out), sep_(separator) {}

    // The columns: the same for every file of the run, so the header comes first.
    void begin_run(const std::vector<FileResult>& files) override {
        for (const FileResult& file : files) {
            average_ = average_ || file.average_days > 0;
            exported_ = exported_ || file.recomputed;  // --recompute: the export's own total
            for (const Report& report : file.reports) people_ = people_ || !report.person.empty();
        }
        std::vector<std::string_view> header = {"file", "date", "selenium_ug", "percent_rda", "status"};
        if (people_) header.push_back("person");
        if (average_) header.push_back("average_ug");
        if (exported_) header.push_back("export_selenium_ug");
        // The day's largest entry: its food as written, its µg, its share of the day.
        for (std::string_view column : {"top_source", "top_source_ug", "top_source_share"}) header.push_back(column);
        // The day's range, the statuses it could have within it ("adequate|above-ul"), the
        // share of its total counted without a range.
        for (std::string_view column : {"low_ug", "high_ug", "status_range", "share_without_range"})
            header.push_back(column);
        header.push_back("suggestions");  // what would bring the day into the range, as text
        // Is the total only a lower bound; the day's lines not counted ("7: message | 9: message").
        for (std::string_view column : {"incomplete", "unresolved"}) header.push_back(column);
        out_.print("{}\n", fmt::join(header, std::string_view(&sep_, 1)));
        empty_tail_.assign(header.size() - 5, sep_);  // person, ..., suggestions: empty
    }

    // A file that could not be checked still gets a row (status "error"), so a pipeline
    // sees it; with --merge, a row per file that has errors.
    void begin_file(const FileResult& file) override {
        std::vector<std::string> bad;
        for (const Diagnostic& d : file.errors)
            if (std::find(bad.begin(), bad.end(), d.file) == bad.end()) bad.push_back(d.file);
        if (!file.ok() && bad.empty()) bad.push_back(file.name);  // (a checked file's days follow)
        for (const std::string& name : bad)
            out_.print("{0}{1}{1}{1}{1}error{2}\n", field(name, sep_), sep_, empty_tail_);
    }

    void day(const DayView& v) override {
        const Day& day = v.day;
        out_.print("{1}{0}{2}{0}{3}{0}{4}{0}{5}", sep_, field(*day.first_file, sep_), field(day.label, sep_),
                   day.selenium_ug, v.assessment.percent, v.assessment.status_text);
        if (people_) out_.print("{}{}", sep_, field(v.report.person, sep_));
        if (average_) out_.print("{}{}", sep_, std::isnan(day.average_ug) ? "" : fmt::format("{}", day.average_ug));
        if (exported_) out_.print("{}{}", sep_, std::isnan(day.export_ug) ? "" : fmt::format("{}", day.export_ug));
        if (day.sources.empty()) {
            out_.print("{0}{0}{0}", sep_);
        } else {
            const Source& top = day.sources.front();
            out_.print("{0}{1}{0}{2}{0}{3}", sep_, field(top.food, sep_), top.selenium_ug, source_share(top, day));
        }
        std::vector<std::string_view> statuses;
        for (Status status : v.assessment.statuses) statuses.push_back(status_name(status));
        std::string unresolved;
        for (const Unresolved& u : day.unresolved)
            unresolved += fmt::format("{}{}{}: {}", unresolved.empty() ? "" : " | ",
                                      v.file.merged && u.file ? *u.file + ":" : "", u.line, u.message);
        if (day.unresolved_count > day.unresolved.size())
            unresolved += fmt::format(" | {} more", day.unresolved_count - day.unresolved.size());
        out_.print("{0}{1}{0}{2}{0}{3}{0}{4}{0}{5}{0}{6}{0}{7}\n", sep_, day.low_ug(), day.high_ug(),
                   fmt::join(statuses, "|"), day.unranged_share(), field(suggestions_text(v.assessment.suggestions), sep_),
                   day.incomplete(), field(unresolved, sep_));
    }

private:
    Output& out_;
    char sep_;
    bool people_ = false, average_ = false, exported_ = false;
    std::string empty_tail_;
};

}  // namespace

std::unique_ptr<Renderer> make_csv_renderer(Output& out, const RenderOptions&) {
    return std::make_unique<CsvRenderer>(out, ',');
}

std::unique_ptr<Renderer> make_tsv_renderer(Output& out, const RenderOptions&) {
    return std::make_unique<CsvRenderer>(out, '\t');
}

}  // namespace seck
