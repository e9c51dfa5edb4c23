// SARIF 2.1.0 for code-scanning dashboards: a result per finding and per input error.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "seck/report.h"
#include "seck/version.h"

namespace seck {

namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kRules[] = {"below-rda", "above-ul", "above-ul-average", "input-error"};

Json location(std::string_view file, std::size_t line) {
    Json physical = {{"artifactLocation", {{"uri", file}}}};
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
            results.push_back(result(f.code, f.fails, f.message, f.day->first_file, f.day->first_line));
    }
    const Json doc = {
        {"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
        {"version", "2.1.0"},
        {"runs", Json::array({{{"tool", {{"driver", {{"name", "seck"}, {"version", SECK_VERSION}, {"rules", rules}}}}},
                               {"results", results}}})}};
    return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace seck
