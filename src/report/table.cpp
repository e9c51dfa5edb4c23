// The table for people: a row and a bar per day, warnings, a summary.
#include <fmt/color.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>

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
std::string could_be(const Day& day, const std::vector<Status>& statuses, const Painter& paint) {
    const std::string could = could_be_text(day, statuses);
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
std::string suggestions_block(const Day& day, const Reference& ref, const Assessment& a) {
    const std::string text = a.suggestions.empty() ? a.no_suggestion : suggestions_line(day, a.suggestions, ref);
    return text.empty() ? "" : fmt::format("    {}\n", text);
}

// One report's rows, kept until its last day, for the columns' widths; and what is said
// under them (warnings, the means above the UL, incomplete days).
class ReportTable {
public:
    ReportTable(const FileResult& file, const Report& report, const Painter& paint)
        : file_(file), report_(report), paint_(paint), average_title_(fmt::format("{}-day mean", file.average_days)),
          percent_width_(2 + report.ref.kind.size()) {}

    void add(const Day& day, const Assessment& a) {
        const Reference& ref = report_.ref;
        const std::string range = range_text(day);
        Row row{day.label,
                day_ug_text(day, ref),
                range.empty() ? "" : fmt::format("({})", range),
                fmt::format("{:.0f}%", percent_for_people(day, ref)),
                std::isnan(day.average_ug) ? "-" : fmt::format("{:.1f} µg", rounded_for_people(day.average_ug, 1)),
                std::isnan(day.export_ug) ? "-" : fmt::format("{:.1f} µg", rounded_for_people(day.export_ug, 1)),
                std::string(a.status_text),
                a.status,
                bar(day, ref, paint_) + (day.incomplete() && a.status != Status::BelowRda ? " incomplete" : "") + could_be(day, a.statuses, paint_)};
        label_width_ = std::max(label_width_, row.label.size());
        ug_width_ = std::max(ug_width_, row.ug.size());
        range_width_ = std::max(range_width_, row.range.size());
        percent_width_ = std::max(percent_width_, row.percent.size());
        status_width_ = std::max(status_width_, row.status.size());
        if (a.status != Status::Adequate) warnings_ += warning(day, a, row);
        if (file_.average_days > 0 && average_above_ul(day, ref)) {
            averages_ += fmt::format("  {} {}: the {}-day mean, {}, is above the UL of {:g} µg: chronic excess\n",
                                     paint_("warning:", paint_.of(Status::AboveUl)), day.label,
                                     average_span(report_.summary.days, file_.average_days), row.average, ref.ul_ug);
            if (a.status != Status::AboveUl) averages_ += suggestions_block(day, ref, a);  // (else under its own warning)
        }
        if (day.incomplete())
            incomplete_ += fmt::format("  {} {}: at least {} µg ({})\n",
                                       paint_("incomplete:", fmt::fg(fmt::terminal_color::cyan)), day.label,
                                       ug_for_people(day.selenium_ug), incomplete_reason(day));
        for (const Unresolved& u : day.unresolved)  // the line as written, then what to do about it
            incomplete_ += fmt::format("    {}:{}: {}\n      {}\n", u.file ? *u.file : file_.name, u.line, u.text,
                                       u.message);
        if (day.unresolved_count > day.unresolved.size())
            incomplete_ += fmt::format("    and {} more not counted\n",
                                       plural(day.unresolved_count - day.unresolved.size(), "line", "lines"));
        rows_.push_back(std::move(row));
    }

    void write(Output& out) const {
        const auto bold = fmt::text_style(fmt::emphasis::bold);
        const Reference& ref = report_.ref;
        const std::string who = report_.person.empty() ? "" : ": " + report_.person;
        out.print("{}: {}, {}\n", paint_(file_.name + who, bold), plural(report_.summary.days, "day", "days"),
                  reference_text(ref));
        if (!ref.note.empty()) out.print("  {} {}\n", paint_("note:", fmt::fg(fmt::terminal_color::cyan)), ref.note);
        if (!file_.read_as.empty()) out.print("  read as: {}\n", file_.read_as);
        const bool exported = file_.recomputed;  // --recompute: the export's own total next to seck's
        const bool averages = file_.average_days > 0;
        const std::string range_gap = range_width_ ? std::string(range_width_ + 1, ' ') : "";
        out.print("  {:<{}}  {:>{}}{}  {}{:>{}}  {}{:<{}}  {}\n", "date", label_width_, "selenium", ug_width_ + 3,
                  range_gap, exported ? fmt::format("{:>{}}  ", kExportTitle, kExportTitle.size()) : "",
                  "% " + ref.kind, percent_width_,
                  averages ? fmt::format("{:>{}}  ", average_title_, average_title_.size()) : "", "status",
                  status_width_, bar_header(ref));
        for (const Row& row : rows_)
            out.print("  {:<{}}  {:>{}} µg{}  {}{:>{}}  {}{}  {}\n", row.label, label_width_, row.ug, ug_width_,
                      range_width_ ? fmt::format(" {:<{}}", row.range, range_width_) : "",
                      exported ? fmt::format("{:>{}}  ", row.exported, kExportTitle.size()) : "", row.percent,
                      percent_width_, averages ? fmt::format("{:>{}}  ", row.average, average_title_.size()) : "",
                      paint_(fmt::format("{:<{}}", row.status, status_width_), paint_.of(row.status_of)), row.bar);
        if (!warnings_.empty() || !averages_.empty()) out.print("\n{}{}", warnings_, averages_);
        const Summary& s = report_.summary;
        std::string days = s.below_rda + s.above_ul == 0
                               ? fmt::format("every day at or above the {}{}", ref.kind,
                                             std::isnan(ref.ul_ug) ? "" : " and at or below the UL")
                               : fmt::format("{} below the {}, {} above the UL", plural(s.below_rda, "day", "days"),
                                             ref.kind, plural(s.above_ul, "day", "days"));
        if (s.incomplete > 0) days += fmt::format(", {} incomplete", plural(s.incomplete, "day", "days"));
        out.print("\n  {}, mean {}{:.1f} µg/day, {}; {}\n", plural(s.days, "day", "days"),
                  s.incomplete > 0 ? "at least " : "", shown(s.mean_ug, 1), period_text(s, ref), days);
        out.write(incomplete_);
    }

private:
    struct Row {
        std::string label, ug, range, percent, average, exported, status;
        Status status_of;
        std::string bar;
    };
    static constexpr std::string_view kExportTitle = "in the export";

    // "  warning: 2026-11-18: 21.6 µg is below the RDA of 55 µg: deficiency risk", then what
    // else the reader should know: the range, the day's largest sources, what to change.
    std::string warning(const Day& day, const Assessment& a, const Row& row) const {
        const Reference& ref = report_.ref;
        const auto style = paint_.of(a.status);
        std::string out;
        if (a.status == Status::BelowRda && day.incomplete())
            out = fmt::format("  {} {}: {} µg is below the {} of {:g} µg{}: not a failure\n", paint_("warning:", style),
                              day.label, row.ug, ref.kind, ref.rda_ug, incomplete_text(day));
        else if (a.status == Status::BelowRda)
            out = fmt::format("  {} {}: {} µg is below the {} of {:g} µg: deficiency risk\n", paint_("warning:", style),
                              day.label, row.ug, ref.kind, ref.rda_ug);
        else
            out = fmt::format(
                "  {} {}: {} µg is above the UL of {:g} µg{}: selenosis risk (hair loss, nausea, "
                "muscle soreness)\n",
                paint_("warning:", style), day.label, row.ug, ref.ul_ug, incomplete_text(day));
        if (const std::string could = could_be_text(day, a.statuses); !could.empty())
            out += fmt::format("    within its range ({} µg) it {}\n", range_text(day), could);
        for (const Source& source : day.sources) out += fmt::format("    from {}\n", source_text(source, day));
        return out + suggestions_block(day, ref, a);
    }

    const FileResult& file_;
    const Report& report_;
    const Painter& paint_;
    const std::string average_title_;
    std::vector<Row> rows_;
    std::size_t label_width_ = 4, ug_width_ = 5, percent_width_, range_width_ = 0, status_width_ = 9;
    std::string warnings_, averages_, incomplete_;
};

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

class TableRenderer final : public Renderer {
public:
    TableRenderer(Output& out, const RenderOptions& options) : out_(out), options_(options), paint_(options.color) {}

    void begin_file(const FileResult& file) override {
        if (!file.checked()) return;  // (its errors are on stderr)
        if (wrote_) out_.put('\n');
        wrote_ = true;
        first_report_ = true;
        explained_.clear();
    }

    void begin_report(const FileResult& file, const Report& report) override {
        if (!first_report_) out_.put('\n');
        first_report_ = false;
        table_.emplace(file, report, paint_);
    }

    void day(const DayView& v) override {
        table_->add(v.day, v.assessment);
        if (v.file.explain)  // (a long diary's days are read back one by one: keep each entry's text)
            for (const Entry& e : v.day.explained) explained_.emplace_back(e.line, explain_entry(e));
    }

    void end_report(const FileResult&, const Report&) override {
        table_->write(out_);
        table_.reset();
    }

    void end_file(const FileResult& file) override {
        if (!file.checked()) return;
        for (const Report& report : file.reports) {
            if (options_.compare.empty()) continue;
            std::string text;  // (its days are read back again)
            render_compare(text, report, options_.compare, paint_);
            out_.write(text);
        }
        if (file.dayless_count > 0) {  // lines not counted that are under no day
            std::string lines = fmt::format("{}", fmt::join(file.dayless_lines, ", "));
            if (file.dayless_count > file.dayless_lines.size())
                lines += fmt::format(" and {} more", file.dayless_count - file.dayless_lines.size());
            out_.print("\n  {} line{} {} (errors on stderr): {} on no known day, so any day's total may be low\n",
                       paint_("not counted:", fmt::fg(fmt::terminal_color::cyan)), file.dayless_count == 1 ? "" : "s",
                       lines, file.dayless_count == 1 ? "it is" : "they are");
        }
        if (!file.notes.empty()) out_.put('\n');
        for (const Diagnostic& note : file.notes)
            out_.print("  {} {}{}\n", paint_("note:", fmt::fg(fmt::terminal_color::cyan)),
                       note.line ? fmt::format("line {}: ", note.line) : "", note.message);
        if (!file.explain) return;
        out_.write("\n  How each line was read:\n");
        std::stable_sort(explained_.begin(), explained_.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& [line, text] : explained_) out_.print("  {}\n", text);
    }

private:
    Output& out_;
    const RenderOptions& options_;
    const Painter paint_;
    bool wrote_ = false, first_report_ = true;
    std::optional<ReportTable> table_;
    std::vector<std::pair<std::size_t, std::string>> explained_;
};

}  // namespace

bool use_color(ColorMode mode, bool stdout_is_tty, const char* no_color, const char* term) {
    if (mode != ColorMode::Auto) return mode == ColorMode::Always;
    if (no_color && *no_color) return false;
    if (term && std::string_view(term) == "dumb") return false;
    return stdout_is_tty;
}

std::unique_ptr<Renderer> make_table_renderer(Output& out, const RenderOptions& options) {
    return std::make_unique<TableRenderer>(out, options);
}

}  // namespace seck
