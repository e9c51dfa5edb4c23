// What the fuzzers (fuzz/) found, each pinned with its exact outcome. The input that found it
// is also in fuzz/corpus/<target>/, so fuzz_replay_<target> replays it through the fuzz target.
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "seck/check/check.h"
#include "seck/read/diary.h"
#include "seck/resolve/foods.h"
#include "seck/resolve/resolve.h"

namespace {

const seck::FoodTable& table() {
    static const seck::FoodTable foods;
    return foods;
}

seck::FileResult check(std::string_view text) {
    seck::Resolver resolver(table());
    return seck::check_text(text, "x.csv", resolver);
}

// Reads `text` fed in pieces of `piece` bytes; the reader's line counts and its errors.
struct Read {
    seck::DiaryReader::Counts counts;
    std::size_t row_lines = 0;
    std::vector<std::string> errors;
};
Read read(const std::string& text, std::size_t piece) {
    Read out;
    seck::DiaryReader reader(
        [&](const seck::DiaryRow& row) { out.row_lines += row.span; },
        [&](std::size_t line, std::string message) { out.errors.push_back(std::to_string(line) + ": " + message); });
    for (std::size_t at = 0; at < text.size(); at += piece) reader.feed(std::string_view(text).substr(at, piece));
    reader.finish();
    out.counts = reader.counts();
    return out;
}

}  // namespace

// amount_fuzzer, corpus/amount/zero_bytes: an empty view with no data (std::string_view(), as
// a caller without a unit passes) made the resolver's cache hash call memcpy(dst, nullptr, 0)
// (UBSan: null pointer passed as argument 2). A diary row without its unit field is an error
// before it is resolved (corpus/diary/short_row.csv); an empty unit field is the default portion.
TEST_CASE("fuzz: an empty unit or food with no data resolves (no memcpy from a null view)") {
    seck::Resolver resolver(table());
    std::string err;
    const seck::Resolved* egg = resolver.resolve("egg", std::string_view(), &err);
    REQUIRE(egg);
    CHECK(egg->ug_per_unit == Approx(15.35));
    CHECK(egg->note == "no unit for 'egg': each counts as one \"large\" (50 g), its default portion");
    CHECK_FALSE(resolver.resolve(std::string_view(), std::string_view(), &err));
    CHECK(err == "unknown food '': write a food name or usda:NNNNN");
    // A row that stops before its unit column has none: two eggs, as "d,egg,2,".
    const auto missing = check("d,egg,2\n");
    REQUIRE(missing.ok());
    CHECK(missing.reports[0].days.at(0).selenium_ug == Approx(30.7));
    const auto empty = check("d,egg,2,\n");
    REQUIRE(empty.ok());
    CHECK(empty.reports[0].days.at(0).selenium_ug == Approx(30.7));
}

// foods_fuzzer, corpus/foods/huge.json: 1.7e308 µg per 100 g in a 1.7e308 g cup was accepted,
// its µg per cup overflowed to infinity, and the checker then blamed the diary's amount
// ("amount '1' is too large"). Values past physical bounds are now refused where they are written.
TEST_CASE("fuzz: --foods values too large to be a food are refused at their JSON pointer") {
    auto refuse = [](std::string_view json) {
        seck::FoodTable::Builder builder;
        std::string err;
        CHECK_FALSE(builder.add_user_foods(json, "mine.json", &err));
        CHECK(builder.build()->foods().size() == seck::embedded_foods().size() + seck::fndds_foods().size());  // nothing added
        return err;
    };
    CHECK(refuse(R"({"foods": [{"id": "x", "description": "X", "selenium_ug_per_100g": 1.7e308,
                    "portions": [{"unit": "cup", "grams": 1.7e308}]}]})") ==
          "mine.json: /foods/0/selenium_ug_per_100g: more than 1e8 µg (100 g) of selenium in 100 g");
    CHECK(refuse(R"({"foods": [{"id": "x", "description": "X", "selenium_ug_per_100g": 1,
                    "portions": [{"unit": "cup", "grams": 1.7e308}]}]})") ==
          "mine.json: /foods/0/portions/0/grams: more than 1e6 g (a tonne) in one unit");
    // The bounds themselves are accepted, and a cup of it is finite.
    seck::FoodTable::Builder builder;
    std::string err;
    REQUIRE(builder.add_user_foods(R"({"foods": [{"id": "x", "description": "X", "selenium_ug_per_100g": 1e8,
                                      "portions": [{"unit": "cup", "grams": 1e6}]}]})",
                                   "mine.json", &err));
    const auto foods = builder.build();
    seck::Resolver resolver(*foods);
    const seck::Resolved* r = resolver.resolve("x", "tsp", &err);
    REQUIRE(r);
    CHECK(r->ug_per_unit == Approx(1e12 * 4.92892159375 / 236.5882365));
}

// diary_fuzzer invariant (lines read = header + entries + skipped + errors), with a line over
// 1 MiB streamed in pieces: the over-long line was counted as an error but never as read, and
// one that ended the input without a line break was not counted at all.
TEST_CASE("fuzz: an over-long line streamed in pieces is read once and counted as one error") {
    const std::string five_mb = "d,egg,1,large\nd," + std::string(5 << 20, 'x') + ",1,g\nd,egg,2,large\n";
    for (std::size_t piece : {std::size_t{1} << 18, std::size_t{5} << 21}) {
        INFO("piece " << piece);
        const Read r = read(five_mb, piece);
        CHECK(r.counts.read == 3);
        CHECK(r.row_lines == 2);
        CHECK(r.counts.errors == 1);
        CHECK(r.counts.read == r.counts.header + r.row_lines + r.counts.skipped + r.counts.errors);
        REQUIRE(r.errors.size() == 1);
    }
    CHECK(read(five_mb, 1 << 18).errors[0] == "2: line longer than 1 MiB (an unterminated quote?), skipped");
    CHECK(read(five_mb, 5 << 21).errors[0] == "2: line longer than 1 MiB, skipped");

    const std::string last = "d,egg,1,large\nd," + std::string(2 << 20, 'x');  // no line break at the end
    const Read r = read(last, 1 << 18);
    CHECK(r.counts.read == 2);
    CHECK(r.row_lines == 1);
    CHECK(r.counts.errors == 1);
    CHECK(r.errors == std::vector<std::string>{"2: line longer than 1 MiB (an unterminated quote?), skipped"});

    // A quoted field with line breaks that runs past 1 MiB: each of its lines is read and an error.
    const std::string quoted = "d,\"a\nb\nc" + std::string(2 << 20, 'x') + "\nd,egg,1,large\n";
    const Read q = read(quoted, 1 << 18);
    CHECK(q.counts.read == q.counts.header + q.row_lines + q.counts.skipped + q.counts.errors);
    CHECK(q.counts.read == 4);
}

TEST_CASE("fuzz: a Lose It export with --profiles is refused, not checked against no one") {
    // The diary fuzzer's input (fuzz/corpus/diary/loseit_profiles.csv) came down to this: a Lose It
    // export has no person column, so with people given every day had no reference (a crash).
    seck::References refs;
    refs.people.push_back({"Ann", seck::Reference()});
    seck::Resolver resolver(table());
    const seck::FileResult r = seck::check_text(
        "Date,Name,Icon,Type,Quantity,Units,Calories,Deleted\n11/24/2026,Brazil Nuts,Nuts,Snacks,2,Each,66,false\n",
        "x.csv", resolver, refs);
    REQUIRE(r.errors.size() == 1);
    CHECK(seck::format_diagnostic(r.errors.front()) ==
          "x.csv:2: --profiles names people, but the export has no person column");
    CHECK(r.exit_code() == 2);
    CHECK(r.reports.empty());
}
