// The HTML page: its chart marks, table, escaping, and that it fetches nothing.
#include <fmt/chrono.h>
#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <regex>
#include <string>
#include <vector>

#include "run.h"
#include "seck/report/report.h"

using seck_test::cli;
using seck_test::contains;
using seck_test::Run;
using seck_test::slurp;

namespace {

std::vector<seck::FileResult> checked(std::string_view text, std::string_view name, std::size_t average_days = 0,
                                      std::size_t memory_days = seck::Days::kMemoryDays) {
    static const seck::FoodTable table;
    seck::Resolver resolver(table);
    seck::CheckOptions check_options;
    check_options.average_days = average_days;
    check_options.memory_days = memory_days;
    std::vector<seck::FileResult> out;
    out.push_back(seck::check_text(text, name, resolver, {}, check_options));
    return out;
}

std::string page(std::string_view text, std::string_view name = "diary.csv", std::size_t average_days = 0,
                 std::size_t memory_days = seck::Days::kMemoryDays) {
    return seck::render("html", checked(text, name, average_days, memory_days), {});
}

std::size_t count(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
    return n;
}

// The status class of each day's mark in the chart, in order.
std::vector<std::string> marks(const std::string& html) {
    static const std::regex mark(R"re(<rect class="day ([a-z-]+)")re");
    std::vector<std::string> out;
    for (auto it = std::sregex_iterator(html.begin(), html.end(), mark); it != std::sregex_iterator(); ++it)
        out.push_back((*it)[1]);
    return out;
}

const std::string& week() {
    static const std::string text = slurp(SECK_SOURCE_DIR "/examples/week.csv");
    return text;
}

}  // namespace

TEST_CASE("html: the example week is a self-contained page with a mark per day", "[html]") {
    const std::string html = page(week(), "week.csv");
    CHECK(html.rfind("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n", 0) == 0);
    CHECK(contains(html, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"));
    CHECK(contains(html,
                   "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
                   "'unsafe-inline'; img-src data:\">\n"));
    CHECK(count(html, "<svg class=\"chart\" viewBox=\"0 0 640 280\" width=\"100%\"") == 1);
    // seck -f json examples/week.csv: 16, 17 adequate, 18 below, 19 above (631.3), 20, 21 adequate, 22 below.
    CHECK(marks(html) == std::vector<std::string>{"adequate", "adequate", "below-rda", "above-ul", "adequate",
                                                  "adequate", "below-rda"});
    CHECK(contains(html, "<title>2026-11-19: 631.3 µg (range 526-730), above-ul</title></rect>"));
    CHECK(contains(html,
                   "<tr class=\"above-ul\"><td class=\"date\">2026-11-19</td><td class=\"num\">631.3 µg</td>"
                   "<td class=\"num\">526-730 µg</td><td class=\"num\">1148 %</td>"
                   "<td class=\"status above-ul\">above-ul</td>"));
    CHECK(count(html, "<path class=\"range\"") == 7);  // every day of the week has a range
    CHECK(count(html, "<td class=\"status below-rda\">below-rda</td>") == 2);
    // The scale runs to 105 % of 631.28 µg = 662.8 µg: ticks every 200 µg, up to 600.
    CHECK(contains(html, "dominant-baseline=\"middle\">600</text>"));
    CHECK_FALSE(contains(html, "dominant-baseline=\"middle\">800</text>"));
    CHECK(contains(html, "dominant-baseline=\"middle\">RDA 55 µg</text>"));
    CHECK(contains(html, "dominant-baseline=\"middle\">UL 400 µg</text>"));
    CHECK(count(html, "<rect class=\"band\"") == 1);
    // Every day on the x axis, as MM-DD.
    CHECK(contains(html, "text-anchor=\"middle\">11-16</text>"));
    CHECK(contains(html, "text-anchor=\"middle\">11-22</text>"));
    // The summary, the reference and the food table's source.
    CHECK(contains(html, "<li>7 days, mean 165.7 µg/day: <strong>adequate</strong> for the period</li>"));
    CHECK(contains(html, "<li>2 days below the RDA of 55 µg</li>\n<li>1 day above the UL of 400 µg</li>"));
    CHECK(contains(html,
                   "<li>iom 19+ y: RDA 55 µg, EAR 45 µg, UL 400 µg; IOM 2000, DRI for Vitamin C, Vitamin E, "
                   "Selenium, and Carotenoids; NIH ODS selenium fact sheet, Tables 1 and 4</li>"));
    CHECK(contains(html, "<p>Food table: US Department of Agriculture, Agricultural Research Service"));
    CHECK(contains(html, "<p>Made by seck 0.1.0.</p>"));
    // No JavaScript, and nothing to fetch: no src, href, url() or @import at all.
    CHECK_FALSE(contains(html, "<script"));
    static const std::regex fetch(R"((src|href)\s*=|url\(|@import)", std::regex::icase);
    CHECK_FALSE(std::regex_search(html, fetch));
    // No rolling mean without --average.
    CHECK_FALSE(contains(html, "class=\"average"));
    CHECK_FALSE(contains(html, "-day mean"));
}

TEST_CASE("html: two Brazil nuts and an egg are 207.1 µg, worked by hand", "[html]") {
    // 2 kernels x 5 g x 19.17 µg/g = 191.7 µg, a large egg 50 g x 0.307 = 15.35 µg: 207.05 µg,
    // 376 % of 55 µg. Its range, at USDA's 95 % intervals (nuts 1414.525-2419.568 µg/100 g,
    // egg 25.211-36.155): 141.45 + 12.61 = 154.06 to 241.96 + 18.08 = 260.03 µg.
    const std::string html = page("date,food,amount,unit\n2026-11-24,brazil nuts,2,nuts\n2026-11-24,egg,1,\n");
    CHECK(contains(html,
                   "<td class=\"num\">207.1 µg</td><td class=\"num\">154-261 µg</td><td class=\"num\">376 %</td>"
                   "<td class=\"status adequate\">adequate</td><td class=\"sources\">2 nuts brazil nuts: 191.7 µg, "
                   "93 %<br>1 egg: 15.4 µg, 7 %</td><td class=\"suggestions\"></td><td class=\"note\"></td></tr>"));
    CHECK(marks(html) == std::vector<std::string>{"adequate"});
    CHECK(contains(html, "<title>2026-11-24: 207.1 µg (range 154-261), adequate</title>"));
    // The whisker runs from 154.06 to 260.03 µg on the chart's scale (to 440 µg, 110 % of the
    // UL, over 232 units from y = 250): y = 250 - 232 x µg / 440.
    CHECK(contains(html, fmt::format("<path class=\"range\" d=\"M{:.2f},{:.2f}V{:.2f}", 48 + 508.0 / 2,
                                     250 - 232 * 154.058 / 440, 250 - 232 * 260.0343 / 440)));
    // Four Brazil nuts, 383.4 µg, adequate, but within its range (282.9-483.9) above the UL.
    CHECK(contains(page("date,food,amount,unit\n2026-11-24,brazil nuts,4,kernel\n"),
                   "<td class=\"note\">within its range it could be above-ul</td>"));
    // The default egg portion is a note of the file.
    CHECK(contains(html, "<h3>Notes</h3>"));
}

TEST_CASE("html: every user text is escaped, and no script comes through", "[html]") {
    // Selenium itself (mcg) may be named anything: the name shows as a source.
    const std::string html = page(
        "date,person,food,amount,unit\n"
        "2026-11-01,\"Ann & 'Bo' <b>\",<script>alert(1)</script>,100,mcg\n"
        "2026-11-02,\"Ann & 'Bo' <b>\",<script>alert(1)</script>,600,mcg\n",
        "<x>\".csv");
    CHECK(contains(html, "100 mcg &lt;script&gt;alert(1)&lt;/script&gt;: 100.0 µg, 100 %"));
    // 600 µg, 200 too much: what to change names the entry too.
    CHECK(contains(html, "<td class=\"suggestions\">to come under the UL:<br>halve 600 mcg "
                         "&lt;script&gt;alert(1)&lt;/script&gt; (300.0 µg less)</td>"));
    CHECK(contains(html, "<h2>&lt;x&gt;&quot;.csv: Ann &amp; &#39;Bo&#39; &lt;b&gt;</h2>"));
    CHECK(contains(html, "<title>seck: &lt;x&gt;&quot;.csv</title>"));
    CHECK_FALSE(contains(html, "<script"));
    CHECK_FALSE(contains(html, "<b>"));

    // An unknown food of that name: the file's errors, escaped, and its day, incomplete, with the
    // line as written in its note.
    const std::string broken = page("date,food,amount,unit\n2026-11-01,<script>alert(1)</script>,1,g\n", "b.csv");
    CHECK(contains(broken,
                   "<p>Not counted: 1 line (a day with one is incomplete, the line in its note).</p>\n"
                   "<ul class=\"errors\">\n<li>b.csv:2: unknown food &#39;&lt;script&gt;alert(1)&lt;/script&gt;&#39;"));
    CHECK(contains(broken, "<td class=\"status below-rda\">incomplete</td>"));
    CHECK(contains(broken, "<br><span class=\"unresolved\">line 2: <code>2026-11-01,&lt;script&gt;alert(1)&lt;/script&gt;"
                           ",1,g</code>: unknown food &#39;&lt;script&gt;"));
    CHECK_FALSE(contains(broken, "<script"));
    // A file that cannot be read: its errors, and no report.
    const std::string unread = page("date,food\n", "u.csv");
    CHECK(contains(unread, "<p>Not checked: 1 error.</p>"));
    CHECK_FALSE(contains(unread, "<svg"));
    CHECK_FALSE(contains(unread, "Reference values used"));
}

TEST_CASE("html: the rolling mean is a line only with --average", "[html]") {
    const std::string html = page(week(), "week.csv", 3);
    CHECK(count(html, "<polyline class=\"average\" points=\"") == 1);
    CHECK(contains(html, "<th class=\"num\">3-day mean</th>"));
    CHECK(count(html, "<td class=\"num\">-</td>") == 2);  // the first two days have no mean yet
    CHECK(contains(html, "<li><span class=\"swatch average\"></span>3-day mean</li>"));
    const std::string plain = page(week(), "week.csv", 0);
    CHECK_FALSE(contains(plain, "<polyline"));
    // A diary shorter than N days gets one mean, on its last day: a point, not a line.
    const std::string short_one = page("date,food,amount,unit\n2026-11-24,brazil nuts,2,nuts\n", "s.csv", 7);
    CHECK_FALSE(contains(short_one, "<polyline"));
    CHECK(count(short_one, "<circle class=\"average-point\"") == 1);
}

TEST_CASE("html: a long diary's chart shows its last 366 days, the table every day", "[html]") {
    std::string text = "date,food,amount,unit\n";
    for (int i = 0; i < 1000; ++i)  // days 2020-01-01 on; every 10th day 50 Brazil nuts (4792.5 µg)
        text += fmt::format("{:%Y-%m-%d},brazil nuts,{},nuts\n",
                            fmt::gmtime(std::time_t{1577836800} + std::time_t{86400} * i), i % 10 == 0 ? 50 : 1);
    const std::string html = page(text, "long.csv", 0, 64);  // days spilled to a temporary file
    CHECK(marks(html).size() == 366);
    CHECK(contains(html, "The chart shows the last 366 of 1000 days; the table has every day."));
    CHECK(count(html, "<tr class=\"") == 1000);
    // 4792.5 µg is above 3 x the UL (1200 µg): drawn to the top, with a triangle, 36 of them (640, 650, ... 990) in the
    // last 366 days.
    CHECK(count(html, "<polygon class=\"clipped\"") == 36);
    CHECK(contains(html, "Days above 1200 µg are drawn to the top of the chart"));
    // Thinned labels: at most 9 on the x axis.
    static const std::regex label(R"(text-anchor="middle">\d\d-\d\d</text>)");
    CHECK(std::distance(std::sregex_iterator(html.begin(), html.end(), label), std::sregex_iterator()) == 9);
}

TEST_CASE("cli: -f html writes the page and exits as the other formats", "[html]") {
    const Run week_run = cli("-f html '" SECK_SOURCE_DIR "/examples/week.csv'");
    CHECK(week_run.code == 1);  // days outside the range
    CHECK(week_run.err == "");
    CHECK(week_run.out.rfind("<!doctype html>\n", 0) == 0);
    CHECK(marks(week_run.out).size() == 7);
    CHECK(week_run.out.ends_with("</body>\n</html>\n"));

    const Run broken = cli("-f html broken.csv");
    CHECK(broken.code == 2);
    CHECK(broken.out.rfind("<!doctype html>\n", 0) == 0);
    CHECK(contains(broken.out, "<li>broken.csv:3: unknown food &#39;brazil nutz&#39;; did you mean"));
    CHECK(contains(broken.err, "seck: broken.csv:3: unknown food 'brazil nutz'"));
}
