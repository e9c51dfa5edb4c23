// Renderers: exact text of the table and the JSON, and when colour is used.
#include "seck/report/report.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

namespace {

std::vector<seck::FileResult> results(std::initializer_list<std::pair<std::string_view, std::string_view>> files) {
    static const seck::FoodTable table;
    seck::Resolver resolver(table);
    std::vector<seck::FileResult> out;
    for (auto [name, text] : files) out.push_back(seck::check_text(text, name, resolver));
    return out;
}

seck::RenderOptions options(bool color) {
    seck::RenderOptions o;
    o.color = color;
    return o;
}

constexpr std::string_view kWeek =
    "day,food,amount,unit\n"
    "Mon,brazil nuts,2,kernel\n"
    "Mon,usda:01123,1,large\n"
    "Tue,usda:05064,3,oz\n"
    "Wed,brazil nuts,5,kernel\n";

}  // namespace

TEST_CASE("the table shows each day, a bar, warnings and a summary") {
    const auto files = results({{"week.csv", kWeek}});
    CHECK(seck::render("table", files, options(false)) ==
          "week.csv: 3 days, iom 19+ y: RDA 55 µg, EAR 45 µg, UL 400 µg\n"
          "  date  selenium            % RDA  status     0        RDA                   UL\n"
          // Ranges from USDA's 95 % intervals: the nuts 1414.525-2419.568 µg/100 g, the egg
          // 25.211-36.155: Mon 10 g of nuts and 50 g of egg, 141.45 + 12.61 = 154.06 to
          // 241.96 + 18.08 = 260.03; Wed 25 g of nuts, 353.63 to 604.89. The chicken (05064)
          // has no interval or sample range: Tue counts at its figure, and has no range.
          "  Mon   207.1 µg (154-261)   376%  adequate   [##########|#########...........|]\n"
          "  Tue    23.5 µg              43%  below-rda  [####......|....................|]\n"
          "  Wed   479.3 µg (353-605)   871%  above-ul   [##########|####################|> could be adequate\n"
          "\n"
          "  warning: Tue: 23.5 µg is below the RDA of 55 µg: deficiency risk\n"
          // 3 oz = 85.05 g at 27.6 µg/100 g; an id is shown by its description.
          "    from 3 oz Chicken, broilers or fryers, breast, meat only, cooked, roasted: 23.5 µg, 100 %\n"
          // 31.5 µg short: the smallest additions from data/suggestions.csv that reach 55 µg.
          // A cup of spaghetti (20121, 124 g at 26.4 µg/100 g) = 32.74 µg: 56.2 µg; 4 oz of roast
          // turkey breast (05220, 4 x 28.33 g at 30.2) = 34.23: 57.7; 3 oz of salmon (15237, at
          // 41.4) = 35.19: 58.7. (3 oz, 25.7 µg, of the turkey would not be enough.)
          "    to reach the RDA: +1 cup of spaghetti (32.7 µg), or +4 oz of roast turkey breast (34.2 µg), or "
          "+3 oz of salmon (35.2 µg)\n"
          "  warning: Wed: 479.3 µg is above the UL of 400 µg: selenosis risk (hair loss, nausea, muscle "
          "soreness)\n"
          "    within its range (353-605 µg) it could be adequate\n"
          "    from 5 kernel brazil nuts: 479.3 µg, 100 %\n"
          // 79.25 µg too much: half the nuts, 239.625 µg, leaves 239.6 µg.
          "    to come under the UL: halve 5 kernel brazil nuts (239.6 µg less)\n"
          "\n"
          "  3 days, mean 236.6 µg/day, adequate (between the RDA and the UL); 1 day below the RDA, 1 day above "
          "the UL\n");
}

TEST_CASE("each day names its largest sources, with their share, in every format") {
    // Mon: 2 Brazil nut kernels 2 x 5.0 g x 19.17 µg/g = 191.7 µg and a large egg 50 g x
    // 0.307 = 15.35 µg: 207.05 µg, the nuts 191.7 / 207.05 = 92.59 %, the egg 7.41 %.
    const auto files = results({{"week.csv",
                                 "date,food,amount,unit\n"
                                 "Mon,usda:01123,1,large\n"
                                 "Mon,brazil nuts,2,kernel\n"
                                 "Mon,coffee,1,cup\n"  // 0 µg: never a source
                                 "Tue,brazil nuts,5,kernel\n"}});
    const auto json = nlohmann::json::parse(seck::render("json", files, options(false)));
    const auto& mon = json.at("days").at(0).at("sources");
    REQUIRE(mon.size() == 2);
    CHECK(mon[0].at("line") == 3);
    CHECK(mon[0].at("food") == "brazil nuts");
    CHECK(mon[0].at("amount") == "2");
    CHECK(mon[0].at("unit") == "kernel");
    CHECK(mon[0].at("id") == "12078");
    CHECK(mon[0].at("description") == "Nuts, brazilnuts, dried, unblanched");
    CHECK(mon[0].at("selenium_ug").get<double>() == Approx(191.7));
    CHECK(mon[0].at("share").get<double>() == Approx(191.7 / 207.05));
    CHECK(mon[1].at("food") == "usda:01123");
    CHECK(mon[1].at("share").get<double>() == Approx(15.35 / 207.05));
    // Tue: 5 kernels, 479.25 µg, above the UL: the whole day.
    CHECK(json.at("days").at(1).at("sources").at(0).at("share") == 1.0);

    const std::string nd = seck::render("ndjson", files, options(false));
    CHECK(nlohmann::json::parse(nd.substr(0, nd.find('\n'))).at("sources") == mon);
    const std::string csv = seck::render("csv", files, options(false));
    CHECK(csv.substr(0, csv.find('\n')) ==
          "file,date,selenium_ug,percent_rda,status,top_source,top_source_ug,top_source_share,low_ug,high_ug,"
          "status_range,share_without_range,suggestions,incomplete,unresolved");
    CHECK(csv.find("\nweek.csv,Mon,207.04999999999998,376.45454545454544,adequate,brazil nuts,191.7,0.925863318039121,"
                   "154.058,260.15517,adequate,0,,false,\n") != std::string::npos);
    CHECK(seck::render("table", files, options(false))
              .find("  warning: Tue: 479.3 µg is above the UL of 400 µg: selenosis risk (hair loss, nausea, muscle "
                    "soreness)\n"
                    "    within its range (353-605 µg) it could be adequate\n"
                    "    from 5 kernel brazil nuts: 479.3 µg, 100 %\n") != std::string::npos);
    // The CI formats name the top source in the finding's message.
    CHECK(
        seck::render("github", files, options(false))
            .find("::error file=week.csv,line=5,title=seck above-ul::Tue: 479.3 µg (range 353-605 µg) is above the UL "
                  "of 400 µg (iom 19+ y); within its range it could be adequate; top source: 5 kernel brazil nuts: "
                  "479.3 µg, 100 %25; to come under the UL: halve 5 kernel brazil nuts (239.6 µg less)\n") !=
            std::string::npos);
    const std::string sarif = seck::render("sarif", files, options(false));
    CHECK(sarif.find("top source: 5 kernel brazil nuts: 479.3 µg, 100 %") != std::string::npos);
    const std::string junit = seck::render("junit", files, options(false));
    CHECK(junit.find("top source: 5 kernel brazil nuts: 479.3 µg, 100 %") != std::string::npos);
}

TEST_CASE("the table never rounds a day across a limit, and survives huge totals") {
    const auto files = results({{"edge.csv",
                                 "d1,pill,54.99,mcg\n"
                                 "d2,pill,400.01,mcg\n"
                                 "d3,pill,55,mcg\n"
                                 "d4,pill,1000000,mcg\n"}});  // 1 g in one entry, the most there can be
    const std::string table = seck::render("table", files, options(false));
    CHECK(table.find("  d1        54.99 µg       99%  below-rda  [##########|......") != std::string::npos);
    CHECK(table.find("  d2       400.01 µg      727%  above-ul   [##########|######") != std::string::npos);
    CHECK(table.find("  d3         55.0 µg      100%  adequate   [##########|......") != std::string::npos);
    CHECK(table.find("  d4    1000000.0 µg  1818182%  above-ul   [##########|######") != std::string::npos);
    CHECK(table.find("warning: d1: 54.99 µg is below the RDA of 55 µg") != std::string::npos);
}

TEST_CASE("the table colours statuses only when asked") {
    const auto files = results({{"week.csv", "d,usda:12078,1,kernel\n"}});
    const std::string plain = seck::render("table", files, options(false));
    const std::string colored = seck::render("table", files, options(true));
    CHECK(plain.find('\x1b') == std::string::npos);
    CHECK(colored.find("\x1b[32madequate ") != std::string::npos);
    CHECK(plain.find("every day at or above the RDA and at or below the UL") != std::string::npos);
}

TEST_CASE("a line that cannot be counted leaves its day incomplete, and a file that cannot be read is left out") {
    using namespace std::string_view_literals;
    const auto files = results({{"bad.csv", "d,nothing known,1,g\nd,usda:12078,1,kernel\n"},
                                {"nul.csv", "d,usda:12078,1,kernel\nd,egg\0,1,g\n"sv},
                                {"good.csv", "d,usda:12078,1,kernel\n"}});
    CHECK(files[1].stopped);
    const std::string table = seck::render("table", files, options(false));
    CHECK(table.find("nul.csv") == std::string::npos);
    // One Brazil nut kernel, 95.85 µg, is at least the day's total: adequate, and incomplete.
    CHECK(table.rfind("bad.csv: 1 day, iom 19+ y: RDA 55 µg, EAR 45 µg, UL 400 µg\n"
                      "  date  selenium           % RDA  status     0        RDA                   UL\n"
                      // (5 g of nut at USDA's 1414.525-2419.568 µg/100 g: 70.7-121.0 µg)
                      "  d      95.9 µg (70-121)   174%  adequate   [##########|##..................|] incomplete\n",
                      0) == 0);
    CHECK(table.find("  incomplete: d: at least 95.9 µg (line 1 not counted)\n"
                     "    bad.csv:1: d,nothing known,1,g\n"
                     "      unknown food 'nothing known'") != std::string::npos);
    CHECK(table.find("\ngood.csv: 1 day, iom 19+ y") != std::string::npos);
}

TEST_CASE("the JSON document for one file") {
    const auto files = results({{"week.csv", kWeek}});
    const auto doc = nlohmann::json::parse(seck::render("json", files, {}));
    CHECK(doc["file"] == "week.csv");
    CHECK(doc["reference"]["standard"] == "iom");
    CHECK(doc["reference"]["rda_ug"] == 55);
    CHECK(doc["reference"]["ear_ug"] == 45);
    CHECK(doc["reference"]["ul_ug"] == 400);
    CHECK(doc["days"][1]["below_ear"] == true);
    CHECK(doc["days"][0]["below_ear"] == false);
    CHECK(doc["summary"]["status"] == "adequate");
    CHECK(doc["summary"]["below_ear"] == 1);
    REQUIRE(doc["days"].size() == 3);
    CHECK(doc["days"][0]["date"] == "Mon");
    CHECK(doc["days"][0]["selenium_ug"].get<double>() == Approx(207.05));
    CHECK(doc["days"][0]["status"] == "adequate");
    CHECK(doc["days"][0]["entry_count"] == 2);
    CHECK(doc["days"][0]["line"] == 2);
    CHECK(doc["days"][1]["selenium_ug"].get<double>() == Approx(23.4734051475));
    CHECK(doc["days"][1]["status"] == "below-rda");
    CHECK(doc["days"][2]["selenium_ug"].get<double>() == Approx(479.25));
    CHECK(doc["days"][2]["status"] == "above-ul");
    CHECK(doc["summary"]["days"] == 3);
    CHECK(doc["summary"]["mean_ug"].get<double>() == Approx((207.05 + 23.4734051475 + 479.25) / 3));
    CHECK(doc["summary"]["below_rda"] == 1);
    CHECK(doc["summary"]["above_ul"] == 1);
}

TEST_CASE("the JSON document for several files, one with errors") {
    const auto files = results({{"a.csv", "d,usda:12078,1,kernel\n"}, {"b.csv", "d,usda:12078,1,slab\n"}});
    const auto doc = nlohmann::ordered_json::parse(seck::render("json", files, {}));
    REQUIRE(doc["files"].size() == 2);
    CHECK(doc["files"][0]["file"] == "a.csv");
    CHECK(doc["files"][0]["days"][0]["selenium_ug"] == 95.85);
    const std::string message =
        "unknown unit 'slab' for usda:12078 (Nuts, brazilnuts, dried, unblanched); use g, kg, mg, oz, lb or one of: "
        "\"cup, whole\" (133 g), \"kernel\" (5 g), \"oz (6 kernels)\" (28.35 g)";
    const auto& b = doc["files"][1];
    CHECK(b["lines"].dump() == R"({"read":1,"header":0,"entries":0,"skipped":0,"errors":1})");
    CHECK(b["error_count"] == 1);
    CHECK(b["errors"] == nlohmann::ordered_json::array({{{"line", 1}, {"message", message}}}));
    // Its day, with nothing counted: at least 0 µg, incomplete (never a plain deficiency).
    REQUIRE(b["days"].size() == 1);
    CHECK(b["days"][0]["selenium_ug"] == 0.0);
    CHECK(b["days"][0]["status"] == "incomplete");
    CHECK(b["days"][0]["incomplete"] == true);
    CHECK(b["days"][0]["unresolved"] ==
          nlohmann::ordered_json::array({{{"line", 1}, {"text", "d,usda:12078,1,slab"}, {"message", message}}}));
    CHECK(b["summary"]["incomplete"] == 1);
    // A file that could not be read at all has only its errors.
    const auto stopped = nlohmann::json::parse(seck::render("json", results({{"c.csv", "date,food\n"}}), {}));
    CHECK(stopped.contains("errors"));
    CHECK_FALSE(stopped.contains("days"));
}

TEST_CASE("colour: the flag wins, then NO_COLOR, then TERM=dumb, then the terminal") {
    using seck::ColorMode;
    CHECK(seck::use_color(ColorMode::Always, false, "1", "dumb"));
    CHECK_FALSE(seck::use_color(ColorMode::Never, true, nullptr, "xterm"));
    CHECK_FALSE(seck::use_color(ColorMode::Auto, true, "1", "xterm"));
    CHECK(seck::use_color(ColorMode::Auto, true, "", "xterm"));  // an empty NO_COLOR does not count
    CHECK_FALSE(seck::use_color(ColorMode::Auto, true, nullptr, "dumb"));
    CHECK(seck::use_color(ColorMode::Auto, true, nullptr, nullptr));
    CHECK_FALSE(seck::use_color(ColorMode::Auto, false, nullptr, "xterm"));
}

TEST_CASE("each day has a range from its entries' USDA spread, and the statuses it could have, in every format") {
    // Mon: 2 Brazil nut kernels, 10 g at USDA's 95 % interval of 1414.525 to 2419.568 µg/100 g:
    // 141.4525 to 241.9568 µg around 191.7; a cup of chickpeas (16057, 164 g at 3.7) has no
    // spread data and counts at its 6.068 µg: 147.5205 to 248.0248, 6.068 / 197.768 = 3.07 %
    // of the day without a range.
    // Tue: 4 kernels, 20 g: 282.905 to 483.9136 around 383.4, adequate but could be above the UL.
    const auto files = results({{"week.csv",
                                 "date,food,amount,unit\n"
                                 "Mon,brazil nuts,2,kernel\n"
                                 "Mon,chickpeas,1,cup\n"
                                 "Tue,brazil nuts,4,kernel\n"}});
    const auto json = nlohmann::json::parse(seck::render("json", files, options(false)));
    const auto& mon = json.at("days").at(0);
    CHECK(mon.at("selenium_ug").get<double>() == Approx(197.768));
    CHECK(mon.at("range_ug").at("low").get<double>() == Approx(147.5205));
    CHECK(mon.at("range_ug").at("high").get<double>() == Approx(248.0248));
    CHECK(mon.at("status_range") == nlohmann::json{"adequate"});
    CHECK(mon.at("share_without_range").get<double>() == Approx(6.068 / 197.768));
    const auto& tue = json.at("days").at(1);
    CHECK(tue.at("range_ug").at("low").get<double>() == Approx(282.905));
    CHECK(tue.at("range_ug").at("high").get<double>() == Approx(483.9136));
    CHECK(tue.at("status_range") == nlohmann::json{"adequate", "above-ul"});
    CHECK(tue.at("share_without_range") == 0.0);

    const std::string nd = seck::render("ndjson", files, options(false));
    const auto tue_line = nlohmann::json::parse(nd.substr(nd.find('\n') + 1));
    CHECK(tue_line.at("range_ug") == tue.at("range_ug"));
    CHECK(tue_line.at("status_range") == tue.at("status_range"));
    CHECK(seck::render("table", files, options(false))
              .find("  Mon   197.8 µg (147-249)   360%  adequate   [##########|########............|]\n"
                    "  Tue   383.4 µg (282-484)   697%  adequate   [##########|###################.|] could be "
                    "above-ul\n") != std::string::npos);

    // A day outside the range: the range and its other status in the CI formats' messages.
    const auto above = results({{"plan.csv", "date,food,amount,unit\nMon,brazil nuts,5,kernel\n"}});
    const std::string message = "Mon: 479.3 µg (range 353-605 µg) is above the UL of 400 µg (iom 19+ y); within its "
                                "range it could be adequate; top source: 5 kernel brazil nuts: 479.3 µg, 100 %; to "
                                "come under the UL: halve 5 kernel brazil nuts (239.6 µg less)";
    CHECK(seck::render("junit", above, options(false)).find(message) != std::string::npos);
    CHECK(seck::render("sarif", above, options(false)).find(message) != std::string::npos);
}
