// GitHub Actions workflow commands: annotations on the diary lines of each finding.
#include <fmt/format.h>

#include "seck/report/report.h"

namespace seck {

namespace {

// As actions/toolkit escapes them: '%' first, then line breaks; in properties also ':' and ','.
std::string escape_data(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '%')
            out += "%25";
        else if (c == '\r')
            out += "%0D";
        else if (c == '\n')
            out += "%0A";
        else
            out += c;
    }
    return out;
}

std::string escape_property(std::string_view text) {
    std::string out;
    for (char c : escape_data(text)) {
        if (c == ':')
            out += "%3A";
        else if (c == ',')
            out += "%2C";
        else
            out += c;
    }
    return out;
}

std::string command(std::string_view kind, std::string_view file, std::size_t line, std::string_view title,
                    std::string_view message) {
    std::string properties = "file=" + escape_property(file);
    if (line > 0) properties += fmt::format(",line={}", line);
    properties += ",title=" + escape_property(title);
    return fmt::format("::{} {}::{}\n", kind, properties, escape_data(message));
}

}  // namespace

std::string render_github(const std::vector<FileResult>& files, const RenderOptions& options) {
    std::string out;
    std::size_t days = 0, failing = 0, warnings = 0, broken = 0;
    for (const FileResult& file : files) {
        if (!file.ok()) {
            ++broken;
            for (const Diagnostic& d : file.errors)
                out += command("error", d.file, d.line, "seck input-error", d.message);
            continue;
        }
        for (const Report& report : file.reports) days += report.days.size();
        for (const Finding& f : findings(file, options)) {
            (f.fails ? failing : warnings) += 1;
            out += command(f.fails ? "error" : "warning", *f.file, f.line,
                           fmt::format("seck {}", f.code), f.message);
        }
    }
    std::string summary = fmt::format("{} file{}, {} day{}: {} failing finding{}, {} warning{}", files.size(),
                                      files.size() == 1 ? "" : "s", days, days == 1 ? "" : "s", failing,
                                      failing == 1 ? "" : "s", warnings, warnings == 1 ? "" : "s");
    if (broken) summary += fmt::format("; {} file{} not checked (input errors)", broken, broken == 1 ? "" : "s");
    out += fmt::format("::notice title=seck::{}\n", escape_data(summary));
    return out;
}

}  // namespace seck
