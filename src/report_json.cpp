// The JSON document for programs; the schema is in the README.
#include <cmath>
#include <nlohmann/json.hpp>

#include "seck/report.h"

namespace seck {

namespace {

using Json = nlohmann::ordered_json;

// 55 rather than 55.0 for whole values.
Json number(double value) {
    if (std::trunc(value) == value && std::fabs(value) < 1e15) return static_cast<std::int64_t>(value);
    return value;
}

Json entry_json(const Entry& e) {
    Json entry = {{"line", e.line}, {"food", e.food}, {"unit", e.unit}};
    entry["id"] = e.id.empty() ? Json() : Json(e.id);
    entry["description"] = e.description.empty() ? Json() : Json(e.description);
    entry["amount"] = e.amount;
    entry["measure"] = e.measure.empty() ? Json() : Json(e.measure);
    entry["grams"] = std::isnan(e.grams) ? Json() : Json(e.grams);
    entry["selenium_ug"] = e.selenium_ug;
    entry["matched_by"] = e.how.empty() ? Json() : Json(e.how);
    return entry;
}

Json file_json(const FileResult& file, const Reference& ref, bool explain) {
    Json doc;
    doc["file"] = file.name;
    if (!file.ok()) {
        doc["error_count"] = file.error_count;
        Json errors = Json::array();
        for (const Diagnostic& d : file.errors) errors.push_back({{"line", d.line}, {"message", d.message}});
        doc["errors"] = std::move(errors);
        return doc;
    }
    doc["reference"] = {{"rda_ug", number(ref.rda_ug)}, {"ul_ug", number(ref.ul_ug)}};
    Json days = Json::array();
    for (const Day& day : file.days) {
        days.push_back({{"date", day.label},
                        {"selenium_ug", day.selenium_ug},
                        {"status", status_name(day.status)},
                        {"entry_count", day.entries},
                        {"line", day.first_line}});
        if (explain) {
            Json entries = Json::array();
            for (const Entry& e : day.explained) entries.push_back(entry_json(e));
            days.back()["entries"] = std::move(entries);
        }
    }
    doc["days"] = std::move(days);
    const Summary& s = file.summary;
    doc["summary"] = {{"days", s.days}, {"mean_ug", s.mean_ug}, {"below_rda", s.below_rda}, {"above_ul", s.above_ul}};
    Json notes = Json::array();
    for (const Diagnostic& d : file.notes) notes.push_back({{"line", d.line}, {"message", d.message}});
    doc["notes"] = std::move(notes);
    return doc;
}

}  // namespace

std::string render_json(const std::vector<FileResult>& files, const Reference& ref, bool explain) {
    Json doc;
    if (files.size() == 1) {
        doc = file_json(files.front(), ref, explain);
    } else {
        doc["files"] = Json::array();
        for (const FileResult& file : files) doc["files"].push_back(file_json(file, ref, explain));
    }
    return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace seck
