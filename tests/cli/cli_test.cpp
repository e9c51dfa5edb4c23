// End to end: the built binary on files in tests/data, with exact exit codes and messages.
#include <fmt/format.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "run.h"
#include "seck/total/reference.h"

using seck_test::cli;
using seck_test::contains;
using seck_test::Run;
using seck_test::shell;
using seck_test::slurp;

TEST_CASE("cli: every day adequate exits 0") {
    const Run r = cli("adequate.csv");
    CHECK(r.code == 0);
    CHECK(r.err == "");
    CHECK(contains(r.out, "adequate.csv: 2 days, iom 19+ y: RDA 55 µg, EAR 45 µg, UL 400 µg\n"));
    // 4 eggs, 200 g: 61.4 µg, 50.42 to 72.31 by USDA's 95 % interval (25.211-36.155 µg/100 g),
    // which reaches below the RDA.
    CHECK(contains(r.out, "  2026-11-01   61.4 µg (50-73)    112%  adequate   [##########|....................|] "
                          "could be below-rda\n"));
    // 95.85 rounds up, as on paper; 1 Brazil nut: 70.73 to 120.98 µg.
    CHECK(contains(r.out, "  2026-11-02   95.9 µg (70-121)   174%  adequate   [##########|##..................|]\n"));
    CHECK(contains(r.out,
                   "2 days, mean 78.6 µg/day, adequate (between the RDA and the UL); every day at or above "
                   "the RDA and at or below the UL\n"));
}

TEST_CASE("cli: a day outside the range exits 1 and is warned about") {
    const Run r = cli("meal_plan.csv");
    CHECK(r.code == 1);
    CHECK(r.err == "");
    CHECK(contains(r.out, "  Mon   479.3 µg (353-605)   871%  above-ul "));
    CHECK(contains(r.out, "  Tue    30.7 µg (25-37)      56%  below-rda "));
    CHECK(contains(r.out, "  warning: Mon: 479.3 µg is above the UL of 400 µg: selenosis risk"));
    CHECK(contains(r.out, "  warning: Tue: 30.7 µg is below the RDA of 55 µg: deficiency risk\n"));
}

TEST_CASE("cli: every bad line is named with file and line, exits 2, and is listed under its day") {
    const Run r = cli("broken.csv");
    CHECK(r.code == 2);
    // 2026-11-24: two Brazil nut kernels, 2 x 95.85 µg, at least; 2026-11-25: nothing counted.
    // Line 8 (an unterminated quote) has no day to be under.
    CHECK(r.out ==
          "broken.csv: 2 days, iom 19+ y: RDA 55 µg, EAR 45 µg, UL 400 µg\n"
          "  date        selenium            % RDA  status      0        RDA                   UL\n"
          "  2026-11-24  191.7 µg (141-242)   349%  adequate    [##########|########............|] incomplete\n"
          "  2026-11-25    0.0 µg               0%  incomplete  [..........|....................|]\n"
          "\n"
          "  warning: 2026-11-25: 0.0 µg is below the RDA of 55 µg, at least: the day is incomplete (lines 6, 7 not counted): not a failure\n"
          "    no suggestions for an incomplete day: its total is only a lower bound\n"
          "\n"
          "  2 days, mean at least 95.9 µg/day, adequate (between the RDA and the UL); 1 day below the RDA, 0 days above the UL, 2 days incomplete\n"
          "  incomplete: 2026-11-24: at least 191.7 µg (lines 3, 4, 5 not counted)\n"
          "    broken.csv:3: 2026-11-24,brazil nutz,2,kernel\n"
          "      unknown food 'brazil nutz'; did you mean brazil nuts = usda:12078 (Nuts, brazilnuts, dried, unblanched), usda:25021 (Formulated bar, LUNA BAR, NUTZ OVER CHOCOLATE)?\n"
          "    broken.csv:4: 2026-11-24,usda:12078,lots,kernel\n"
          "      amount 'lots' is not a number\n"
          "    broken.csv:5: 2026-11-24,usda:12078,2,slice\n"
          "      unknown unit 'slice' for usda:12078 (Nuts, brazilnuts, dried, unblanched); use g, kg, mg, oz, lb or one of: \"cup, whole\" (133 g), \"kernel\" (5 g), \"oz (6 kernels)\" (28.35 g)\n"
          "  incomplete: 2026-11-25: at least 0.0 µg (lines 6, 7 not counted)\n"
          "    broken.csv:6: 2026-11-25,usda:01108,1,cup\n"
          "      usda:01108 (Milk, indian buffalo, fluid) has no selenium value in the food table (missing is not zero)\n"
          "    broken.csv:7: 2026-11-25,nuts,1,oz\n"
          "      food 'nuts' is too general (kinds differ up to 50x in selenium); name the kind, e.g. brazil nuts = usda:12078 (Nuts, brazilnuts, dried, unblanched), desiccated coconut = usda:12108 (Nuts, coconut meat, dried (desiccated), not sweetened), shredded coconut = usda:12179 (Nuts, coconut meat, dried (desiccated), sweetened, shredded), cashews = usda:12585 (Nuts, cashew nuts, dry roasted, with salt added), macadamia nuts = usda:12132 (Nuts, macadamia nuts, dry roasted, without salt added) and 12 more kinds; write the kind you mean (find others with: seck foods WORDS)\n"
          "\n"
          "  not counted: line 8 (errors on stderr): it is on no known day, so any day's total may be low\n");
    CHECK(r.err ==
          "seck: broken.csv:3: unknown food 'brazil nutz'; did you mean brazil nuts = usda:12078 (Nuts, "
          "brazilnuts, dried, unblanched), usda:25021 (Formulated bar, LUNA BAR, NUTZ OVER CHOCOLATE)?\n"
          "seck: broken.csv:4: amount 'lots' is not a number\n"
          "seck: broken.csv:5: unknown unit 'slice' for usda:12078 (Nuts, brazilnuts, dried, unblanched); use g, "
          "kg, mg, oz, lb or one of: \"cup, whole\" (133 g), \"kernel\" (5 g), \"oz (6 kernels)\" (28.35 g)\n"
          "seck: broken.csv:6: usda:01108 (Milk, indian buffalo, fluid) has no selenium value in the food table "
          "(missing is not zero)\n"
          "seck: broken.csv:7: food 'nuts' is too general (kinds differ up to 50x in selenium); name the kind, e.g. "
          "brazil nuts = usda:12078 (Nuts, brazilnuts, dried, unblanched), desiccated coconut = usda:12108 (Nuts, "
          "coconut meat, dried (desiccated), not sweetened), shredded coconut = usda:12179 (Nuts, coconut meat, "
          "dried (desiccated), sweetened, shredded), cashews = usda:12585 (Nuts, cashew nuts, dry roasted, with "
          "salt added), macadamia nuts = usda:12132 (Nuts, macadamia nuts, dry roasted, without salt added) and 12 "
          "more kinds; write the kind you mean (find others with: seck foods WORDS)\n"
          "seck: broken.csv:8: unterminated quoted field (a \" with no closing \")\n"
          "seck: broken.csv: 6 lines not counted, so 2 days are incomplete (the report lists them); 1 of them is on "
          "no known day: any day's total may be low\n");
}

TEST_CASE("cli: several files are checked in order and the exit code is the worst") {
    const Run r = cli("adequate.csv missing.csv meal_plan.csv");
    CHECK(r.code == 2);
    CHECK(r.err ==
          "seck: missing.csv: cannot open: No such file or directory\n"
          "seck: missing.csv: not checked, 1 error\n");
    const auto first = r.out.find("adequate.csv: 2 days");
    const auto second = r.out.find("meal_plan.csv: 2 days");
    CHECK(first != std::string::npos);
    CHECK(second != std::string::npos);
    CHECK(first < second);
    CHECK(cli("adequate.csv meal_plan.csv").code == 1);
    CHECK(cli("adequate.csv adequate.csv").code == 0);
}

TEST_CASE("cli: - reads stdin") {
    const Run r = cli("- --format json", "2026-11-24,usda:12078,1,kernel\n");
    CHECK(r.code == 0);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["file"] == "<stdin>");
    CHECK(doc["days"][0]["selenium_ug"] == 95.85);
    const Run bad = cli("-", "2026-11-24,usda:12078,1,slab\n");
    CHECK(bad.code == 2);
    CHECK(contains(bad.err, "seck: <stdin>:1: unknown unit 'slab' for usda:12078"));
}

TEST_CASE("cli: files that are not diaries are refused") {
    CHECK(cli(".").err == "seck: .: is a directory, not a diary file\nseck: .: not checked, 1 error\n");
    CHECK(cli(".").code == 2);
    const Run binary = cli("-", std::string("\x7f"
                                            "ELF\x02\x01\x01\0\0\0",
                                            10));
    CHECK(binary.code == 2);
    CHECK(binary.err ==
          "seck: <stdin>:1: binary data (a NUL byte), not a CSV diary\nseck: <stdin>: not checked, 1 error\n");
    const Run empty = cli("-", "");
    CHECK(empty.code == 2);
    CHECK(contains(empty.err, "seck: <stdin>: no diary entries"));
}

TEST_CASE("cli: JSON for one file and for several") {
    const Run one = cli("--format json meal_plan.csv");
    CHECK(one.code == 1);
    const auto doc = nlohmann::json::parse(one.out);
    CHECK(doc["reference"]["rda_ug"] == 55);
    CHECK(doc["reference"]["ul_ug"] == 400);
    CHECK(doc["days"][0]["date"] == "Mon");
    CHECK(doc["days"][0]["selenium_ug"].get<double>() == Approx(479.25));
    CHECK(doc["days"][0]["status"] == "above-ul");
    CHECK(doc["days"][1]["selenium_ug"].get<double>() == Approx(30.7));
    CHECK(doc["summary"]["days"] == 2);

    const Run many = cli("-f json adequate.csv broken.csv");
    CHECK(many.code == 2);
    const auto docs = nlohmann::json::parse(many.out);
    REQUIRE(docs["files"].size() == 2);
    CHECK(docs["files"][0]["summary"]["mean_ug"].get<double>() == Approx((61.4 + 95.85) / 2));
    CHECK(docs["files"][1]["error_count"] == 6);
    CHECK(docs["files"][1]["errors"][1]["line"] == 4);

    // A file with lines not counted has its errors and its days, each incomplete where a line
    // of it is not counted; a file that cannot be read has its errors and no days.
    const Run failed = cli("-f json broken.csv");
    CHECK(failed.code == 2);
    const auto errors = nlohmann::json::parse(failed.out);
    CHECK(errors["file"] == "broken.csv");
    CHECK(errors["error_count"] == 6);
    REQUIRE(errors["days"].size() == 2);
    CHECK(errors["days"][0]["incomplete"] == true);
    CHECK(errors["days"][0]["unresolved"].size() == 3);
    CHECK(errors["summary"]["incomplete"] == 2);
    const auto missing = nlohmann::json::parse(cli("-f json missing.csv").out);
    CHECK(missing["error_count"] == 1);
    CHECK_FALSE(missing.contains("days"));
}

TEST_CASE("cli: user foods from --foods") {
    const Run r = cli("--foods user_foods.json -f json granola.csv");
    CHECK(r.code == 0);
    CHECK(nlohmann::json::parse(r.out)["days"][0]["selenium_ug"].get<double>() == Approx(2 * 122 * 0.245));
    const Run bad = cli("--foods bad_foods.json granola.csv");
    CHECK(bad.code == 2);
    CHECK(bad.err ==
          "seck: bad_foods.json: /foods/0/selenium_ug_per_100g: expected a number >= 0, or null if "
          "unknown\n");
    CHECK(cli("--foods nope.json granola.csv").err == "seck: nope.json: cannot open: No such file or directory\n");
    std::ifstream foods(SECK_TEST_DATA "/user_foods.json");
    const std::string json((std::istreambuf_iterator<char>(foods)), std::istreambuf_iterator<char>());
    CHECK(cli("--foods - granola.csv", json).code == 0);  // - reads the foods from stdin
}

TEST_CASE("cli: an SR28 entry replaced by --foods keeps its portions, and user ids are food names") {
    // our_batch.json is the README's example: 12078 at 250 µg/100 g with no portions, and
    // granola-1 (cup 122 g, 24.5 µg/100 g). 2 nuts = 10 g = 25 µg, 1 kernel = 12.5 µg,
    // 1 cup granola-1 = 29.89 µg: 67.39 µg, adequate.
    const Run r = cli("--foods our_batch.json -f json our_batch.csv");
    CHECK(r.err == "");
    CHECK(r.code == 0);
    CHECK(nlohmann::json::parse(r.out)["days"][0]["selenium_ug"].get<double>() == Approx(67.39));
}

TEST_CASE("cli: a --foods entry without the alias's default portion counts the first measure that starts with the unit") {
    // kernel_sizes.json replaces 12078's portions with "kernel, large" (6 g) and "kernel, small"
    // (4 g); the alias "brazil nuts" gives "kernel", which it no longer has. 6 g at 1917 µg/100 g.
    const Run r = cli("--foods kernel_sizes.json kernel_sizes.csv");
    CHECK(r.err == "");
    CHECK(r.code == 0);
    CHECK(r.out ==
          "kernel_sizes.csv: 1 day, iom 19+ y: RDA 55 µg, EAR 45 µg, UL 400 µg\n"
          "  date        selenium  % RDA  status     0        RDA                   UL\n"
          "  2026-11-24  115.0 µg   209%  adequate   [##########|###.................|]\n"
          "\n"
          "  1 day, mean 115.0 µg/day, adequate (between the RDA and the UL); every day at or above the RDA and at "
          "or below the UL\n"
          "\n"
          "  note: line 2: unit 'kernel' of usda:12078 (Brazil nuts, sized kernels) counted as \"kernel, large\" (6 "
          "g), the first of its 2 such measures; write another in full if meant: \"kernel, small\" (4 g)\n");
    const Run blank = cli("--foods kernel_sizes.json -", "date,food,amount,unit\n2026-11-24,brazil nuts,1,\n");
    CHECK(blank.code == 2);
    CHECK(contains(blank.out, "  incomplete: 2026-11-24: at least 0.0 µg (line 2 not counted)\n"));
    CHECK(blank.err ==
          "seck: <stdin>:2: missing unit for usda:12078 (Brazil nuts, sized kernels); use g, kg, mg, oz, lb or one of: "
          "\"kernel, large\" (6 g), \"kernel, small\" (4 g)\n"
          "seck: <stdin>: 1 line not counted, so 1 day is incomplete (the report lists it)\n");
}

TEST_CASE("cli: seck foods lists entries with ids and units") {
    const Run r = cli("foods brazil nuts");
    CHECK(r.code == 0);
    CHECK(r.out.rfind("usda:12078 (Nuts, brazilnuts, dried, unblanched)\n"
                      "    1917 µg selenium per 100 g; Nut and Seed Products\n"
                      "    also called: brazil nuts\n"
                      "    units: g, kg, mg, oz, lb, \"cup, whole\" (133 g), \"kernel\" (5 g), \"oz (6 kernels)\" "
                      "(28.35 g)\n",
                      0) == 0);
    CHECK(cli("foods usda:12078").out.rfind("usda:12078 (Nuts, brazilnuts, dried, unblanched)\n", 0) == 0);
    const Run none = cli("foods zzzzqqq");
    CHECK(none.code == 1);
    CHECK(none.err == "seck: no food matches 'zzzzqqq'\n");
}

TEST_CASE("cli: usage errors exit 2 and help and version exit 0") {
    const Run help = cli("--help");
    CHECK(help.code == 0);
    CHECK(contains(help.out, "Example:"));
    CHECK(contains(help.out, "--format"));
    const Run version = cli("--version");
    CHECK(version.code == 0);
    CHECK(contains(version.out, "seck 0.1.0\nfood table: 8789 foods from US Department of Agriculture"));
    CHECK(contains(version.out, "Standard Reference, Release 28"));
    const Run xml = cli("--format xml adequate.csv");
    CHECK(xml.code == 2);
    CHECK(xml.err.rfind("seck: --format: xml not in {table,json,ndjson,csv,tsv,github,junit,sarif,html}", 0) == 0);
    CHECK(contains(xml.err, "Run seck --help for usage and an example.\n"));
    CHECK(cli("--no-such-flag adequate.csv").code == 2);
    const Run none = cli("");
    CHECK(none.code == 2);
    CHECK(none.err == "seck: no diary given: name a CSV file, or - for stdin (seck --help has an example)\n");
}

TEST_CASE("cli: colour only on a terminal unless asked and NO_COLOR honoured") {
    CHECK_FALSE(contains(cli("adequate.csv").out, "\x1b["));
    CHECK(contains(cli("--color always adequate.csv").out, "\x1b[32m"));
    CHECK_FALSE(contains(cli("--color never adequate.csv").out, "\x1b["));
    // Under a pseudo-terminal (util-linux script), colour comes on by itself.
    const Run tty = shell("TERM=xterm script -qfec \"'" SECK_BINARY "' adequate.csv\" /dev/null");
    CHECK(tty.code == 0);
    CHECK(contains(tty.out, "\x1b[32m"));
    const Run no_color = shell("TERM=xterm NO_COLOR=1 script -qfec \"'" SECK_BINARY "' adequate.csv\" /dev/null");
    CHECK(contains(no_color.out, "adequate.csv"));
    CHECK_FALSE(contains(no_color.out, "\x1b["));
}

TEST_CASE("cli: the README's example week runs from any directory") {
    const Run r = cli("'" SECK_SOURCE_DIR "/examples/week.csv'");
    CHECK(r.code == 1);
    CHECK(contains(r.out, "week.csv: 7 days"));
    CHECK(contains(r.out, "2 days below the RDA, 1 day above the UL"));
}

TEST_CASE("cli: the README shows the example week as seck prints it") {
    const std::string readme = slurp(SECK_SOURCE_DIR "/README.md");
    const std::string prompt = "$ seck examples/week.csv\n";
    const auto begin = readme.find(prompt);
    REQUIRE(begin != std::string::npos);
    const auto end = readme.find("```", begin);
    const Run r = shell("cd '" SECK_SOURCE_DIR "' && '" SECK_BINARY "' examples/week.csv");
    CHECK(r.code == 1);
    CHECK(readme.substr(begin + prompt.size(), end - begin - prompt.size()) == r.out);
}

TEST_CASE("cli: --explain shows how each line was read, and notes show every choice") {
    const Run r = cli("--explain spoken.csv");
    CHECK(r.code == 1);
    CHECK(contains(r.out,
                   "  note: line 3: no unit for 'egg': each counts as one \"large\" (50 g), its default "
                   "portion\n"));
    CHECK(contains(r.out,
                   "  How each line was read:\n"
                   "  line 2: 'brazil nuts' is usda:12078 (Nuts, brazilnuts, dried, unblanched), by alias "
                   "'brazil nuts': 2 × kernel (5 g) = 10 g, 191.7 µg; 15 samples, SE 231.798 µg/100 g, 95 % "
                   "interval 141.4525-241.9568 µg\n"
                   "  line 3: 'egg' is usda:01123 (Egg, whole, raw, fresh), by alias 'egg': 1 × large (50 g, "
                   "its default portion) = 50 g, 15.35 µg; 6 samples, SE 2.129 µg/100 g, 95 % interval "
                   "12.6055-18.0775 µg\n"
                   "  line 4: 'selenium supplement' 50 mcg is selenium itself: 50 µg\n"
                   "  line 5: 'chicken breast' is usda:05064 (Chicken, broilers or fryers, breast, meat only, "
                   "cooked, roasted), by alias 'chicken breast': 3 oz = 85.0486 g, 23.4734 µg; 20 samples, SE "
                   "2.916 µg/100 g, no range\n"
                   "  line 6: 'milk' is usda:01077 (Milk, whole, 3.25% milkfat, with added vitamin D), by "
                   "alias 'milk': 250 × ml (1.03133 g by the density of its \"cup\": 244 g) = 257.8319 g, "
                   "9.5398 µg; 29 samples, SE 0.185 µg/100 g, 95 % interval 8.4492-10.4706 µg\n"));
    CHECK_FALSE(contains(cli("spoken.csv").out, "How each line was read"));
}

TEST_CASE("cli: JSON with --explain lists each day's entries") {
    const Run r = cli("-f json --explain spoken.csv");
    CHECK(r.code == 1);
    const auto doc = nlohmann::ordered_json::parse(r.out);
    CHECK(doc["notes"].dump() ==
          R"([{"line":3,"message":"no unit for 'egg': each counts as one \"large\" (50 g), its default portion"}])");
    const auto& first = doc["days"][0];
    CHECK(first["selenium_ug"].get<double>() == Approx(191.7 + 15.35 + 50));
    REQUIRE(first["entries"].size() == 3);
    auto nuts = first["entries"][0];
    const auto range = nuts["range"];
    nuts.erase("range");
    CHECK(nuts.dump() ==
          R"x({"line":2,"food":"brazil nuts","unit":"nuts","id":"12078","description":"Nuts, brazilnuts, dried, )x"
          R"x(unblanched","amount":2.0,"measure":"kernel (5 g)","grams":10.0,"selenium_ug":191.7,)x"
          R"x("matched_by":"alias 'brazil nuts'","samples":15,"std_error_ug_per_100g":231.798})x");
    // 10 g at USDA's 95 % interval of 1414.525 to 2419.568 µg/100 g.
    CHECK(range["kind"] == "interval-95");
    CHECK(range["low_ug"].get<double>() == Approx(141.4525));
    CHECK(range["high_ug"].get<double>() == Approx(241.9568));
    CHECK_FALSE(first["entries"][2].contains("range"));  // 50 mcg of selenium itself: no food, no range
    CHECK_FALSE(first["entries"][2].contains("samples"));
    CHECK(first["entries"][2]["id"].is_null());
    CHECK(first["entries"][2]["grams"].is_null());
    CHECK(first["entries"][2]["selenium_ug"] == 50.0);
    const auto& second = doc["days"][1];
    CHECK(second["entries"][1]["grams"].get<double>() == Approx(250 * 244 / 236.5882365));
    CHECK_FALSE(nlohmann::json::parse(cli("-f json spoken.csv").out)["days"][0].contains("entries"));
}

TEST_CASE("cli: two Brazil nuts are a selenosis warning for a six-year-old, not for her father") {
    const Run child = cli("--age 6 -f json two_nuts.csv");
    CHECK(child.code == 1);
    const auto doc = nlohmann::ordered_json::parse(child.out);
    CHECK(doc["reference"].dump() ==
          R"({"standard":"iom","life_stage":"4-8 y","kind":"RDA","rda_ug":30,"ear_ug":23,"ul_ug":150,)"
          R"("source":"IOM 2000, DRI for Vitamin C, Vitamin E, Selenium, and Carotenoids; NIH ODS selenium fact )"
          R"(sheet, Tables 1 and 4","overridden":[]})");
    CHECK(doc["days"][0]["selenium_ug"].get<double>() == Approx(191.7));
    CHECK(doc["days"][0]["status"] == "above-ul");
    CHECK(doc["summary"]["status"] == "above-ul");
    const Run father = cli("--age 40 --sex male two_nuts.csv");
    CHECK(father.code == 0);
    CHECK(contains(father.out, "two_nuts.csv: 1 day, iom 19+ y: RDA 55 µg, EAR 45 µg, UL 400 µg\n"));
}

TEST_CASE("cli: every row of the reference table is reachable") {
    for (const seck::ReferenceRow& row : seck::embedded_references()) {
        const double to = std::isinf(row.to_months) ? row.from_months + 120 : row.to_months;
        std::string args = fmt::format("-f json --standard {} --age {}m --sex {}", row.standard,
                                       (row.from_months + to) / 2, row.sex == "male" ? "male" : "female");
        if (row.condition == "pregnant") args += " --pregnant";
        if (row.condition == "lactating") args += " --lactating";
        INFO(args);
        const Run r = cli(args + " two_nuts.csv");
        REQUIRE(r.code <= 1);
        const auto ref = nlohmann::json::parse(r.out)["reference"];
        CHECK(ref["standard"] == std::string(row.standard));
        CHECK(ref["life_stage"] == std::string(row.life_stage));
        CHECK(ref["kind"] == std::string(row.kind));
        CHECK(ref["rda_ug"].get<double>() == row.rda_ug);
        CHECK((std::isnan(row.ear_ug) ? ref["ear_ug"].is_null() : ref["ear_ug"].get<double>() == row.ear_ug));
        CHECK((std::isnan(row.ul_ug) ? ref["ul_ug"].is_null() : ref["ul_ug"].get<double>() == row.ul_ug));
    }
}

TEST_CASE("cli: nonsense profiles and contradicting values exit 2") {
    const Run pregnant_child = cli("--pregnant --age 3 two_nuts.csv");
    CHECK(pregnant_child.code == 2);
    CHECK(pregnant_child.err ==
          "seck: iom sets no pregnancy values for age 3 y (its pregnancy values are for 14-50 y)\n");
    const Run negative = cli("--age -1 two_nuts.csv");
    CHECK(negative.code == 2);
    CHECK(negative.err == "seck: --age: '-1' is negative\n");
    const Run man = cli("--sex male --lactating two_nuts.csv");
    CHECK(man.code == 2);
    CHECK(man.err == "seck: --lactating is for --sex female, not male\n");
    CHECK(cli("--standard nasa two_nuts.csv").code == 2);
    const Run contradiction = cli("--rda 500 two_nuts.csv");
    CHECK(contradiction.code == 2);
    CHECK(contradiction.err == "seck: the RDA (500 µg) is above the UL (400 µg): check --rda and --ul\n");
}

TEST_CASE("cli: a clinician's own targets replace single values") {
    const Run r = cli("--rda 200 --ul 250 -f json two_nuts.csv");
    CHECK(r.code == 1);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["reference"]["rda_ug"] == 200);
    CHECK(doc["reference"]["ear_ug"] == 45);
    CHECK(doc["reference"]["ul_ug"] == 250);
    CHECK(doc["reference"]["overridden"] == nlohmann::json::array({"rda", "ul"}));
    CHECK(doc["days"][0]["status"] == "below-rda");
    CHECK(contains(cli("--rda 200 --ul 250 two_nuts.csv").out, "(rda, ul set by you)"));
}

TEST_CASE("cli: a person column with --profiles checks each person against their own values") {
    const Run r = cli("--profiles family.json -f json family.csv");
    CHECK(r.code == 1);
    const auto doc = nlohmann::json::parse(r.out);
    REQUIRE(doc["people"].size() == 2);
    CHECK(doc["people"][0]["person"] == "Ann");
    CHECK(doc["people"][0]["reference"]["life_stage"] == "19+ y");
    CHECK(doc["people"][0]["days"][0]["status"] == "adequate");
    CHECK(doc["people"][1]["person"] == "Mia");
    CHECK(doc["people"][1]["reference"]["life_stage"] == "4-8 y");
    CHECK(doc["people"][1]["days"][0]["selenium_ug"].get<double>() == Approx(191.7));
    CHECK(doc["people"][1]["days"][0]["status"] == "above-ul");
    CHECK(doc["people"][1]["days"][1]["selenium_ug"].get<double>() == Approx(15.35));
    CHECK(doc["people"][1]["days"][1]["status"] == "below-rda");
    const Run table = cli("--profiles family.json family.csv");
    CHECK(contains(table.out, "family.csv: Mia: 2 days, iom 4-8 y: RDA 30 µg, EAR 23 µg, UL 150 µg\n"));
    // A person the profiles do not name, and profiles for a diary without people.
    const Run stranger = cli("--profiles family.json -", "date,person,food,amount,unit\nd,Bob,egg,1,large\n");
    CHECK(stranger.code == 2);
    CHECK(contains(stranger.err, "seck: <stdin>:2: person 'Bob' is not in the profiles (Ann, Mia)\n"));
    const Run nobody = cli("--profiles family.json two_nuts.csv");
    CHECK(nobody.code == 2);
    CHECK(contains(nobody.err, "seck: two_nuts.csv:2: --profiles names people, but the diary has no person column\n"));
    // Without --profiles, a person column splits the days, all against the same values.
    const auto split = nlohmann::json::parse(cli("-f json family.csv").out);
    CHECK(split["people"][1]["reference"]["life_stage"] == "19+ y");
}

TEST_CASE("cli: --compare shows the same days against every authority") {
    const Run r = cli("--compare -f json two_nuts.csv");
    const auto doc = nlohmann::json::parse(r.out);
    REQUIRE(doc["compare"].size() == seck::standards().size());
    CHECK(doc["compare"][0]["standard"] == "iom");
    CHECK(doc["compare"][0]["days"][0]["status"] == "adequate");
    const Run table = cli("--compare two_nuts.csv");
    CHECK(contains(table.out, "  Compared with every authority:\n"));
    CHECK(cli("--compare --profiles family.json family.csv").code == 2);
}

TEST_CASE("cli: profiles work with every authority, and replace the command line's person") {
    const Run dach = cli("--standard dach --profiles couple.json -f json couple.csv");
    CHECK(dach.code == 0);
    const auto doc = nlohmann::json::parse(dach.out);
    CHECK(doc["people"][0]["reference"]["rda_ug"] == 60);  // D-A-CH women 19+
    CHECK(doc["people"][1]["reference"]["rda_ug"] == 70);  // men
    CHECK(doc["people"][0]["reference"]["note"] ==
          "dach sets no UL for 19+ y, so no day is called above it; the US/Canada UL for this age is 400 µg");
    CHECK(doc["people"][0]["days"][0]["below_ear"].is_null());  // D-A-CH sets no EAR
    const Run both = cli("--age 30 --profiles couple.json couple.csv");
    CHECK(both.code == 2);
    CHECK(both.err ==
          "seck: --profiles gives each person's age, sex and condition: leave out --age, --sex, --pregnant and "
          "--lactating\n");
    const Run empty = cli("--profiles - couple.csv", R"({"people": []})");
    CHECK(empty.code == 2);
    // --profiles - reads stdin like every other file argument
    CHECK(empty.err == "seck: -: /people: no people\n");
    const Run none = cli("-f json couple.csv");
    CHECK(nlohmann::json::parse(none.out)["notes"][0]["message"] ==
          "the diary has a person column but no --profiles: everyone is checked against iom 19+ y");
}

TEST_CASE("cli: --rda, --ear and --ul must be greater than 0") {
    // 0 was taken, and the table and CSV showed a percent of it as inf% or -nan%.
    for (auto [args, text] : {std::pair{"--rda 0 --ear 0", "0"}, {"--rda 0.0 --ear 0", "0.0"},
                              {"-f csv --rda 0 --ear 0", "0"}}) {
        INFO(args);
        const Run zero = cli(std::string(args) + " two_nuts.csv");
        CHECK(zero.code == 2);
        CHECK(zero.out == "");
        CHECK(zero.err == fmt::format("seck: --rda '{}' is not an intake in µg/day: it must be greater than 0\n", text));
    }
    const Run ear = cli("--ear 0 two_nuts.csv");
    CHECK(ear.code == 2);
    CHECK(ear.out == "");
    CHECK(ear.err == "seck: --ear '0' is not an intake in µg/day: it must be greater than 0\n");
    for (const char* args : {"--ul -5", "--ul=-5"}) {
        INFO(args);
        const Run negative = cli(std::string(args) + " two_nuts.csv");
        CHECK(negative.code == 2);
        CHECK(negative.out == "");
        CHECK(negative.err == "seck: --ul '-5' is not an intake in µg/day: it must be greater than 0\n");
    }
    const Run minus_zero = cli("--ear=-0 two_nuts.csv");
    CHECK(minus_zero.code == 2);
    CHECK(minus_zero.err == "seck: --ear '-0' is not an intake in µg/day: it must be greater than 0\n");
    const Run dash = cli("--ul=- two_nuts.csv");
    CHECK(dash.code == 2);
    CHECK(dash.err == "seck: --ul '-' is not an intake in µg/day (a number like 70 or 62.5)\n");
    // Any value above 0 is still an intake: 0.5 µg/day of EAR, 120 of RDA, 450 of UL.
    const Run positive = cli("--ear 0.5 --rda 120 --ul 450 -f csv two_nuts.csv");
    CHECK(positive.err == "");
    CHECK(positive.code == 0);
    CHECK(contains(positive.out, "\ntwo_nuts.csv,2026-11-24,191.7,159.75,adequate,"));
}

TEST_CASE("cli: the user's own values are numbers, and --compare keeps the authorities' own") {
    const Run nan = cli("--rda nan two_nuts.csv");
    CHECK(nan.code == 2);
    CHECK(nan.err == "seck: --rda 'nan' is not an intake in µg/day (a number like 70 or 62.5)\n");
    const Run low = cli("--rda 40 two_nuts.csv");
    CHECK(low.code == 2);
    CHECK(low.err == "seck: iom 19+ y's EAR (45 µg) is above your RDA (40 µg): give --ear too\n");
    const auto doc = nlohmann::json::parse(cli("--rda 80 --ul 250 --compare -f json two_nuts.csv").out);
    CHECK(doc["reference"]["rda_ug"] == 80);
    CHECK(doc["compare"][0]["reference"]["rda_ug"] == 55);  // IOM's own
    CHECK(doc["compare"][0]["reference"]["overridden"].empty());
}

TEST_CASE("audit: a missing row of the reference table is seck's gap, not the authority's") {
    const Run r = cli("--standard efsa --age 8 two_nuts.csv");
    CHECK(r.code == 2);
    CHECK(r.err == "seck: no confirmed efsa values for age 8 y in seck's table (it has 18+ y)\n");
    const Run family = cli("--profiles family.json --standard efsa family.csv");
    CHECK(family.code == 2);
    CHECK(family.err ==
          "seck: family.json: /people/1 (Mia): no confirmed efsa values for age 6 y in seck's table (it has 18+ y)\n");
    const Run lactating = cli("--standard uk --lactating two_nuts.csv");
    CHECK(lactating.code == 2);
    CHECK(lactating.err == "seck: no confirmed uk lactation values in seck's table\n");
}

TEST_CASE("audit: pregnancy and lactation have an age range") {
    const Run old = cli("--age 70 --pregnant two_nuts.csv");
    CHECK(old.code == 2);
    CHECK(old.out == "");
    CHECK(old.err == "seck: iom sets no pregnancy values for age 70 y (its pregnancy values are for 14-50 y)\n");
    CHECK(cli("--age 51 --lactating two_nuts.csv").err ==
          "seck: iom sets no lactation values for age 51 y (its lactation values are for 14-50 y)\n");
    CHECK(cli("--standard dach --age 70 --pregnant two_nuts.csv").err ==
          "seck: dach sets no pregnancy values for age 70 y (its pregnancy values are for 14-50 y)\n");
    CHECK(cli("--age 50 --pregnant two_nuts.csv").code == 0);  // 191.7 µg: adequate against 60 / 400
    CHECK(cli("--age 14 --lactating two_nuts.csv").code == 0);
}

TEST_CASE("audit: json summary counts are null where the authority sets no EAR or UL") {
    const auto efsa = nlohmann::ordered_json::parse(cli("--standard efsa -f json two_nuts.csv").out);
    CHECK(efsa["summary"].dump() ==
          R"({"days":1,"mean_ug":191.7,"status":"adequate","below_ear":null,"below_rda":0,"above_ul":0,"incomplete":0})");
    const auto dach = nlohmann::ordered_json::parse(cli("--standard dach --sex female -f json two_nuts.csv").out);
    CHECK(dach["summary"].dump() ==
          R"({"days":1,"mean_ug":191.7,"status":"adequate","below_ear":null,"below_rda":0,"above_ul":null,)"
                                     R"("incomplete":0})");
    const auto iom = nlohmann::ordered_json::parse(cli("-f json two_nuts.csv").out);
    CHECK(iom["summary"].dump() ==
          R"({"days":1,"mean_ug":191.7,"status":"adequate","below_ear":0,"below_rda":0,"above_ul":0,"incomplete":0})");
}

TEST_CASE("audit: only one input can read stdin") {
    const Run both = cli("--profiles - -", seck_test::slurp(SECK_TEST_DATA "/family.json"));
    CHECK(both.code == 2);
    CHECK(both.out == "");
    CHECK(both.err == "seck: - (stdin) can be read only once: it is given to --profiles and a diary\n");
    CHECK(cli("- -").err == "seck: - (stdin) can be read only once: it is given to 2 diaries\n");
    CHECK(cli("--foods - --profiles - two_nuts.csv").err ==
          "seck: - (stdin) can be read only once: it is given to --foods and --profiles\n");
    CHECK(cli("--profiles - family.csv", seck_test::slurp(SECK_TEST_DATA "/family.json")).code == 1);
}

TEST_CASE("audit: --compare says the user's own values are not applied to the other authorities") {
    const Run table = cli("--ul 100 --compare two_nuts.csv");
    CHECK(table.code == 1);  // 191.7 µg is above your UL of 100
    CHECK(contains(table.out, "\n  Compared with every authority (their own values; --ul not applied):\n"));
    const auto doc = nlohmann::json::parse(cli("--ul 100 --compare -f json two_nuts.csv").out);
    CHECK(doc["compare"][0]["note"] == "the authority's own values: --ul not applied");
    CHECK(doc["compare"][0]["days"][0]["status"] == "adequate");
    CHECK(!nlohmann::json::parse(cli("--compare -f json two_nuts.csv").out)["compare"][0].contains("note"));
}

TEST_CASE("audit: a row without its unit column, a NUL's line, one more error, absurd amounts") {
    // Without its unit column, as with an empty unit: the default portion, one kernel (95.85 µg).
    const Run unit = cli("-", "date,food,amount,unit\n2026-01-01,usda:12078,1\n");
    CHECK(unit.code == 0);
    CHECK(unit.err == "");
    CHECK(contains(unit.out, "  2026-01-01   95.9 µg (70-121)   174%  adequate "));
    const Run empty_unit = cli("-", "date,food,amount,unit\n2026-01-01,usda:12078,1,\n");  // the default portion
    CHECK(empty_unit.code == 0);
    CHECK(contains(empty_unit.out,
                   "  note: line 2: no unit for 'usda:12078': each counts as one \"kernel\" (5 g), its default "
                   "portion\n"));
    const Run nul = cli("-", std::string("date,food,amount,unit\nd,egg,1,large\nd,e\0gg,1,large\n", 51));
    CHECK(nul.code == 2);
    CHECK(nul.err ==
          "seck: <stdin>:3: binary data (a NUL byte), not a CSV diary\nseck: <stdin>: not checked, 1 error\n");
    std::string many = "date,food,amount,unit\n";
    for (int i = 0; i < 21; ++i) many += "d,egg,x,large\n";
    const Run more = cli("-", many);
    CHECK(contains(more.err, "seck: <stdin>: 1 more error not shown\n"
                             "seck: <stdin>: 21 lines not counted, so 1 day is incomplete (the report lists them)\n"));
    CHECK(contains(more.out, "    and 11 lines more not counted\n"));  // the first 10 under the day
    const Run absurd = cli("-", "date,food,amount,unit\nd,usda:12078,99999999999999999999999,kg\n");
    CHECK(absurd.code == 2);
    CHECK(contains(absurd.out, "  incomplete: d: at least 0.0 µg (line 2 not counted)\n"));
    CHECK(absurd.err ==
          "seck: <stdin>:2: amount '99999999999999999999999' is too large: more than 1 g of selenium in one entry\n"
          "seck: <stdin>: 1 line not counted, so 1 day is incomplete (the report lists it)\n");
    // 1 g exactly is allowed: a day of it is far above the UL, but it is read.
    CHECK(cli("-", "date,food,amount,unit\nd,pill,1000000,mcg\n").code == 1);
}

namespace {

// Runs a bash script under `set -o pipefail` in tests/data: its exit status is a pipeline's
// last non-zero one, so a seck killed by SIGPIPE shows as 141.
Run pipefail(const std::string& script, const std::string& input = "") {
    const auto path = seck_test::scratch_dir() / "pipefail.sh";
    std::ofstream(path) << "set -o pipefail\nseck() { '" SECK_BINARY "' \"$@\"; }\n" << script << "\n";
    return shell("bash '" + path.string() + "'", input);
}

// `seck ARGS` writing to a pipe whose reader has already gone: seck starts once the reader
// has closed its end (a fifo tells it when), so every write meets a closed pipe.
Run to_gone_reader(const std::string& args, const std::string& input = "") {
    return pipefail(
        "gone=$(mktemp -u) && mkfifo \"$gone\" || exit 99\n"
        "{ read -r _ <\"$gone\"; rm -f \"$gone\"; seck " +
            args + "; } | { exec 0<&-; echo >\"$gone\"; }",
        input);
}

}  // namespace

TEST_CASE("cli: seck -f csv piped into head exits with the report's own code under pipefail, not 141 (SIGPIPE)") {
    std::string diary = "date,food,amount,unit\n";
    for (int i = 1; i <= 3000; ++i) diary += fmt::format("day {},egg,1,\n", i);  // 15.35 µg: below the RDA
    for (const std::string format : {"csv", "table"}) {
        INFO(format);
        // The report is far more than a pipe holds (64 KiB): seck writes on after head has gone.
        const Run whole = pipefail("seck -f " + format + " - | wc -c", diary);
        REQUIRE(whole.code == 1);  // seck's own exit code for this diary (pipefail)
        CHECK(std::stoul(whole.out) > 2 * 65536);
        const Run cut = pipefail("seck -f " + format + " - | head -c 10", diary);
        CHECK(cut.code == 1);
        CHECK(cut.out.size() == 10);
        CHECK(cut.err == "");
    }
}

TEST_CASE("cli: every write meets a reader that has gone quietly, and the exit code is seck's own") {
    const Run report = to_gone_reader("meal_plan.csv");
    CHECK(report.code == 1);
    CHECK(report.err == "");
    const Run errors = to_gone_reader("broken.csv 2>&1");  // the input errors on stderr
    CHECK(errors.code == 2);
    for (const char* query : {"egg", "beef"}) {  // seck foods: 3 KiB, and 5.5 KiB (more than a stdio buffer)
        const Run listing = to_gone_reader(std::string("foods ") + query);
        CHECK(listing.code == 0);
        CHECK(listing.err == "");
    }
    CHECK(to_gone_reader("foods zzzzqqq 2>&1").code == 1);
    CHECK(to_gone_reader("--help").code == 0);
    CHECK(to_gone_reader("--format xml a.csv 2>&1").code == 2);
    // A listing of a few KiB fits in the pipe: head has all of it before it goes.
    CHECK(pipefail("seck foods egg | head -c 1").code == 0);
}
