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

class GithubRenderer final : public Renderer {
public:
    explicit GithubRenderer(Output& out) : out_(out) {}

    void begin_file(const FileResult& file) override {
        if (file.ok()) return;
        (file.checked() ? unresolved_ : broken_) += file.checked() ? file.error_count : 1;
        for (const Diagnostic& d : file.errors) out_.write(command("error", d.file, d.line, "seck input-error", d.message));
    }

    void day(const DayView& v) override {
        ++days_;
        for (const Diagnostic& f : v.assessment.findings) {
            const bool fails = f.severity == Severity::Error;
            (fails ? failing_ : warnings_) += 1;
            out_.write(command(fails ? "error" : "warning", f.file, f.line, fmt::format("seck {}", f.code), f.message));
        }
    }

    void end_run(const std::vector<FileResult>& files) override {
        std::string summary = fmt::format("{} file{}, {} day{}: {} failing finding{}, {} warning{}", files.size(),
                                          files.size() == 1 ? "" : "s", days_, days_ == 1 ? "" : "s", failing_,
                                          failing_ == 1 ? "" : "s", warnings_, warnings_ == 1 ? "" : "s");
        if (unresolved_) summary += fmt::format("; {} not counted (input errors)", plural(unresolved_, "line", "lines"));
        if (broken_) summary += fmt::format("; {} file{} not checked (input errors)", broken_, broken_ == 1 ? "" : "s");
        out_.print("::notice title=seck::{}\n", escape_data(summary));
    }

private:
    Output& out_;
    std::size_t days_ = 0, failing_ = 0, warnings_ = 0, broken_ = 0, unresolved_ = 0;
};

}  // namespace

std::unique_ptr<Renderer> make_github_renderer(Output& out, const RenderOptions&) {
    return std::make_unique<GithubRenderer>(out);
}

}  // namespace seck
