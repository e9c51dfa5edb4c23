// Days, their order, their status, and checking a whole diary text.
#include "seck/total.h"

#include <catch2/catch.hpp>
#include <string>

#include "seck/check.h"

namespace {

std::string labels(const seck::Days& days) {
    std::string out;
    for (const seck::Day& day : days) out += day.label + " ";
    return out;
}

seck::FileResult check(std::string_view text) {
    static const seck::FoodTable table;
    seck::Resolver resolver(table);
    return seck::check_text(text, "plan.csv", resolver);
}

}  // namespace

TEST_CASE("status boundaries: exactly the RDA and exactly the UL are adequate") {
    const seck::Reference ref;
    CHECK(seck::classify(54.99, ref) == seck::Status::BelowRda);
    CHECK(seck::classify(55, ref) == seck::Status::Adequate);
    CHECK(seck::classify(400, ref) == seck::Status::Adequate);
    CHECK(seck::classify(400.01, ref) == seck::Status::AboveUl);
    CHECK(seck::classify(0, ref) == seck::Status::BelowRda);
    // 0.1 + 0.2 style sums that are 55 on paper count as 55.
    CHECK(seck::classify(54.999999999999993, ref) == seck::Status::Adequate);
    CHECK(seck::status_name(seck::Status::BelowRda) == "below-rda");
    CHECK(seck::status_name(seck::Status::Adequate) == "adequate");
    CHECK(seck::status_name(seck::Status::AboveUl) == "above-ul");
}

TEST_CASE("ISO dates are reported in date order, other labels as they first appear") {
    seck::DayTotals dates;
    for (auto label : {"2026-11-25", "2026-11-24", "2026-11-25", "2025-12-31"}) dates.add("", label, "plan.csv", 1, 10);
    CHECK(labels(dates.finish()) == "2025-12-31 2026-11-24 2026-11-25 ");

    seck::DayTotals plan;
    for (auto label : {"Tue", "Mon", "Day 3", "Mon", "Tue"}) plan.add("", label, "plan.csv", 1, 10);
    const auto days = plan.finish();
    CHECK(labels(days) == "Tue Mon Day 3 ");
    CHECK(days[0].selenium_ug == 20);
    CHECK(days[0].entries == 2);

    seck::DayTotals mixed;
    for (auto label : {"extra", "2026-11-25", "2026-11-24"}) mixed.add("", label, "plan.csv", 1, 10);
    CHECK(labels(mixed.finish()) == "2026-11-24 2026-11-25 extra ");
}

TEST_CASE("a diary is totalled per day with hand-worked USDA figures") {
    const auto result = check(
        "date,food,amount,unit\n"
        "2026-11-24,brazil nuts,2,kernel\n"  // 191.7
        "2026-11-24,usda:01123,1,large\n"    // 15.35
        "2026-11-25,usda:05064,3,oz\n"       // 23.4734051475
        "2026-11-26,selenium supplement,400,mcg\n"
        "2026-11-26,usda:12078,1,kernel\n");  // 400 + 95.85
    REQUIRE(result.ok());
    REQUIRE(result.reports[0].days.size() == 3);
    CHECK(result.reports[0].days[0].selenium_ug == Approx(207.05));
    CHECK(result.reports[0].days[0].status == seck::Status::Adequate);
    CHECK(result.reports[0].days[0].first_line == 2);
    CHECK(result.reports[0].days[1].selenium_ug == Approx(23.4734051475));
    CHECK(result.reports[0].days[1].status == seck::Status::BelowRda);
    CHECK(result.reports[0].days[2].selenium_ug == Approx(495.85));
    CHECK(result.reports[0].days[2].status == seck::Status::AboveUl);
    CHECK(result.reports[0].summary.days == 3);
    CHECK(result.reports[0].summary.mean_ug == Approx((207.05 + 23.4734051475 + 495.85) / 3));
    CHECK(result.reports[0].summary.below_rda == 1);
    CHECK(result.reports[0].summary.above_ul == 1);
    CHECK(result.exit_code() == 1);
}

TEST_CASE("every bad line is reported, and the file gets no days") {
    const auto result = check(
        "date,food,amount,unit\n"
        "2026-11-24,brazil nuts,2,kernel\n"
        "2026-11-24,brazil nuts,-2,kernel\n"
        "2026-02-30,brazil nuts,2,kernel\n"
        ",,,\n"
        "2026-11-24,,1,g\n"
        "2026-11-24,usda:01123,1,slice\n");
    CHECK_FALSE(result.ok());
    CHECK(result.exit_code() == 2);
    CHECK(result.reports.empty());
    REQUIRE(result.errors.size() == 5);
    CHECK(result.format(result.errors[0]) == "plan.csv:3: amount '-2' is negative");
    CHECK(result.format(result.errors[1]) == "plan.csv:4: date '2026-02-30' is not a real date");
    CHECK(result.format(result.errors[2]) == "plan.csv:5: missing date, food, amount, unit");
    CHECK(result.format(result.errors[3]) == "plan.csv:6: missing food");
    CHECK(result.format(result.errors[4]) ==
          "plan.csv:7: unknown unit 'slice' for usda:01123 (Egg, whole, raw, fresh); use g, kg, mg, oz, lb or one "
          "of: \"large\" (50 g), \"extra large\" (56 g), \"jumbo\" (63 g), \"cup (4.86 large eggs)\" (243 g), "
          "\"medium\" (44 g), \"small\" (38 g)");
}

TEST_CASE("day labels must be short and printable") {
    const auto result = check("d\x1b[31m,usda:12078,1,kernel\n" + std::string(101, 'D') + ",usda:12078,1,kernel\n");
    REQUIRE(result.errors.size() == 2);
    CHECK(result.errors[0].message == "date 'd\\x1b[31m' has a control character");
    CHECK(result.errors[1].message ==
          "date 'DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD…' (101 bytes) is longer than 100 bytes");
}

TEST_CASE("errors are capped, but all are counted") {
    std::string text = "date,food,amount,unit\n";
    for (int i = 0; i < 50; ++i) text += "d,egg,x,large\n";
    const auto result = check(text);
    CHECK(result.error_count == 50);
    CHECK(result.errors.size() == seck::FileResult::kMaxErrors);
}

TEST_CASE("a diary with no entries is an error, not a clean pass") {
    const auto result = check("# nothing yet\ndate,food,amount,unit\n");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.format(result.errors[0]) == "plan.csv: no diary entries (expected rows of date, food, amount, unit)");
}

TEST_CASE("amounts too large for a double are refused") {
    const auto result = check("d,usda:12078," + std::string(308, '9') + ",kg\n");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].message.rfind("amount '9999", 0) == 0);
    CHECK(result.errors[0].message.find("is too large") != std::string::npos);
}
