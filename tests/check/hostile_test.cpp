// Hostile input: seck refuses or survives it, accounts for every line, and never prints a
// report that looks complete after an error.
#include <fmt/format.h>
#include <sys/resource.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "run.h"
#include "seck/check/check.h"

using seck_test::cli;
using seck_test::contains;
using seck_test::Run;
using seck_test::shell;

namespace {

seck::FileResult check(std::string_view text) {
    static const seck::FoodTable table;
    seck::Resolver resolver(table);
    return seck::check_text(text, "x.csv", resolver);
}

void adds_up(const seck::LineCounts& n) {
    CHECK(n.read == n.header + n.entries + n.skipped + n.errors);
}

// The JSON report of a file with errors: its line counts ("read header entries skipped errors").
// A file that could not be read (`stopped`) carries nothing that could pass for a report; one
// with lines not counted has its days, and says that any of them may be low.
std::string refused_json_lines(const std::string& out, bool stopped) {
    const auto doc = nlohmann::json::parse(out);
    CHECK(doc.contains("errors"));
    CHECK(doc.contains("days") == !stopped);
    CHECK(doc.contains("summary") == !stopped);
    const auto& n = doc.at("lines");
    CHECK(n.at("read") == n.at("header").get<int>() + n.at("entries").get<int>() + n.at("skipped").get<int>() +
                              n.at("errors").get<int>());
    return fmt::format("{} {} {} {} {}", n.at("read").get<int>(), n.at("header").get<int>(), n.at("entries").get<int>(),
                       n.at("skipped").get<int>(), n.at("errors").get<int>());
}

}  // namespace

TEST_CASE("hostile: every line is accounted for") {
    const auto ok = check("# plan\n\ndate,food,amount,unit\nd,egg,1,large\nd,\"two\nlines\",1,mcg\nd,egg,2,large");
    CHECK(ok.lines.read == 7);
    CHECK(ok.lines.header == 1);
    CHECK(ok.lines.entries == 4);  // one entry spans two lines
    CHECK(ok.lines.skipped == 2);
    CHECK(ok.lines.errors == 0);
    adds_up(ok.lines);
    const auto bad = check("date,food,amount,unit\nd,egg,x,large\nd,egg,1,large\n\xff,egg,1,large\nd,\"egg\" x,1,g\n");
    CHECK(bad.lines.read == 5);
    CHECK(bad.lines.entries == 1);
    CHECK(bad.lines.errors == 3);
    adds_up(bad.lines);
}

TEST_CASE("hostile: amounts that are not plain decimals") {
    for (auto [amount, message] : {std::pair{"1e308", "amount '1e308' is not a number"},
                                   {"-0", "amount '-0' is negative"},
                                   {"0x10", "amount '0x10' is not a number"},
                                   {"1,5", "amount '1,5' is not a number (write decimals with a dot: 1.5, or give --decimal-comma)"}}) {
        INFO(amount);
        const auto result = check(std::string("d,egg,\"") + amount + "\",large\n");
        REQUIRE(result.errors.size() == 1);
        CHECK(result.errors[0].message == message);
    }
    CHECK(check("d,egg, 2 ,large\n").ok());  // spaces around a field are not part of it
}

TEST_CASE("hostile: 100k distinct days") {
    std::string text = "date,food,amount,unit\n";
    for (int d = 0; d < 100000; ++d) text += "day" + std::to_string(d) + ",usda:12078,1,kernel\n";
    const auto result = check(text);
    REQUIRE(result.ok());
    CHECK(result.reports[0].days.size() == 100000);
    CHECK(result.reports[0].days.at(99999).label == "day99999");
    CHECK(result.reports[0].summary.mean_ug == Approx(95.85));
}

TEST_CASE("hostile: many small entries sum as in exact arithmetic") {
    // 1M entries of 0.1 mcg: naive summation drifts by about 1e-6 relative; compensated
    // summation gives 100000 to within 1e-9.
    std::string text;
    text.reserve(1 << 24);
    for (int i = 0; i < 1000000; ++i) text += "d,selenium,0.1,mcg\n";
    const auto result = check(text);
    REQUIRE(result.ok());
    CHECK(std::fabs(result.reports[0].days.at(0).selenium_ug - 100000) / 100000 < 1e-12);
}

TEST_CASE("hostile: files that are not diaries") {
    const Run zero = cli("/dev/zero");
    CHECK(zero.code == 2);
    CHECK(zero.err ==
          "seck: /dev/zero:1: binary data (a NUL byte), not a CSV diary\nseck: /dev/zero: not checked, 1 error\n");
    // A FIFO is read like a file.
    const Run fifo =
        shell("dir=$(mktemp -d) && mkfifo \"$dir/plan\" && (cat two_nuts.csv > \"$dir/plan\" &) && '" SECK_BINARY
              "' -f csv \"$dir/plan\" | tail -1 | cut -d, -f3; rm -rf \"$dir\"");
    CHECK(fifo.out == "191.7\n");
    // A line of 50 MB with no line break, streamed: refused with bounded memory.
    const Run long_line = shell("head -c 50000000 /dev/zero | tr '\\0' x | '" SECK_BINARY "' -");
    CHECK(long_line.code == 2);
    CHECK(contains(long_line.err, "seck: <stdin>:1: line longer than 1 MiB (an unterminated quote?), skipped\n"));
}

TEST_CASE("hostile: deep or wrong --foods files are refused, not crashed on") {
    const std::string deep = "{\"foods\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
    const Run r = cli("--foods - two_nuts.csv", deep);
    CHECK(r.code == 2);
    CHECK(r.err == "seck: -: /foods/0: expected an object\n");
    const Run nan =
        cli("--foods - two_nuts.csv", R"({"foods": [{"id": "x", "description": "X", "selenium_ug_per_100g": 1e400}]})");
    CHECK(nan.code == 2);
    CHECK(contains(nan.err, "number overflow parsing '1e400'"));
}

TEST_CASE("hostile: output that cannot be written") {
    const Run full = shell("'" SECK_BINARY "' adequate.csv > /dev/full");
    CHECK(full.code == 2);
    CHECK(full.err == "seck: cannot write the report: No space left on device\n");
    // A reader that goes away early is not an error message.
    const Run piped = shell("yes 'd,usda:12078,1,kernel' | head -100000 | '" SECK_BINARY "' -f ndjson - | head -c 1");
    CHECK(piped.err == "");
}

TEST_CASE("hostile: a food name of 1 MB is refused at once, not matched word by word") {
    std::string name;
    while (name.size() < 1000000) name += "nut" + std::to_string(name.size()) + ' ';
    name.pop_back();  // no trailing space: the field is the name as written
    const std::string text = "date,food,amount,unit\nd," + name + ",1,g\nd,usda:12078,1,kernel\n";
    static const seck::FoodTable table;
    seck::Resolver resolver(table);
    const seck::FileResult result = seck::check_text(text, "long.csv", resolver);
    REQUIRE(result.error_count == 1);
    CHECK(result.errors[0].line == 2);
    CHECK(result.errors[0].message == "food " + seck::quoted(name) + " is longer than 300 bytes");
    CHECK(seck::quoted(name).ends_with(" (1000002 bytes)"));
}

// Issue 9's list of hostile input, item by item, end to end: the exact exit code and messages.
// (Covered elsewhere: a directory as a diary, cli_test "missing files and directories"; 100k
// days, amounts and deep --foods above; a NUL in the first line, cli_test.)

TEST_CASE("hostile: a 5 MB field, end to end") {
    const std::string text = "d,egg,1,large\nd," + std::string(5 << 20, 'x') + ",1,g\nd,egg,2,large\n";
    const Run r = cli("-f json -", text);
    CHECK(r.code == 2);
    CHECK(r.err ==
          "seck: <stdin>:2: line longer than 1 MiB (an unterminated quote?), skipped\n"
          "seck: <stdin>: 1 line not counted, on no known day: any day's total may be low\n");
    CHECK(refused_json_lines(r.out, false) == "3 0 2 0 1");
}

TEST_CASE("hostile: a 1 GB file of one line is refused in bounded memory") {
    // Streamed through a pipe, as from a FIFO or a program: 1 GiB of 'x' without a line break.
    const Run r = shell("head -c 1073741824 /dev/zero | tr '\\0' x | '" SECK_BINARY "' -f json -");
    struct rusage usage {};
    ::getrusage(RUSAGE_CHILDREN, &usage);
    CHECK(r.code == 2);
    CHECK(r.err ==
          "seck: <stdin>:1: line longer than 1 MiB (an unterminated quote?), skipped\n"
          "seck: <stdin>: not checked, 1 error\n");
    CHECK(refused_json_lines(r.out, true) == "1 0 0 0 1");
    INFO("peak RSS of the largest child, KiB: " << usage.ru_maxrss);
    CHECK(usage.ru_maxrss < 256 * 1024);  // a few MiB of buffers (more under ASan), never the line
}

TEST_CASE("hostile: NUL bytes and invalid UTF-8, end to end") {
    // A NUL after the first 8 KiB: found on its line, which stops the file.
    std::string late = "date,food,amount,unit\n";
    for (int i = 0; i < 2000; ++i) late += "d,egg,1,large\n";
    late += std::string("d,e\0gg,1,large\nd,egg,1,large\n", 29);
    const Run nul = cli("-f json -", late);
    CHECK(nul.code == 2);
    CHECK(nul.err ==
          "seck: <stdin>:2002: binary data (a NUL byte), not a CSV diary\nseck: <stdin>: not checked, 1 error\n");
    CHECK(refused_json_lines(nul.out, true) == "2002 1 2000 0 1");
    // Latin-1, a UTF-16 surrogate, an overlong '/', a code point past U+10FFFF: each its line's error.
    const Run utf8 = cli("-f json -",
                         "date,food,amount,unit\nd,caf\xe9,1,g\nd,\xed\xa0\x80,1,g\nd,\xc0\xaf,1,g\n"
                         "d,\xf4\x90\x80\x80,1,g\nd,egg,1,large\n");
    CHECK(utf8.code == 2);
    CHECK(utf8.err ==
          "seck: <stdin>:2: not valid UTF-8 text\nseck: <stdin>:3: not valid UTF-8 text\n"
          "seck: <stdin>:4: not valid UTF-8 text\nseck: <stdin>:5: not valid UTF-8 text\n"
          "seck: <stdin>: 4 lines not counted, on no known day: any day's total may be low\n");
    CHECK(refused_json_lines(utf8.out, false) == "6 1 1 0 4");
}

TEST_CASE("hostile: a quoted amount keeps its spaces, and is refused") {
    const Run r = cli("-", "d,egg,\" 2 \",large\nd,egg,1e308,large\nd,egg,0x10,large\n");
    CHECK(r.code == 2);
    CHECK(r.err ==
          "seck: <stdin>:1: amount ' 2 ' is not a number\nseck: <stdin>:2: amount '1e308' is not a number\n"
          "seck: <stdin>:3: amount '0x10' is not a number\n"
          "seck: <stdin>: 3 lines not counted, so 1 day is incomplete (the report lists them)\n");
    CHECK(contains(r.out, "  incomplete: d: at least 0.0 µg (lines 1, 2, 3 not counted)\n"
                          "    <stdin>:1: d,egg,\" 2 \",large\n"
                          "      amount ' 2 ' is not a number\n"));
}

TEST_CASE("hostile: --foods files of every wrong kind, end to end") {
    const std::string food = R"("id": "x", "description": "X", "selenium_ug_per_100g": )";
    const std::pair<std::string, std::string> cases[] = {
        // wrong types
        {R"({"foods": {}})", "-: /: expected an object with a \"foods\" array"},
        {R"({"foods": [{"id": 12, "description": "X", "selenium_ug_per_100g": 1}]})",
         "-: /foods/0/id: expected a non-empty string"},
        {"{\"foods\": [{" + food + "\"lots\"}]}",
         "-: /foods/0/selenium_ug_per_100g: expected a number >= 0, or null if unknown"},
        {"{\"foods\": [{" + food + "1, \"names\": \"x\"}]}", "-: /foods/0/names: expected an array of strings"},
        {"{\"foods\": [{" + food + "1, \"portions\": {\"unit\": \"cup\"}}]}",
         "-: /foods/0/portions: expected an array"},
        {"{\"foods\": [{" + food + "1, \"portions\": [{\"unit\": \"cup\", \"grams\": \"9\"}]}]}",
         "-: /foods/0/portions/0/grams: expected a number > 0"},
        // duplicate ids
        {"{\"foods\": [{" + food + "1}, {" + food + "2}]}", "-: /foods/1/id: id 'x' is used twice (also /foods/0)"},
        // negative or non-finite values
        {"{\"foods\": [{" + food + "-1}]}",
         "-: /foods/0/selenium_ug_per_100g: expected a number >= 0, or null if unknown"},
        {"{\"foods\": [{" + food + "1, \"portions\": [{\"unit\": \"cup\", \"grams\": -5}]}]}",
         "-: /foods/0/portions/0/grams: expected a number > 0"},
        {"{\"foods\": [{" + food + "-1e400}]}", "-:1:68: number overflow parsing '-1e400'"},
        {"{\"foods\": [{" + food + "NaN}]}",
         "-:1:68: syntax error while parsing value - invalid literal; last read: '\"selenium_ug_per_100g\": N'"},
        {"{\"foods\": [{" + food + "Infinity}]}",
         "-:1:68: syntax error while parsing value - invalid literal; last read: '\"selenium_ug_per_100g\": I'"},
        {"{\"foods\": [{" + food + "1e300}]}",
         "-: /foods/0/selenium_ug_per_100g: more than 1e8 µg (100 g) of selenium in 100 g"},
        // deep nesting, where a string or a key is expected, and left open
        {"{\"foods\": [{" + food + "1, \"names\": " + std::string(100000, '[') + std::string(100000, ']') + "}]}",
         "-: /foods/0/names/0: expected a string"},
        {"{\"foods\": [{" + food + "1, \"more\": " +
             [] {
                 std::string deep;
                 for (int i = 0; i < 100000; ++i) deep += "{\"a\":";
                 return deep + "1" + std::string(100000, '}');
             }() +
             "}]}",
         "-: /foods/0/more: unknown key (expected id, description, group, names, selenium_ug_per_100g, portions, spread)"},
        {"{\"foods\": " + std::string(100000, '['),
         "-:1:100011: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal"},
    };
    for (const auto& [json, message] : cases) {
        INFO(json.substr(0, 200));
        const Run r = cli("--foods - two_nuts.csv", json);
        CHECK(r.code == 2);
        CHECK(r.err == "seck: " + message + "\n");
        CHECK(r.out == "");
    }
}

TEST_CASE("hostile: --foods and --profiles from a directory, a FIFO or /dev/zero") {
    CHECK(cli("--foods . two_nuts.csv").err == "seck: .: is a directory\n");
    for (const char* option : {"--foods", "--profiles"}) {
        INFO(option);
        // /dev/zero never ends: refused after a bound, not read until memory runs out.
        const Run zero = cli(std::string(option) + " /dev/zero two_nuts.csv");
        CHECK(zero.code == 2);
        CHECK(zero.err == "seck: /dev/zero: larger than 64 MiB, too big to be read whole\n");
        const Run stdin_zero = shell("'" SECK_BINARY "' " + std::string(option) + " - two_nuts.csv < /dev/zero");
        CHECK(stdin_zero.code == 2);
        CHECK(stdin_zero.err == "seck: -: larger than 64 MiB, too big to be read whole\n");
    }
    const Run fifo =
        shell("dir=$(mktemp -d) && mkfifo \"$dir/foods\" && (cat user_foods.json > \"$dir/foods\" &) && '" SECK_BINARY
              "' -f csv --foods \"$dir/foods\" granola.csv | tail -1 | cut -d, -f3; rm -rf \"$dir\"");
    CHECK(fifo.err == "");
    CHECK(fifo.out == "59.78\n");  // 2 cups of 122 g at 24.5 µg/100 g
}

TEST_CASE("hostile: a file without read permission") {
    // Tests may run as root, who reads any file: then seck runs as nobody (setpriv, util-linux).
    const std::filesystem::path file = seck_test::scratch_dir() / "locked.csv";
    std::ofstream(file) << "d,egg,1,large\n";
    std::filesystem::permissions(file, std::filesystem::perms::none);
    std::filesystem::permissions(seck_test::scratch_dir(), std::filesystem::perms::others_exec,
                                 std::filesystem::perm_options::add);
    const std::string as = ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
    const std::string path = file.string();
    const Run diary = shell(as + "'" SECK_BINARY "' '" + path + "'");
    CHECK(diary.code == 2);
    CHECK(diary.err ==
          "seck: " + path + ": cannot open: Permission denied\nseck: " + path + ": not checked, 1 error\n");
    const Run foods = shell(as + "'" SECK_BINARY "' --foods '" + path + "' two_nuts.csv");
    CHECK(foods.code == 2);
    CHECK(foods.err == "seck: " + path + ": cannot open: Permission denied\n");
    std::filesystem::remove(file);
}
