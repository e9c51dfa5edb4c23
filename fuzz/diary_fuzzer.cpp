// Fuzz target: the diary reader and checker. Bytes in, either entries or errors out.
//
// Each input is checked whole and fed in pieces of varying size (as seck streams a file),
// and both must give the same outcome. Invariants, each aborting when broken:
// - the reader and the check account for every line: read = header + entries + skipped + errors;
// - a result with errors has no reports; one without has days with finite, non-negative totals;
// - at most kMaxErrors errors are kept, all are counted, and none points past the last line;
// - every renderer runs, and the JSON ones print valid JSON that never passes for a report
//   when there are errors.
// Inputs shorter than the reader's 8 KiB binary probe are read in one go whatever the pieces,
// so each input is also checked behind an 8 KiB comment line, which makes the pieces count.
// Each is checked a third time with every day but the newest written to a temporary file
// (a long diary's path, days.h), which must give the same days.
// The options for other CSV files (--delimiter, --decimal-comma, --date-format, --columns,
// --recompute) are checked on that padded input too.
#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "fuzz_check.h"
#include "seck/check/check.h"
#include "seck/read/diary.h"
#include "seck/report/report.h"

namespace {

struct Setup {
    seck::FoodTable table;
    seck::Resolver resolver{table};
    seck::References everyone;
    seck::References people;  // Ann and Tom, for diaries with a person column
    Setup() {
        std::string err;
        seck::ReferenceRequest request;
        const bool made = seck::make_references(
            request, R"({"people": [{"name": "Ann", "age": 34, "sex": "female"}, {"name": "Tom", "age": 3}]})",
            "people.json", &people, &err);
        FUZZ_CHECK(made);
    }
};

Setup& setup() {
    static Setup s;
    return s;
}

// Piece sizes from a small PRNG seeded by the input: mostly short, sometimes long.
class Pieces {
public:
    explicit Pieces(std::string_view data) {
        for (unsigned char c : data) state_ = (state_ ^ c) * 0x100000001b3ULL;
    }
    std::size_t next() {
        state_ ^= state_ << 13;
        state_ ^= state_ >> 7;
        state_ ^= state_ << 17;
        switch (state_ % 8) {
            case 0: return 1;
            case 1: return 2;
            case 7: return 1 + (state_ >> 8) % 20000;
            default: return 1 + (state_ >> 8) % 64;
        }
    }

private:
    std::uint64_t state_ = 0xcbf29ce484222325ULL;
};

// The reader alone: rows and errors, and its counts add up.
void read_alone(std::string_view text) {
    std::size_t row_lines = 0, error_calls = 0;
    seck::DiaryReader reader(
        [&](const seck::DiaryRow& row) {
            FUZZ_CHECK(row.line >= 1);
            FUZZ_CHECK(row.span >= 1);
            row_lines += row.span;
        },
        [&](std::size_t, std::string message) {
            FUZZ_CHECK(!message.empty());
            ++error_calls;
        });
    reader.feed(text);
    reader.finish();
    const auto& n = reader.counts();
    FUZZ_CHECK(n.read == n.header + row_lines + n.skipped + n.errors);
    FUZZ_CHECK(n.header <= n.read);
    if (error_calls == 0) FUZZ_CHECK(n.errors == 0);
}

seck::FileResult check(std::string_view text, bool in_pieces, const seck::References& refs,
                       const seck::CheckOptions& options) {
    seck::DiaryCheck check("fuzz.csv", setup().resolver, refs, options);
    check.begin("fuzz.csv");
    if (in_pieces) {
        Pieces pieces(text);
        for (std::size_t at = 0; at < text.size() && !check.stopped();) {
            const std::size_t n = std::min(pieces.next(), text.size() - at);
            check.feed(text.substr(at, n));
            at += n;
        }
    } else {
        check.feed(text);
    }
    check.end();
    return check.finish();
}

void invariants(const seck::FileResult& r) {
    const auto& n = r.lines;
    FUZZ_CHECK(n.read == n.header + n.entries + n.skipped + n.errors);
    FUZZ_CHECK(r.errors.size() == std::min(r.error_count, seck::FileResult::kMaxErrors));
    for (const auto& e : r.errors) {
        FUZZ_CHECK(!e.message.empty());
        // A NUL in the first 8 KiB stops the file before any line is read; its line is still named.
        FUZZ_CHECK(e.line <= n.read || e.message == "binary data (a NUL byte), not a CSV diary");
    }
    if (!r.checked()) {
        FUZZ_CHECK(!r.ok());
        FUZZ_CHECK(r.reports.empty());  // the file as a whole could not be read
        FUZZ_CHECK(r.exit_code() == 2);
        return;
    }
    if (r.ok()) {
        FUZZ_CHECK(n.entries >= 1);
        FUZZ_CHECK(n.errors == 0);
        FUZZ_CHECK(!r.reports.empty());
    } else {
        FUZZ_CHECK(r.exit_code() == 2);  // lines not counted: the days are shown, and still an error
    }
    std::size_t entries = 0, unresolved = 0;
    for (const auto& report : r.reports) {
        FUZZ_CHECK(!report.days.empty());
        FUZZ_CHECK(report.summary.days == report.days.size());
        FUZZ_CHECK(std::isfinite(report.summary.mean_ug) && report.summary.mean_ug >= 0);
        for (const auto& day : report.days) {
            FUZZ_CHECK(std::isfinite(day.selenium_ug) && day.selenium_ug >= 0);
            // A day has an entry, or a line that could not be counted (it is then incomplete).
            FUZZ_CHECK(day.entries >= 1 || day.unresolved_count >= 1);
            FUZZ_CHECK(day.unresolved.size() == std::min(day.unresolved_count, seck::kMaxUnresolved));
            FUZZ_CHECK(day.incomplete() == (day.unresolved_count > 0 || !day.missing.empty() || day.partial));
            for (const auto& u : day.unresolved) FUZZ_CHECK(u.line >= 1 && u.line <= n.read && !u.message.empty());
            FUZZ_CHECK(day.first_line >= 1 && day.first_line <= n.read);
            entries += day.entries;
            unresolved += day.unresolved_count;
            // What to change lands the day in the range: an addition between the RDA and the
            // UL, a single removal at or under the UL.
            for (const seck::Suggestion& s : seck::suggest(day, report.ref)) {
                const seck::Status after = seck::classify(s.total_after_ug, report.ref);
                if (s.action == seck::Suggestion::Action::Add)
                    FUZZ_CHECK(day.status == seck::Status::BelowRda && after == seck::Status::Adequate);
                else
                    FUZZ_CHECK(day.status == seck::Status::AboveUl && (!s.enough || after != seck::Status::AboveUl));
            }
        }
    }
    FUZZ_CHECK(entries <= n.entries);  // an entry spans one line or more
    FUZZ_CHECK(unresolved <= r.error_count);
    const int code = r.exit_code();
    FUZZ_CHECK(r.ok() ? code == 0 || code == 1 : code == 2);
}

// Equal, or both NaN.
bool same_number(double a, double b) {
    return a == b || (std::isnan(a) && std::isnan(b));
}

// Whole and in pieces give the same outcome, to the bit; with `options_alike`, also in what
// depends on the options (explained entries, rolling means).
void same(const seck::FileResult& a, const seck::FileResult& b, bool options_alike = false) {
    FUZZ_CHECK(a.error_count == b.error_count);
    FUZZ_CHECK(a.errors.size() == b.errors.size());
    for (std::size_t i = 0; i < a.errors.size(); ++i) {
        FUZZ_CHECK(a.errors[i].line == b.errors[i].line);
        FUZZ_CHECK(a.errors[i].message == b.errors[i].message);
    }
    FUZZ_CHECK(a.lines.read == b.lines.read && a.lines.header == b.lines.header && a.lines.entries == b.lines.entries &&
               a.lines.skipped == b.lines.skipped && a.lines.errors == b.lines.errors);
    // Notes of lines (default portions, ...); those of the whole file (line 0) depend on the options.
    auto line_notes = [](const seck::FileResult& r) {
        std::vector<std::pair<std::size_t, std::string>> notes;
        for (const auto& note : r.notes)
            if (note.line > 0) notes.emplace_back(note.line, note.message);
        return notes;
    };
    FUZZ_CHECK(line_notes(a) == line_notes(b));
    FUZZ_CHECK(a.reports.size() == b.reports.size());
    for (std::size_t i = 0; i < a.reports.size(); ++i) {
        const auto &x = a.reports[i].days, &y = b.reports[i].days;
        FUZZ_CHECK(x.size() == y.size());
        for (auto d = x.begin(), e = y.begin(); d != x.end(); ++d, ++e) {
            FUZZ_CHECK(d->label == e->label && d->person == e->person);
            FUZZ_CHECK(d->selenium_ug == e->selenium_ug && d->status == e->status);
            FUZZ_CHECK(d->low_ug() == e->low_ug() && d->high_ug() == e->high_ug());
            FUZZ_CHECK(d->low_ug() <= d->selenium_ug && d->selenium_ug <= d->high_ug());
            FUZZ_CHECK(d->unranged_share() == e->unranged_share());
            FUZZ_CHECK(d->entries == e->entries && d->first_line == e->first_line && *d->first_file == *e->first_file);
            FUZZ_CHECK(d->missing == e->missing && d->partial == e->partial);
            FUZZ_CHECK(d->unresolved_count == e->unresolved_count && d->unresolved.size() == e->unresolved.size());
            for (std::size_t k = 0; k < d->unresolved.size(); ++k)
                FUZZ_CHECK(d->unresolved[k].line == e->unresolved[k].line &&
                           d->unresolved[k].text == e->unresolved[k].text &&
                           d->unresolved[k].message == e->unresolved[k].message);
            FUZZ_CHECK(std::isnan(d->export_ug) == std::isnan(e->export_ug));
            FUZZ_CHECK(std::isnan(d->export_ug) || d->export_ug == e->export_ug);
            if (!options_alike) continue;
            FUZZ_CHECK(d->explained.size() == e->explained.size() && d->sources.size() == e->sources.size());
            for (std::size_t k = 0; k < d->sources.size(); ++k)
                FUZZ_CHECK(d->sources[k].line == e->sources[k].line &&
                           d->sources[k].selenium_ug == e->sources[k].selenium_ug);
            for (std::size_t k = 0; k < d->explained.size(); ++k)
                FUZZ_CHECK(d->explained[k].line == e->explained[k].line &&
                           d->explained[k].range_kind == e->explained[k].range_kind &&
                           same_number(d->explained[k].low_ug, e->explained[k].low_ug) &&
                           same_number(d->explained[k].high_ug, e->explained[k].high_ug));
            FUZZ_CHECK(std::isnan(d->average_ug) == std::isnan(e->average_ug));
            FUZZ_CHECK(std::isnan(d->average_ug) || d->average_ug == e->average_ug);
        }
    }
}

void render_all(const seck::FileResult& result) {
    std::vector<seck::FileResult> files{result};
    const seck::RenderOptions options;
    for (const seck::OutputFormat& each : seck::output_formats()) {  // every format renders
        const std::string_view format = each.name;
        const std::string out = seck::render(format, files, options);
        if (format != "json" && format != "sarif") continue;  // (ndjson: below)
        const auto doc = nlohmann::json::parse(out, nullptr, false);
        FUZZ_CHECK(!doc.is_discarded());
        if (format == "json") {
            const auto& n = doc.at("lines");
            FUZZ_CHECK(n.at("read") == n.at("header").get<std::size_t>() + n.at("entries").get<std::size_t>() +
                                           n.at("skipped").get<std::size_t>() + n.at("errors").get<std::size_t>());
        }
        if (format == "json" && !result.ok()) FUZZ_CHECK(doc.contains("errors"));
        if (format == "json" && !result.checked())
            FUZZ_CHECK(!doc.contains("days") && !doc.contains("summary") && !doc.contains("people"));
    }
    const std::string nd = seck::render("ndjson", files, options);
    for (std::size_t pos = 0; pos < nd.size();) {
        const auto end = nd.find('\n', pos);
        FUZZ_CHECK(end != std::string::npos);  // every object ends its line
        FUZZ_CHECK(!nlohmann::json::parse(nd.substr(pos, end - pos), nullptr, false).is_discarded());
        pos = end + 1;
    }
}

void run(std::string_view text, const seck::References& refs, const seck::ReadOptions& read = {}) {
    read_alone(text);
    seck::CheckOptions plain;
    plain.read = read;
    const seck::CheckOptions explain{.explain = true, .average_days = 3, .read = read};
    const seck::FileResult whole = check(text, false, refs, plain);
    const seck::FileResult pieces = check(text, true, refs, explain);
    // Days written to a temporary file as soon as there is more than one, then merged.
    seck::CheckOptions spill = explain;
    spill.memory_days = 1;
    const seck::FileResult spilled = check(text, false, refs, spill);
    invariants(whole);
    invariants(pieces);
    if (text.size() <= seck::DiaryReader::kMaxRecordBytes) {  // longer: see the reader's 1 MiB rule
        same(whole, pieces);
        same(pieces, spilled, true);
    }
    render_all(pieces);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    run(text, setup().everyone);
    // Behind a comment line longer than the binary probe, the pieces reach the parser as fed.
    std::string padded = "#" + std::string(8200, '-') + "\n";
    padded.append(text);
    run(padded, setup().everyone);
    if (text.find("person") != std::string_view::npos) run(text, setup().people);
    // The options for other CSV files: a semicolon file with a decimal comma and day-first
    // dates; columns by name with the unit inside the amount; --recompute for exports.
    if (text.find(';') != std::string_view::npos) {
        seck::ReadOptions semicolon;
        semicolon.delimiter = ';';
        semicolon.decimal_comma = true;
        semicolon.date_format = "DD.MM.YYYY";
        run(padded, setup().everyone, semicolon);
    }
    seck::ReadOptions mapped;
    mapped.columns = {"Day", "Food Name", "Amount", "", ""};
    run(padded, setup().everyone, mapped);
    if (text.find("Food Name") != std::string_view::npos) {
        seck::ReadOptions recompute;
        recompute.recompute = true;
        run(padded, setup().everyone, recompute);
    }
    return 0;
}
