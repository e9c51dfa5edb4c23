// The table for people: a row and a bar per day, warnings, a summary.
#include <algorithm>
#include <cmath>

#include <fmt/color.h>
#include <fmt/format.h>

#include "seck/report.h"

namespace seck {

namespace {

constexpr int kLowCells = 10;   // bar cells from 0 to the RDA
constexpr int kHighCells = 20;  // bar cells from the RDA to the UL

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

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

// Rounds for people: 207.04999999999998 (191.7 + 15.35 in binary) shows as 207.1,
// by rounding to 6 decimals first, then to `decimals`.
double shown(double value, int decimals) {
    const double micro = std::round(value * 1e6);
    const double scale = std::pow(10.0, 6 - decimals);
    return std::round(micro / scale) / std::pow(10.0, decimals);
}

int cells(double value, double full, int count) {
    if (full <= 0) return value > 0 ? count : 0;
    return std::clamp(static_cast<int>(std::lround(value / full * count)), 0, count);
}

// [##########|#####...............|] : 0 to RDA, RDA to UL, '>' beyond the UL.
std::string bar(const Day& day, const Reference& ref, const Painter& paint) {
    const int low = cells(day.selenium_ug, ref.rda_ug, kLowCells);
    const int high = cells(day.selenium_ug - ref.rda_ug, ref.ul_ug - ref.rda_ug, kHighCells);
    const auto style = paint.of(day.status);
    std::string out = "[";
    out += paint(std::string(low, '#'), style) + std::string(kLowCells - low, '.');
    out += "|";
    out += paint(std::string(high, '#'), style) + std::string(kHighCells - high, '.');
    out += "|";
    out += day.status == Status::AboveUl ? paint(">", style) : "]";
    return out;
}

std::string bar_header() {
    std::string header(kLowCells + kHighCells + 3, ' ');
    header[0] = '0';
    header.replace(kLowCells + 1 - 2, 3, "RDA");
    header.replace(kLowCells + kHighCells + 2 - 1, 2, "UL");
    return header;
}

void render_file(std::string& out, const FileResult& file, const Reference& ref, const Painter& paint) {
    const auto bold = fmt::text_style(fmt::emphasis::bold);
    out += paint(file.name, bold) + fmt::format(": {}\n", plural(file.days.size(), "day", "days"));
    std::size_t width = 4;
    for (const Day& day : file.days) width = std::max(width, day.label.size());
    out += fmt::format("  {:<{}}  {:>10}  {:>5}  {:<9}  {}\n", "date", width, "selenium", "% RDA", "status",
                       bar_header());
    for (const Day& day : file.days) {
        const std::string status(status_name(day.status));
        out += fmt::format("  {:<{}}  {:>7.1f} µg  {:>4.0f}%  {}  {}\n", day.label, width, shown(day.selenium_ug, 1),
                           shown(day.selenium_ug / ref.rda_ug * 100, 0),
                           paint(fmt::format("{:<9}", status), paint.of(day.status)), bar(day, ref, paint));
    }
    bool warned = false;
    for (const Day& day : file.days) {
        if (day.status == Status::Adequate) continue;
        if (!warned) out += "\n";
        warned = true;
        const auto style = paint.of(day.status);
        if (day.status == Status::BelowRda)
            out += fmt::format("  {} {}: {:.1f} µg is below the RDA of {:g} µg: deficiency risk\n",
                               paint("warning:", style), day.label, shown(day.selenium_ug, 1), ref.rda_ug);
        else
            out += fmt::format("  {} {}: {:.1f} µg is above the UL of {:g} µg: selenosis risk "
                               "(hair loss, nausea, muscle soreness)\n",
                               paint("warning:", style), day.label, shown(day.selenium_ug, 1), ref.ul_ug);
    }
    const Summary& s = file.summary;
    std::string verdict = s.below_rda + s.above_ul == 0
                              ? std::string("every day between the RDA and the UL")
                              : fmt::format("{} below the RDA, {} above the UL", plural(s.below_rda, "day", "days"),
                                            plural(s.above_ul, "day", "days"));
    out += fmt::format("\n  {}, mean {:.1f} µg/day (RDA {:g} µg, UL {:g} µg): {}\n",
                       plural(s.days, "day", "days"), shown(s.mean_ug, 1), ref.rda_ug, ref.ul_ug, verdict);
}

}  // namespace

bool use_color(ColorMode mode, bool stdout_is_tty, const char* no_color, const char* term) {
    if (mode != ColorMode::Auto) return mode == ColorMode::Always;
    if (no_color && *no_color) return false;
    if (term && std::string_view(term) == "dumb") return false;
    return stdout_is_tty;
}

std::string render_table(const std::vector<FileResult>& files, const Reference& ref, bool color) {
    const Painter paint(color);
    std::string out;
    for (const FileResult& file : files) {
        if (!file.ok()) continue;
        if (!out.empty()) out += "\n";
        render_file(out, file, ref, paint);
    }
    return out;
}

}  // namespace seck
