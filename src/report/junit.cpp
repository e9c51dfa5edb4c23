// JUnit XML: a testsuite per diary, a testcase per day, a failure per failing finding.
#include <fmt/format.h>

#include "seck/report/report.h"

namespace seck {

namespace {

// Escapes text for XML; in an attribute (the default) also tab and line breaks, which
// attribute-value normalisation would otherwise turn into spaces.
std::string xml(std::string_view text, bool attribute = true) {
    std::string out;
    for (char c : text) {
        if (attribute && (c == '\t' || c == '\n' || c == '\r')) {
            out += c == '\t' ? "&#9;" : c == '\n' ? "&#10;" : "&#13;";
            continue;
        }
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&apos;"; break;
            default:
                // XML 1.0 allows no control characters but tab and line breaks.
                if (static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r')
                    out += ' ';
                else
                    out += c;
        }
    }
    return out;
}

// The counts a test suite opens with: its days and shown errors, failing findings, errors.
struct SuiteCounts {
    std::size_t tests = 0, failures = 0, errors = 0;
};
SuiteCounts suite_counts(const FileResult& file) {
    SuiteCounts counts{file.ok() ? 0 : file.errors.size(), 0, file.error_count};
    for (const Report& report : file.reports) {
        counts.tests += report.summary.days;
        counts.failures += report.summary.failing;
    }
    return counts;
}

class JunitRenderer final : public Renderer {
public:
    explicit JunitRenderer(Output& out) : out_(out) {}

    void begin_run(const std::vector<FileResult>& files) override {
        SuiteCounts all;
        for (const FileResult& file : files) {
            const SuiteCounts counts = suite_counts(file);
            all.tests += counts.tests;
            all.failures += counts.failures;
            all.errors += counts.errors;
        }
        out_.print(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<testsuites name=\"seck\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n",
            all.tests, all.failures, all.errors);
    }

    void begin_file(const FileResult& file) override {
        const SuiteCounts counts = suite_counts(file);
        out_.print("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n", xml(file.name),
                   counts.tests, counts.failures, counts.errors);
        if (file.ok()) return;
        for (const Diagnostic& d : file.errors)
            out_.print(
                "    <testcase classname=\"{0}\" name=\"line {1}\" file=\"{2}\" line=\"{1}\">\n"
                "      <error type=\"input-error\" message=\"{3}\"/>\n    </testcase>\n",
                xml(file.name), d.line, xml(d.file), xml(d.message));
    }

    void day(const DayView& v) override {
        const Day& day = v.day;
        const std::string name = v.report.person.empty() ? day.label : v.report.person + " " + day.label;
        std::string body, out_text;
        for (const Diagnostic& f : v.assessment.findings) {
            if (f.severity == Severity::Error)
                body += fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n", f.code,
                                    xml(f.message), xml(finding_description(f.code), false));
            else
                out_text += fmt::format("warning {}: {}\n", f.code, f.message);
        }
        if (!out_text.empty()) body += fmt::format("      <system-out>{}</system-out>\n", xml(out_text, false));
        out_.print("    <testcase classname=\"{}\" name=\"{}\" file=\"{}\" line=\"{}\"", xml(v.file.name), xml(name),
                   xml(*day.first_file), day.first_line);
        out_.write(body.empty() ? "/>\n" : ">\n" + body + "    </testcase>\n");
    }

    void end_file(const FileResult&) override { out_.write("  </testsuite>\n"); }
    void end_run(const std::vector<FileResult>&) override { out_.write("</testsuites>\n"); }

private:
    Output& out_;
};

}  // namespace

std::unique_ptr<Renderer> make_junit_renderer(Output& out, const RenderOptions&) {
    return std::make_unique<JunitRenderer>(out);
}

}  // namespace seck
