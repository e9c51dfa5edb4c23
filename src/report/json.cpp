// JSON for programs (one document; the schema is in the README) and NDJSON (a line per day
// or per error), both written as the days come by the streaming JsonWriter.
#include <cmath>

#include "seck/report/json_writer.h"
#include "seck/report/report.h"

namespace seck {

namespace {

void entry_json(JsonWriter& w, const Entry& e) {
    w.begin_object();
    w.member("line", e.line);
    w.member("food", e.food);
    w.member("unit", e.unit);
    w.key("id");
    w.string_or_null(e.id);
    w.key("description");
    w.string_or_null(e.description);
    w.member("amount", e.amount);
    w.key("measure");
    w.string_or_null(e.measure);
    w.member("grams", e.grams);
    w.member("selenium_ug", e.selenium_ug);
    w.key("matched_by");
    w.string_or_null(e.how);
    if (!std::isnan(e.export_ug)) w.member("export_selenium_ug", e.export_ug);
    if (!e.id.empty() && !e.given) {  // a food of the table: how sure its figure is
        w.key("samples");
        w.whole_or_number(e.samples);
        w.key("std_error_ug_per_100g");
        w.whole_or_number(e.std_error);
        w.key("range");
        if (e.range_kind == RangeKind::None) {
            w.null();
        } else {
            w.begin_object();
            w.member("kind", range_kind_id(e.range_kind));
            w.member("low_ug", e.low_ug);
            w.member("high_ug", e.high_ug);
            w.end_object();
        }
    }
    w.end_object();
}

// What would bring the day into the range (suggest.h); [] for a day in it.
void suggestions_json(JsonWriter& w, const std::vector<Suggestion>& suggestions, bool merged) {
    w.begin_array();
    for (const Suggestion& s : suggestions) {
        w.begin_object();
        w.member("action", s.action == Suggestion::Action::Add ? "add" : "remove");
        w.member("food", s.food);
        w.key("id");
        w.string_or_null(s.id);
        w.key("amount");
        w.whole_or_number(s.amount);
        w.member("unit", s.unit);
        w.member("selenium_ug", s.selenium_ug);
        w.member("total_after_ug", s.total_after_ug);
        if (s.action == Suggestion::Action::Remove) {
            if (merged) w.member("file", *s.file);
            w.member("line", s.line);
        }
        if (s.together) w.member("together", true);
        if (!s.enough) w.member("enough", false);
        w.member("text", s.text);
        w.end_object();
    }
    w.end_array();
}

void statuses_json(JsonWriter& w, const std::vector<Status>& statuses) {
    w.begin_array();
    for (Status status : statuses) w.value(status_name(status));
    w.end_array();
}

// "range_ug", "status_range" and "share_without_range" of a day.
void range_json(JsonWriter& w, const Day& day, const std::vector<Status>& statuses) {
    w.key("range_ug");
    w.begin_object();
    w.member("low", day.low_ug());
    w.member("high", day.high_ug());
    w.end_object();
    w.key("status_range");
    statuses_json(w, statuses);
    w.member("share_without_range", day.unranged_share());
}

void reference_json(JsonWriter& w, const Reference& ref) {
    w.begin_object();
    w.member("standard", ref.standard);
    w.member("life_stage", ref.life_stage);
    w.member("kind", ref.kind);
    w.key("rda_ug");
    w.whole_or_number(ref.rda_ug);
    w.key("ear_ug");
    w.whole_or_number(ref.ear_ug);
    w.key("ul_ug");
    w.whole_or_number(ref.ul_ug);
    w.member("source", ref.source);
    w.key("overridden");
    w.begin_array();
    for (const std::string& name : ref.overridden) w.value(name);
    w.end_array();
    if (!ref.note.empty()) w.member("note", ref.note);
    w.end_object();
}

// The day's largest entries, largest first, with their share of the day.
void sources_json(JsonWriter& w, const Day& day, bool merged) {
    w.begin_array();
    for (const Source& source : day.sources) {
        w.begin_object();
        if (merged) w.member("file", *source.file);
        w.member("line", source.line);
        w.member("food", source.food);
        w.member("amount", source.amount);
        w.member("unit", source.unit);
        w.key("id");
        source.has_food() ? w.value(source.id) : w.null();
        w.key("description");
        source.has_food() ? w.value(source.description) : w.null();
        w.member("selenium_ug", source.selenium_ug);
        w.member("share", source_share(source, day));
        w.end_object();
    }
    w.end_array();
}

void below_ear_json(JsonWriter& w, double ug, const Reference& ref) {
    w.key("below_ear");
    std::isnan(ref.ear_ug) ? w.null() : w.value(below_ear(ug, ref));
}

// A summary's counts; no EAR (or no UL): no day can be counted against it, so the count is
// null, as each day's below_ear.
void summary_json(JsonWriter& w, const Summary& s, const Reference& ref) {
    w.member("days", s.days);
    w.member("mean_ug", s.mean_ug);
    w.member("status", period_status_name(s.status));
    w.key("below_ear");
    std::isnan(ref.ear_ug) ? w.null() : w.value(s.below_ear);
    w.member("below_rda", s.below_rda);
    w.key("above_ul");
    std::isnan(ref.ul_ug) ? w.null() : w.value(s.above_ul);
}

// The same days against every authority of --compare (its days are read back again).
void compare_json(JsonWriter& w, const Report& report, const std::vector<Comparison>& compare) {
    w.begin_array();
    std::string yours;  // the user's own values, which the comparison leaves out
    for (const std::string& name : report.ref.overridden) yours += (yours.empty() ? "--" : ", --") + name;
    for (const Comparison& c : compare) {
        w.begin_object();
        w.member("standard", c.standard);
        if (!yours.empty()) w.member("note", "the authority's own values: " + yours + " not applied");
        if (!c.error.empty()) {
            w.member("error", c.error);
            w.end_object();
            continue;
        }
        w.key("reference");
        reference_json(w, c.ref);
        w.key("days");
        w.begin_array();
        for (const Day& day : report.days) {
            w.begin_object();
            w.member("date", day.label);
            w.member("selenium_ug", day.selenium_ug);
            w.member("status", status_name(classify(day.selenium_ug, c.ref)));
            below_ear_json(w, day.selenium_ug, c.ref);
            w.key("status_range");
            statuses_json(w, status_range(day, c.ref));
            w.end_object();
        }
        w.end_array();
        w.key("summary");
        w.begin_object();
        summary_json(w, summarize(report.days, c.ref), c.ref);
        w.end_object();
        w.end_object();
    }
    w.end_array();
}

void diagnostics_json(JsonWriter& w, const std::vector<Diagnostic>& list) {
    w.begin_array();
    for (const Diagnostic& d : list) {
        w.begin_object();
        w.member("line", d.line);
        w.member("message", d.message);
        w.end_object();
    }
    w.end_array();
}

// "incomplete": is the day's total only a lower bound; "unresolved": its lines not counted,
// each with its text and what is wrong ("unresolved_not_shown": past the first few).
void incomplete_json(JsonWriter& w, const Day& day, bool merged) {
    w.member("incomplete", day.incomplete());
    w.key("unresolved");
    w.begin_array();
    for (const Unresolved& u : day.unresolved) {
        w.begin_object();
        if (merged && u.file) w.member("file", *u.file);
        w.member("line", u.line);
        w.member("text", u.text);
        w.member("message", u.message);
        w.end_object();
    }
    w.end_array();
    if (day.unresolved_count > day.unresolved.size())
        w.member("unresolved_not_shown", day.unresolved_count - day.unresolved.size());
}

class JsonRenderer final : public Renderer {
public:
    JsonRenderer(Output& out, const RenderOptions& options) : out_(out), w_(out, true), options_(options) {}

    void begin_run(const std::vector<FileResult>& files) override {
        several_ = files.size() != 1;
        if (!several_) return;
        w_.begin_object();
        w_.key("files");
        w_.begin_array();
    }

    void begin_file(const FileResult& file) override {
        w_.begin_object();
        w_.member("file", file.name);
        if (file.reader != Format::Diary) w_.member("reader", format_id(file.reader));
        if (!file.read_as.empty()) w_.member("read_as", file.read_as);
        const LineCounts& n = file.lines;
        w_.key("lines");
        w_.begin_object();
        w_.member("read", n.read);
        w_.member("header", n.header);
        w_.member("entries", n.entries);
        w_.member("skipped", n.skipped);
        w_.member("errors", n.errors);
        w_.end_object();
        if (!file.ok()) {
            w_.member("error_count", file.error_count);
            w_.key("errors");
            diagnostics_json(w_, file.errors);
        }
        if (!file.checked()) return;
        people_ = !(file.reports.size() == 1 && file.reports.front().person.empty());
        if (people_) {
            w_.key("people");
            w_.begin_array();
        }
    }

    void begin_report(const FileResult&, const Report& report) override {
        if (people_) {
            w_.begin_object();
            w_.member("person", report.person);
        }
        w_.key("reference");
        reference_json(w_, report.ref);
        w_.key("days");
        w_.begin_array();
    }

    void day(const DayView& v) override {
        const Day& day = v.day;
        const Reference& ref = v.report.ref;
        const FileResult& file = v.file;
        w_.begin_object();
        w_.member("date", day.label);
        w_.member("selenium_ug", day.selenium_ug);
        w_.member("status", v.assessment.status_text);
        below_ear_json(w_, day.selenium_ug, ref);
        w_.member("entry_count", day.entries);
        w_.member("line", day.first_line);
        if (file.merged) w_.member("file", *day.first_file);  // --merge: the file of the day's first line
        incomplete_json(w_, day, file.merged);
        if (file.reader != Format::Diary) {  // an app export: foods without a value, a day not completed
            w_.key("missing");
            w_.begin_array();
            for (const std::string& food : day.missing) w_.value(food);
            w_.end_array();
            if (file.reader == Format::CronometerDaily) w_.member("completed", !day.partial);
            if (!std::isnan(day.export_ug)) w_.member("export_selenium_ug", day.export_ug);  // --recompute
        }
        range_json(w_, day, v.assessment.statuses);
        if (file.average_days > 0) w_.member("average_ug", day.average_ug);
        w_.key("sources");
        sources_json(w_, day, file.merged);
        w_.key("suggestions");
        suggestions_json(w_, v.assessment.suggestions, file.merged);
        if (file.explain) {
            w_.key("entries");
            w_.begin_array();
            for (const Entry& e : day.explained) entry_json(w_, e);
            w_.end_array();
        }
        w_.end_object();
    }

    void end_report(const FileResult& file, const Report& report) override {
        w_.end_array();  // the days
        const Summary& s = report.summary;
        w_.key("summary");
        w_.begin_object();
        summary_json(w_, s, report.ref);
        w_.member("incomplete", s.incomplete);
        if (file.average_days > 0) {
            w_.member("average_days", file.average_days);
            w_.member("above_ul_average", s.average_above_ul);
        }
        w_.end_object();
        if (!options_.compare.empty()) {
            w_.key("compare");
            compare_json(w_, report, options_.compare);
        }
        if (people_) w_.end_object();
    }

    void end_file(const FileResult& file) override {
        if (file.checked()) {
            if (people_) w_.end_array();
            w_.key("notes");
            diagnostics_json(w_, file.notes);
        }
        w_.end_object();
    }

    void end_run(const std::vector<FileResult>&) override {
        if (several_) {
            w_.end_array();
            w_.end_object();
        }
        out_.put('\n');
    }

private:
    Output& out_;
    JsonWriter w_;
    const RenderOptions& options_;
    bool several_ = false;  // {"files": [...]}
    bool people_ = false;   // the file's reports are people's
};

class NdjsonRenderer final : public Renderer {
public:
    explicit NdjsonRenderer(Output& out) : out_(out), w_(out, false) {}

    void begin_file(const FileResult& file) override {
        for (const Diagnostic& d : file.errors) {
            w_.begin_object();
            w_.member("file", d.file);
            w_.member("line", d.line);
            w_.member("error", d.message);
            w_.end_object();
            out_.put('\n');
        }
    }

    void day(const DayView& v) override {
        const Day& day = v.day;
        const Reference& ref = v.report.ref;
        const FileResult& file = v.file;
        w_.begin_object();
        w_.member("file", *day.first_file);  // with --merge, the file of the day's first line
        if (!v.report.person.empty()) w_.member("person", v.report.person);
        w_.member("date", day.label);
        w_.member("selenium_ug", day.selenium_ug);
        w_.member("percent_rda", v.assessment.percent);
        w_.member("status", v.assessment.status_text);
        below_ear_json(w_, day.selenium_ug, ref);
        if (file.average_days > 0) w_.member("average_ug", day.average_ug);
        range_json(w_, day, v.assessment.statuses);
        w_.member("line", day.first_line);
        incomplete_json(w_, day, file.merged);
        if (file.reader != Format::Diary) {
            w_.key("missing");
            w_.begin_array();
            for (const std::string& food : day.missing) w_.value(food);
            w_.end_array();
            if (!std::isnan(day.export_ug)) w_.member("export_selenium_ug", day.export_ug);
        }
        w_.key("sources");
        sources_json(w_, day, file.merged);
        w_.key("suggestions");
        suggestions_json(w_, v.assessment.suggestions, file.merged);
        w_.end_object();
        out_.put('\n');
    }

private:
    Output& out_;
    JsonWriter w_;
};

}  // namespace

std::unique_ptr<Renderer> make_json_renderer(Output& out, const RenderOptions& options) {
    return std::make_unique<JsonRenderer>(out, options);
}

std::unique_ptr<Renderer> make_ndjson_renderer(Output& out, const RenderOptions&) {
    return std::make_unique<NdjsonRenderer>(out);
}

}  // namespace seck
