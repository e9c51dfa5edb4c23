// The JSON document for programs; the schema is in the README.
#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>

#include "seck/report/report.h"

namespace seck {

namespace {

using Json = nlohmann::ordered_json;

// 55 rather than 55.0 for whole values; null for none.
Json number(double value) {
    if (std::isnan(value)) return Json();
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
    entry["selenium_ug"] = std::isnan(e.selenium_ug) ? Json() : Json(e.selenium_ug);
    entry["matched_by"] = e.how.empty() ? Json() : Json(e.how);
    if (!std::isnan(e.export_ug)) entry["export_selenium_ug"] = e.export_ug;
    if (!e.id.empty() && !e.given) {  // a food of the table: how sure its figure is
        entry["samples"] = number(e.samples);
        entry["std_error_ug_per_100g"] = number(e.std_error);
        entry["range"] =
            e.range_kind == RangeKind::None
                ? Json()
                : Json({{"kind", range_kind_id(e.range_kind)}, {"low_ug", e.low_ug}, {"high_ug", e.high_ug}});
    }
    return entry;
}

// What would bring the day into the range (suggest.h); [] for a day in it.
Json suggestions_json(const Day& day, const Reference& ref, std::size_t span, bool merged) {
    Json out = Json::array();
    for (const Suggestion& s : suggest(day, ref, span)) {
        Json one = {{"action", s.action == Suggestion::Action::Add ? "add" : "remove"}, {"food", s.food}};
        one["id"] = s.id.empty() ? Json() : Json(s.id);
        one["amount"] = number(s.amount);
        one["unit"] = s.unit;
        one["selenium_ug"] = s.selenium_ug;
        one["total_after_ug"] = s.total_after_ug;
        if (s.action == Suggestion::Action::Remove) {
            if (merged) one["file"] = *s.file;
            one["line"] = s.line;
        }
        if (s.together) one["together"] = true;
        if (!s.enough) one["enough"] = false;
        one["text"] = s.text;
        out.push_back(std::move(one));
    }
    return out;
}

// "range_ug", "status_range" and "share_without_range" of a day.
void range_json(Json& out, const Day& day, const Reference& ref) {
    out["range_ug"] = {{"low", day.low_ug()}, {"high", day.high_ug()}};
    Json statuses = Json::array();
    for (Status status : status_range(day, ref)) statuses.push_back(status_name(status));
    out["status_range"] = std::move(statuses);
    out["share_without_range"] = day.unranged_share();
}

Json reference_json(const Reference& ref) {
    Json json;
    json["standard"] = ref.standard;
    json["life_stage"] = ref.life_stage;
    json["kind"] = ref.kind;
    json["rda_ug"] = number(ref.rda_ug);
    json["ear_ug"] = number(ref.ear_ug);
    json["ul_ug"] = number(ref.ul_ug);
    json["source"] = ref.source;
    json["overridden"] = ref.overridden;
    if (!ref.note.empty()) json["note"] = ref.note;
    return json;
}

// The day's largest entries, largest first, with their share of the day.
Json sources_json(const Day& day, bool merged) {
    Json out = Json::array();
    for (const Source& source : day.sources) {
        Json one;
        if (merged) one["file"] = *source.file;
        one["line"] = source.line;
        one["food"] = source.food;
        one["amount"] = source.amount;
        one["unit"] = source.unit;
        one["id"] = source.resolved ? Json(source.resolved->id) : Json();
        one["description"] = source.resolved ? Json(source.resolved->description) : Json();
        one["selenium_ug"] = source.selenium_ug;
        one["share"] = source_share(source, day);
        out.push_back(std::move(one));
    }
    return out;
}

// "reference", "days", "summary" of one person (or of the whole diary).
void report_json(Json& doc, const Report& report, bool explain, std::size_t average_days, bool merged = false,
                 Format reader = Format::Diary) {
    const Reference& ref = report.ref;
    const std::size_t span = suggestion_span(report, average_days);
    doc["reference"] = reference_json(ref);
    Json days = Json::array();
    for (const Day& day : report.days) {
        days.push_back({{"date", day.label},
                        {"selenium_ug", day.selenium_ug},
                        {"status", status_name(classify(day.selenium_ug, report.ref))},  // (--compare: another ref)
                        {"below_ear", std::isnan(ref.ear_ug) ? Json() : Json(below_ear(day.selenium_ug, ref))},
                        {"entry_count", day.entries},
                        {"line", day.first_line}});
        if (merged) days.back()["file"] = *day.first_file;  // --merge: the file of the day's first line
        if (reader != Format::Diary) {                      // an app export: a day whose total is only a lower bound
            days.back()["incomplete"] = day.incomplete();
            days.back()["missing"] = day.missing;
            if (reader == Format::CronometerDaily) days.back()["completed"] = !day.partial;
            if (!std::isnan(day.export_ug)) days.back()["export_selenium_ug"] = day.export_ug;  // --recompute
        }
        range_json(days.back(), day, ref);
        if (average_days > 0) days.back()["average_ug"] = std::isnan(day.average_ug) ? Json() : Json(day.average_ug);
        days.back()["sources"] = sources_json(day, merged);
        days.back()["suggestions"] = suggestions_json(day, ref, span, merged);
        if (explain) {
            Json entries = Json::array();
            for (const Entry& e : day.explained) entries.push_back(entry_json(e));
            days.back()["entries"] = std::move(entries);
        }
    }
    doc["days"] = std::move(days);
    const Summary& s = report.summary;
    // No EAR (or no UL): no day can be counted against it, so the count is null, as each day's below_ear.
    doc["summary"] = {{"days", s.days},
                      {"mean_ug", s.mean_ug},
                      {"status", period_status_name(s.status)},
                      {"below_ear", std::isnan(ref.ear_ug) ? Json() : Json(s.below_ear)},
                      {"below_rda", s.below_rda},
                      {"above_ul", std::isnan(ref.ul_ug) ? Json() : Json(s.above_ul)}};
    if (reader != Format::Diary)
        doc["summary"]["incomplete"] =
            std::count_if(report.days.begin(), report.days.end(), [](const Day& day) { return day.incomplete(); });
    if (average_days > 0) {
        std::size_t above = 0;
        for (const Day& day : report.days) above += average_above_ul(day, ref);
        doc["summary"]["average_days"] = average_days;
        doc["summary"]["above_ul_average"] = above;
    }
}

// The same days against every authority of --compare.
Json compare_json(const Report& report, const std::vector<Comparison>& compare) {
    Json out = Json::array();
    std::string yours;  // the user's own values, which the comparison leaves out
    for (const std::string& name : report.ref.overridden) yours += (yours.empty() ? "--" : ", --") + name;
    for (const Comparison& c : compare) {
        Json one = {{"standard", c.standard}};
        if (!yours.empty()) one["note"] = "the authority's own values: " + yours + " not applied";
        if (!c.error.empty()) {
            one["error"] = c.error;
        } else {
            const Report other{report.person, c.ref, report.days, summarize(report.days, c.ref)};
            report_json(one, other, false, 0);
            for (auto& day : one["days"]) {
                day.erase("entry_count");
                day.erase("line");
                day.erase("sources");      // (the same as the report's)
                day.erase("suggestions");  // (the report's authority's)
                day.erase("range_ug");
                day.erase("share_without_range");
            }
        }
        out.push_back(std::move(one));
    }
    return out;
}

Json file_json(const FileResult& file, const RenderOptions& options) {
    const bool explain = options.explain;
    const std::size_t average_days = options.average_days;
    Json doc;
    doc["file"] = file.name;
    if (file.reader != Format::Diary) doc["reader"] = format_id(file.reader);
    if (!file.read_as.empty()) doc["read_as"] = file.read_as;
    const LineCounts& n = file.lines;
    doc["lines"] = {
        {"read", n.read}, {"header", n.header}, {"entries", n.entries}, {"skipped", n.skipped}, {"errors", n.errors}};
    if (!file.ok()) {
        doc["error_count"] = file.error_count;
        Json errors = Json::array();
        for (const Diagnostic& d : file.errors) errors.push_back({{"line", d.line}, {"message", d.message}});
        doc["errors"] = std::move(errors);
        return doc;
    }
    if (file.reports.size() == 1 && file.reports.front().person.empty()) {
        report_json(doc, file.reports.front(), explain, average_days, file.merged, file.reader);
        if (!options.compare.empty()) doc["compare"] = compare_json(file.reports.front(), options.compare);
    } else {
        Json people = Json::array();
        for (const Report& report : file.reports) {
            Json person = {{"person", report.person}};
            report_json(person, report, explain, average_days, file.merged, file.reader);
            if (!options.compare.empty()) person["compare"] = compare_json(report, options.compare);
            people.push_back(std::move(person));
        }
        doc["people"] = std::move(people);
    }
    Json notes = Json::array();
    for (const Diagnostic& d : file.notes) notes.push_back({{"line", d.line}, {"message", d.message}});
    doc["notes"] = std::move(notes);
    return doc;
}

}  // namespace

std::string render_json(const std::vector<FileResult>& files, const RenderOptions& options) {
    Json doc;
    if (files.size() == 1) {
        doc = file_json(files.front(), options);
    } else {
        doc["files"] = Json::array();
        for (const FileResult& file : files) doc["files"].push_back(file_json(file, options));
    }
    return doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string render_ndjson(const std::vector<FileResult>& files, const RenderOptions& options) {
    std::string out;
    for (const FileResult& file : files) {
        for (const Diagnostic& d : file.errors)
            out += Json({{"file", d.file}, {"line", d.line}, {"error", d.message}})
                       .dump(-1, ' ', false, Json::error_handler_t::replace) +
                   "\n";
        for (const Report& report : file.reports) {
            for (const Day& day : report.days) {
                Json line = {{"file", *day.first_file}};  // with --merge, the file of the day's first line
                if (!report.person.empty()) line["person"] = report.person;
                line["date"] = day.label;
                line["selenium_ug"] = day.selenium_ug;
                line["percent_rda"] = day.selenium_ug / report.ref.rda_ug * 100;
                line["status"] = status_name(day.status);
                line["below_ear"] =
                    std::isnan(report.ref.ear_ug) ? Json() : Json(below_ear(day.selenium_ug, report.ref));
                if (options.average_days > 0)
                    line["average_ug"] = std::isnan(day.average_ug) ? Json() : Json(day.average_ug);
                range_json(line, day, report.ref);
                line["line"] = day.first_line;
                if (file.reader != Format::Diary) {
                    line["incomplete"] = day.incomplete();
                    line["missing"] = day.missing;
                    if (!std::isnan(day.export_ug)) line["export_selenium_ug"] = day.export_ug;
                }
                line["sources"] = sources_json(day, file.merged);
                line["suggestions"] =
                    suggestions_json(day, report.ref, suggestion_span(report, options.average_days), file.merged);
                out += line.dump(-1, ' ', false, Json::error_handler_t::replace) + "\n";
            }
        }
    }
    return out;
}

}  // namespace seck
