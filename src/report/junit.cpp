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

}  // namespace

std::string render_junit(const std::vector<FileResult>& files, const RenderOptions& options) {
    std::string suites;
    std::size_t tests = 0, failures = 0, errors = 0;
    for (const FileResult& file : files) {
        std::string cases;
        std::size_t suite_tests = 0, suite_failures = 0;
        if (!file.ok()) {
            for (const Diagnostic& d : file.errors) {
                ++suite_tests;
                cases += fmt::format(
                    "    <testcase classname=\"{0}\" name=\"line {1}\" file=\"{2}\" line=\"{1}\">\n"
                    "      <error type=\"input-error\" message=\"{3}\"/>\n    </testcase>\n",
                    xml(file.name), d.line, xml(d.file), xml(d.message));
            }
        }
        const auto found = findings(file, options);
        std::size_t next = 0;  // the first finding not yet placed
        for (const Report& report : file.reports) {
            std::size_t i = 0;
            for (const Day& day : report.days) {
                ++suite_tests;
                const std::string name = report.person.empty() ? day.label : report.person + " " + day.label;
                std::string body, out_text;
                for (; next < found.size() && found[next].report == &report && found[next].day == i; ++next) {
                    const Finding& f = found[next];  // (in report and day order, as the days)
                    if (f.fails) {
                        ++suite_failures;
                        body += fmt::format("      <failure type=\"{}\" message=\"{}\">{}</failure>\n", f.code,
                                            xml(f.message), xml(finding_description(f.code), false));
                    } else {
                        out_text += fmt::format("warning {}: {}\n", f.code, f.message);
                    }
                }
                if (!out_text.empty()) body += fmt::format("      <system-out>{}</system-out>\n", xml(out_text, false));
                cases += fmt::format("    <testcase classname=\"{}\" name=\"{}\" file=\"{}\" line=\"{}\"",
                                     xml(file.name), xml(name), xml(*day.first_file), day.first_line);
                cases += body.empty() ? "/>\n" : ">\n" + body + "    </testcase>\n";
                ++i;
            }
        }
        tests += suite_tests;
        failures += suite_failures;
        errors += file.error_count;
        suites +=
            fmt::format("  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n{}  </testsuite>\n",
                        xml(file.name), suite_tests, suite_failures, file.error_count, cases);
    }
    return fmt::format(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"seck\" tests=\"{}\" failures=\"{}\" errors=\"{}\">\n{}</testsuites>\n",
        tests, failures, errors, suites);
}

}  // namespace seck
