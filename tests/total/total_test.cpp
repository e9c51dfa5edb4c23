// Days, their order, their status, and checking a whole diary text.
#include "seck/total/total.h"

#include <fmt/format.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "seck/check/check.h"
#include "seck/report/report.h"
#include "seck/resolve/resolve.h"

namespace {

std::string labels(const std::vector<seck::PersonDays>& people) {
    std::string out;
    for (const seck::PersonDays& person : people)
        for (const seck::Day& day : person.days)
            out += (person.person.empty() ? "" : person.person + ":") + day.label + " ";
    return out;
}

seck::FileResult check(std::string_view text) {
    static const seck::FoodTable table;
    seck::Resolver resolver(table);
    return seck::check_text(text, "plan.csv", resolver);
}

// Each note as "FILE:LINE: message".
std::vector<std::string> notes_of(const seck::FileResult& result) {
    std::vector<std::string> notes;
    for (const auto& note : result.notes) notes.push_back(seck::format_diagnostic(note));
    return notes;
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
    const auto people = plan.finish();
    CHECK(labels(people) == "Tue Mon Day 3 ");
    CHECK(people.at(0).days.at(0).selenium_ug == 20);
    CHECK(people.at(0).days.at(0).entries == 2);

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
    CHECK(result.reports[0].days.at(0).selenium_ug == Approx(207.05));
    CHECK(result.reports[0].days.at(0).status == seck::Status::Adequate);
    CHECK(result.reports[0].days.at(0).first_line == 2);
    CHECK(result.reports[0].days.at(1).selenium_ug == Approx(23.4734051475));
    CHECK(result.reports[0].days.at(1).status == seck::Status::BelowRda);
    CHECK(result.reports[0].days.at(2).selenium_ug == Approx(495.85));
    CHECK(result.reports[0].days.at(2).status == seck::Status::AboveUl);
    CHECK(result.reports[0].summary.days == 3);
    CHECK(result.reports[0].summary.mean_ug == Approx((207.05 + 23.4734051475 + 495.85) / 3));
    CHECK(result.reports[0].summary.below_rda == 1);
    CHECK(result.reports[0].summary.above_ul == 1);
    CHECK(result.exit_code() == 1);
}

TEST_CASE("every bad line is reported, each under its day where it has one") {
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
    CHECK(result.checked());
    // 2026-11-24: two Brazil nut kernels (191.7 µg) counted; lines 3, 6 and 7 are not, so the
    // total is only a lower bound. Lines 4 and 5 have no day to be under.
    REQUIRE(result.reports.size() == 1);
    REQUIRE(result.reports[0].days.size() == 1);
    const seck::Day& day = *result.reports[0].days.begin();
    CHECK(day.label == "2026-11-24");
    CHECK(day.selenium_ug == Approx(191.7));
    CHECK(day.incomplete());
    CHECK(day.unresolved_count == 3);
    REQUIRE(day.unresolved.size() == 3);
    CHECK(day.unresolved[0].line == 3);
    CHECK(day.unresolved[0].text == "2026-11-24,brazil nuts,-2,kernel");
    CHECK(day.unresolved[0].message == "amount '-2' is negative");
    CHECK(day.unresolved[1].line == 6);
    CHECK(day.unresolved[1].message == "missing food");
    CHECK(day.unresolved[2].line == 7);
    CHECK(result.dayless_lines == std::vector<std::size_t>{4, 5});
    CHECK(result.dayless_count == 2);
    REQUIRE(result.errors.size() == 5);
    CHECK(seck::format_diagnostic(result.errors[0]) == "plan.csv:3: amount '-2' is negative");
    CHECK(seck::format_diagnostic(result.errors[1]) == "plan.csv:4: date '2026-02-30' is not a real date");
    CHECK(seck::format_diagnostic(result.errors[2]) == "plan.csv:5: missing date, food, amount, unit");
    CHECK(seck::format_diagnostic(result.errors[3]) == "plan.csv:6: missing food");
    CHECK(seck::format_diagnostic(result.errors[4]) ==
          "plan.csv:7: unknown unit 'slice' for usda:01123 (Egg, whole, raw, fresh); use g, kg, mg, oz, lb or one "
          "of: \"large\" (50 g), \"extra large\" (56 g), \"jumbo\" (63 g), \"cup (4.86 large eggs)\" (243 g), "
          "\"medium\" (44 g), \"small\" (38 g)");
}

TEST_CASE("a date written 2026/12/1 or 2026.12.01 or 2026-12-1 is the day 2026-12-01 with one note") {
    // One Brazil nut kernel (usda:12078, 5.0 g at 1917 µg/100 g) is 95.85 µg; one large egg
    // (usda:01123, 50 g at 30.7 µg/100 g) is 15.35 µg: all three lines are one day.
    const auto result = check(
        "date,food,amount,unit\n"
        "2026-12-01,usda:12078,1,kernel\n"
        "2026/12/1,usda:01123,1,large\n"
        "2026.12.01,usda:01123,1,large\n"
        "2026-12-2,usda:01123,1,large\n");
    REQUIRE(result.ok());
    REQUIRE(result.reports.size() == 1);
    const seck::Days& days = result.reports[0].days;
    REQUIRE(days.size() == 2);
    CHECK(days.at(0).label == "2026-12-01");
    CHECK(days.at(0).selenium_ug == Approx(95.85 + 2 * 15.35));
    CHECK(days.at(1).label == "2026-12-02");
    CHECK(days.at(1).selenium_ug == Approx(15.35));
    REQUIRE(result.notes.size() == 1);
    CHECK(seck::format_diagnostic(result.notes[0]) ==
          "plan.csv:3: a date written as year, month and day other than YYYY-MM-DD (2026/12/1, 2026.12.01, "
          "2026-12-1), as on this line, is read as that date");
}

TEST_CASE("a date written otherwise than YYYY-MM-DD must be real and mixed separators stay a label") {
    const auto bad = check("date,food,amount,unit\n2026/13/01,usda:01123,1,large\n2026/2/30,usda:01123,1,large\n");
    CHECK(bad.exit_code() == 2);
    REQUIRE(bad.errors.size() == 2);
    CHECK(seck::format_diagnostic(bad.errors[0]) == "plan.csv:2: date '2026/13/01' is not a real date");
    CHECK(seck::format_diagnostic(bad.errors[1]) == "plan.csv:3: date '2026/2/30' is not a real date");
    // "2026/12-01" is not a date people write: a label, as "Mon" is, and no note.
    const auto mixed = check("date,food,amount,unit\n2026/12-01,usda:01123,1,large\n");
    REQUIRE(mixed.ok());
    CHECK(mixed.reports[0].days.at(0).label == "2026/12-01");
    CHECK(mixed.notes.empty());
}

TEST_CASE("dates written 12/13/2026 or 13.04.2026 are read in the order the diary shows, with a note") {
    // 12/13/2026 can only be month first: 12/01/2026 is then 2026-12-01, the day of the ISO line
    // too. 2026-12-01: an egg 15.35 µg + a Brazil nut kernel 95.85 µg; 2026-12-13: a kernel.
    const auto us = check(
        "date,food,amount,unit\n"
        "12/01/2026,usda:01123,1,large\n"
        "12/13/2026,usda:12078,1,kernel\n"
        "2026-12-01,usda:12078,1,kernel\n");
    REQUIRE(us.ok());
    const seck::Days& days = us.reports.at(0).days;
    REQUIRE(days.size() == 2);
    CHECK(days.at(0).label == "2026-12-01");
    CHECK(days.at(0).selenium_ug == Approx(15.35 + 95.85));
    CHECK(days.at(0).entries == 2);
    CHECK(days.at(0).first_line == 2);
    CHECK(days.at(1).label == "2026-12-13");
    REQUIRE(us.notes.size() == 1);
    CHECK(seck::format_diagnostic(us.notes[0]) ==
          "plan.csv:3: dates written MM/DD/YYYY are read as month, day, year (the diary shows it: '12/13/2026' on "
          "line 3 has a day above 12)");
    // 13.04.2026 can only be day first; 1.5.2026 is then 2026-05-01.
    const auto eu = check("date,food,amount,unit\n1.5.2026,usda:01123,1,large\n13.04.2026,usda:01123,1,large\n");
    REQUIRE(eu.ok());
    CHECK(eu.reports.at(0).days.at(0).label == "2026-04-13");  // (in date order)
    CHECK(eu.reports.at(0).days.at(1).label == "2026-05-01");
    CHECK(seck::format_diagnostic(eu.notes.at(0)) ==
          "plan.csv:3: dates written DD/MM/YYYY are read as day, month, year (the diary shows it: '13.04.2026' on "
          "line 3 has a day above 12)");
}

TEST_CASE("dates that do not show which number is the day are refused, naming --date-format") {
    const auto unclear = check("date,food,amount,unit\n03/04/2026,usda:01123,1,large\n04/05/2026,usda:01123,1,large\n");
    CHECK(unclear.exit_code() == 2);
    CHECK_FALSE(unclear.checked());
    REQUIRE(unclear.errors.size() == 1);
    CHECK(seck::format_diagnostic(unclear.errors[0]) ==
          "plan.csv:2: date '03/04/2026' could be day first or month first, and no date in the diary shows which (a "
          "number above 12): give --date-format DD/MM/YYYY or --date-format MM/DD/YYYY");
    const auto both = check("date,food,amount,unit\n13/04/2026,usda:01123,1,large\n04/13/2026,usda:01123,1,large\n");
    CHECK_FALSE(both.checked());
    CHECK(seck::format_diagnostic(both.errors.at(0)) ==
          "plan.csv:2: dates are written day first ('13/04/2026' on line 2) and month first ('04/13/2026' on line 3) "
          "in one diary: write them as YYYY-MM-DD");
    // Day first, 31.02.2026 is no date: an error, its day kept under that label.
    const auto unreal = check("date,food,amount,unit\n13.04.2026,usda:01123,1,large\n31.02.2026,usda:01123,1,large\n");
    CHECK(unreal.exit_code() == 2);
    CHECK(seck::format_diagnostic(unreal.errors.at(0)) ==
          "plan.csv:3: date '31.02.2026' is not a real date (the diary writes dates day first): its day is kept under "
          "that label");
    CHECK(unreal.reports.at(0).days.at(1).label == "31.02.2026");
    CHECK(unreal.dayless_count == 0);
}

TEST_CASE("a diary with dates and other day labels gets a note") {
    const auto mixed = check("date,food,amount,unit\n2026-12-01,usda:01123,1,large\nMon,usda:01123,1,large\n");
    REQUIRE(mixed.ok());
    CHECK(mixed.reports.at(0).days.at(1).label == "Mon");
    REQUIRE(mixed.notes.size() == 1);
    CHECK(seck::format_diagnostic(mixed.notes[0]) ==
          "plan.csv:3: the diary has dates and other day labels ('Mon' on line 3): each label is a day of its own, "
          "after the dates");
    CHECK(check("date,food,amount,unit\nMon,usda:01123,1,large\nTue,usda:01123,1,large\n").notes.empty());
}

TEST_CASE("amounts as people write them: fractions, words, ranges, a unit in the amount or the food") {
    // Hand-worked from SR28: a Brazil nut kernel (usda:12078) 5 g at 1917 µg/100 g = 95.85 µg;
    // a large egg (usda:01123) 50 g at 30.7 = 15.35; a cup of whole milk (usda:01077) 244 g at
    // 3.7 = 9.028.
    const auto result = check(
        "date,food,amount,unit\n"
        "2026-12-01,2 brazil nuts,,\n"        // 2 kernels: 191.7
        "2026-12-01,eggs,3\n"                  // no unit column: 3 large eggs, 46.05
        "2026-12-02,a cup of milk,,\n"         // 9.028
        "2026-12-02,usda:12078,1/2,kernel\n"   // 47.925
        "2026-12-02,egg,a dozen,\n"            // 184.2
        "2026-12-03,usda:01123,2-3,large\n"    // 2.5 eggs: 38.375
        "2026-12-03,usda:12078,10 g,\n"        // 191.7
        "2026-12-03,usda:01123,,large\n");     // no amount: 1 egg, 15.35
    REQUIRE(result.ok());
    const seck::Days& days = result.reports.at(0).days;
    REQUIRE(days.size() == 3);
    CHECK(days.at(0).selenium_ug == Approx(191.7 + 46.05));
    CHECK(days.at(1).selenium_ug == Approx(9.028 + 47.925 + 184.2));
    CHECK(days.at(2).selenium_ug == Approx(38.375 + 191.7 + 15.35));
    const std::vector<std::string> notes = notes_of(result);
    CHECK(std::find(notes.begin(), notes.end(),
                    "plan.csv:7: '2-3' is a range: counted as its middle, 2.5") != notes.end());
    CHECK(std::find(notes.begin(), notes.end(),
                    "plan.csv:9: a line without an amount, as this one, counts as 1 (of its unit, or of the food's "
                    "default portion)") != notes.end());
    // A unit in the amount and in the unit column: which one is meant is not known.
    const auto twice = check("date,food,amount,unit\n2026-12-01,usda:12078,10 g,kernel\n");
    REQUIRE(twice.errors.size() == 1);
    CHECK(seck::format_diagnostic(twice.errors[0]) ==
          "plan.csv:2: amount '10 g' has a unit, and so has the line ('kernel'): give it once");
    // A unit written onto the number, a size inside the name, preparation after a comma: 200 g
    // of roast chicken breast (usda:05064, 27.6 µg/100 g) = 55.2; 2 large eggs = 30.7 (also
    // with an amount of 1); a medium sweet potato, peeled and cubed, is raw (usda:11507 at 0.6 µg/100 g)
    // by the medium of the alias's usda:11508 (114 g) = 0.684.
    const auto recipe = check(
        "date,food,amount,unit\n2026-12-01,200g chicken breast,,\n2026-12-01,2 large eggs,,\n"
        "2026-12-02,2 large eggs,1,\n2026-12-02,\"1 medium sweet potato, peeled and cubed\",,\n");
    REQUIRE(recipe.ok());
    CHECK(recipe.reports.at(0).days.at(0).selenium_ug == Approx(55.2 + 30.7));
    CHECK(recipe.reports.at(0).days.at(1).selenium_ug == Approx(30.7 + 0.684));
    // 300 g or more of a meat or fish, weighed, is a weight as bought: 23567 raw ground beef 85 %,
    // 15.8 µg/100 g × 453.59237 g = 71.6676 µg; 4 oz stays the cooked 23570 (21.6): 24.494.
    const auto pound = check("date,food,amount,unit\n2026-12-01,ground beef,1,lb\n2026-12-02,ground beef,4,oz\n");
    CHECK(pound.reports.at(0).days.at(0).selenium_ug == Approx(71.6676));
    CHECK(pound.reports.at(0).days.at(1).selenium_ug == Approx(24.494));
    CHECK(notes_of(pound).at(0) ==
          "plan.csv:2: 'ground beef' counted as usda:23567 (Beef, ground, 85% lean meat / 15% fat, raw), not usda:23570 "
          "(Beef, ground, 85% lean meat / 15% fat, crumbles, cooked, pan-browned): so much of it, weighed, is more "
          "than one eats at once: a weight as bought");
    // Other foods from a pound: 300 g of spaghetti is cooked (20121, 26.4) = 79.2 µg; a pound
    // of it is dry (20120, 63.2) = 286.6704 µg. A size before a name the line weighs is left out.
    const auto pasta = check("date,food,amount,unit\n2026-12-01,spaghetti,300,g\n2026-12-02,spaghetti,1,lb\n"
                             "2026-12-03,1 lb medium ground beef,,\n");
    CHECK(pasta.reports.at(0).days.at(0).selenium_ug == Approx(79.2));
    CHECK(pasta.reports.at(0).days.at(1).selenium_ug == Approx(286.6704));
    CHECK(pasta.reports.at(0).days.at(2).selenium_ug == Approx(71.6676));
    CHECK(notes_of(pasta).at(1) == "plan.csv:4: 'medium ground beef' read as 'ground beef': the size is left out, "
                                   "the line gives the amount in 'lb'");
    // An id is the entry it names, whatever the weight: usda:23570 (21.6) × 500 g = 108 µg.
    const auto by_id = check("date,food,amount,unit\n2026-12-01,usda:23570,500,g\n");
    CHECK(by_id.reports.at(0).days.at(0).selenium_ug == Approx(108));
    // So are four salmon fillets of 6 oz (680.4 g): 15236 raw farmed Atlantic salmon, 24 µg/100 g = 163.29 µg.
    const auto fillets = check("date,food,amount,unit\n2026-12-01,salmon fillets,4,(6 oz)\n");
    CHECK(fillets.reports.at(0).days.at(0).selenium_ug == Approx(4 * 170.09713875 * 0.24));
    // The zest of a fruit is a tablespoon of its peel (09216 orange peel, tbsp 6 g at 1.0 = 0.06 µg);
    // a size before a name that the line weighs is left out: 1 lb of shrimp, peeled (raw 15149,
    // 29.6 µg/100 g) = 134.2633 µg.
    const auto zest = check("date,food,amount,unit\n2026-12-01,zest of 1 orange,,\n"
                            "2026-12-02,\"large shrimp, peeled and deveined\",1,lb\n");
    REQUIRE(zest.ok());
    CHECK(zest.reports.at(0).days.at(0).selenium_ug == Approx(0.06));
    CHECK(zest.reports.at(0).days.at(1).selenium_ug == Approx(134.2633));
    CHECK(notes_of(zest).at(0) == "plan.csv:2: the zest of one orange counted as a tablespoon of its peel");
    CHECK(notes_of(zest).at(1) == "plan.csv:3: 'large shrimp, peeled and deveined' read as 'shrimp, peeled and "
                                  "deveined': the size is left out, the line gives the amount in 'lb'");
    // A quantity in the food whose unit the food has no measure for is told as that, not as an
    // unknown food: chia seeds have no household measures.
    const auto chia = check("date,food,amount,unit\n2026-12-01,2 tbsp chia seeds,,\n");
    REQUIRE(chia.errors.size() == 1);
    CHECK(seck::format_diagnostic(chia.errors[0]) ==
          "plan.csv:2: unit 'tbsp' is a volume, but usda:12006 (Seeds, chia seeds, dried) has no cup, fl oz, tbsp or "
          "tsp measure to weigh it by; use g, kg, mg, oz or lb (it has no household measures)");
    // A unit that says how the food was cooked is part of its name: 3 scrambled eggs are 3 ×
    // "large" (61 g) of usda:01132 (23.5 µg/100 g) = 43.005 µg.
    const auto cooked_unit = check("date,food,amount,unit\n2026-12-01,eggs,3,scrambled\n");
    REQUIRE(cooked_unit.ok());
    CHECK(cooked_unit.reports.at(0).days.at(0).selenium_ug == Approx(43.005));
    CHECK(notes_of(cooked_unit).at(0) == "plan.csv:2: unit 'scrambled' read as part of the food: 'scrambled eggs'");
    // The amount column counts servings of what the food says: 3 × 2 nuts, 575.1 µg.
    const auto servings = check("date,food,amount,unit\n2026-12-01,2 brazil nuts,3,\n2026-12-01,2 eggs,100,g\n");
    CHECK(servings.reports.at(0).days.at(0).selenium_ug == Approx(575.1));
    CHECK(notes_of(servings).at(0) == "plan.csv:2: '2 brazil nuts' with amount '3': 3 × 2 = 6");
    REQUIRE(servings.errors.size() == 1);
    CHECK(seck::format_diagnostic(servings.errors[0]) ==
          "plan.csv:3: food '2 eggs' says how much, and so does the line (100 g): give it once");
    // A serving at the end of the food, as food tables write it: an ounce of Brazil nuts,
    // 28.349523125 g at 1917 µg/100 g = 543.4604 µg; with an amount, that many ounces.
    const auto at_end = check(
        "date,food,amount,unit\n"
        "2026-12-01,\"Brazil nuts, 1 ounce (6-8 nuts)\",,\n"
        "2026-12-02,\"Brazil nuts, 1 ounce\",2,\n"
        "2026-12-02,\"Brazil nuts, 1 ounce\",30,g\n");
    CHECK(at_end.reports.at(0).days.at(0).selenium_ug == Approx(543.4604));
    CHECK(at_end.reports.at(0).days.at(1).selenium_ug == Approx(2 * 543.4604));
    CHECK(notes_of(at_end) == std::vector<std::string>{
                                  "plan.csv:2: serving '1 ounce (6-8 nuts)' counted as '1 ounce': '(6-8 nuts)' left out",
                                  "plan.csv:3: 'Brazil nuts, 1 ounce' with amount '2': 2 × 1 = 2"});
    REQUIRE(at_end.errors.size() == 1);
    CHECK(seck::format_diagnostic(at_end.errors[0]) ==
          "plan.csv:4: food 'Brazil nuts, 1 ounce' says how much, and so does the line (30 g): give it once");
    const auto vague = check("date,food,amount,unit\n2026-12-01,usda:12078,a few,kernel\n");
    CHECK(seck::format_diagnostic(vague.errors.at(0)) ==
          "plan.csv:2: amount 'a few' is too vague to count: write a number (3, 1/2, a dozen)");
}

TEST_CASE("the rows of ODS's selenium table resolve as ODS writes them: the serving at the end of the food") {
    // tests/data/ods_rows.csv: the rows of "Selected Food Sources of Selenium" (NIH Office of
    // Dietary Supplements, fact sheet for health professionals) with ODS's µg per serving, the
    // entry each is, and its µg worked by hand from data/foods.json (grams of the measure ×
    // µg/100 g / 100; 3 ounces are 85.048569375 g).
    std::ifstream in(SECK_TEST_DATA "/ods_rows.csv", std::ios::binary);
    REQUIRE(in);
    struct Row {
        std::string food, id;
        double ods_ug = 0, expected_ug = 0;
    };
    std::vector<Row> rows;
    std::string line, diary = "date,food,amount,unit\n";
    std::getline(in, line);  // food,ods_ug,id,expected_ug
    while (std::getline(in, line)) {
        // "FOOD",ODS,ID,EXPECTED: the food quoted (it has commas and no quotes), the rest not.
        REQUIRE(line.front() == '"');
        const auto close = line.find("\",", 1);
        REQUIRE(close != std::string::npos);
        Row row;
        row.food = line.substr(1, close - 1);
        std::istringstream rest(line.substr(close + 2));
        std::string ods, id, expected;
        std::getline(rest, ods, ',');
        std::getline(rest, row.id, ',');
        std::getline(rest, expected, ',');
        row.ods_ug = std::stod(ods);
        row.expected_ug = std::stod(expected);
        rows.push_back(row);
        diary += "2026-12-01,\"" + row.food + "\",,\n";  // no amount, no unit: the food says it
    }
    REQUIRE(rows.size() == 32);
    static const seck::FoodTable table;
    seck::Resolver resolver(table);
    const auto result = seck::check_text(diary, "ods.csv", resolver, {}, {.explain = true});
    CHECK(result.error_count == 0);
    const std::vector<seck::Entry>& entries = result.reports.at(0).days.at(0).explained;
    REQUIRE(entries.size() == rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Row& row = rows[i];
        const seck::Entry& entry = entries[i];
        INFO(row.food << " (line " << entry.line << ")");
        CHECK(entry.line == i + 2);
        CHECK((entry.id.find(':') == std::string::npos ? "usda:" + entry.id : entry.id) == row.id);
        CHECK(entry.selenium_ug == Approx(row.expected_ug).margin(1e-4));
        // Within a sensible range of ODS's figure: 40 %, or 2 µg for the small ones. (ODS's brown
        // rice, 19 µg, and whole-wheat bread, 13 µg, are from before SR28 revised them in 2015
        // and 2013: 11.7 and 8.2 µg now.)
        CHECK(std::abs(entry.selenium_ug - row.ods_ug) <= std::max(2.0, 0.4 * row.ods_ug));
    }
    const std::vector<std::string> notes = notes_of(result);
    for (const char* note :
         {"ods.csv:2: serving '1 ounce (6-8 nuts)' counted as '1 ounce': '(6-8 nuts)' left out",
          "ods.csv:29: 'Bananas, sliced' counted as usda:09040 (Bananas, raw) (alias 'banana'); unit 'cup' of "
          "usda:09040 (Bananas, raw) counted as \"cup, sliced\" (150 g), as the name says 'sliced'",
          "ods.csv:31: 'Peaches, halves, canned in water' counted as usda:09237 (Peaches, canned, water pack, solids "
          "and liquids), the entry whose words include it (read without 'half': how it was cut, sized or bought)"}) {
        INFO(note);
        CHECK(std::find(notes.begin(), notes.end(), note) != notes.end());
    }
    // With an amount, the row counts servings of it; with a unit as well, it is refused.
    const auto twice = check(
        "date,food,amount,unit\n2026-12-01,\"Shrimp, canned, 3 ounces\",2,\n"
        "2026-12-01,\"Shrimp, canned, 3 ounces\",100,g\n");
    CHECK(twice.reports.at(0).days.at(0).selenium_ug == Approx(2 * 40.3981).margin(1e-4));
    REQUIRE(twice.errors.size() == 1);
    CHECK(seck::format_diagnostic(twice.errors[0]) ==
          "plan.csv:3: food 'Shrimp, canned, 3 ounces' says how much, and so does the line (100 g): give it once");
}

TEST_CASE("a count without a unit is that many of the food, never that many cups") {
    // Raspberries (usda:09302, 0.2 µg/100 g): the alias's portion is a cup (123 g), but ten
    // without a unit are ten berries of 1.9 g: 19 g, 0.038 µg. Tofu (usda:16126) has no weight
    // for one of it: 14 of it is refused, one is its cup.
    const auto result = check(
        "date,food,amount,unit\n"
        "2026-12-01,raspberries,10,\n"
        "2026-12-01,tofu,14,\n"
        "2026-12-02,tofu,,\n");
    const seck::Days& days = result.reports.at(0).days;
    CHECK(days.at(0).selenium_ug == Approx(0.038));
    CHECK(days.at(0).incomplete());
    CHECK(days.at(1).selenium_ug == Approx(252 * 9.9 / 100));
    REQUIRE(result.errors.size() == 1);
    CHECK(seck::format_diagnostic(result.errors[0]) ==
          "plan.csv:3: 'tofu' has no unit, and usda:16126 (Tofu, firm, prepared with calcium sulfate and magnesium "
          "chloride (nigari)) has no weight for one of it: give a unit; use g, kg, mg, oz, lb or one of: \"cup\" "
          "(252 g), \"block\" (324 g), \"block\" (455 g)");
    CHECK(seck::format_diagnostic(result.notes.at(0)) ==
          "plan.csv:2: no unit for 'raspberries': each counts as one \"raspberries\" (1.9 g), one of the food");
    // A bulk measure that says how many it holds gives one: 3 walnuts are 3/7 of "cup, in shell,
    // edible yield (7 nuts)" (28 g) = 12 g at 4.9 µg/100 g = 0.588 µg; 19 pecan halves are
    // "oz (19 halves)", 28.35 g at 3.8 = 1.0773 µg. No default portion: a medium one (3 baby
    // carrots, usda:11960 "medium" 10 g at 0.9 = 0.27 µg).
    const auto counted = check("date,food,amount,unit\n2026-12-01,walnuts,3,\n2026-12-01,pecans,19,\n"
                               "2026-12-02,baby carrots,3,\n");
    REQUIRE(counted.ok());
    CHECK(counted.reports.at(0).days.at(0).selenium_ug == Approx(0.588 + 1.0773));
    CHECK(counted.reports.at(0).days.at(1).selenium_ug == Approx(0.27));
    // "package (2.06 oz, 2 bars)": 2 Twix bars are 58 g (usda:19160, 4.3 µg/100 g) = 2.494 µg;
    // "serving (1 hot dog)": 3 frankfurters are 156 g (usda:07949, 12.5) = 19.5 µg.
    const auto bars = check("date,food,amount,unit\n2026-12-01,twix,2,\n2026-12-02,frankfurter,3,\n");
    REQUIRE(bars.ok());
    CHECK(bars.reports.at(0).days.at(0).selenium_ug == Approx(2.494));
    CHECK(bars.reports.at(0).days.at(1).selenium_ug == Approx(19.5));
    // A drink is counted by its cup: milk,2, is 2 cups (usda:01077, 244 g at 3.7 µg/100 g = 18.056 µg).
    const auto drinks = check("date,food,amount,unit\n2026-12-01,milk,2,\n2026-12-01,cuppa,2,\n");
    REQUIRE(drinks.ok());
    CHECK(drinks.reports.at(0).days.at(0).selenium_ug == Approx(18.056));
    CHECK(notes_of(counted).at(0) == "plan.csv:2: no unit for 'walnuts': each counts as one of the 7 in \"cup, in "
                                     "shell, edible yield (7 nuts)\" (28 g): 4 g");
    // A measure that holds a range counts its middle: "oz (10-12 kernels)" is 11 macadamias, so
    // 11 of them are 28.35 g (usda:12132, 11.7 µg/100 g) = 3.31695 µg.
    const auto range = check("date,food,amount,unit\n2026-12-01,macadamia nuts,11,\n");
    REQUIRE(range.ok());
    CHECK(range.reports.at(0).days.at(0).selenium_ug == Approx(28.35 * 11.7 / 100));
    CHECK(notes_of(range).at(0) == "plan.csv:2: no unit for 'macadamia nuts': each counts as one of the 11 in \"oz "
                                   "(10-12 kernels)\" (28.35 g): 2.57727 g");
    // A measure that holds an amount is no count of pieces: usda:14370's "serving (3 heaping tsp)"
    // is a serving of tea powder, not 3 of it (was 1/3 of it each), and usda:19701's "cup chips
    // (6 oz package)" not 6 chips: its "oz (approx 60 pcs)" is 60 (2 are 0.945 g at 3.2 µg/100 g).
    const auto amounts = check("date,food,amount,unit\n2026-12-01,usda:14370,2,\n2026-12-02,usda:19701,2,\n");
    REQUIRE(amounts.errors.size() == 1);
    CHECK(seck::format_diagnostic(amounts.errors[0]).find(": missing unit for usda:14370 ") != std::string::npos);
    CHECK(amounts.reports.at(0).days.at(1).selenium_ug == Approx(2 * 28.35 / 60 * 3.2 / 100));
}

TEST_CASE("a count without a unit, where the entry has no weight for one, is that many of its item (data/items.csv)") {
    // Mussels (usda:15165, 89.6 µg/100 g) have only "oz": data/items.csv's mussel is FNDDS's
    // "mussel" portion, 15 g, so 12 are 180 g = 161.28 µg. Cashews (usda:12585, 11.7) have only a
    // cup: a cashew is 1/18 of SR28's "oz (18 kernels)" of usda:12086, 1.575 g, so 10 are 15.75 g
    // = 1.84275 µg. Scallops (usda:90240, 21.7): 6 of 15 g = 19.53 µg. An id counts the same.
    const auto result = check(
        "date,food,amount,unit\n"
        "2026-12-01,mussels,12,\n"
        "2026-12-02,cashews,10,\n"
        "2026-12-03,scallops,6,\n"
        "2026-12-04,usda:15165,2,\n");
    REQUIRE(result.ok());
    const seck::Days& days = result.reports.at(0).days;
    CHECK(days.at(0).selenium_ug == Approx(12 * 15 * 89.6 / 100));
    CHECK(days.at(1).selenium_ug == Approx(10 * 1.575 * 11.7 / 100));
    CHECK(days.at(2).selenium_ug == Approx(6 * 15 * 21.7 / 100));
    CHECK(days.at(3).selenium_ug == Approx(2 * 15 * 89.6 / 100));
    CHECK(notes_of(result).at(0) == "plan.csv:2: no unit for 'mussels': each counts as one mussel, 15 g (data/items.csv: "
                                    "FNDDS \"mussel\" portion of fndds:26313110 Mussels (15 g))");
    // Only the item the entry is, by its description's head: clam chowder (usda:06430, "Soup, clam
    // chowder, ...") is no clam, oyster mushrooms ("Mushrooms, oyster, raw") no oyster, cashew
    // butter (usda:12088, "Nuts, cashew butter, plain") no cashew; chia seeds are not counted
    // one by one. All four still need a unit.
    const auto refused = check(
        "date,food,amount,unit\n"
        "2026-12-01,usda:06430,2,\n"
        "2026-12-01,oyster mushrooms,3,\n"
        "2026-12-01,usda:12088,2,\n"
        "2026-12-01,chia seeds,3,\n");
    REQUIRE(refused.errors.size() == 4);
    for (const auto& error : refused.errors) {
        INFO(seck::format_diagnostic(error));
        CHECK(seck::format_diagnostic(error).find(": missing unit for usda:") != std::string::npos);
    }
}

TEST_CASE("every row of data/items.csv is one item word with a weight of one and its source") {
    // scripts/gen_items.py's table, from USDA's portions: the weight of one countable item for a
    // count without a unit of an entry with no weight for one of its own (README, "Units", step 6).
    const auto items = seck::embedded_items();
    CHECK(items.size() >= 15);
    for (const seck::ItemWeight& item : items) {
        INFO(item.item);
        CHECK(item.grams > 0);
        CHECK(item.grams < 100);  // one item, not a cup of them
        CHECK((item.source.find("FNDDS") != std::string_view::npos || item.source.find("SR28") != std::string_view::npos));
        // matched against name_words: one word, singular, lower case
        CHECK(seck::name_words(item.item) == std::vector<std::string>{std::string(item.item)});
    }
    const auto mussel = std::find_if(items.begin(), items.end(), [](const auto& i) { return i.item == "mussel"; });
    REQUIRE(mussel != items.end());
    CHECK(mussel->grams == 15);
    CHECK(mussel->source == "FNDDS \"mussel\" portion of fndds:26313110 Mussels (15 g)");
}

TEST_CASE("a unit inside the food's name is its unit") {
    // large egg: usda:01123 50 g at 30.7 µg/100 g = 15.35; small egg 38 g = 11.666; 2 garlic
    // cloves (usda:11215, 3 g at 14.2) = 0.852; 2 slices of white bread (usda:18069, 29 g at
    // 22) = 12.76; a rasher of bacon is its slice (usda:10862, 11.5 g at 50.7) = 5.8305; a rib
    // of celery its medium stalk (usda:11143, 40 g at 0.4) = 0.16.
    const auto result = check(
        "date,food,amount,unit\n"
        "2026-12-01,large egg,1,\n"
        "2026-12-01,small egg,1,\n"
        "2026-12-02,garlic clove,2,\n"
        "2026-12-02,slice of bread,2,\n"
        "2026-12-03,rasher of bacon,1,\n"
        "2026-12-03,celery rib,1,\n");
    REQUIRE(result.ok());
    const seck::Days& days = result.reports.at(0).days;
    CHECK(days.at(0).selenium_ug == Approx(15.35 + 11.666));
    CHECK(days.at(1).selenium_ug == Approx(0.852 + 12.76));
    CHECK(days.at(2).selenium_ug == Approx(5.8305 + 0.16));
    const std::vector<std::string> notes = notes_of(result);
    CHECK(std::find(notes.begin(), notes.end(),
                    "plan.csv:6: 'rasher' of usda:10862 (Pork, cured, bacon, pre-sliced, cooked, pan-fried) counted as "
                    "its slice") != notes.end());
    // The juice of 2 lemons: usda:09152's "lemon yields" 48 g each at 0.1 µg/100 g = 0.096;
    // a stick of celery its medium stalk, 40 g at 0.4 = 0.16.
    const auto juice = check("date,food,amount,unit\n2026-12-01,juice of 2 lemons,,\n2026-12-01,celery stick,,\n");
    REQUIRE(juice.ok());
    CHECK(juice.reports.at(0).days.at(0).selenium_ug == Approx(0.096 + 0.16));
    // A packet of crisps is FNDDS's "small single serving bag" of potato chips (fndds:71200100,
    // 28 g at 2.5 µg/100 g = 0.7 µg); crisps without a unit count such packets.
    const auto crisps = check("date,food,amount,unit\n2026-12-01,packet of crisps,,\n2026-12-01,crisps,2,\n");
    REQUIRE(crisps.ok());
    CHECK(crisps.reports.at(0).days.at(0).selenium_ug == Approx(0.7 + 1.4));
}

TEST_CASE("everyday units: a tin, a mug, a pinch, a handful, a serving") {
    // A tin of tuna is its can (usda:15121, 165 g at 70.6 µg/100 g = 116.49); a handful of
    // almonds 1 oz (usda:12061, 28.349523125 g at 4.1) = 1.16233; a serving of spaghetti its
    // default portion (usda:20121, a cup, 124 g at 26.4) = 32.736.
    const auto result = check(
        "date,food,amount,unit\n"
        "2026-12-01,tuna,1,tin\n"
        "2026-12-01,almonds,1,handful\n"
        "2026-12-01,spaghetti,1,serving\n"
        "2026-12-01,salt,1,pinch\n");
    REQUIRE(result.ok());
    // A pinch of salt: 1/16 tsp by salt's density (292 g a cup): 0.3802 g at 0.1 µg/100 g.
    CHECK(result.reports.at(0).days.at(0).selenium_ug ==
          Approx(116.49 + 28.349523125 * 0.041 + 32.736 + 292.0 / 768 * 0.001));
    const std::vector<std::string> notes = notes_of(result);
    CHECK(notes == std::vector<std::string>{
                       "plan.csv:3: a handful of 'almonds' counted as 1 oz (28.35 g)",
                       "plan.csv:4: a serving of 'spaghetti' counted as its default portion, \"cup spaghetti not "
                       "packed\"",
                       "plan.csv:5: a pinch of 'salt' counted as 1/16 tsp"});
}

TEST_CASE("a supplement by the capsule is refused with what to write instead, and a bowl is 1.25 cups, said") {
    const auto result = check(
        "date,food,amount,unit\n"
        "2026-12-01,selenium supplement,1,capsule\n"
        "2026-12-01,porridge,1,bowl\n"
        "2026-12-01,selenium supplement,200,mcg\n"
        "2026-12-02,spag bol,1,plate\n");
    REQUIRE(result.errors.size() == 1);
    CHECK(seck::format_diagnostic(result.errors[0]) ==
          "plan.csv:2: a capsule of 'selenium supplement': its dose is on its label, not in the food table: write its "
          "selenium in µg (selenium supplement,200,mcg for a 200 µg capsule), or give it with its µg per capsule in "
          "--foods");
    // A bowl of porridge: 1.25 cups of usda:08121 (cup 234 g) = 292.5 g at 5.4 µg/100 g = 15.795 µg.
    CHECK(result.reports.at(0).days.at(0).selenium_ug == Approx(200 + 15.795));  // at least: one line not counted
    CHECK(result.reports.at(0).days.at(0).unresolved_count == 1);
    // A plate of spaghetti bolognese: 1.5 cups of fndds:58146322 (cup 250 g) = 375 g at 16.2 = 60.75 µg.
    CHECK(result.reports.at(0).days.at(1).selenium_ug == Approx(60.75));
    const auto notes = notes_of(result);
    CHECK(std::find(notes.begin(), notes.end(),
                    "plan.csv:3: a bowl of 'porridge' counted as 1.25 cups (10 fl oz, 295.7 ml): bowls differ, give "
                    "cups or grams for a closer figure") != notes.end());
}

TEST_CASE("a measure USDA lists twice under one text with other weights is chosen and said") {
    // usda:33875 lists "fl oz" as 6 g and as 30.4 g: a fluid ounce of a liquid formula weighs
    // about 30 g, so 5 fl oz = 152 g at 1.8 µg/100 g = 2.736 µg. Tofu's two "block" weights
    // (324 g, 455 g) are no volume: the first, said.
    const auto result = check("date,food,amount,unit\n2026-12-01,usda:33875,5,fl oz\n2026-12-02,usda:16126,1,block\n");
    REQUIRE(result.ok());
    CHECK(result.reports.at(0).days.at(0).selenium_ug == Approx(2.736));
    CHECK(result.reports.at(0).days.at(1).selenium_ug == Approx(324 * 9.9 / 100));
    REQUIRE(result.notes.size() == 2);
    CHECK(seck::format_diagnostic(result.notes[0]) ==
          "plan.csv:2: usda:33875 (Infant formula, MEAD JOHNSON, ENFAMIL, Premature, 24 calories ready-to-feed Low "
          "iron) lists \"fl oz\" as 30.4 g and as 6 g: counted as 30.4 g, the one that fits its density; give grams if "
          "another is meant");
    CHECK(seck::format_diagnostic(result.notes[1]) ==
          "plan.csv:3: usda:16126 (Tofu, firm, prepared with calcium sulfate and magnesium chloride (nigari)) lists "
          "\"block\" as 324 g and as 455 g: counted as 324 g, the first; give grams if another is meant");
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
    CHECK(seck::format_diagnostic(result.errors[0]) == "plan.csv: no diary entries (expected rows of date, food, amount, unit)");
}

TEST_CASE("amounts too large for a double are refused") {
    const auto result = check("d,usda:12078," + std::string(308, '9') + ",kg\n");
    REQUIRE(result.errors.size() == 1);
    CHECK(result.errors[0].message.rfind("amount '9999", 0) == 0);
    CHECK(result.errors[0].message.find("is too large") != std::string::npos);
}

namespace {
// Adds the same entries to a DayTotals holding `memory_days` days: ISO dates out of order,
// two people, labels that are not dates, and a day revisited after it was written out.
std::vector<seck::PersonDays> mixed_diary(std::size_t memory_days) {
    seck::DayTotals totals(memory_days);
    const struct {
        const char *person, *label;
        double ug;
    } entries[] = {{"bob", "2026-11-25", 95.85}, {"ann", "2026-11-24", 15.35},
                   {"bob", "Mon", 30.7},         {"bob", "2026-11-23", 7.5},
                   {"ann", "2026-11-25", 191.7}, {"bob", "2026-11-25", 15.35},
                   {"ann", "extra", 1},          {"bob", "2026-11-23", 95.85},
                   {"ann", "2026-11-24", 30.7},  {"bob", "Mon", 2}};
    std::size_t line = 2;
    for (const auto& e : entries) {
        seck::Entry entry;
        entry.line = line;
        const seck::SourceView source{e.person, "1", "g", nullptr};
        totals.add(e.person, e.label, "plan.csv", line++, e.ug, &entry, &source);
        totals.add_range(e.ug, e.ug * 0.75, e.ug * 1.5);  // (the range must be written out and read back)
    }
    return totals.finish();
}
}  // namespace

TEST_CASE("days written to a temporary file come back as days held in memory") {
    const auto held = mixed_diary(1000);
    const auto spilled = mixed_diary(1);  // every day but the newest written out
    const std::string order = "bob:2026-11-23 bob:2026-11-25 bob:Mon ann:2026-11-24 ann:2026-11-25 ann:extra ";
    CHECK(labels(held) == order);
    CHECK(labels(spilled) == order);
    REQUIRE(spilled.size() == 2);
    CHECK(spilled[0].days.spilled());  // the store of bob's 3 days, holding 1
    CHECK(!held[0].days.spilled());
    for (std::size_t p = 0; p < 2; ++p) {
        auto a = held[p].days.begin();
        for (const seck::Day& b : spilled[p].days) {
            CHECK(a->selenium_ug == b.selenium_ug);
            CHECK(a->low_ug() == Approx(0.75 * a->selenium_ug));
            CHECK(a->low_ug() == b.low_ug());
            CHECK(a->high_ug() == b.high_ug());
            CHECK(a->unranged_share() == b.unranged_share());
            CHECK(a->entries == b.entries);
            CHECK(a->first_line == b.first_line);
            CHECK(*a->first_file == *b.first_file);
            REQUIRE(a->explained.size() == b.explained.size());
            for (std::size_t k = 0; k < b.explained.size(); ++k) CHECK(a->explained[k].line == b.explained[k].line);
            REQUIRE(a->sources.size() == b.sources.size());
            for (std::size_t k = 0; k < b.sources.size(); ++k) {
                CHECK(a->sources[k].line == b.sources[k].line);
                CHECK(a->sources[k].selenium_ug == b.sources[k].selenium_ug);
                CHECK(*a->sources[k].file == *b.sources[k].file);
            }
            ++a;
        }
    }
    // bob's 2026-11-23: lines 5 and 9, 7.5 + 95.85 µg; 2026-11-25: lines 2 and 7, 95.85 + 15.35.
    const seck::Day first = spilled[0].days.at(0);
    CHECK(first.selenium_ug == Approx(103.35));
    CHECK(first.first_line == 5);
    CHECK(first.explained.at(1).line == 9);
    // Its sources, largest first, from both runs: line 9 (95.85 µg), then line 5 (7.5 µg).
    REQUIRE(first.sources.size() == 2);
    CHECK(first.sources[0].line == 9);
    CHECK(first.sources[1].line == 5);
    CHECK(spilled[0].days.at(1).selenium_ug == Approx(111.2));
    CHECK(spilled[0].days.at(1).first_line == 2);
    CHECK(spilled[1].days.at(0).selenium_ug == Approx(46.05));  // ann's 2026-11-24: 15.35 + 30.7
}

TEST_CASE("with no temporary file to be had, every day stays in memory and counts the same") {
    const char* old = std::getenv("TMPDIR");
    const std::string saved = old ? old : "";
    ::setenv("TMPDIR", "/nonexistent/seck-test", 1);
    const auto people = mixed_diary(1);
    if (old)
        ::setenv("TMPDIR", saved.c_str(), 1);
    else
        ::unsetenv("TMPDIR");
    CHECK(labels(people) == "bob:2026-11-23 bob:2026-11-25 bob:Mon ann:2026-11-24 ann:2026-11-25 ann:extra ");
    CHECK(!people[0].days.spilled());
    CHECK(people[0].days.at(0).selenium_ug == Approx(103.35));
}

TEST_CASE("a long diary's report is the one its days held in memory give, in every format") {
    // 60 ISO days (one above the UL, most below the RDA) by two people, with --average 7
    // and --explain, checked holding 1000 days and holding 4.
    std::string text = "date,person,food,amount,unit\n";
    for (int d = 0; d < 60; ++d)
        for (const char* person : {"ann", "bob"})
            text += fmt::format("2026-{:02}-{:02},{},{}\n", 1 + d / 28, 1 + d % 28, person,
                                d == 30 ? "brazil nuts,5,kernel"
                                : d % 3 ? "egg,1,large"
                                        : "usda:12078,1,kernel");
    static const seck::FoodTable table;
    seck::Resolver resolver(table);
    seck::CheckOptions held{.explain = true, .average_days = 7}, spilled{.explain = true, .average_days = 7};
    held.memory_days = 1000;
    spilled.memory_days = 4;
    std::vector<seck::FileResult> a{seck::check_text(text, "plan.csv", resolver, {}, held)};
    std::vector<seck::FileResult> b{seck::check_text(text, "plan.csv", resolver, {}, spilled)};
    REQUIRE(b[0].reports.at(0).days.spilled());
    const seck::RenderOptions options;
    for (const seck::OutputFormat& format : seck::output_formats())
        CHECK(seck::render(format.name, a, options) == seck::render(format.name, b, options));
    // Day 30 (2026-02-03 in these 28-day months): 5 Brazil nuts, 5 x 95.85 = 479.25 µg,
    // above the UL; exit 1.
    const seck::Day day30 = b[0].reports[0].days.at(30);
    CHECK(day30.label == "2026-02-03");
    CHECK(day30.selenium_ug == Approx(479.25));
    CHECK(b[0].exit_code() == 1);
}
