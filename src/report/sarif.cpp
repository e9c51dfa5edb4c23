// SARIF 2.1.0 for code-scanning dashboards: a result per finding and per input error.
#include <fmt/format.h>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "seck/report/report.h"
#include "seck/version.h"

namespace seck {

namespace {

using Json = nlohmann::ordered_json;

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

Json artifact_location(std::string_view file) {
    if (file == "<stdin>") return {{"uri", "stdin"}, {"description", {{"text", "standard input"}}}};
    if (!file.empty() && file.front() == '/') return {{"uri", "file://" + uri_path(file)}};
    return {{"uri", uri_path(file)}};
}

Json location(std::string_view file, std::size_t line) {
    Json physical = {{"artifactLocation", artifact_location(file)}};
    if (line > 0) physical["region"] = {{"startLine", line}};
    return Json::array({{{"physicalLocation", physical}}});
}

Json result(std::string_view rule, bool error, std::string_view message, std::string_view file, std::size_t line) {
    const auto index = std::find(std::begin(kRules), std::end(kRules), rule) - std::begin(kRules);
    return {{"ruleId", rule},
            {"ruleIndex", index},
            {"level", error ? "error" : "warning"},
            {"message", {{"text", message}}},
            {"locations", location(file, line)}};
}

}  // namespace

std::string render_sarif(const std::vector<FileResult>& files, const RenderOptions& options) {
    Json rules = Json::array();
    for (std::string_view rule : kRules)
        rules.push_back({{"id", rule},
                         {"name", rule},
                         {"shortDescription", {{"text", finding_description(rule)}}},
                         {"defaultConfiguration", {{"level", "error"}}}});
    Json results = Json::array();
    for (const FileResult& file : files) {
        for (const Diagnostic& d : file.errors)
            results.push_back(result("input-error", true, d.message, d.file, d.line));
        for (const Finding& f : findings(file, options))
            results.push_back(result(f.code, f.fails, f.message, *f.file, f.line));
    }
    const Json doc = {
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs", Json::array({{{"tool", {{"driver", {{"name", "seck"}, {"version", SECK_VERSION}, {"rules", rules}}}}},
                               {"results", results}}})}};
    return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace seck
