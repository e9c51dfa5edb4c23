// App exports (Cronometer, MyFitnessPal): recognised by their header, checked end to end.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "run.h"
#include "seck/formats.h"

using seck_test::cli;
using seck_test::contains;
using seck_test::Run;

TEST_CASE("import: a selenium column in any of its spellings") {
    CHECK(seck::is_selenium_column("Selenium (\xC2\xB5g)"));  // U+00B5 MICRO SIGN
    CHECK(seck::is_selenium_column("Selenium (\xCE\xBCg)"));  // U+03BC GREEK SMALL LETTER MU
    CHECK(seck::is_selenium_column("Selenium (ug)"));
    CHECK(seck::is_selenium_column(" selenium (mcg) "));
    CHECK_FALSE(seck::is_selenium_column("Selenium (mg)"));
    CHECK_FALSE(seck::is_selenium_column("Sodium (mg)"));
}

TEST_CASE("import: Cronometer's unpadded dates become ISO") {
    CHECK(seck::normalize_date("2016-9-26") == "2016-09-26");
    CHECK(seck::normalize_date("2016-10-1") == "2016-10-01");
    CHECK(seck::normalize_date("2024-03-04") == "2024-03-04");
    CHECK(seck::normalize_date("Mon") == "Mon");
    CHECK(seck::normalize_date("2016-9-") == "2016-9-");
    CHECK(seck::normalize_date("2016-123-1") == "2016-123-1");
}

TEST_CASE("import: blank and n/a cells are missing values") {
    CHECK(seck::is_missing_value(""));
    CHECK(seck::is_missing_value("n/a"));
    CHECK(seck::is_missing_value("N/A"));
    CHECK_FALSE(seck::is_missing_value("0.00"));
}

TEST_CASE("import: detection by column names and never by position") {
    seck::Layout layout;
    std::string refusal;
    CHECK(seck::detect_format({"Amount", "Selenium (ug)", "Food Name", "Day"}, &layout, &refusal));
    CHECK(layout.format == seck::Format::CronometerServings);
    CHECK(layout.day == 3);
    CHECK(layout.food == 2);
    CHECK(layout.amount == 0);
    CHECK(layout.selenium == 1);
    CHECK(refusal.empty());
    // seck's own diary is not an app export, even with a selenium-looking column
    CHECK_FALSE(seck::detect_format({"date", "food", "amount", "unit"}, &layout, &refusal));
    CHECK_FALSE(seck::detect_format({"Day", "Food", "Amount", "Unit", "Selenium (ug)"}, &layout, &refusal));
    // a Food & Recipe Entries export without its selenium column is not recognised
    CHECK_FALSE(seck::detect_format({"Day", "Food Name", "Amount", "Energy (kcal)"}, &layout, &refusal));
}

TEST_CASE("import: Cronometer servings export takes each row selenium as given") {
    // 2024-03-04: 30.80 + 0.00 + 95.85 = 126.65; 2024-03-05: 12.40 + (blank) + 1.18 = 13.58 at least;
    // 2024-03-06: 479.25 + (n/a) = 479.25 at least, above the UL (certain): exit 1.
    const Run r = cli("cronometer_servings.csv");
    CHECK(r.code == 1);
    CHECK(r.err == "");
    CHECK(contains(r.out, "cronometer_servings.csv: 3 days, iom 19+ y: RDA 55 µg, EAR 45 µg, UL 400 µg\n"
                          "  read as: Cronometer servings export (Food & Recipe Entries)\n"));
    CHECK(contains(r.out, "  2024-03-04  126.7 µg   230%  adequate   [##########|####................|]\n"));
    CHECK(contains(r.out, "  2024-03-05   13.6 µg    25%  below-rda  [##........|....................|] incomplete\n"));
    CHECK(contains(r.out, "  2024-03-06  479.3 µg   871%  above-ul   [##########|####################|> incomplete\n"));
    CHECK(contains(r.out, "  warning: 2024-03-05: 13.6 µg is below the RDA of 55 µg, at least: the day is incomplete "
                          "(no selenium value for Homemade Soup): not a failure\n"));
    CHECK(contains(r.out, "  warning: 2024-03-06: 479.3 µg is above the UL of 400 µg, at least: the day is incomplete "
                          "(no selenium value for Milk, Whole): selenosis risk"));
    CHECK(contains(r.out, "  3 days, mean 206.5 µg/day, adequate"));
    CHECK(contains(r.out, "  incomplete: 2024-03-05: at least 13.6 µg (no selenium value for Homemade Soup)\n"
                          "  incomplete: 2024-03-06: at least 479.3 µg (no selenium value for Milk, Whole)\n"));
}

TEST_CASE("import: an incomplete day below the RDA does not fail but one above the UL does") {
    CHECK(cli("--ul 500 cronometer_servings.csv").code == 0);
    CHECK(cli("-f github --ul 500 cronometer_servings.csv").out ==
          "::warning file=cronometer_servings.csv,line=5,title=seck below-rda::2024-03-05: 13.6 µg is below the RDA "
          "of 55 µg (iom 19+ y), at least: the day is incomplete (no selenium value for Homemade Soup)\n"
          "::notice title=seck::1 file, 3 days: 0 failing findings, 1 warning\n");
}

TEST_CASE("import: Cronometer servings in JSON with reader and incomplete and missing") {
    const Run r = cli("-f json --explain cronometer_servings.csv");
    CHECK(r.code == 1);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["reader"] == "cronometer-servings");
    REQUIRE(doc["days"].size() == 3);
    CHECK(doc["days"][0]["date"] == "2024-03-04");
    CHECK(doc["days"][0]["selenium_ug"].get<double>() == Approx(126.65));
    CHECK(doc["days"][0]["incomplete"] == false);
    CHECK(doc["days"][0]["missing"] == nlohmann::json::array());
    CHECK(doc["days"][0]["entry_count"] == 3);
    CHECK(doc["days"][1]["selenium_ug"].get<double>() == Approx(13.58));
    CHECK(doc["days"][1]["status"] == "below-rda");
    CHECK(doc["days"][1]["incomplete"] == true);
    CHECK(doc["days"][1]["missing"] == nlohmann::json::array({"Homemade Soup"}));
    CHECK(doc["days"][2]["missing"] == nlohmann::json::array({"Milk, Whole"}));
    CHECK(doc["summary"]["incomplete"] == 2);
    const auto& soup = doc["days"][1]["entries"][1];
    CHECK(soup["line"] == 6);
    CHECK(soup["food"] == "Homemade Soup");
    CHECK(soup["unit"] == "0.52 Serving (22 tsp, whole pieces)");
    CHECK(soup["selenium_ug"].is_null());
    CHECK(soup["matched_by"] == "no value in the export's selenium column");
}

TEST_CASE("import: --explain names the reader and how each row was taken") {
    const Run r = cli("--explain cronometer_servings.csv");
    CHECK(contains(r.out, "  read as: Cronometer servings export (Food & Recipe Entries)\n"));
    CHECK(contains(r.out, "  line 2: 'Eggs, Cooked' 2.00 large: 30.8 µg, as the export gives it\n"));
    CHECK(contains(r.out, "  line 6: 'Homemade Soup' 0.52 Serving (22 tsp, whole pieces): no selenium value in the "
                          "export (unknown, not zero)\n"));
}

TEST_CASE("import: Cronometer with a BOM and CRLF and U+03BC and renamed groups in another column order") {
    // 34.50 + 25.75 = 60.25
    const Run r = cli("cronometer_crlf.csv");
    CHECK(r.code == 0);
    CHECK(r.err == "");
    CHECK(contains(r.out, "  read as: Cronometer servings export (Food & Recipe Entries)\n"));
    CHECK(contains(r.out, "  2024-03-07   60.3 µg   110%  adequate "));
}

TEST_CASE("import: the 2016 Cronometer layout without Time or Group or Category and with unpadded dates") {
    // 2016-09-26: 27.60 + 11.90 + 30.80 = 70.30; 2016-10-01: (blank) + 6.10 = 6.10 at least
    const Run r = cli("cronometer_2016.csv");
    CHECK(r.code == 0);
    CHECK(r.err == "");
    CHECK(contains(r.out, "  2016-09-26   70.3 µg   128%  adequate "));
    CHECK(contains(r.out, "  2016-10-01    6.1 µg    11%  below-rda "));
    CHECK(contains(r.out, "  incomplete: 2016-10-01: at least 6.1 µg (no selenium value for Tea, Brewed)\n"));
}

TEST_CASE("import: a bad selenium cell is an error with its line") {
    const Run r = cli("-", "Day,Food Name,Amount,Selenium (ug)\n2024-01-01,Egg,1.00 large,abc\n2024-01-01,Egg,1.00 large,-2\n");
    CHECK(r.code == 2);
    CHECK(r.err == "seck: <stdin>:2: selenium 'abc' is not a number\n"
                   "seck: <stdin>:3: selenium '-2' is negative\n"
                   "seck: <stdin>: not checked, 2 errors\n");
}

TEST_CASE("import: Cronometer Daily Nutrition export") {
    // 2024-03-04: 80.50 completed; 2024-03-05: every nutrient 0 (nothing logged, left out);
    // 2024-03-06: 30.20, not completed (partial); 2024-03-07: 420.00 completed, above the UL.
    const Run r = cli("cronometer_daily.csv");
    CHECK(r.code == 1);
    CHECK(r.err == "");
    CHECK(contains(r.out, "cronometer_daily.csv: 3 days, "));
    CHECK(contains(r.out, "  read as: Cronometer Daily Nutrition export\n"));
    CHECK(contains(r.out, "  2024-03-04   80.5 µg   146%  adequate "));
    CHECK(contains(r.out, "  2024-03-06   30.2 µg    55%  below-rda  [#####.....|....................|] incomplete\n"));
    CHECK(contains(r.out, "  2024-03-07  420.0 µg   764%  above-ul "));
    CHECK_FALSE(contains(r.out, "  2024-03-05 "));
    CHECK(contains(r.out, "  incomplete: 2024-03-06: at least 30.2 µg (not marked completed)\n"));
    CHECK(contains(r.out, "  note: line 3: 2024-03-05: nothing logged (every nutrient is 0): left out, not a deficiency\n"));
    // Without the day above the UL, the partial day below the RDA does not fail.
    CHECK(cli("--ul 500 cronometer_daily.csv").code == 0);
    const auto doc = nlohmann::json::parse(cli("-f json cronometer_daily.csv").out);
    CHECK(doc["reader"] == "cronometer-daily");
    CHECK(doc["days"][1]["completed"] == false);
    CHECK(doc["days"][1]["incomplete"] == true);
    CHECK(doc["days"][0]["completed"] == true);
    CHECK(doc["summary"]["days"] == 3);
    CHECK(doc["summary"]["mean_ug"].get<double>() == Approx((80.5 + 30.2 + 420.0) / 3));
}

TEST_CASE("import: a MyFitnessPal Nutrition-Summary is refused with what to export instead") {
    const Run r = cli("mfp_nutrition_summary.csv");
    CHECK(r.code == 2);
    CHECK(r.out == "");
    CHECK(r.err ==
          "seck: mfp_nutrition_summary.csv:1: this is a MyFitnessPal Nutrition-Summary export: it holds totals per "
          "meal, but neither food names nor selenium, so seck cannot check it. Export food by food instead: from "
          "Cronometer (Settings > Account > Export Data > Food & Recipe Entries), or write the foods of "
          "MyFitnessPal's printable food diary (Food Diary > View Full Report) as a seck diary "
          "(date,food,amount,unit)\n"
          "seck: mfp_nutrition_summary.csv: not checked, 1 error\n");
}
