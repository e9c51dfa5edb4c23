// App exports (Cronometer, MyFitnessPal): recognised by their header, checked end to end.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "run.h"
#include "seck/read/formats.h"
#include "seck/report/report.h"

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
    CHECK(contains(r.out, "  2024-03-04  126.7 µg   230%  adequate    [##########|####................|]\n"));
    CHECK(contains(r.out, "  2024-03-05   13.6 µg    25%  incomplete  [##........|....................|]\n"));
    CHECK(contains(r.out, "  2024-03-06  479.3 µg   871%  above-ul    [##########|####################|> incomplete\n"));
    CHECK(contains(r.out, "  warning: 2024-03-05: 13.6 µg is below the RDA of 55 µg, at least: the day is incomplete "
                          "(no selenium value for Homemade Soup): not a failure\n"));
    CHECK(contains(r.out, "  warning: 2024-03-06: 479.3 µg is above the UL of 400 µg, at least: the day is incomplete "
                          "(no selenium value for Milk, Whole): selenosis risk"));
    CHECK(contains(r.out, "  3 days, mean at least 206.5 µg/day, adequate"));
    CHECK(contains(r.out, "  incomplete: 2024-03-05: at least 13.6 µg (no selenium value for Homemade Soup)\n"
                          "  incomplete: 2024-03-06: at least 479.3 µg (no selenium value for Milk, Whole)\n"));
}

TEST_CASE("import: an incomplete day below the RDA does not fail but one above the UL does") {
    CHECK(cli("--ul 500 cronometer_servings.csv").code == 0);
    CHECK(cli("-f github --ul 500 cronometer_servings.csv").out ==
          "::warning file=cronometer_servings.csv,line=5,title=seck below-rda::2024-03-05: 13.6 µg is below the RDA "
          "of 55 µg (iom 19+ y), at least: the day is incomplete (no selenium value for Homemade Soup); top source: "
          "1.00 cup Oatmeal, Cooked: 12.4 µg, 91 %25\n"  // (an incomplete day: no suggestions)

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
    CHECK(doc["days"][1]["status"] == "incomplete");  // below the RDA, but only a lower bound
    CHECK(doc["days"][1]["incomplete"] == true);
    CHECK(doc["days"][1]["missing"] == nlohmann::json::array({"Homemade Soup"}));
    CHECK(doc["days"][2]["missing"] == nlohmann::json::array({"Milk, Whole"}));
    CHECK(doc["summary"]["incomplete"] == 2);
    const auto& soup = doc["days"][1]["entries"][1];
    CHECK(soup["line"] == 6);
    CHECK(soup["food"] == "Homemade Soup");
    CHECK(soup["unit"] == "0.52 Serving (22 tsp, whole pieces)");
    CHECK(soup["selenium_ug"].is_null());
    CHECK(soup["matched_by"] == "no value in the export's selenium column (unknown, not zero)");
}

TEST_CASE("import: --explain names the reader and how each row was taken") {
    const Run r = cli("--explain cronometer_servings.csv");
    CHECK(contains(r.out, "  read as: Cronometer servings export (Food & Recipe Entries)\n"));
    CHECK(contains(r.out, "  line 2: 'Eggs, Cooked' 2.00 large: 30.8 µg, as the export gives it\n"));
    CHECK(contains(r.out, "  line 6: 'Homemade Soup' 0.52 Serving (22 tsp, whole pieces): no value in the export's "
                          "selenium column (unknown, not zero)\n"));
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
    CHECK(contains(r.out, "  2016-10-01    6.1 µg    11%  incomplete "));
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
    CHECK(contains(r.out, "  2024-03-06   30.2 µg    55%  incomplete  [#####.....|....................|]\n"));
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

TEST_CASE("import: --recompute resolves Cronometer foods with seck's table and shows both totals") {
    // 2024-03-04: eggs hard-boiled (01129, 30.8 µg/100 g) 2 x 50 g = 30.8; coffee (14209) 0;
    //   Brazil nuts 5 g at 1917 = 95.85: 126.65, as the export says.
    // 2024-03-05: oatmeal cooked (08121, 5.4) 1 cup of 234 g = 12.636; banana (09040, 1.0) 118 g = 1.18:
    //   13.816 against the export's 12.40 + 1.18 = 13.58; the soup resolves nowhere and has no value.
    // 2024-03-06: Brazil nuts 25 g = 479.25; whole milk (01077, 3.7) 244 g = 9.028: 488.278, where
    //   the export has no milk value: 479.25.
    const Run r = cli("--recompute cronometer_servings.csv");
    CHECK(r.code == 1);
    CHECK(r.err == "");
    CHECK(contains(r.out, "  read as: Cronometer servings export (Food & Recipe Entries); --recompute: each food "
                          "resolved with seck's table, the export's figure beside it\n"));
    CHECK(contains(r.out, "  date        selenium            in the export  % RDA  status "));
    CHECK(contains(r.out, "  2024-03-04  126.7 µg (101-152)       126.7 µg   230%  adequate "));
    CHECK(contains(r.out, "  2024-03-05   13.8 µg (11-17)          13.6 µg    25%  incomplete  "
                          "[###.......|....................|]\n"));
    CHECK(contains(r.out, "  2024-03-06  488.3 µg (361-615)       479.3 µg   888%  above-ul "));
    CHECK(contains(r.out, "  note: line 6: 'Homemade Soup' 0.52 Serving (22 tsp, whole pieces): food 'Homemade Soup' "
                          "is too general"));
    CHECK(contains(r.out, "the export has no value either: unknown, not zero\n"));
    const auto doc = nlohmann::json::parse(cli("--recompute --explain -f json cronometer_servings.csv").out);
    const auto& days = doc["days"];
    CHECK(days.at(0)["selenium_ug"].get<double>() == Approx(126.65));
    CHECK(days.at(0)["export_selenium_ug"].get<double>() == Approx(126.65));
    CHECK(days.at(1)["selenium_ug"].get<double>() == Approx(13.816));
    CHECK(days.at(1)["export_selenium_ug"].get<double>() == Approx(13.58));
    CHECK(days.at(1)["missing"] == nlohmann::json{"Homemade Soup"});
    CHECK(days.at(2)["selenium_ug"].get<double>() == Approx(488.278));
    CHECK(days.at(2)["export_selenium_ug"].get<double>() == Approx(479.25));
    CHECK(days.at(2)["incomplete"] == false);
    const auto& oatmeal = days.at(1)["entries"][0];
    CHECK(oatmeal["id"] == "08121");
    CHECK(oatmeal["selenium_ug"].get<double>() == Approx(12.636));
    CHECK(oatmeal["export_selenium_ug"].get<double>() == Approx(12.4));
    const Run csv = cli("--recompute -f csv cronometer_servings.csv");
    CHECK(contains(csv.out,
                   "file,date,selenium_ug,percent_rda,status,export_selenium_ug,top_source,top_source_ug,"
                   "top_source_share,low_ug,high_ug,status_range,share_without_range,suggestions,incomplete,"
                   "unresolved\n"));
    CHECK(contains(csv.out, "cronometer_servings.csv,2024-03-06,488.27"));
    CHECK(contains(csv.out, ",above-ul,479.25,Brazil Nuts,"));
    // Without --recompute, no export column: the export's figure is the total.
    CHECK_FALSE(contains(cli("-f csv cronometer_servings.csv").out, "export_selenium_ug"));
}

TEST_CASE("import: --recompute on a file without selenium of its own says so") {
    const Run r = cli("--recompute two_nuts.csv");
    CHECK(contains(r.out, "  note: --recompute is for Cronometer Food & Recipe Entries exports, which carry selenium "
                          "of their own: this seck diary is resolved with seck's table anyway\n"));
}

TEST_CASE("import: Lose It export through seck's names and units") {
    // 11/24/2026: 2 Brazil nuts "Each" (12078, 5 g at 1917 µg/100 g) = 191.7; 2 large eggs (01123,
    //   50 g at 30.7) = 30.7: 222.4. The exercise row and the deleted cheddar are not counted.
    // 11/25/2026: 1 cup milk (01077, 244 g at 3.7) = 9.028; oatmeal n/a (unknown); 1 "Servings" of chicken
    //   breast: its default portion, roasted breast (05064, 172 g at 27.6) = 47.472: 56.5 at least.
    // 11/26/2026: 1 ounce of Brazil nuts = 28.349523125 g at 1917 = 543.46 µg; "Banana, Medium, ..." 1 Each is
    //   a medium banana (09040, 118 g at 1.0) = 1.18: 544.64, above the UL.
    const Run r = cli("--explain loseit.csv");
    CHECK(r.code == 1);
    CHECK(r.err == "");
    CHECK(contains(r.out, "  read as: Lose It export (foods resolved with seck's table)\n"));
    CHECK(contains(r.out, "  2026-11-24  222.4 µg (166-279)   404%  adequate "));
    CHECK(contains(r.out, "  2026-11-25   56.5 µg (55-58)     103%  adequate   [##########|....................|] incomplete\n"));
    // 1 oz of Brazil nuts at the low end of USDA's interval, 1414.525 µg/100 g, is 401.0 µg: above the UL still.
    CHECK(contains(r.out, "  2026-11-26  544.6 µg (401-688)   990%  above-ul   [##########|####################|>\n"));
    CHECK(contains(r.out, "  note: line 3: 'Egg, Large' 2 Each: the size in Lose It's name is the portion: 2 Large of "
                          "'Egg'\n"));
    CHECK(contains(r.out, "  note: line 4: Exercise rows are not food: not counted\n"));
    CHECK(contains(r.out, "  note: line 5: rows marked Deleted are not counted\n"));
    CHECK(contains(r.out, "  line 7: 'Oatmeal' Servings: no quantity in the export (n/a): unknown, not zero\n"));
    CHECK(contains(r.out, "  line 3: 'Egg' is usda:01123 (Egg, whole, raw, fresh), by alias 'egg': 2 × large (50 g) = "
                          "100 g, 30.7 µg; 6 samples, SE 2.129 µg/100 g, 95 % interval 25.211-36.155 µg\n"));
    CHECK(contains(r.out, "  line 10: 'Banana' is usda:09040 (Bananas, raw), by alias 'banana': 1 × medium"));
    const auto doc = nlohmann::json::parse(cli("-f json loseit.csv").out);
    CHECK(doc["reader"] == "lose-it");
    CHECK(doc["lines"] == nlohmann::json{{"read", 10}, {"header", 1}, {"entries", 7}, {"skipped", 2}, {"errors", 0}});
    CHECK(doc["days"][0]["selenium_ug"].get<double>() == Approx(222.4));
    CHECK(doc["days"][1]["selenium_ug"].get<double>() == Approx(56.5));
    CHECK(doc["days"][1]["missing"] == nlohmann::json{"Oatmeal"});
    CHECK(doc["days"][2]["selenium_ug"].get<double>() == Approx(28.349523125 * 19.17 + 1.18));
}

TEST_CASE("import: an older Lose It file with a BOM and CRLF and no Icon or Deleted column") {
    const Run r = cli("-f json loseit_old.csv");
    CHECK(r.code == 0);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["reader"] == "lose-it");
    CHECK(doc["days"].size() == 1);
    CHECK(doc["days"][0]["date"] == "2026-11-24");
    CHECK(doc["days"][0]["selenium_ug"].get<double>() == Approx(191.7 + 30.7));
}

TEST_CASE("import: a Lose It date that is not MM/DD/YYYY is an error with its line") {
    const Run r = cli("-", "Date,Name,Type,Quantity,Units\n2026-11-24,Egg,Breakfast,1,Large\n");
    CHECK(r.code == 2);
    CHECK(r.err == "seck: <stdin>:2: date '2026-11-24' is not a Lose It date (MM/DD/YYYY; give --date-format for "
                   "another order)\n"
                   "seck: <stdin>: not checked, 1 error\n");
    const Run uk = cli("--date-format DD/MM/YYYY -", "Date,Name,Type,Quantity,Units\n24/11/2026,Egg,Breakfast,1,Large\n");
    CHECK(uk.code == 1);
    CHECK(contains(uk.out, "  2026-11-24   15.4 µg "));  // one large egg: 15.35
}

TEST_CASE("import: a semicolon file from a spreadsheet, with a decimal comma, found from its header") {
    // 1.5 Brazil nut kernels = 7.5 g at 1917 = 143.775; 2 large eggs = 30.7: 174.475.
    const Run r = cli("semicolon.csv");
    CHECK(r.code == 0);
    CHECK(r.err == "");
    CHECK(contains(r.out, "  read as: seck diary; ';'-separated (found from the header); decimal comma\n"));
    CHECK(contains(r.out, "  2026-11-25  174.5 µg (131-218)   317%  adequate "));
    CHECK(contains(r.out, "  note: the header is separated by ';' (as spreadsheets write CSV in much of Europe): read "
                          "as a semicolon-separated file, with amounts such as 1,5 read as 1.5\n"));
    // Given as --delimiter, a decimal comma is not assumed.
    const Run given = cli("--delimiter ';' semicolon.csv");
    CHECK(given.code == 2);
    CHECK(given.err == "seck: semicolon.csv:2: amount '1,5' is not a number (write decimals with a dot: 1.5, or give "
                       "--decimal-comma)\n"
                       "seck: semicolon.csv: 1 line not counted, so 1 day is incomplete (the report lists it)\n");
    // The day is still reported: the egg's 30.7 µg is at least its total.
    CHECK(contains(given.out, "  2026-11-25   30.7 µg (25-37)    56%  incomplete  [######....|....................|]\n"));
    CHECK(contains(given.out, "  incomplete: 2026-11-25: at least 30.7 µg (line 2 not counted)\n"
                              "    semicolon.csv:2: 2026-11-25;brazil nuts;1,5;kernel\n"
                              "      amount '1,5' is not a number (write decimals with a dot: 1.5, or give "
                              "--decimal-comma)\n"));
    CHECK(cli("--delimiter ';' --decimal-comma semicolon.csv").code == 0);
}

TEST_CASE("import: --columns and --date-format read a German spreadsheet diary") {
    // 25.11.2026: 143.775 + 30.7 = 174.475; 26.11.2026: half a can of light tuna in water
    // (15121, 165 g at 70.6 µg/100 g) = 58.245.
    const Run r = cli("--columns date=Datum,food=Lebensmittel,amount=Menge,unit=Einheit --date-format DD.MM.YYYY "
                      "-f json semicolon_de.csv");
    CHECK(r.code == 0);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["read_as"] == "seck diary; ';'-separated (found from the header); decimal comma; columns by --columns "
                            "date='Datum',food='Lebensmittel',amount='Menge',unit='Einheit'; dates as DD.MM.YYYY");
    CHECK(doc["days"][0]["date"] == "2026-11-25");
    CHECK(doc["days"][0]["selenium_ug"].get<double>() == Approx(174.475));
    CHECK(doc["days"][1]["date"] == "2026-11-26");
    CHECK(doc["days"][1]["selenium_ug"].get<double>() == Approx(58.245));
    const Run wrong = cli("--columns date=Datum,food=Lebensmittel,amount=Menge,unit=Einheit --date-format MM/DD/YYYY "
                          "semicolon_de.csv");
    CHECK(wrong.code == 2);
    CHECK(contains(wrong.err, "seck: semicolon_de.csv:2: date '25.11.2026' does not fit --date-format MM/DD/YYYY\n"));
    const Run bad = cli("--date-format YY-MM-DD semicolon_de.csv");
    CHECK(bad.code == 2);
    CHECK(bad.err == "seck: --date-format: 'YY-MM-DD' is not a date format: write DD, MM and YYYY (or %d, %m, %Y) "
                     "with separators, such as DD.MM.YYYY or MM/DD/YYYY\n");
}

TEST_CASE("import: --columns with the unit inside the amount") {
    // 2 kernels = 191.7; 100 g egg = 30.7; 2 eggs, no unit: the default portion (large, 50 g) = 30.7.
    const Run r = cli("--columns 'date=When,food=What,amount=\"How much\"' mapped.csv");
    CHECK(r.code == 0);
    CHECK(contains(r.out, "  read as: seck diary; columns by --columns date='When',food='What',amount='How much' "
                          "(the unit read from the amount)\n"));
    CHECK(contains(r.out, "  2026-11-25  253.1 µg "));
    const Run bad = cli("--columns 'date=When,food=Food' mapped.csv");
    CHECK(bad.code == 2);
    CHECK(bad.err == "seck: mapped.csv:1: --columns food='Food': the header has no such column (it has 'When', "
                     "'What', 'How much', 'Who')\n"
                     "seck: mapped.csv: not checked, 1 error\n");
}

TEST_CASE("import: every format and life stage reads an app export as a diary") {
    for (const seck::OutputFormat& each : seck::output_formats()) {
        const std::string format(each.name);
        INFO(format);
        const Run r = cli("-f " + format + " loseit.csv");
        CHECK(r.code == 1);
        CHECK(r.err == "");
        CHECK(contains(r.out, "2026-11-26"));
    }
    // A child of 8 (IOM: RDA 30, UL 150 µg): 222.4 and 544.6 are above the UL, 56.5 is adequate.
    const auto doc = nlohmann::json::parse(cli("--age 8 -f json loseit.csv").out);
    CHECK(doc["reference"]["ul_ug"] == 150);
    CHECK(doc["days"][0]["status"] == "above-ul");
    CHECK(doc["days"][1]["status"] == "adequate");
    CHECK(doc["days"][2]["status"] == "above-ul");
    CHECK(cli("--recompute --fail-on none cronometer_servings.csv").code == 0);
}

TEST_CASE("import: a size that is not a portion of the food leaves a Lose It name as written") {
    // "Coffee, Large": coffee has no "large" measure, so the name is resolved as written (an error
    // naming it), not cut to "Coffee" and counted as some other portion.
    const Run r = cli("-", "Date,Name,Type,Quantity,Units\n11/24/2026,\"Coffee, Large\",Breakfast,1,Each\n");
    CHECK(r.code == 2);
    CHECK(contains(r.err, "seck: <stdin>:2: "));
    CHECK(contains(r.err, "'Coffee, Large'"));
}

TEST_CASE("import: --decimal-comma and --date-format apply to Cronometer exports too") {
    const std::string text = "Day,Food Name,Amount,Selenium (ug)\n25.11.2026,Brazil Nuts,\"5,00 g\",\"95,85\"\n";
    const auto doc = nlohmann::json::parse(cli("--decimal-comma --date-format DD.MM.YYYY -f json -", text).out);
    CHECK(doc["days"][0]["date"] == "2026-11-25");
    CHECK(doc["days"][0]["selenium_ug"].get<double>() == Approx(95.85));
    const Run plain = cli("-", text);
    CHECK(plain.code == 2);
    CHECK(contains(plain.err, "selenium '95,85' is not a number (write decimals with a dot: 1.5, or give "
                              "--decimal-comma)\n"));
}

TEST_CASE("import: a decimal comma keeps the amount as written in messages, and a day-first date that is not real") {
    const Run neg = cli("-", "date;food;amount;unit\n2026-11-25;egg;-1,5;large\n");
    CHECK(neg.err == "seck: <stdin>:2: amount '-1,5' is negative\n"
                     "seck: <stdin>: 1 line not counted, so 1 day is incomplete (the report lists it)\n");
    const Run feb = cli("--date-format DD.MM.YYYY -", "date,food,amount,unit\n31.02.2026,egg,1,large\n");
    CHECK(feb.err == "seck: <stdin>:2: date '31.02.2026' is not a real date\nseck: <stdin>: not checked, 1 error\n");
}

TEST_CASE("import: --recompute on a Daily Nutrition export says it needs each food") {
    CHECK(contains(cli("--recompute cronometer_daily.csv").out,
                   "  note: --recompute needs each food: a Daily Nutrition export has only each day's total, taken "
                   "as the export gives it\n"));
}

TEST_CASE("import: --merge says how each file was read") {
    const Run r = cli("--merge semicolon.csv two_nuts.csv loseit_old.csv");
    CHECK(contains(r.out, "  read as: semicolon.csv: seck diary; ';'-separated (found from the header); decimal comma; "
                          "loseit_old.csv: Lose It export (foods resolved with seck's table)\n"));
}

TEST_CASE("import: an export whose every row is left out is an error, not an empty report (found by fuzzing)") {
    const Run daily = cli("-", "Date,Energy (kcal),Selenium (\xC2\xB5g),Completed\n2024-03-04,1800,,true\n");
    CHECK(daily.code == 2);
    CHECK(daily.out == "");
    CHECK(daily.err == "seck: <stdin>: no day to check: every row was left out (line 2: 2024-03-04: no selenium value "
                       "for the day (unknown, not zero): left out)\n"
                       "seck: <stdin>: not checked, 1 error\n");
    const Run exercise = cli("-", "Date,Name,Type,Quantity,Units\n11/24/2026,Running,Exercise,30,Minutes\n");
    CHECK(exercise.code == 2);
    CHECK(exercise.err == "seck: <stdin>: no day to check: every row was left out (line 2: Exercise rows are not "
                          "food: not counted)\n"
                          "seck: <stdin>: not checked, 1 error\n");
}

TEST_CASE("import: --profiles on an export counts every row as an error line, named once (found by fuzzing)") {
    const Run r = cli("--profiles family.json -f json -",
                      "Day,Food Name,Amount,Selenium (ug)\n2024-03-04,Egg,1.00 large,15.35\n2024-03-05,Egg,1.00 large,"
                      "15.35\n");
    CHECK(r.code == 2);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["lines"] == nlohmann::json{{"read", 3}, {"header", 1}, {"entries", 0}, {"skipped", 0}, {"errors", 2}});
    CHECK(doc["error_count"] == 1);
    CHECK(doc["errors"][0]["message"] == "--profiles names people, but the export has no person column");
}
