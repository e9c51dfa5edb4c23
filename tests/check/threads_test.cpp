// A big file is read by two threads over its halves (check.cpp, stream_file): the
// outcome must be the one a single pass over the same text gives.
#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <string>
#include <type_traits>

#include "seck/check/check.h"

// A DiaryCheck's reader calls back into it through `this`: a copy or a moved-to check
// would be fed by a reader that writes into the old one. The second thread's check is
// made in place and absorbed by reference.
static_assert(!std::is_copy_constructible_v<seck::DiaryCheck>);
static_assert(!std::is_copy_assignable_v<seck::DiaryCheck>);
static_assert(!std::is_move_constructible_v<seck::DiaryCheck>);
static_assert(!std::is_move_assignable_v<seck::DiaryCheck>);

namespace {

namespace fs = std::filesystem;

const seck::FoodTable& table() {
    static const seck::FoodTable foods;
    return foods;
}

// Writes `text` to a scratch file and checks it both ways.
struct BothWays {
    seck::FileResult one_pass, two_threads;

    // Each way may hold a different number of days in memory (days.h).
    explicit BothWays(const std::string& text, const seck::CheckOptions& two_threads_options = {},
                      const seck::CheckOptions& one_pass_options = {}) {
        const fs::path path = fs::temp_directory_path() / ("seck-threads-" + std::to_string(::getpid()) + ".csv");
        std::ofstream(path, std::ios::binary) << text;
        seck::Resolver first(table()), second(table());
        one_pass = seck::check_text(text, path.string(), first, {}, one_pass_options);
        two_threads = seck::check_file(path.string(), second, {}, two_threads_options);
        fs::remove(path);
    }
};

// A diary of about 10 MB (over the two-thread threshold of 8 MB): 40 lines a day.
std::string big_diary(std::size_t lines, const std::string& extra_at_middle = {}) {
    std::string text = "date,food,amount,unit\n";
    const char* foods[] = {"usda:12078,1,kernel", "usda:01123,1,large", "usda:05064,3,oz", "egg,2,",
                           "brazil nuts,2,nuts",  "usda:20445,100,g"};
    for (std::size_t i = 0; i < lines; ++i) {
        if (i == lines / 2) text += extra_at_middle;
        text += "Day " + std::to_string(i / 40) + "," + foods[i % 6] + "\n";
    }
    return text;
}

void same(const seck::FileResult& a, const seck::FileResult& b) {
    REQUIRE(a.error_count == b.error_count);
    REQUIRE(a.errors.size() == b.errors.size());
    for (std::size_t i = 0; i < a.errors.size(); ++i) {
        CHECK(a.errors[i].line == b.errors[i].line);
        CHECK(a.errors[i].message == b.errors[i].message);
    }
    REQUIRE(a.notes.size() == b.notes.size());
    for (std::size_t i = 0; i < a.notes.size(); ++i) {
        CHECK(a.notes[i].line == b.notes[i].line);
        CHECK(a.notes[i].message == b.notes[i].message);
    }
    CHECK(a.lines.read == b.lines.read);
    CHECK(a.lines.header == b.lines.header);
    CHECK(a.lines.entries == b.lines.entries);
    CHECK(a.lines.skipped == b.lines.skipped);
    CHECK(a.lines.errors == b.lines.errors);
    CHECK(a.stopped == b.stopped);
    CHECK(a.dayless_lines == b.dayless_lines);
    CHECK(a.dayless_count == b.dayless_count);
    REQUIRE(a.reports.size() == b.reports.size());
    for (std::size_t r = 0; r < a.reports.size(); ++r) {
        const auto& da = a.reports[r].days;
        const auto& db = b.reports[r].days;
        REQUIRE(da.size() == db.size());
        for (auto x = da.begin(), y = db.begin(); x != da.end(); ++x, ++y) {
            CHECK(x->label == y->label);
            CHECK(x->person == y->person);
            CHECK(x->entries == y->entries);
            CHECK(x->first_line == y->first_line);
            CHECK(std::fabs(x->selenium_ug - y->selenium_ug) <= 1e-12 * x->selenium_ug);
            CHECK(x->status == y->status);
            REQUIRE(x->unresolved_count == y->unresolved_count);
            REQUIRE(x->unresolved.size() == y->unresolved.size());
            for (std::size_t k = 0; k < x->unresolved.size(); ++k) {
                CHECK(x->unresolved[k].line == y->unresolved[k].line);
                CHECK(x->unresolved[k].text == y->unresolved[k].text);
                CHECK(x->unresolved[k].message == y->unresolved[k].message);
            }
        }
    }
}

}  // namespace

TEST_CASE("two threads: a big diary gives the totals, notes and line counts of one pass") {
    const BothWays run(big_diary(400000));
    REQUIRE(run.one_pass.ok());
    same(run.one_pass, run.two_threads);
    const auto& days = run.two_threads.reports.at(0).days;
    REQUIRE(days.size() == 10000);
    // Day 0: lines 2-41, 40 entries cycling through six foods (hand-worked, USDA SR28):
    // 7 x Brazil nut 95.85 + 7 x egg 15.35 + 7 x 3 oz usda:05064 23.4734... + 7 x 2 eggs
    // 30.7 + 6 x 2 nuts 191.7 + 6 x 100 g usda:20445 (white rice, cooked: 7.5 µg/100 g) 7.5.
    const double oz3 = 3 * 28.349523125 * 27.6 / 100;  // usda:05064 at 27.6 µg/100 g
    CHECK(days.at(0).label == "Day 0");
    CHECK(days.at(0).entries == 40);
    CHECK(days.at(0).selenium_ug == Approx(7 * 95.85 + 7 * 15.35 + 7 * oz3 + 7 * 30.7 + 6 * 191.7 + 6 * 7.5));
    CHECK(run.two_threads.lines.read == 400001);
    CHECK(run.two_threads.lines.entries == 400000);
}

TEST_CASE("two threads: errors in both halves come in line order, counted once") {
    std::string text = big_diary(400000, "Day x,unknown food here,1,g\nDay y,usda:12078,-1,kernel\n");
    text += "Day z,usda:12078,abc,kernel\n";
    const BothWays run(text);
    CHECK(run.two_threads.error_count == 3);
    same(run.one_pass, run.two_threads);
    REQUIRE(run.two_threads.errors.size() == 3);
    CHECK(run.two_threads.errors[0].line == 200002);
    CHECK(run.two_threads.errors[1].message == "amount '-1' is negative");
    CHECK(run.two_threads.errors[2].line == 400004);
    // Each line is listed under its day (a day of its own here, with nothing counted).
    const auto& days = run.two_threads.reports.at(0).days;
    const seck::Day x = *std::find_if(days.begin(), days.end(), [](const seck::Day& d) { return d.label == "Day x"; });
    CHECK(x.entries == 0);
    CHECK(x.incomplete());
    REQUIRE(x.unresolved.size() == 1);
    CHECK(x.unresolved[0].line == 200002);
    CHECK(x.unresolved[0].text == "Day x,unknown food here,1,g");
}

TEST_CASE("two threads: lines not counted on days that span the halves are listed as one pass lists them") {
    // Day 3 (first half) and Day 9000 (second half) each get a line not counted; one line has no date.
    std::string text = big_diary(400000);
    const std::string day3 = "Day 3,usda:12078,1,kernel\n";
    text.insert(text.find(day3) + day3.size(), "Day 3,nothing known,1,g\n");
    const std::string day9000 = "Day 9000,usda:12078,1,kernel\n";
    text.insert(text.find(day9000) + day9000.size(), "Day 9000,usda:12078,1,slab\n,usda:12078,1,kernel\n");
    const BothWays run(text);
    CHECK(run.two_threads.error_count == 3);
    same(run.one_pass, run.two_threads);
    CHECK(run.two_threads.dayless_count == 1);
    const auto& days = run.two_threads.reports.at(0).days;
    CHECK(days.at(3).unresolved_count == 1);
    CHECK(days.at(3).entries == 40);
    CHECK(days.at(9000).unresolved_count == 1);
    CHECK(days.at(9000).incomplete());
    CHECK_FALSE(days.at(4).incomplete());
}

TEST_CASE("two threads: a quoted field across the middle is read as one pass reads it") {
    // A multi-line quoted food name that starts just before the middle of the file.
    std::string quoted = "Day q,\"Nuts, brazilnuts, dried, unblanched";
    for (int i = 0; i < 20000; ++i) quoted += "\nline " + std::to_string(i);
    quoted += "\",1,kernel\n";
    const BothWays run(big_diary(330000, quoted));
    same(run.one_pass, run.two_threads);
    // The name with line breaks is no food: one error, on the line where the entry starts.
    REQUIRE(run.two_threads.error_count == 1);
    CHECK(run.two_threads.errors[0].line == 165002);
    CHECK(run.two_threads.errors[0].message.ends_with(" is longer than 300 bytes"));
}

TEST_CASE("two threads: CRLF and lone CR line ends number lines as one pass does") {
    std::string text = big_diary(400000);
    std::string crlf;
    for (char c : text) {
        if (c == '\n')
            crlf += "\r\n";
        else
            crlf += c;
    }
    crlf += "Day z,nothing known,1,g\r";  // a last line ending in a lone CR
    const BothWays run(crlf);
    same(run.one_pass, run.two_threads);
    REQUIRE(run.two_threads.error_count == 1);
    CHECK(run.two_threads.errors[0].line == 400002);
}

TEST_CASE("two threads: a semicolon file found from its header is read as one pass reads it") {
    std::string text = big_diary(400000);
    std::replace(text.begin(), text.end(), ',', ';');
    REQUIRE(text.size() > (std::size_t{8} << 20));
    const BothWays both(text);
    CHECK(both.one_pass.ok());
    CHECK(both.one_pass.read_as == "seck diary; ';'-separated (found from the header); decimal comma");
    CHECK(both.two_threads.read_as == both.one_pass.read_as);
    same(both.one_pass, both.two_threads);
}

TEST_CASE("two threads, days written to a temporary file: the days of one pass held in memory") {
    // ISO-dated days of two people, the file's second half revisiting the first half's days
    // in reverse order: with 16 days held, both halves write runs that finish() merges.
    std::string text = "date,person,food,amount,unit\n";
    auto date = [](std::size_t d) { return fmt::format("20{:02}-{:02}-{:02}", d / 336, d / 28 % 12 + 1, d % 28 + 1); };
    const char* foods[] = {"usda:12078,1,kernel", "usda:01123,1,large", "egg,2,", "usda:20445,100,g"};
    for (std::size_t i = 0; i < 200000; ++i)
        text += fmt::format("{},{},{}\n", date(i / 40), i % 3 ? "ann" : "bob", foods[i % 4]);
    for (std::size_t i = 200000; i-- > 0;)
        text += fmt::format("{},{},{}\n", date(i / 40), i % 3 ? "bob" : "ann", foods[(i + 1) % 4]);
    REQUIRE(text.size() > (std::size_t{8} << 20));
    seck::CheckOptions spill, all_held;
    spill.memory_days = 16;
    all_held.memory_days = 1 << 20;
    const BothWays run(text, spill, all_held);
    REQUIRE(run.one_pass.ok());
    same(run.one_pass, run.two_threads);
    REQUIRE(run.two_threads.reports.size() == 2);
    CHECK(run.two_threads.reports[1].person == "ann");  // in order of first appearance: line 2 is bob's
    const auto& bob = run.two_threads.reports[0];
    CHECK(bob.person == "bob");
    REQUIRE(bob.days.spilled());
    REQUIRE(!run.one_pass.reports[0].days.spilled());
    REQUIRE(bob.days.size() == 5000);
    // 2000-01-01 for bob: i = 0, 3, ..., 39 (14 entries, foods i % 4) and, on the way back,
    // i % 3 != 0 in 0..39 (26 entries, foods (i + 1) % 4). Hand-worked: nut 95.85, egg 15.35,
    // 2 eggs 30.7, 100 g rice 7.5.
    const double ug[] = {95.85, 15.35, 30.7, 7.5};
    double expected = 0;
    for (std::size_t i = 0; i < 40; ++i) expected += i % 3 == 0 ? ug[i % 4] : ug[(i + 1) % 4];
    CHECK(bob.days.at(0).label == "2000-01-01");
    CHECK(bob.days.at(0).entries == 40);
    CHECK(bob.days.at(0).selenium_ug == Approx(expected));
    CHECK(bob.days.at(0).first_line == 2);
}
