// A day written to a temporary file and read back: every field, and a short record refused.
#include "seck/total/days.h"

#include <catch2/catch.hpp>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>

#include "seck/resolve/foods.h"

namespace {

const seck::FoodTable& table() {
    static const seck::FoodTable foods;
    return foods;
}

// A day with every field set, none to its default.
seck::Day full_day() {
    const auto file = std::make_shared<const std::string>("plan.csv");
    seck::Day day;
    day.person = "ann";
    day.label = "2026-11-24";
    day.selenium_ug = 211.5;
    day.sum = 211.25;
    day.carry = 0.25;
    day.entries = 7;
    day.first_file = file;
    day.first_line = 12;
    day.average_ug = 98.5;
    day.status = seck::Status::AboveUl;
    day.range.ranged_ug = {150, 0.5};
    day.range.below_ug = {40, 0.125};
    day.range.above_ug = {60, 0.0625};
    seck::Entry e;
    e.line = 13;
    e.food = "brazil nuts";
    e.unit = "kernel";
    e.id = "12078";
    e.description = "Nuts, brazilnuts, dried, unblanched";
    e.measure = "kernel (5 g)";
    e.how = "common name";
    e.amount = 2;
    e.grams = 10;
    e.selenium_ug = 191.7;
    e.given = true;
    e.export_ug = 190;
    e.range_kind = seck::RangeKind::Interval95;
    e.samples = 8;
    e.std_error = 150.5;
    e.low_ug = 20.5;
    e.high_ug = 400.25;
    day.explained = {e, e};
    day.explained[1].line = 14;
    const seck::Food* nuts = table().by_id("12078");
    REQUIRE(nuts);
    day.sources.push_back({.file = file,
                           .line = 13,
                           .food = "usda:12078",
                           .amount = "2",
                           .unit = "kernel",
                           .id = std::string(nuts->id),
                           .description = std::string(nuts->description),
                           .selenium_ug = 191.7,
                           .quantity = 2});
    day.sources.push_back({.file = std::make_shared<const std::string>("more.csv"),
                           .line = 3,
                           .food = "selenium",
                           .amount = "19.8",
                           .unit = "µg",
                           .id = "",
                           .description = "",
                           .selenium_ug = 19.8,
                           .quantity = 19.8});
    day.missing = {"coffee", "toast"};
    day.partial = true;
    day.unresolved.push_back({.file = file, .line = 4, .text = "Mon,chiken,1,breast", .message = "unknown food 'chiken'"});
    day.unresolved.push_back({.file = std::make_shared<const std::string>("other.csv"),
                              .line = 9,
                              .text = "Mon,egg,two,large",
                              .message = "amount 'lots' is not a number"});
    day.unresolved_count = 12;
    day.export_ug = 205.5;
    day.export_carry = 0.5;
    return day;
}

// Equal, or both NaN (a figure not given).
bool same(double a, double b) {
    return a == b || (std::isnan(a) && std::isnan(b));
}

void check_sum(const seck::CompensatedSum& a, const seck::CompensatedSum& b) {
    CHECK(same(a.sum, b.sum));
    CHECK(same(a.carry, b.carry));
}

void check_equal(const seck::Day& a, const seck::Day& b) {
    CHECK(a.person == b.person);
    CHECK(a.label == b.label);
    CHECK(same(a.selenium_ug, b.selenium_ug));
    CHECK(same(a.sum, b.sum));
    CHECK(same(a.carry, b.carry));
    CHECK(a.entries == b.entries);
    REQUIRE(a.first_file);
    REQUIRE(b.first_file);
    CHECK(*a.first_file == *b.first_file);
    CHECK(a.first_line == b.first_line);
    CHECK(same(a.average_ug, b.average_ug));
    CHECK(a.status == b.status);
    check_sum(a.range.ranged_ug, b.range.ranged_ug);
    check_sum(a.range.below_ug, b.range.below_ug);
    check_sum(a.range.above_ug, b.range.above_ug);
    REQUIRE(a.explained.size() == b.explained.size());
    for (std::size_t k = 0; k < a.explained.size(); ++k) {
        const seck::Entry &x = a.explained[k], &y = b.explained[k];
        CHECK(x.line == y.line);
        CHECK(x.food == y.food);
        CHECK(x.unit == y.unit);
        CHECK(x.id == y.id);
        CHECK(x.description == y.description);
        CHECK(x.measure == y.measure);
        CHECK(x.how == y.how);
        CHECK(same(x.amount, y.amount));
        CHECK(same(x.grams, y.grams));
        CHECK(same(x.selenium_ug, y.selenium_ug));
        CHECK(x.given == y.given);
        CHECK(same(x.export_ug, y.export_ug));
        CHECK(x.range_kind == y.range_kind);
        CHECK(same(x.samples, y.samples));
        CHECK(same(x.std_error, y.std_error));
        CHECK(same(x.low_ug, y.low_ug));
        CHECK(same(x.high_ug, y.high_ug));
    }
    REQUIRE(a.sources.size() == b.sources.size());
    for (std::size_t k = 0; k < a.sources.size(); ++k) {
        const seck::Source &x = a.sources[k], &y = b.sources[k];
        REQUIRE(x.file);
        REQUIRE(y.file);
        CHECK(*x.file == *y.file);
        CHECK(x.line == y.line);
        CHECK(x.food == y.food);
        CHECK(x.amount == y.amount);
        CHECK(x.unit == y.unit);
        CHECK(x.id == y.id);
        CHECK(x.description == y.description);
        CHECK(same(x.selenium_ug, y.selenium_ug));
        CHECK(same(x.quantity, y.quantity));
    }
    CHECK(a.missing == b.missing);
    CHECK(a.partial == b.partial);
    REQUIRE(a.unresolved.size() == b.unresolved.size());
    for (std::size_t k = 0; k < a.unresolved.size(); ++k) {
        CHECK(*a.unresolved[k].file == *b.unresolved[k].file);
        CHECK(a.unresolved[k].line == b.unresolved[k].line);
        CHECK(a.unresolved[k].text == b.unresolved[k].text);
        CHECK(a.unresolved[k].message == b.unresolved[k].message);
    }
    CHECK(a.unresolved_count == b.unresolved_count);
    CHECK(same(a.export_ug, b.export_ug));
    CHECK(same(a.export_carry, b.export_carry));
}

// `bytes` as the only contents of a temporary file, read as `count` days.
seck::Spilled spilled(const std::string& bytes, std::size_t count) {
    seck::Spilled out{.file = seck::SpillFile::create(), .offset = 0, .bytes = bytes.size(), .count = count};
    REQUIRE(out.file);
    REQUIRE(out.file->append(bytes));
    return out;
}

}  // namespace

TEST_CASE("a day with every field set comes back from a temporary file equal") {
    const seck::Day day = full_day();
    seck::Day plain;  // and one with every field at its default but the file
    plain.first_file = day.first_file;
    std::string bytes;
    seck::write_day(day, bytes);
    seck::write_day(plain, bytes);
    seck::write_day(day, bytes);
    for (std::size_t buffer : {64, 100, 4096}) {  // records that span the buffer's end, and that do not
        seck::SpillReader reader(spilled(bytes, 3), buffer);
        seck::Day back;
        REQUIRE(reader.next(&back));
        check_equal(day, back);
        // A source keeps its food's id and description by value: "usda:12078" is shown by its name.
        CHECK(seck::source_entry_text(back.sources[0]) == "2 kernel Nuts, brazilnuts, dried, unblanched");
        CHECK(seck::source_entry_text(back.sources[1]) == "19.8 µg selenium");
        REQUIRE(reader.next(&back));
        check_equal(plain, back);
        CHECK(std::isnan(back.average_ug));
        CHECK(back.sources.empty());
        CHECK(back.explained.empty());
        REQUIRE(reader.next(&back));
        check_equal(day, back);
        CHECK(!reader.next(&back));
    }
}

TEST_CASE("a short or corrupt day in a temporary file is an error, not a read past its end") {
    std::string bytes;
    seck::write_day(full_day(), bytes);
    SECTION("the file ends within a record") {
        for (std::size_t cut : {std::size_t{4}, std::size_t{8}, std::size_t{9}, bytes.size() / 2, bytes.size() - 1}) {
            seck::SpillReader reader(spilled(bytes.substr(0, cut), 1));
            seck::Day back;
            CHECK_THROWS_AS(reader.next(&back), std::runtime_error);
        }
    }
    SECTION("a record's length is shorter than its fields") {
        for (std::uint64_t length : {std::uint64_t{0}, std::uint64_t{20}, std::uint64_t{bytes.size() - 9}}) {
            std::string cut = bytes;
            std::memcpy(cut.data(), &length, sizeof length);
            cut.resize(sizeof length + length);
            seck::SpillReader reader(spilled(cut, 1));
            seck::Day back;
            CHECK_THROWS_AS(reader.next(&back), std::runtime_error);
        }
    }
    SECTION("a record's length or a count is far too large") {
        std::string wrong = bytes;
        const std::uint64_t huge = std::uint64_t{1} << 60;
        std::memcpy(wrong.data(), &huge, sizeof huge);
        seck::SpillReader reader(spilled(wrong, 1));
        seck::Day back;
        CHECK_THROWS_AS(reader.next(&back), std::runtime_error);
        // The person's length, after the record's.
        wrong = bytes;
        std::memcpy(wrong.data() + sizeof huge, &huge, sizeof huge);
        seck::SpillReader second(spilled(wrong, 1));
        CHECK_THROWS_AS(second.next(&back), std::runtime_error);
    }
    SECTION("a record is longer than its fields") {
        std::string longer = bytes;
        longer += "xyz";
        const std::uint64_t length = longer.size() - sizeof length;
        std::memcpy(longer.data(), &length, sizeof length);
        seck::SpillReader reader(spilled(longer, 1));
        seck::Day back;
        CHECK_THROWS_AS(reader.next(&back), std::runtime_error);
    }
}
