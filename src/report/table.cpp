// The table for people: a row and a bar per day, warnings, a summary.
#include <fmt/color.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "seck/report/report.h"
#include "seck/core/text.h"

namespace seck {

namespace {

constexpr int kLowCells = 10;   // bar cells from 0 to the RDA
constexpr int kHighCells = 20;  // bar cells from the RDA to the UL

class Painter {
public:
    explicit Painter(bool color) : color_(color) {}
    std::string operator()(std::string_view text, fmt::text_style style) const {
        return color_ && !text.empty() ? fmt::format(style, "{}", text) : std::string(text);
    }
    fmt::text_style of(Status status) const {
        switch (status) {
            case Status::BelowRda: return fg(fmt::terminal_color::yellow);
            case Status::AboveUl: return fg(fmt::terminal_color::red) | fmt::emphasis::bold;
            case Status::Adequate: break;
        }
        return fg(fmt::terminal_color::green);
    }

private:
    bool color_;
};

double shown(double value, int decimals) {
    return rounded_for_people(value, decimals);
}

int cells(double value, double full, int count) {
    if (!(full > 0)) return value > 0 ? count : 0;
    const double n = std::round(value / full * count);
    if (!(n > 0)) return 0;
    return n >= count ? count : static_cast<int>(n);
}

// [##########|#####...............|] : 0 to RDA, RDA to UL, '>' beyond the UL. Without
// a UL, the second part runs to 4x the RDA.
std::string bar(const Day& day, const Reference& ref, const Painter& paint) {
    const double top = std::isnan(ref.ul_ug) ? 4 * ref.rda_ug : ref.ul_ug;
    const int low = cells(day.selenium_ug, ref.rda_ug, kLowCells);
    const int high = cells(day.selenium_ug - ref.rda_ug, top - ref.rda_ug, kHighCells);
    const auto style = paint.of(day.status);
    std::string out = "[";
    out += paint(std::string(low, '#'), style) + std::string(kLowCells - low, '.');
    out += "|";
    out += paint(std::string(high, '#'), style) + std::string(kHighCells - high, '.');
    out += "|";
    out += day.status == Status::AboveUl ? paint(">", style) : "]";
    return out;
}

// " could be above-ul" after a day's bar, where its range reaches another status.
std::string could_be(const Day& day, const Reference& ref, const Painter& paint) {
    const std::string could = could_be_text(day, ref);
    return could.empty() ? "" : fmt::format(" {}", paint(could, fmt::fg(fmt::terminal_color::cyan)));
}

std::string bar_header(const Reference& ref) {
    std::string header(kLowCells + kHighCells + 3, ' ');
    header[0] = '0';
    const std::string kind = ref.kind.size() <= 3 ? ref.kind : ref.kind.substr(0, 3);
    header.replace(kLowCells + 2 - kind.size(), kind.size(), kind);
    if (std::isnan(ref.ul_ug))
        header += "(no UL)";
    else
        header.replace(kLowCells + kHighCells + 2 - 1, 2, "UL");
    return header;
}

// What the period's mean says about usual intake.
std::string period_text(const Summary& s, const Reference& ref) {
    switch (s.status) {
        case PeriodStatus::BelowEar:
            return fmt::format("below the EAR of {}: usual intake likely inadequate", ug_or_none(ref.ear_ug));
        case PeriodStatus::BelowRda:
            return std::isnan(ref.ear_ug) ? fmt::format("below the {} of {}", ref.kind, ug_or_none(ref.rda_ug))
                                          : fmt::format("between the EAR ({}) and the {} ({}): possibly inadequate",
                                                        ug_or_none(ref.ear_ug), ref.kind, ug_or_none(ref.rda_ug));
        case PeriodStatus::AboveUl: return fmt::format("above the UL of {}: selenosis risk", ug_or_none(ref.ul_ug));
        case PeriodStatus::Adequate: break;
    }
    return std::isnan(ref.ul_ug) ? fmt::format("adequate (at least the {} of {})", ref.kind, ug_or_none(ref.rda_ug))
                                 : fmt::format("adequate (between the {} and the UL)", ref.kind);
}

// How sure an entry's figure is: "15 samples, SE 231.798 µg/100 g, 95 % interval 141.4525-241.9568 µg"
std::string spread_text(const Entry& e) {
    std::string out;
    if (e.samples > 0) out = fmt::format("{:g} {}", e.samples, e.samples == 1 ? "sample" : "samples");
    if (!std::isnan(e.std_error))
        out += fmt::format("{}SE {} µg/100 g", out.empty() ? "" : ", ", shown(e.std_error, 4));
    if (e.range_kind == RangeKind::None) return out.empty() ? "no spread data" : out + ", no range";
    return fmt::format("{}{}{} {}-{} µg", out, out.empty() ? "" : ", ", range_kind_name(e.range_kind),
                       shown(e.low_ug, 4), shown(e.high_ug, 4));
}

// "line 2: 'brazil nuts' is usda:12078 (Nuts, brazilnuts, dried, unblanched), by alias 'brazil nuts':
// 2 × kernel (5 g) = 10 g, 191.7 µg; 15 samples, ..."
std::string explain_entry(const Entry& e) {
    if (e.given)
        return std::isnan(e.selenium_ug)
                   ? fmt::format("line {}: {}{}: {}", e.line, quoted(e.food), e.unit.empty() ? "" : " " + e.unit, e.how)
                   : fmt::format("line {}: {}{}: {} µg, as the export gives it", e.line, quoted(e.food),
                                 e.unit.empty() ? "" : " " + e.unit, shown(e.selenium_ug, 4));
    if (e.id.empty())
        return fmt::format("line {}: {} {:g} {} is selenium itself: {} µg", e.line, quoted(e.food), e.amount, e.unit,
                           shown(e.selenium_ug, 4));
    const std::string amount =
        e.measure.empty() ? fmt::format("{:g} {}", e.amount, e.unit) : fmt::format("{:g} × {}", e.amount, e.measure);
    const bool usda = std::all_of(e.id.begin(), e.id.end(), [](char c) { return c >= '0' && c <= '9'; });
    return fmt::format(
        "line {}: {} is {}{} ({}), by {}: {} = {} g, {} µg{}; {}", e.line, quoted(e.food), usda ? "usda:" : "", e.id,
        e.description, e.how, amount, shown(e.grams, 4), shown(e.selenium_ug, 4),
        std::isnan(e.export_ug) ? "" : fmt::format(" (the export: {} µg)", shown(e.export_ug, 4)), spread_text(e));
}

// "    to reach the RDA: +3 large eggs (46.1 µg), or ..." under a day's warning.
std::string suggestions_block(const Day& day, const Reference& ref, std::size_t span) {
    const std::vector<Suggestion> suggestions = suggest(day, ref, span);
    const std::string text =
        suggestions.empty() ? no_suggestion_reason(day, ref, span) : suggestions_line(day, suggestions, ref);
    return text.empty() ? "" : fmt::format("    {}\n", text);
}

void render_report(std::string& out, const FileResult& file, const Report& report, const Painter& paint,
                   std::size_t average_days) {
    const auto bold = fmt::text_style(fmt::emphasis::bold);
    const Reference& ref = report.ref;
    const std::string who = report.person.empty() ? "" : ": " + report.person;
    out += paint(file.name + who, bold) +
           fmt::format(": {}, {}\n", plural(report.days.size(), "day", "days"), reference_text(ref));
    if (!ref.note.empty())
        out += fmt::format("  {} {}\n", paint("note:", fmt::fg(fmt::terminal_color::cyan)), ref.note);
    if (!file.read_as.empty()) out += fmt::format("  read as: {}\n", file.read_as);
    struct Row {
        std::string ug, range, percent, average, exported;
    };
    // --recompute: the export's own total next to seck's.
    const bool exported =
        std::any_of(report.days.begin(), report.days.end(), [](const Day& day) { return !std::isnan(day.export_ug); });
    const std::string export_title = "in the export";
    std::vector<Row> rows;
    const std::string average_title = fmt::format("{}-day mean", average_days);
    std::size_t width = 4, ug_width = 5, percent_width = 2 + ref.kind.size(), average_width = average_title.size();
    std::size_t range_width = 0;  // the days' ranges, "(141-242)", after their µg
    for (const Day& day : report.days) {
        const std::string range = range_text(day);
        rows.push_back({day_ug_text(day, ref), range.empty() ? "" : fmt::format("({})", range),
                        fmt::format("{:.0f}%", percent_for_people(day, ref)),
                        std::isnan(day.average_ug) ? "-" : fmt::format("{:.1f} µg", shown(day.average_ug, 1)),
                        std::isnan(day.export_ug) ? "-" : fmt::format("{:.1f} µg", shown(day.export_ug, 1))});
        width = std::max(width, day.label.size());
        ug_width = std::max(ug_width, rows.back().ug.size());
        range_width = std::max(range_width, rows.back().range.size());
        percent_width = std::max(percent_width, rows.back().percent.size());
    }
    const bool averages = average_days > 0;
    const std::size_t span = suggestion_span(report, average_days);
    const std::string range_gap = range_width ? std::string(range_width + 1, ' ') : "";
    out += fmt::format(
        "  {:<{}}  {:>{}}{}  {}{:>{}}  {}{:<9}  {}\n", "date", width, "selenium", ug_width + 3, range_gap,
        exported ? fmt::format("{:>{}}  ", export_title, export_title.size()) : "", "% " + ref.kind, percent_width,
        averages ? fmt::format("{:>{}}  ", average_title, average_width) : "", "status", bar_header(ref));
    std::size_t i = 0;  // the day's row
    for (const Day& day : report.days) {
        out +=
            fmt::format("  {:<{}}  {:>{}} µg{}  {}{:>{}}  {}{}  {}{}\n", day.label, width, rows[i].ug, ug_width,
                        range_width ? fmt::format(" {:<{}}", rows[i].range, range_width) : "",
                        exported ? fmt::format("{:>{}}  ", rows[i].exported, export_title.size()) : "", rows[i].percent,
                        percent_width, averages ? fmt::format("{:>{}}  ", rows[i].average, average_width) : "",
                        paint(fmt::format("{:<9}", status_name(day.status)), paint.of(day.status)),
                        bar(day, ref, paint) + (day.incomplete() ? " incomplete" : ""), could_be(day, ref, paint));
        ++i;
    }
    bool warned = false;
    i = 0;
    for (const Day& day : report.days) {
        const std::size_t row = i++;
        if (day.status == Status::Adequate) continue;
        if (!warned) out += "\n";
        warned = true;
        const auto style = paint.of(day.status);
        if (day.status == Status::BelowRda && day.incomplete())
            out += fmt::format("  {} {}: {} µg is below the {} of {:g} µg{}: not a failure\n", paint("warning:", style),
                               day.label, rows[row].ug, ref.kind, ref.rda_ug, incomplete_text(day));
        else if (day.status == Status::BelowRda)
            out += fmt::format("  {} {}: {} µg is below the {} of {:g} µg: deficiency risk\n", paint("warning:", style),
                               day.label, rows[row].ug, ref.kind, ref.rda_ug);
        else
            out += fmt::format(
                "  {} {}: {} µg is above the UL of {:g} µg{}: selenosis risk (hair loss, nausea, "
                "muscle soreness)\n",
                paint("warning:", style), day.label, rows[row].ug, ref.ul_ug, incomplete_text(day));
        if (const std::string could = could_be_text(day, ref); !could.empty())
            out += fmt::format("    within its range ({} µg) it {}\n", range_text(day), could);
        for (const Source& source : day.sources) out += fmt::format("    from {}\n", source_text(source, day));
        out += suggestions_block(day, ref, span);
    }
    i = 0;
    for (const Day& day : report.days) {
        const std::size_t row = i++;
        if (!averages || !average_above_ul(day, ref)) continue;
        if (!warned) out += "\n";
        warned = true;
        out += fmt::format("  {} {}: the {}-day mean, {}, is above the UL of {:g} µg: chronic excess\n",
                           paint("warning:", paint.of(Status::AboveUl)), day.label,
                           average_span(report.days.size(), average_days), rows[row].average, ref.ul_ug);
        if (day.status != Status::AboveUl) out += suggestions_block(day, ref, span);  // (else under its own warning)
    }
    const Summary& s = report.summary;
    std::string days = s.below_rda + s.above_ul == 0
                           ? fmt::format("every day at or above the {}{}", ref.kind,
                                         std::isnan(ref.ul_ug) ? "" : " and at or below the UL")
                           : fmt::format("{} below the {}, {} above the UL", plural(s.below_rda, "day", "days"),
                                         ref.kind, plural(s.above_ul, "day", "days"));
    out += fmt::format("\n  {}, mean {:.1f} µg/day, {}; {}\n", plural(s.days, "day", "days"), shown(s.mean_ug, 1),
                       period_text(s, ref), days);
    for (const Day& day : report.days) {
        if (!day.incomplete()) continue;
        out += fmt::format("  {} {}: at least {} µg ({})\n", paint("incomplete:", fmt::fg(fmt::terminal_color::cyan)),
                           day.label, ug_for_people(day.selenium_ug), incomplete_reason(day));
    }
}

// The same days against every authority: a status column each.
void render_compare(std::string& out, const Report& report, const std::vector<Comparison>& compare,
                    const Painter& paint) {
    std::size_t width = 6;
    for (const Day& day : report.days) width = std::max(width, day.label.size());
    std::size_t kColumn = 9;  // wide enough for "below-rda" and each target
    for (const Comparison& c : compare)
        if (c.error.empty()) kColumn = std::max(kColumn, fmt::format("{} {:g}", c.ref.kind, c.ref.rda_ug).size());
    std::vector<std::string> yours;  // the user's own values, which the comparison leaves out
    for (const std::string& name : report.ref.overridden) yours.push_back("--" + name);
    out += yours.empty() ? "\n  Compared with every authority:\n"
                         : fmt::format("\n  Compared with every authority (their own values; {} not applied):\n",
                                       fmt::join(yours, ", "));
    std::string line = fmt::format("  {:<{}}  {:>9}", "date", width, "selenium");
    for (const Comparison& c : compare) line += fmt::format("  {:<{}}", c.standard, kColumn);
    auto trimmed = [](std::string text) {
        while (!text.empty() && text.back() == ' ') text.pop_back();
        return text + "\n";
    };
    out += trimmed(line);
    auto row = [&](std::string_view label, double ug, auto&& status_of) {
        std::string text = fmt::format("  {:<{}}  {:>6.1f} µg", label, width, shown(ug, 1));
        for (const Comparison& c : compare) {
            if (!c.error.empty()) {
                text += fmt::format("  {:<{}}", "-", kColumn);
                continue;
            }
            const auto [name, style] = status_of(c.ref);
            text += "  " + paint(fmt::format("{:<{}}", name, kColumn), style);
        }
        out += trimmed(text);
    };
    for (const Day& day : report.days) {
        row(day.label, day.selenium_ug, [&](const Reference& ref) {
            const Status status = classify(day.selenium_ug, ref);
            return std::pair{std::string(status_name(status)), paint.of(status)};
        });
    }
    row("mean", report.summary.mean_ug, [&](const Reference& ref) {
        const PeriodStatus status = classify_period(report.summary.mean_ug, ref);
        const Status day_like = status == PeriodStatus::AboveUl    ? Status::AboveUl
                                : status == PeriodStatus::Adequate ? Status::Adequate
                                                                   : Status::BelowRda;
        return std::pair{std::string(period_status_name(status)), paint.of(day_like)};
    });
    for (auto [what, pick] : {std::pair{"target", 0}, {"UL", 1}}) {
        std::string text = fmt::format("  {:<{}}  {:>9}", what, width, "");
        for (const Comparison& c : compare) {
            const double value = c.error.empty() ? (pick == 0 ? c.ref.rda_ug : c.ref.ul_ug) : NAN;
            const std::string cell = !c.error.empty()    ? "-"
                                     : std::isnan(value) ? "none"
                                     : pick == 0         ? fmt::format("{} {:g}", c.ref.kind, value)
                                                         : fmt::format("{:g}", value);
            text += fmt::format("  {:<{}}", cell, kColumn);
        }
        out += trimmed(text);
    }
    for (const Comparison& c : compare) {
        if (c.error.empty())
            out += fmt::format("  {}: {}, {}\n", c.standard, c.ref.life_stage, c.ref.source);
        else
            out += fmt::format("  {}: {}\n", c.standard, c.error);
    }
}

void render_file(std::string& out, const FileResult& file, const Painter& paint, const RenderOptions& options) {
    const bool explain = options.explain;
    for (std::size_t i = 0; i < file.reports.size(); ++i) {
        if (i) out += "\n";
        render_report(out, file, file.reports[i], paint, options.average_days);
    }
    for (const Report& report : file.reports)
        if (!options.compare.empty()) render_compare(out, report, options.compare, paint);
    if (!file.notes.empty()) out += "\n";
    for (const Diagnostic& note : file.notes)
        out += fmt::format("  {} {}{}\n", paint("note:", fmt::fg(fmt::terminal_color::cyan)),
                           note.line ? fmt::format("line {}: ", note.line) : "", note.message);
    if (!explain) return;
    out += "\n  How each line was read:\n";
    std::vector<std::pair<std::size_t, std::string>> entries;  // (a long diary's days are read back one by one)
    for (const Report& report : file.reports)
        for (const Day& day : report.days)
            for (const Entry& e : day.explained) entries.emplace_back(e.line, explain_entry(e));
    std::stable_sort(entries.begin(), entries.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [line, text] : entries) out += "  " + text + "\n";
}

}  // namespace

bool use_color(ColorMode mode, bool stdout_is_tty, const char* no_color, const char* term) {
    if (mode != ColorMode::Auto) return mode == ColorMode::Always;
    if (no_color && *no_color) return false;
    if (term && std::string_view(term) == "dumb") return false;
    return stdout_is_tty;
}

std::string render_table(const std::vector<FileResult>& files, const RenderOptions& options) {
    const Painter paint(options.color);
    std::string out;
    for (const FileResult& file : files) {
        if (!file.ok()) continue;
        if (!out.empty()) out += "\n";
        render_file(out, file, paint, options);
    }
    return out;
}

}  // namespace seck
