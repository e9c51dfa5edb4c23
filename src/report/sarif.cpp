// SARIF 2.1.0 for code-scanning dashboards: a result per finding and per input error.
#include <fmt/format.h>

#include <algorithm>

#include "seck/report/json_writer.h"
#include "seck/report/report.h"
#include "seck/version.h"

namespace seck {

namespace {

constexpr std::string_view kRules[] = {"below-rda", "above-ul", "above-ul-average", "input-error"};

// A file name as an RFC 3986 URI reference: an absolute path as a file:// URI, a relative
// one relative; every byte but unreserved characters, sub-delims, '@' and '/' is
// percent-encoded (':' too, so a relative path's first segment cannot read as a scheme).
std::string uri_path(std::string_view path) {
    constexpr std::string_view kKept = "-._~!$&'()*+,;=@/";
    std::string out;
    for (char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
            kKept.find(c) != std::string_view::npos)
            out += c;
        else
            out += fmt::format("%{:02X}", byte);
    }
    return out;
}

void artifact_location(JsonWriter& w, std::string_view file) {
    w.begin_object();
    if (file == "<stdin>") {
        w.member("uri", "stdin");
        w.key("description");
        w.begin_object();
        w.member("text", "standard input");
        w.end_object();
    } else {
        w.member("uri", !file.empty() && file.front() == '/' ? "file://" + uri_path(file) : uri_path(file));
    }
    w.end_object();
}

void result(JsonWriter& w, std::string_view rule, bool error, std::string_view message, std::string_view file,
            std::size_t line) {
    const auto index = std::find(std::begin(kRules), std::end(kRules), rule) - std::begin(kRules);
    w.begin_object();
    w.member("ruleId", rule);
    w.member("ruleIndex", index);
    w.member("level", error ? "error" : "warning");
    w.key("message");
    w.begin_object();
    w.member("text", message);
    w.end_object();
    w.key("locations");
    w.begin_array();
    w.begin_object();
    w.key("physicalLocation");
    w.begin_object();
    w.key("artifactLocation");
    artifact_location(w, file);
    if (line > 0) {
        w.key("region");
        w.begin_object();
        w.member("startLine", line);
        w.end_object();
    }
    w.end_object();
    w.end_object();
    w.end_array();
    w.end_object();
}

class SarifRenderer final : public Renderer {
public:
    explicit SarifRenderer(Output& out) : out_(out), w_(out, true) {}

    void begin_run(const std::vector<FileResult>&) override {
        w_.begin_object();
        w_.member("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w_.member("version", "2.1.0");
        w_.key("runs");
        w_.begin_array();
        w_.begin_object();
        w_.key("tool");
        w_.begin_object();
        w_.key("driver");
        w_.begin_object();
        w_.member("name", "seck");
        w_.member("version", SECK_VERSION);
        w_.key("rules");
        w_.begin_array();
        for (std::string_view rule : kRules) {
            w_.begin_object();
            w_.member("id", rule);
            w_.member("name", rule);
            w_.key("shortDescription");
            w_.begin_object();
            w_.member("text", finding_description(rule));
            w_.end_object();
            w_.key("defaultConfiguration");
            w_.begin_object();
            w_.member("level", "error");
            w_.end_object();
            w_.end_object();
        }
        w_.end_array();
        w_.end_object();
        w_.end_object();
        w_.key("results");
        w_.begin_array();
    }

    void begin_file(const FileResult& file) override {
        for (const Diagnostic& d : file.errors) result(w_, "input-error", true, d.message, d.file, d.line);
    }

    void day(const DayView& v) override {
        for (const Diagnostic& f : v.assessment.findings)
            result(w_, f.code, f.severity == Severity::Error, f.message, f.file, f.line);
    }

    void end_run(const std::vector<FileResult>&) override {
        w_.end_array();   // results
        w_.end_object();  // the run
        w_.end_array();   // runs
        w_.end_object();
        out_.put('\n');
    }

private:
    Output& out_;
    JsonWriter w_;
};

}  // namespace

std::unique_ptr<Renderer> make_sarif_renderer(Output& out, const RenderOptions&) {
    return std::make_unique<SarifRenderer>(out);
}

}  // namespace seck
