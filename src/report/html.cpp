// One self-contained HTML page for people: per file (and person) a chart of the days, a
// table of them, a summary and the notes. Inline CSS only, no script, and a
// Content-Security-Policy that lets the page fetch nothing.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "seck/report/report.h"
#include "seck/version.h"

namespace seck {

namespace {

// The chart draws at most this many days (the last ones): a year. The table has them all.
constexpr std::size_t kChartDays = 366;
// A day above this many times the top line (the UL, or 4x the RDA without one) is drawn to
// the top of the chart with a marker and its value, so that one absurd day does not flatten
// every other day against the axis.
constexpr double kClipAbove = 3;

// The chart's coordinates (its viewBox); it scales to the page's width.
constexpr double kWidth = 640, kHeight = 280;
constexpr double kLeft = 48, kRight = 84, kTop = 18, kBottom = 30;
constexpr double kPlotWidth = kWidth - kLeft - kRight, kPlotHeight = kHeight - kTop - kBottom;

constexpr std::string_view kStyle = R"(
:root{--below:#0072b2;--adequate:#009e73;--above:#d55e00;--ink:#1a1a1a;--muted:#5a5a5a;--line:#d0d0d0}
*{box-sizing:border-box}
body{margin:0 auto;max-width:62rem;padding:1rem;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:#fff}
h1{font-size:1.4rem;margin:.2rem 0 1rem}
h2{font-size:1.2rem;margin:2rem 0 .3rem}
h1,h2,p,li{overflow-wrap:anywhere}
.ref,.muted,footer{color:var(--muted)}
svg.chart{display:block;width:100%;height:auto;margin:.5rem 0}
svg.chart text{font-size:13px;fill:var(--ink)}
svg.chart .axis{stroke:#888;stroke-width:1}
svg.chart .grid{stroke:#e4e4e4;stroke-width:1}
svg.chart .band{fill:#e3f4ec}
svg.chart .limit{stroke:#444;stroke-width:1.5;stroke-dasharray:6 3}
svg.chart .limit.ul{stroke-dasharray:2 2}
svg.chart .day.below-rda,.swatch.below-rda{fill:var(--below);background:var(--below)}
svg.chart .day.adequate,.swatch.adequate{fill:var(--adequate);background:var(--adequate)}
svg.chart .day.above-ul,.swatch.above-ul{fill:var(--above);background:var(--above)}
svg.chart .clipped{fill:var(--above)}
svg.chart .average{fill:none;stroke:var(--ink);stroke-width:2}
svg.chart .range{fill:none;stroke:var(--ink);stroke-width:1.2}
svg.chart .average-point{fill:var(--ink)}
.legend{list-style:none;padding:0;margin:.2rem 0 1rem;display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;font-size:.9rem}
.swatch{display:inline-block;width:.9em;height:.9em;margin-right:.35em;vertical-align:-.1em;border-radius:2px}
.swatch.average{height:0;border-top:2px solid var(--ink);vertical-align:.25em;border-radius:0}
.swatch.range{width:.6em;border:1.2px solid var(--ink);border-left:0;border-right:0;background:linear-gradient(var(--ink),var(--ink)) center/1.2px 100% no-repeat;border-radius:0}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;font-size:.92rem}
th,td{padding:.3rem .6rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
td.num,th.num{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.date{white-space:nowrap}
td.status{white-space:nowrap;font-weight:600}
td.status.below-rda{color:var(--below)}
td.status.above-ul{color:var(--above)}
td.sources,td.suggestions{min-width:16rem}
.errors li{color:var(--above)}
footer{margin-top:2.5rem;border-top:1px solid var(--line);padding-top:.6rem;font-size:.85rem}
@media print{
  @page{margin:10mm}
  body{max-width:none;padding:0;font-size:8pt;line-height:1.25}
  h1{font-size:12pt;margin:0 0 .2rem}
  h2{font-size:10.5pt;margin:.4rem 0 .1rem}
  h3{font-size:9pt;margin:.3rem 0 .1rem}
  p,ul{margin:.2rem 0}
  svg.chart{break-inside:avoid;max-height:6cm;print-color-adjust:exact;-webkit-print-color-adjust:exact}
  .legend{margin:0 0 .3rem;font-size:7.5pt;print-color-adjust:exact;-webkit-print-color-adjust:exact}
  .table-wrap{overflow:visible}
  table{font-size:8pt}
  th,td{padding:.05rem .35rem}
  tr{break-inside:avoid}
  footer{margin-top:.5rem;padding-top:.2rem;font-size:7pt}
}
)";

// Text for HTML: &, <, >, " and ' as entities, in element content and attribute values alike.
std::string escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

// An x-axis label: an ISO date as MM-DD, other labels cut to 8 characters (not inside a
// UTF-8 sequence).
std::string axis_label(std::string_view label) {
    const bool iso = label.size() == 10 && label[4] == '-' && label[7] == '-';
    if (iso) return std::string(label.substr(5));
    std::size_t end = 0, chars = 0;
    while (end < label.size() && chars < 8) {
        ++end;
        while (end < label.size() && (static_cast<unsigned char>(label[end]) & 0xC0) == 0x80) ++end;
        ++chars;
    }
    return end < label.size() ? std::string(label.substr(0, end)) + "…" : std::string(label);
}

// A tick step of 1, 2 or 5 x 10^k giving at most 5 steps up to `top`.
double tick_step(double top) {
    const double rough = top / 5;
    const double power = std::pow(10.0, std::floor(std::log10(rough)));
    for (double m : {1.0, 2.0, 5.0, 10.0})
        if (m * power >= rough) return m * power;
    return 10 * power;
}

// The chart's vertical scale: µg to y.
struct Scale {
    double top_ug;  // the µg at the top of the plot
    double y(double ug) const { return kTop + kPlotHeight * (1 - std::min(ug, top_ug) / top_ug); }
};

// Where one day is drawn: its slot on the x axis.
struct Slot {
    double x;      // the left edge of the mark
    double width;  // the mark's width
    double center() const { return x + width / 2; }
};

// One day's mark: a bar from 0 to its total, coloured by status, with a tooltip, and a
// whisker over its range (README, "How sure is a figure?"). A day above the top of the
// scale is drawn to the top with a triangle above it.
void day_mark(std::string& out, const Day& day, const Slot& slot, const Scale& scale) {
    const std::string_view status = status_name(day.status);
    const double top = scale.y(day.selenium_ug), bottom = scale.y(0);
    const std::string range = range_text(day);
    out += fmt::format(
        R"(<rect class="day {}" x="{:.2f}" y="{:.2f}" width="{:.2f}" height="{:.2f}"><title>{}: {} µg{}, {}</title></rect>)",
        status, slot.x, top, slot.width, bottom - top, escape(day.label), ug_for_people(day.selenium_ug),
        range.empty() ? "" : fmt::format(" (range {})", range), status);
    if (!range.empty()) {
        const double c = slot.center(), low = scale.y(day.low_ug()), high = scale.y(day.high_ug());
        const double cap = std::min(slot.width / 3, 5.0);
        out += fmt::format(
            R"(<path class="range" d="M{0:.2f},{1:.2f}V{2:.2f}M{3:.2f},{1:.2f}H{4:.2f}M{3:.2f},{2:.2f}H{4:.2f}"/>)", c,
            low, high, c - cap, c + cap);
    }
    if (day.selenium_ug > scale.top_ug) {
        const double c = slot.center(), half = std::max(slot.width / 2, 4.0);
        out += fmt::format(R"(<polygon class="clipped" points="{:.2f},{:.2f} {:.2f},{:.2f} {:.2f},{:.2f}"/>)", c - half,
                           kTop - 2, c + half, kTop - 2, c, kTop - 2 - half * 1.4);
    }
    out += "\n";
}

// Which of a report's days the chart draws: the last kChartDays.
struct ChartWindow {
    std::size_t count;    // the report's days
    std::size_t shown;    // the days drawn
    std::size_t skipped;  // the days before them, not drawn
};

ChartWindow chart_window(const Report& report) {
    const std::size_t count = report.days.size(), shown = std::min(count, kChartDays);
    return {count, shown, count - shown};
}

// The chart's scale: to 110 % of the UL (or of 4x the RDA without one), or 105 % of the
// highest day, but no higher than kClipAbove x that line. `highest_bar` is the highest day
// drawn (the whiskers and means count for the scale, not for the notice of clipped days).
struct ChartScale {
    Scale scale;
    double highest_bar;
};

ChartScale chart_scale(const Report& report, const ChartWindow& window) {
    const Reference& ref = report.ref;
    const double line = std::isnan(ref.ul_ug) ? 4 * ref.rda_ug : ref.ul_ug;
    double highest = 0, highest_bar = 0;
    std::size_t i = 0;
    for (const Day& day : report.days) {
        if (i++ < window.skipped) continue;
        highest = std::max(highest, day.high_ug());
        highest_bar = std::max(highest_bar, day.selenium_ug);
        if (!std::isnan(day.average_ug)) highest = std::max(highest, day.average_ug);
    }
    double top = std::max(line * 1.1, highest * 1.05);
    if (line > 0) top = std::min(top, line * kClipAbove);
    if (!(top > 0) || !std::isfinite(top)) top = 1;
    return {Scale{top}, highest_bar};
}

// The <svg> element and its title.
void chart_open(std::string& out, const Report& report, const ChartWindow& window, std::size_t chart_id) {
    const std::string what = report.person.empty() ? "" : " for " + report.person;
    const std::string label =
        window.skipped
            ? fmt::format("Daily selenium{}, the last {} of {} days, in µg", what, window.shown, window.count)
            : fmt::format("Daily selenium{}, {}, in µg", what, plural(window.count, "day", "days"));
    out +=
        fmt::format(R"(<svg class="chart" viewBox="0 0 {:g} {:g}" width="100%" role="img" aria-labelledby="chart-{}">)"
                    "\n<title id=\"chart-{}\">{}</title>\n",
                    kWidth, kHeight, chart_id, chart_id, escape(label));
}

// The adequate range, the y axis's grid lines and ticks, and its unit.
void chart_grid(std::string& out, const Reference& ref, const Scale& scale) {
    const double top = scale.top_ug;
    const double band_top = std::isnan(ref.ul_ug) ? top : std::min(ref.ul_ug, top);
    out += fmt::format(R"(<rect class="band" x="{:g}" y="{:.2f}" width="{:g}" height="{:.2f}"/>)"
                       "\n",
                       kLeft, scale.y(band_top), kPlotWidth, scale.y(std::min(ref.rda_ug, top)) - scale.y(band_top));
    const double step = tick_step(top);
    for (double tick = 0; tick <= top + step * 1e-9; tick += step) {
        const double y = scale.y(tick);
        out += fmt::format(R"(<line class="grid" x1="{:g}" y1="{:.2f}" x2="{:g}" y2="{:.2f}"/>)", kLeft, y,
                           kLeft + kPlotWidth, y);
        out += fmt::format(R"(<text x="{:g}" y="{:.2f}" text-anchor="end" dominant-baseline="middle">{:g}</text>)"
                           "\n",
                           kLeft - 6, y, tick);
    }
    out += fmt::format(R"(<text x="{:g}" y="{:g}" text-anchor="middle">µg</text>)"
                       "\n",
                       kLeft - 24, kTop - 6);
}

// The --average means' points, as the days are drawn.
struct ChartMeans {
    std::string points;   // "x,y x,y ..."
    std::size_t count = 0;
    double last_x = 0, last_y = 0;  // the last mean's point
};

// The days' marks, and every few days a label on the x axis; returns the means' points.
ChartMeans chart_days(std::string& out, const Report& report, const ChartWindow& window, const Scale& scale) {
    const double slot = kPlotWidth / static_cast<double>(std::max<std::size_t>(window.shown, 1));
    const double width = std::max(slot * 0.7, std::min(slot, 1.0));
    const std::size_t max_labels = static_cast<std::size_t>(kPlotWidth / 56);
    const std::size_t every = (window.shown + max_labels - 1) / max_labels;
    std::string labels;
    ChartMeans means;
    std::size_t i = 0;
    for (const Day& day : report.days) {
        if (i++ < window.skipped) continue;
        const std::size_t k = i - 1 - window.skipped;
        const Slot s{kLeft + slot * static_cast<double>(k) + (slot - width) / 2, width};
        day_mark(out, day, s, scale);
        if (k % every == 0)
            labels += fmt::format(R"(<text x="{:.2f}" y="{:g}" text-anchor="middle">{}</text>)"
                                  "\n",
                                  s.center(), kTop + kPlotHeight + 18, escape(axis_label(day.label)));
        if (!std::isnan(day.average_ug)) {
            means.last_x = s.center();
            means.last_y = scale.y(day.average_ug);
            means.points += fmt::format("{}{:.2f},{:.2f}", means.points.empty() ? "" : " ", means.last_x, means.last_y);
            ++means.count;
        }
    }
    out += labels;
    return means;
}

// The --average line; a diary shorter than N days has one mean, drawn as a point on its last day.
void chart_means(std::string& out, const ChartMeans& means, std::size_t average_days) {
    if (average_days > 0 && means.count > 1)
        out += fmt::format(R"(<polyline class="average" points="{}"><title>{}-day mean</title></polyline>)"
                           "\n",
                           means.points, average_days);
    else if (average_days > 0 && means.count == 1)
        out += fmt::format(
            R"(<circle class="average-point" cx="{:.2f}" cy="{:.2f}" r="4"><title>{}-day mean</title></circle>)"
            "\n",
            means.last_x, means.last_y, average_days);
}

// The axes, then the RDA and UL lines, labelled at the right.
void chart_axes(std::string& out, const Reference& ref, const Scale& scale) {
    out += fmt::format(R"(<line class="axis" x1="{:g}" y1="{:g}" x2="{:g}" y2="{:g}"/>)", kLeft, kTop, kLeft,
                       kTop + kPlotHeight);
    out += fmt::format(R"(<line class="axis" x1="{:g}" y1="{:g}" x2="{:g}" y2="{:g}"/>)"
                       "\n",
                       kLeft, kTop + kPlotHeight, kLeft + kPlotWidth, kTop + kPlotHeight);
    auto limit = [&](std::string_view cls, std::string_view name, double value) {
        if (std::isnan(value) || value > scale.top_ug) return;
        const double y = scale.y(value);
        out += fmt::format(R"(<line class="limit {}" x1="{:g}" y1="{:.2f}" x2="{:g}" y2="{:.2f}"/>)", cls, kLeft, y,
                           kLeft + kPlotWidth, y);
        out += fmt::format(R"(<text x="{:g}" y="{:.2f}" dominant-baseline="middle">{} {:g} µg</text>)"
                           "\n",
                           kLeft + kPlotWidth + 6, y, escape(name), value);
    };
    limit("rda", ref.kind, ref.rda_ug);
    limit("ul", "UL", ref.ul_ug);
}

// The legend under the chart.
void chart_legend(std::string& out, const Reference& ref, bool has_means, std::size_t average_days) {
    out += "<ul class=\"legend\">";
    out += fmt::format(R"(<li><span class="swatch below-rda"></span>below-rda: below the {} of {}</li>)",
                       escape(ref.kind), ug_or_none(ref.rda_ug));
    out += std::isnan(ref.ul_ug)
               ? fmt::format(R"(<li><span class="swatch adequate"></span>adequate: at least the {} (no UL set)</li>)",
                             escape(ref.kind))
               : fmt::format(R"(<li><span class="swatch adequate"></span>adequate: from the {} to the UL (shaded)</li>)"
                             R"(<li><span class="swatch above-ul"></span>above-ul: above the UL of {}</li>)",
                             escape(ref.kind), ug_or_none(ref.ul_ug));
    if (average_days > 0 && has_means)
        out += fmt::format(R"(<li><span class="swatch average"></span>{}-day mean</li>)", average_days);
    out += R"(<li><span class="swatch range"></span>range: how far the day could be off, from the spread of )"
           R"(USDA's analysed samples</li>)";
    out += "</ul>\n";
}

// What the chart leaves out: the days before its window, and how high clipped days are.
void chart_notices(std::string& out, const ChartWindow& window, const ChartScale& scale) {
    if (window.skipped)
        out += fmt::format("<p class=\"muted\">The chart shows the last {} of {} days; the table has every day.</p>\n",
                           window.shown, window.count);
    if (scale.highest_bar > scale.scale.top_ug)
        out += fmt::format(
            "<p class=\"muted\">Days above {} are drawn to the top of the chart, marked with a triangle; the table has "
            "their values.</p>\n",
            ug_or_none(scale.scale.top_ug));
}

// The SVG chart of the report's last kChartDays days, its legend and notices.
void render_chart(std::string& out, const Report& report, std::size_t average_days, std::size_t chart_id) {
    const ChartWindow window = chart_window(report);
    const ChartScale scale = chart_scale(report, window);
    chart_open(out, report, window, chart_id);
    chart_grid(out, report.ref, scale.scale);
    const ChartMeans means = chart_days(out, report, window, scale.scale);
    chart_means(out, means, average_days);
    chart_axes(out, report.ref, scale.scale);
    out += "</svg>\n";
    chart_legend(out, report.ref, means.count > 0, average_days);
    chart_notices(out, window, scale);
}

// The table of the days: its head, then a row a day.
void days_head(Output& out, const Reference& ref, std::size_t average_days) {
    out.write(
        "<div class=\"table-wrap\"><table>\n<thead><tr><th>date</th><th class=\"num\">selenium</th>"
        "<th class=\"num\">range</th>");
    out.print("<th class=\"num\">% {}</th><th>status</th>", escape(ref.kind));
    if (average_days > 0) out.print("<th class=\"num\">{}-day mean</th>", average_days);
    out.write("<th>top sources</th><th>what to change</th><th>note</th></tr></thead>\n<tbody>\n");
}

void day_row(Output& out, const Day& day, const Reference& ref, const Assessment& a, std::size_t average_days) {
    const std::string_view status = status_name(a.status);
    const std::string range = range_text(day);
    out.print(
        "<tr class=\"{}\"><td class=\"date\">{}</td><td class=\"num\">{} µg</td><td class=\"num\">{}</td>"
        "<td class=\"num\">{}</td><td class=\"status {}\">{}</td>",
        status, escape(day.label), day_ug_text(day, ref), range.empty() ? "-" : range + " µg",
        fmt::format("{:.0f} %", percent_for_people(day, ref)), status, a.status_text);
    if (average_days > 0)
        out.write(std::isnan(day.average_ug) ? std::string("<td class=\"num\">-</td>")
                                             : fmt::format("<td class=\"num\">{} µg</td>", ug_for_people(day.average_ug)));
    out.write("<td class=\"sources\">");
    for (std::size_t k = 0; k < day.sources.size(); ++k)
        out.write((k ? "<br>" : "") + escape(source_text(day.sources[k], day)));
    std::string note = incomplete_text(day);  // ", at least: the day is incomplete (...)"
    if (!note.empty()) note = note.substr(2);
    if (const std::string could = could_be_text(day, a.statuses); !could.empty())
        note += (note.empty() ? "within its range it " : "; within its range it ") + could;
    out.write("</td><td class=\"suggestions\">");
    if (!a.suggestions.empty()) {
        // "to reach the RDA:" then one change a line ("and" for removals that go together)
        out.write(escape(suggestions_goal(day, a.suggestions, ref)) + ":");
        for (const Suggestion& s : a.suggestions)
            out.print("<br>{}{}", s.together && &s != &a.suggestions.front() ? "and " : "", escape(s.text));
        out.write(escape(suggestions_shortfall(day, a.suggestions, ref)));
    } else {
        out.write(escape(a.no_suggestion));
    }
    out.write("</td><td class=\"note\">" + escape(note));
    for (const Unresolved& u : day.unresolved)  // each line not counted: where, as written, what to do
        out.print("<br><span class=\"unresolved\">line {}: <code>{}</code>: {}</span>", u.line, escape(u.text),
                  escape(u.message));
    if (day.unresolved_count > day.unresolved.size())
        out.print("<br>and {} more", plural(day.unresolved_count - day.unresolved.size(), "line", "lines"));
    out.write("</td></tr>\n");
}

void render_summary(Output& out, const Report& report, std::size_t average_days) {
    const Reference& ref = report.ref;
    const Summary& s = report.summary;
    out.write("<ul class=\"summary\">\n");
    out.print("<li>{}, mean {} µg/day: <strong>{}</strong> for the period</li>\n", plural(s.days, "day", "days"),
              ug_for_people(s.mean_ug), period_status_name(s.status));
    out.print("<li>{} below the {} of {}</li>\n", plural(s.below_rda, "day", "days"), escape(ref.kind),
              ug_or_none(ref.rda_ug));
    if (!std::isnan(ref.ul_ug))
        out.print("<li>{} above the UL of {}</li>\n", plural(s.above_ul, "day", "days"), ug_or_none(ref.ul_ug));
    if (average_days > 0 && !std::isnan(ref.ul_ug))
        out.print("<li>{} with the {}-day mean above the UL</li>\n", plural(s.average_above_ul, "day", "days"),
                  average_span(s.days, average_days));
    out.write("</ul>\n");
}

class HtmlRenderer final : public Renderer {
public:
    explicit HtmlRenderer(Output& out) : out_(out) {}

    void begin_run(const std::vector<FileResult>& files) override {
        const std::string title = files.size() == 1 ? "seck: " + files.front().name
                                                    : fmt::format("seck: {}", plural(files.size(), "file", "files"));
        out_.write(
            "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            "img-src data:\">\n");
        out_.write("<title>" + escape(title) + "</title>\n<style>" + std::string(kStyle) + "</style>\n</head>\n<body>\n");
        out_.write("<h1>Selenium intake</h1>\n");
    }

    void begin_file(const FileResult& file) override {
        out_.write("<section class=\"file\">\n");
        if (file.ok()) return;
        if (file.checked())  // its days follow, each with its own lines not counted
            out_.print("<h2>{}</h2>\n<p>Not counted: {} (a day with one is incomplete, the line in its "
                       "note).</p>\n<ul class=\"errors\">\n",
                       escape(file.name), plural(file.error_count, "line", "lines"));
        else
            out_.print("<h2>{}</h2>\n<p>Not checked: {}.</p>\n<ul class=\"errors\">\n", escape(file.name),
                       plural(file.error_count, "error", "errors"));
        for (const Diagnostic& d : file.errors) out_.write("<li>" + escape(format_diagnostic(d)) + "</li>\n");
        out_.write("</ul>\n");
        if (file.error_count > file.errors.size())
            out_.print("<p>{} more not shown.</p>\n", file.error_count - file.errors.size());
    }

    void begin_report(const FileResult& file, const Report& report) override {
        const std::string who = report.person.empty() ? "" : ": " + report.person;
        out_.print("<h2>{}{}</h2>\n<p class=\"ref\">{}, {}</p>\n", escape(file.name), escape(who),
                   plural(report.summary.days, "day", "days"), escape(reference_text(report.ref)));
        if (!report.ref.note.empty()) out_.print("<p>Note: {}</p>\n", escape(report.ref.note));
        if (!file.read_as.empty()) out_.print("<p>Read as: {}</p>\n", escape(file.read_as));
        if (report.summary.days == 0) {
            out_.write("<p>No days.</p>\n");
            return;
        }
        std::string chart;  // (the chart reads the days once more, for its scale)
        render_chart(chart, report, file.average_days, chart_id_++);
        out_.write(chart);
        days_head(out_, report.ref, file.average_days);
    }

    void day(const DayView& v) override { day_row(out_, v.day, v.report.ref, v.assessment, v.file.average_days); }

    void end_report(const FileResult& file, const Report& report) override {
        if (report.summary.days > 0) out_.write("</tbody>\n</table></div>\n");
        render_summary(out_, report, file.average_days);
        // Each reference once, for the footer.
        std::string text = reference_text(report.ref) + "; " + report.ref.source;
        if (std::find(references_.begin(), references_.end(), text) == references_.end())
            references_.push_back(std::move(text));
    }

    void end_file(const FileResult& file) override {
        if (file.checked() && !file.notes.empty()) {
            out_.write("<h3>Notes</h3>\n<ul class=\"notes\">\n");
            for (const Diagnostic& note : file.notes)
                out_.write("<li>" + (note.line ? fmt::format("line {}: ", note.line) : "") + escape(note.message) +
                           "</li>\n");
            out_.write("</ul>\n");
        }
        out_.write("</section>\n");
    }

    void end_run(const std::vector<FileResult>&) override {
        out_.write("<footer>\n");
        for (const std::string& text : references_)
            out_.write((&text == &references_.front() ? "<p>Reference values used:</p>\n<ul>\n<li>" : "<li>") +
                       escape(text) + "</li>\n");
        if (!references_.empty()) out_.write("</ul>\n");
        out_.print("<p>Food table: {}</p>\n<p>Made by seck {}.</p>\n</footer>\n</body>\n</html>\n",
                   escape(embedded_source()), SECK_VERSION);
    }

private:
    Output& out_;
    std::size_t chart_id_ = 0;
    std::vector<std::string> references_;  // each reference used, once, in order
};

}  // namespace

std::unique_ptr<Renderer> make_html_renderer(Output& out, const RenderOptions&) {
    return std::make_unique<HtmlRenderer>(out);
}

}  // namespace seck
