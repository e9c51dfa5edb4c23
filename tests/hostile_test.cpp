// Hostile input: seck refuses or survives it, accounts for every line, and never prints a
// report that looks complete after an error.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "run.h"
#include "seck/check.h"

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
                                   {"1,5", "amount '1,5' is not a number (write decimals with a dot: 1.5)"}}) {
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
    CHECK(result.reports[0].days[99999].label == "day99999");
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
    CHECK(std::fabs(result.reports[0].days[0].selenium_ug - 100000) / 100000 < 1e-12);
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
