// The CI and pipeline formats, each read back by a real consumer; --fail-on, --quiet,
// --merge, --average; and byte-identical output run after run.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "run.h"
#include "seck/report/report.h"

using seck_test::cli;
using seck_test::contains;
using seck_test::Run;
using seck_test::shell;

namespace {

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    for (std::size_t pos = 0; pos < text.size();) {
        auto end = text.find('\n', pos);
        if (end == std::string::npos) end = text.size();
        out.push_back(text.substr(pos, end - pos));
        pos = end + 1;
    }
    return out;
}

}  // namespace

// seck -f csv meal_plan.csv: the header and its two days (5 Brazil nut kernels; 2 eggs).
// Ranges at USDA's 95 % intervals: 25 g of nuts at 1414.525-2419.568 µg/100 g, 100 g of egg at
// 25.211-36.155. Mon is 79.25 µg above the UL: half the nuts (239.6 µg) is enough. Tue is 24.3
// µg short: 3 slices of bread (3 x 8.224), 3 oz of turkey (3 x 8.557) or 2 of shrimp (2 x 14.025).
constexpr std::string_view kMealPlanCsv =
    "file,date,selenium_ug,percent_rda,status,top_source,top_source_ug,top_source_share,low_ug,high_ug,"
    "status_range,share_without_range,suggestions,incomplete,unresolved\n"
    "meal_plan.csv,Mon,479.25,871.3636363636363,above-ul,brazil nuts,479.25,1,353.63124999999997,604.892,"
    "adequate|above-ul,0,halve 5 kernel brazil nuts (239.6 µg less),false,\n"
    "meal_plan.csv,Tue,30.7,55.81818181818182,below-rda,\"Egg, whole, raw, fresh\",30.7,1,25.211,36.155,"
    "below-rda,0,\"+3 slices of whole-wheat bread (24.7 µg), or +3 oz of roast turkey breast (25.7 µg), or +2 "
    "oz of cooked shrimp (28.1 µg)\",false,\n";

TEST_CASE("formats: csv and tsv, one row per day, sorted by a pipeline") {
    const Run csv = cli("--format csv meal_plan.csv adequate.csv");
    CHECK(csv.code == 1);
    CHECK(csv.out == std::string(kMealPlanCsv) +
          "adequate.csv,2026-11-01,61.4,111.63636363636364,adequate,\"Egg, whole, raw, fresh\",61.4,1,50.422,72.31,"
          "below-rda|adequate,0,,false,\n"
          "adequate.csv,2026-11-02,95.85,174.27272727272728,adequate,usda:12078,95.85,1,70.72625,"
          "120.97840000000001,adequate,0,,false,\n");  // as written
    const Run tsv = cli("--format tsv meal_plan.csv");
    CHECK(lines(tsv.out)[1] == "meal_plan.csv\tMon\t479.25\t871.3636363636363\tabove-ul\tbrazil nuts\t479.25\t1\t"
                               "353.63124999999997\t604.892\tadequate|above-ul\t0\thalve 5 kernel brazil nuts (239.6 µg less)\t"
                               "false\t");
    // A shell pipeline: the days above 100 µg, highest first.
    const Run piped = shell("'" SECK_BINARY
                            "' --format csv meal_plan.csv adequate.csv | tail -n +2 | sort -t, -k3 -g -r "
                            "| awk -F, '$3 > 90 {print $2}'");
    CHECK(piped.out == "Mon\n2026-11-02\n");
}

TEST_CASE("formats: ndjson, one JSON object per day, read back by nlohmann") {
    const Run r = cli("--format ndjson meal_plan.csv broken.csv");
    CHECK(r.code == 2);
    const auto rows = lines(r.out);
    REQUIRE(rows.size() == 10);  // 2 days, then the 6 errors of broken.csv and its 2 days (incomplete)
    const auto mon = nlohmann::json::parse(rows[0]);
    CHECK(mon["file"] == "meal_plan.csv");
    CHECK(mon["date"] == "Mon");
    CHECK(mon["selenium_ug"].get<double>() == Approx(479.25));
    CHECK(mon["status"] == "above-ul");
    CHECK(mon["line"] == 2);
    const auto error = nlohmann::json::parse(rows[2]);
    CHECK(error["file"] == "broken.csv");
    CHECK(error["line"] == 3);
    CHECK(error["error"].get<std::string>().rfind("unknown food 'brazil nutz'", 0) == 0);
    const auto nov25 = nlohmann::json::parse(rows[9]);
    CHECK(nov25["date"] == "2026-11-25");
    CHECK(nov25["status"] == "incomplete");
    CHECK(nov25["incomplete"] == true);
    CHECK(nov25["unresolved"][0]["line"] == 6);
    CHECK(nov25["unresolved"][0]["text"] == "2026-11-25,usda:01108,1,cup");
}

TEST_CASE("formats: github annotations point at each finding's first diary line") {
    const Run r = cli("--format github meal_plan.csv");
    CHECK(r.code == 1);
    CHECK(r.out ==
          // The range: 25 g of nuts at 1414.525-2419.568 µg/100 g; 100 g of egg at 25.211-36.155.
          "::error file=meal_plan.csv,line=2,title=seck above-ul::Mon: 479.3 µg (range 353-605 µg) is above the UL "
          "of 400 µg (iom 19+ y); within its range it could be adequate; top source: 5 kernel brazil nuts: 479.3 µg, "
          "100 %25; to come under the UL: halve 5 kernel brazil nuts (239.6 µg less)\n"
          "::error file=meal_plan.csv,line=3,title=seck below-rda::Tue: 30.7 µg (range 25-37 µg) is below the RDA of "
          "55 µg (iom 19+ y); top source: 2 large Egg, whole, raw, fresh: 30.7 µg, 100 %25; to reach the RDA: +3 "
          "slices of whole-wheat bread (24.7 µg), or +3 oz of roast turkey breast (25.7 µg), or +2 oz of cooked "
          "shrimp (28.1 µg)\n"
          "::notice title=seck::1 file, 2 days: 2 failing findings, 0 warnings\n");
    // What --fail-on leaves out is a warning; properties escape ':' and ','.
    const Run warn = cli("--format github --fail-on above-ul -", "date,food,amount,unit\na:b,egg,1,large\n");
    CHECK(warn.code == 0);
    CHECK(lines(warn.out)[0] ==
          "::warning file=<stdin>,line=2,title=seck below-rda::a:b: 15.4 µg (range 12-19 µg) is below the RDA of 55 "
          "µg (iom 19+ y); top source: 1 large egg: 15.4 µg, 100 %25; to reach the RDA: +3 oz of cooked shrimp (42.1 "
          "µg), or +3 large eggs (46.1 µg), or +4 oz of salmon (46.9 µg)");
    const Run broken = cli("--format github broken.csv");
    CHECK(broken.code == 2);
    CHECK(lines(broken.out)[1] ==
          "::error file=broken.csv,line=4,title=seck input-error::amount 'lots' is not a number");
}

TEST_CASE("formats: junit is well-formed XML with a testcase per day and a failure per finding") {
    const Run r =
        shell("'" SECK_BINARY
              "' --format junit meal_plan.csv adequate.csv broken.csv > out.xml; echo $?; "
              "xmllint --noout out.xml && echo well-formed; "
              "echo \"$(xmllint --xpath 'count(//testsuite)' out.xml)\"; "
              "echo \"$(xmllint --xpath 'count(//testcase)' out.xml)\"; "
              "echo \"$(xmllint --xpath 'count(//failure)' out.xml)\"; "
              "echo \"$(xmllint --xpath 'string(//testsuite[@name=\"meal_plan.csv\"]/testcase[1]/failure/@type)' "
              "out.xml)\"; echo \"$(xmllint --xpath 'string(/testsuites/@errors)' out.xml)\"; rm -f out.xml");
    // Testcases: 2 + 2 days, broken.csv's 6 errors and its 2 (incomplete) days.
    CHECK(r.out == "2\nwell-formed\n3\n12\n2\nabove-ul\n6\n");
}

TEST_CASE("formats: sarif 2.1.0 with rules, results and locations") {
    const Run r = cli("--format sarif meal_plan.csv broken.csv");
    CHECK(r.code == 2);
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["version"] == "2.1.0");
    CHECK(doc["$schema"] == "https://json.schemastore.org/sarif-2.1.0.json");
    const auto& run = doc["runs"][0];
    CHECK(run["tool"]["driver"]["name"] == "seck");
    CHECK(run["tool"]["driver"]["rules"].size() == 4);
    const auto& results = run["results"];
    // 6 input errors, 2 findings, and broken.csv's day below the RDA that is incomplete: a warning
    REQUIRE(results.size() == 9);
    for (const auto& result : results) {
        CHECK(result.contains("ruleId"));
        CHECK(result["message"].contains("text"));
        CHECK(result["locations"][0]["physicalLocation"]["artifactLocation"].contains("uri"));
        const auto index = result["ruleIndex"].get<std::size_t>();
        CHECK(run["tool"]["driver"]["rules"][index]["id"] == result["ruleId"]);
    }
    CHECK(results[0]["ruleId"] == "above-ul");
    CHECK(results[0]["level"] == "error");
    CHECK(results[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 2);
    CHECK(results[2]["ruleId"] == "input-error");
    CHECK(results[2]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "broken.csv");
}

TEST_CASE("cli: --fail-on decides which findings exit 1") {
    CHECK(cli("meal_plan.csv").code == 1);  // both, by default
    CHECK(cli("--fail-on none meal_plan.csv").code == 0);
    CHECK(cli("--fail-on above-ul meal_plan.csv").code == 1);         // Mon is above the UL
    CHECK(cli("--fail-on below-rda two_nuts.csv").code == 0);         // 191.7 µg: adequate
    CHECK(cli("--fail-on above-ul --age 6 two_nuts.csv").code == 1);  // but above a child's UL
    CHECK(cli("--fail-on below-rda adequate.csv").code == 0);
    CHECK(cli("--fail-on none broken.csv").code == 2);  // errors are always 2
    const Run bad = cli("--fail-on sometimes meal_plan.csv");
    CHECK(bad.code == 2);
    CHECK(bad.err ==
          "seck: --fail-on: unknown finding 'sometimes' (choose from below-rda, above-ul, above-ul-average, none)\n");
}

TEST_CASE("cli: --average gives the rolling mean, and --fail-on can target it") {
    // 5 + 5 Brazil nuts (479.25 µg each), then three days of 4 eggs (61.4 µg).
    const Run r = cli("--average 3 --format json nut_week.csv");
    const auto doc = nlohmann::json::parse(r.out);
    CHECK(doc["summary"]["average_days"] == 3);
    CHECK(doc["summary"]["above_ul_average"] == 0);
    const auto days = doc["days"];
    CHECK(days.at(0)["average_ug"].is_null());
    CHECK(days.at(1)["average_ug"].is_null());
    CHECK(days.at(2)["average_ug"].get<double>() == Approx((479.25 * 2 + 61.4) / 3));  // 339.97: not above 400
    CHECK(days.at(3)["average_ug"].get<double>() == Approx((479.25 + 61.4 * 2) / 3));
    CHECK(cli("--average 2 --fail-on above-ul-average nut_week.csv").code == 1);  // days 1-2 average 479
    CHECK(cli("--average 3 --fail-on above-ul-average nut_week.csv").code == 0);
    CHECK(contains(cli("--average 2 nut_week.csv").out,
                   "warning: 2026-11-02: the 2-day mean, 479.3 µg, is above the UL of 400 µg: chronic excess"));
}

TEST_CASE("cli: --merge treats several files as one diary") {
    const Run apart = cli("--format csv october.csv november.csv");
    CHECK(lines(apart.out).size() == 5);  // header, 2 + 2 days
    const Run merged = cli("--merge --format csv october.csv november.csv");
    CHECK(merged.out ==
          "file,date,selenium_ug,percent_rda,status,top_source,top_source_ug,top_source_share,low_ug,high_ug,"
          "status_range,share_without_range,suggestions,incomplete,unresolved\n"
          "october.csv,2026-10-30,479.25,871.3636363636363,above-ul,brazil nuts,479.25,1,353.63124999999997,604.892,"
          "adequate|above-ul,0,halve 5 nuts brazil nuts (239.6 µg less),false,\n"
          // 2026-10-31: 4 large eggs (61.4 µg) in October, a Brazil nut (95.85) in November's first line:
          // 200 g of egg at 25.211-36.155 µg/100 g and 5 g of nut at 1414.525-2419.568.
          "october.csv,2026-10-31,157.25,285.9090909090909,adequate,brazil nuts,95.85,0.6095389507154213,"
          "121.14824999999999,193.28840000000002,adequate,0,,false,\n"
          "november.csv,2026-11-01,61.4,111.63636363636364,adequate,egg,61.4,1,50.422,72.31,below-rda|adequate,0,,"
          "false,\n");
    // Findings point into the file of the day's first line.
    CHECK(contains(cli("--merge --format github october.csv november.csv").out, "file=october.csv,line=2"));
    const Run broken = cli("--merge october.csv broken.csv");
    CHECK(broken.code == 2);
    CHECK(contains(broken.err, "seck: broken.csv:4: amount 'lots' is not a number\n"));
}

TEST_CASE("cli: -q prints nothing and the exit code tells") {
    for (auto [args, code] : {std::pair{"-q meal_plan.csv", 1}, {"-q adequate.csv", 0}, {"--quiet broken.csv", 2}}) {
        const Run r = cli(args);
        INFO(args);
        CHECK(r.code == code);
        CHECK(r.out == "");
        CHECK(r.err == "");
    }
}

TEST_CASE("every format is byte-identical run after run") {
    for (const seck::OutputFormat& each : seck::output_formats()) {
        const std::string format(each.name);
        INFO(format);
        const std::string args = "--format " + format + " --explain --average 2 meal_plan.csv broken.csv";
        const Run first = cli(args);
        const Run second = cli(args);
        CHECK(first.out == second.out);
        CHECK(first.err == second.err);
        CHECK(!first.out.empty());
    }
}

TEST_CASE("audit: --fail-on above-ul-average needs --average") {
    const Run r = cli("--fail-on above-ul-average nut_week.csv");
    CHECK(r.code == 2);
    CHECK(r.out == "");
    CHECK(r.err == "seck: --fail-on above-ul-average needs --average N\n");
}

TEST_CASE("audit: a plan shorter than --average N gets the mean of all its days on its last day") {
    // Mon-Fri at 1000 µg each: 5 days, fewer than 7, but a whole plan above the UL.
    const Run github = cli("--average 7 --fail-on above-ul-average -f github plan_above_ul.csv");
    CHECK(github.code == 1);
    CHECK(lines(github.out)[5] ==
          "::error file=plan_above_ul.csv,line=6,title=seck above-ul-average::Fri: the 5-day mean, 1000.0 µg, is above "
          "the UL of 400 µg (iom 19+ y)");
    CHECK(lines(github.out)[6] == "::notice title=seck::1 file, 5 days: 1 failing finding, 5 warnings");
    const auto doc = nlohmann::json::parse(cli("--average 7 -f json plan_above_ul.csv").out);
    CHECK(doc["days"][3]["average_ug"].is_null());
    CHECK(doc["days"][4]["average_ug"] == 1000);
    CHECK(doc["summary"]["above_ul_average"] == 1);
    CHECK(doc["notes"][0].dump() ==
          R"({"line":0,"message":"5 diary days, fewer than --average 7: the last day's mean is over all 5"})");
    const Run table = cli("--average 7 plan_above_ul.csv");
    CHECK(
        contains(table.out, "  warning: Fri: the 5-day mean, 1000.0 µg, is above the UL of 400 µg: chronic excess\n"));
    CHECK(contains(table.out, "  note: 5 diary days, fewer than --average 7: the last day's mean is over all 5\n"));
    // A plan as long as N days or longer is unchanged: no note.
    CHECK(!contains(cli("--average 5 plan_above_ul.csv").out, "fewer than"));
}

TEST_CASE("audit: sarif uris are RFC 3986 URI references") {
    const auto dir = seck_test::scratch_dir() / "sarif uris";
    seck_test::fs::create_directories(dir);
    seck_test::fs::copy_file(SECK_TEST_DATA "/meal_plan.csv", dir / "my plan, 50%: v1.csv",
                             seck_test::fs::copy_options::overwrite_existing);
    seck_test::fs::copy_file(SECK_TEST_DATA "/meal_plan.csv", dir / "ul.csv",
                             seck_test::fs::copy_options::overwrite_existing);
    const Run r = shell("cd '" + dir.string() + "' && '" SECK_BINARY "' -f sarif 'my plan, 50%: v1.csv' '" +
                            (dir / "ul.csv").string() + "' -",
                        seck_test::slurp(SECK_TEST_DATA "/meal_plan.csv"));
    CHECK(r.code == 1);
    const auto results = nlohmann::ordered_json::parse(r.out)["runs"][0]["results"];
    REQUIRE(results.size() == 6);  // 2 findings in each of the 3 inputs
    auto artifact = [&](std::size_t i) { return results[i]["locations"][0]["physicalLocation"]["artifactLocation"]; };
    CHECK(artifact(0).dump() == R"({"uri":"my%20plan,%2050%25%3A%20v1.csv"})");
    // "sarif uris" has a space too: %20.
    CHECK(artifact(2)["uri"] == "file://" + (seck_test::scratch_dir() / "sarif%20uris/ul.csv").string());
    CHECK(artifact(4).dump() == R"({"uri":"stdin","description":{"text":"standard input"}})");
    CHECK(results[4]["locations"][0]["physicalLocation"]["region"]["startLine"] == 2);
}

TEST_CASE("audit: csv and tsv give a file with errors a row with status error, then its days") {
    const Run csv = cli("-f csv meal_plan.csv broken.csv missing.csv");
    CHECK(csv.code == 2);
    const auto rows = lines(csv.out);
    REQUIRE(rows.size() == 7);
    CHECK(csv.out.rfind(std::string(kMealPlanCsv) + "broken.csv,,,,error,,,,,,,,,,\n", 0) == 0);
    // broken.csv's days: lines 3-5 of 2026-11-24 and 6-7 of 2026-11-25 not counted (line 8 has no day).
    CHECK(rows[4].rfind("broken.csv,2026-11-24,191.7,348.54545454545456,adequate,brazil nuts,191.7,1,141.4525,"
                        "241.95680000000002,adequate,0,,true,\"3: unknown food 'brazil nutz'; did you mean brazil nuts "
                        "= usda:12078 (Nuts, brazilnuts, dried, unblanched), usda:25021 (Formulated bar, LUNA BAR, NUTZ "
                        "OVER CHOCOLATE)? | 4: amount 'lots' is not a number | 5: unknown unit 'slice' for usda:12078 ",
                        0) == 0);
    CHECK(rows[5].rfind("broken.csv,2026-11-25,0,0,incomplete,,,,0,0,below-rda,0,,true,\"6: usda:01108 (Milk, indian "
                        "buffalo, fluid) has no selenium value in the food table (missing is not zero) | 7: food 'nuts' ",
                        0) == 0);
    CHECK(rows[6] == "missing.csv,,,,error,,,,,,,,,,");
    const Run tsv = cli("-f tsv --average 2 missing.csv");
    CHECK(tsv.out ==
          "file\tdate\tselenium_ug\tpercent_rda\tstatus\taverage_ug\ttop_source\ttop_source_ug\ttop_source_share\t"
          "low_ug\thigh_ug\tstatus_range\tshare_without_range\tsuggestions\tincomplete\tunresolved\n"
          "missing.csv\t\t\t\terror\t\t\t\t\t\t\t\t\t\t\t\n");
    // With --merge, a row per file that has errors, then the days, each line not counted by its file.
    const auto merged = lines(cli("--merge -f csv october.csv broken.csv").out);
    REQUIRE(merged.size() == 6);
    CHECK(merged[1] == "broken.csv,,,,error,,,,,,,,,,");
    CHECK(merged[5].find(",true,\"broken.csv:6: usda:01108 ") != std::string::npos);
}

TEST_CASE("audit: --merge names each day's file in json, ndjson and csv") {
    const auto doc = nlohmann::ordered_json::parse(cli("--merge -f json october.csv november.csv").out);
    CHECK(doc["file"] == "october.csv + november.csv");
    CHECK(doc["days"][1].dump() ==
          R"({"date":"2026-10-31","selenium_ug":157.25,"status":"adequate","below_ear":false,"entry_count":2,)"
          R"("line":3,"file":"october.csv","incomplete":false,"unresolved":[],)"
          R"("range_ug":{"low":121.14824999999999,"high":193.28840000000002},)"
          R"("status_range":["adequate"],"share_without_range":0.0,"sources":[)"
          R"({"file":"november.csv","line":2,"food":"brazil nuts","amount":"1","unit":"nut","id":"12078",)"
          R"("description":"Nuts, brazilnuts, dried, unblanched","selenium_ug":95.85,"share":0.6095389507154213},)"
          R"({"file":"october.csv","line":3,"food":"egg","amount":"4","unit":"large","id":"01123",)"
          R"("description":"Egg, whole, raw, fresh","selenium_ug":61.4,"share":0.3904610492845787}],"suggestions":[]})");
    CHECK(doc["days"][2]["file"] == "november.csv");
    CHECK(doc["days"][2]["line"] == 3);
    const auto rows = lines(cli("--merge -f ndjson october.csv november.csv").out);
    CHECK(rows[2] ==
          R"({"file":"november.csv","date":"2026-11-01","selenium_ug":61.4,"percent_rda":111.63636363636364,)"
          R"("status":"adequate","below_ear":false,"range_ug":{"low":50.422,"high":72.31},)"
          R"("status_range":["below-rda","adequate"],"share_without_range":0.0,"line":3,"incomplete":false,)"
          R"("unresolved":[],)"
          R"("sources":[{"file":"november.csv","line":3,"food":"egg",)"
          R"("amount":"4","unit":"large","id":"01123","description":"Egg, whole, raw, fresh","selenium_ug":61.4,)"
          R"("share":1.0}],"suggestions":[]})");
    // Without --merge, the documented shape: no "file" per day.
    CHECK(!nlohmann::json::parse(cli("-f json october.csv").out)["days"][0].contains("file"));
}

TEST_CASE("audit: junit escapes line breaks and tabs in attributes") {
    const Run r = shell(
        "dir=$(mktemp -d) && printf 'date,food,amount,unit\\nMon,egg,1,large\\n' > \"$dir/a\nb\tc.csv\" && "
        "cd \"$dir\" && '" SECK_BINARY
        "' -f junit \"a\nb\tc.csv\" > out.xml; echo $?; "
        "grep -c ' name=\"a&#10;b&#9;c.csv\"' out.xml; "
        "xmllint --xpath 'string(//testcase/@file)' out.xml | od -c | head -1; rm -r \"$dir\"");
    CHECK(r.out == "1\n1\n0000000   a  \\n   b  \\t   c   .   c   s   v  \\n\n");
}

namespace {

std::string read_source(const std::string& path) {
    std::ifstream in(std::string(SECK_SOURCE_DIR) + "/" + path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// The format names in `text` between `before` and `after`, split at spaces, commas and "or".
std::vector<std::string> names_between(const std::string& text, const std::string& before, const std::string& after) {
    const auto start = text.find(before);
    REQUIRE(start != std::string::npos);
    const auto from = start + before.size();
    const auto end = text.find(after, from);
    REQUIRE(end != std::string::npos);
    std::vector<std::string> names;
    std::string word;
    for (char c : text.substr(from, end - from) + " ") {
        if (c == ' ' || c == ',' || c == '(' || c == ')') {
            if (!word.empty() && word != "or" && word != "default") names.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    return names;
}

}  // namespace

// The registry is the only list of format names: the man page and the three completion
// files list exactly its formats, in its order; -f refuses any other name.
TEST_CASE("formats: the man page and completions list the registry's formats") {
    std::vector<std::string> registered;
    for (const seck::OutputFormat& format : seck::output_formats()) registered.emplace_back(format.name);
    CHECK(registered.front() == "table");
    CHECK(names_between(read_source("docs/seck.1"), "\\fIFORMAT\\fR\n", ".\n") == registered);
    CHECK(names_between(read_source("completions/seck.bash"), "-f|--format) COMPREPLY=($(compgen -W \"", "\"") ==
          registered);
    CHECK(names_between(read_source("completions/_seck"), ":format:(", ")'") == registered);
    CHECK(names_between(read_source("completions/seck.fish"), "-l format -x -a '", "'") == registered);
    CHECK_THROWS_WITH(seck::render("yaml", {}, {}), "unknown output format 'yaml'");
    const Run unknown = cli("--format yaml meal_plan.csv");
    CHECK(unknown.code == 2);
    CHECK(contains(unknown.err, "--format: yaml not in {table,json,ndjson,csv,tsv,github,junit,sarif,html}"));
}
