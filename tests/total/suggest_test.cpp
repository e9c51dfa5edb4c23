// What to change: additions for a day below the RDA, removals for a day (or rolling mean)
// above the UL, worked by hand from USDA figures and data/suggestions.csv.
#include "seck/total/suggest.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run.h"
#include "seck/report/report.h"
#include "seck/total/total.h"

using seck_test::cli;
using seck_test::contains;

namespace {

seck::Day day_of(double ug) {
    seck::Day day;
    day.selenium_ug = ug;
    return day;
}

std::vector<std::string> texts(const std::vector<seck::Suggestion>& suggestions) {
    std::vector<std::string> out;
    for (const seck::Suggestion& s : suggestions) out.push_back(s.text);
    return out;
}

}  // namespace

TEST_CASE("suggest: a day below the RDA gets the smallest single additions that reach it") {
    // A cup of rice, 11.85 µg, is 43.15 µg short of 55. Per portion: a large egg 15.35 (3 are
    // 46.05), an oz of salmon 11.73 (4 are 46.92), a roasted chicken breast 47.472, a can of
    // sardines 48.484, ...; 3 slices of bread (24.67) or a cup of cottage cheese (20.34) are
    // not enough.
    const seck::Reference adult;
    const auto suggestions = seck::suggest(day_of(11.85), adult);
    CHECK(texts(suggestions) == std::vector<std::string>{"+3 large eggs (46.1 µg)", "+4 oz of salmon (46.9 µg)",
                                                         "+1 roasted chicken breast (47.5 µg)"});
    REQUIRE(suggestions.size() == seck::kMaxSuggestions);
    CHECK(suggestions[0].action == seck::Suggestion::Action::Add);
    CHECK(suggestions[0].food == "large egg");
    CHECK(suggestions[0].id == "01123");
    CHECK(suggestions[0].amount == 3);
    CHECK(suggestions[0].unit == "large");
    CHECK(suggestions[0].selenium_ug == Approx(46.05));
    for (const seck::Suggestion& s : suggestions) {  // each lands the day between the RDA and the UL
        CHECK(s.total_after_ug == Approx(11.85 + s.selenium_ug));
        CHECK(seck::classify(s.total_after_ug, adult) == seck::Status::Adequate);
    }
    // An adequate day, and a day above the UL without sources, get nothing.
    CHECK(seck::suggest(day_of(55), adult).empty());
    CHECK(seck::suggest(day_of(500), adult).empty());
    CHECK(seck::no_suggestion_reason(day_of(500), adult).empty());
}

TEST_CASE("suggest: an addition never crosses the UL, and uses the selected values") {
    // An RDA of 60 and a UL of 100: 11.85 µg is 48.15 short. 3 eggs (46.05), 4 oz of salmon
    // (46.92) and a chicken breast (47.47) fall short; a can of sardines (48.48: 60.33 µg),
    // 4 oz of shrimp (4 x 14.025 = 56.1: 67.95) and 2 cups of spaghetti (65.47: 77.32) land
    // between; a can of tuna (116.49) or a Brazil nut (95.85) would cross the UL.
    seck::Reference ref;
    ref.rda_ug = 60;
    ref.ul_ug = 100;
    const auto suggestions = seck::suggest(day_of(11.85), ref);
    CHECK(texts(suggestions) == std::vector<std::string>{"+1 can of sardines (48.5 µg)",
                                                         "+4 oz of cooked shrimp (56.1 µg)",
                                                         "+2 cups of spaghetti (65.5 µg)"});
    for (const seck::Suggestion& s : suggestions) {
        CHECK(s.total_after_ug >= 60);
        CHECK(s.total_after_ug <= 100);
    }
    // IOM 1-3 y (RDA 20, UL 90), from the command line: the same cup of rice is 8.15 short.
    const seck_test::Run r = cli("--age 2 -f json -", "date,food,amount,unit\nMon,rice,1,cup\n");
    CHECK(r.code == 1);
    const auto day = nlohmann::json::parse(r.out)["days"][0];
    REQUIRE(day["suggestions"].size() == 3);
    CHECK(day["suggestions"][0]["text"] == "+1 slice of whole-wheat bread (8.2 µg)");  // 11.85 + 8.224 = 20.07
    CHECK(day["suggestions"][1]["text"] == "+1 oz of roast turkey breast (8.6 µg)");
    CHECK(day["suggestions"][2]["text"] == "+1 oz of salmon (11.7 µg)");
}

TEST_CASE("suggest: no additions for an infant, an incomplete day, or a day whose rolling mean is above the UL") {
    seck::Reference baby;  // IOM 7-12 mo
    baby.life_stage = "7-12 mo";
    baby.kind = "AI";
    baby.rda_ug = 20;
    baby.ul_ug = 60;
    baby.infant = true;
    CHECK(seck::suggest(day_of(11.85), baby).empty());
    CHECK(seck::no_suggestion_reason(day_of(11.85), baby) == "seck suggests no foods under 12 months");
    const seck_test::Run r = cli("--age 8m -", "date,food,amount,unit\nMon,rice,1,cup\n");
    CHECK(contains(r.out, "    seck suggests no foods under 12 months\n"));

    const seck::Reference adult;
    seck::Day partial = day_of(11.85);
    partial.missing = {"Homemade Soup"};
    CHECK(seck::suggest(partial, adult).empty());
    CHECK(seck::no_suggestion_reason(partial, adult) ==
          "no suggestions for an incomplete day: its total is only a lower bound");

    // 1000, 1000 and 10 µg with --average 3: the third day's mean is 670 µg, above the UL.
    // It is below the RDA, but adding to it would only raise the mean: no suggestion.
    seck::Day low = day_of(10);
    low.average_ug = 670;
    CHECK(seck::suggest(low, adult, 3).empty());
    CHECK(seck::no_suggestion_reason(low, adult, 3) == "no additions: its 3-day mean is above the UL");
    // An addition that would lift an adequate mean over the UL is left out: a mean of 390 over
    // 3 days takes at most 30 µg more, so of 11.85 µg's additions none fits.
    low.selenium_ug = 11.85;
    low.average_ug = 390;
    CHECK(seck::suggest(low, adult, 3).empty());
    low.average_ug = 300;  // up to 300 µg more: the usual three
    CHECK(texts(seck::suggest(low, adult, 3)) ==
          std::vector<std::string>{"+3 large eggs (46.1 µg)", "+4 oz of salmon (46.9 µg)",
                                   "+1 roasted chicken breast (47.5 µg)"});
}

TEST_CASE("suggest: a day above the UL gets the entries whose halving or removal brings it under") {
    // 5 Brazil nut kernels (479.25 µg) and an egg (15.35): 494.6 µg, 94.6 too much.
    static const seck::FoodTable table;
    seck::Resolver resolver(table);
    const seck::Reference adult;
    const auto plan = seck::check_text("date,food,amount,unit\nMon,brazil nuts,5,kernel\nMon,egg,1,large\n",
                                       "plan.csv", resolver);
    REQUIRE(plan.ok());
    const seck::Day mon = plan.reports.front().days.at(0);
    auto suggestions = seck::suggest(mon, adult);
    // Halving the nuts (239.625 µg less) leaves 254.975; leaving out the egg is not enough.
    REQUIRE(suggestions.size() == 1);
    const seck::Suggestion& halve = suggestions.front();
    CHECK(halve.action == seck::Suggestion::Action::Remove);
    CHECK(halve.food == "brazil nuts");
    CHECK(halve.id == "12078");
    CHECK(halve.amount == 2.5);
    CHECK(halve.unit == "kernel");
    CHECK(halve.line == 2);
    CHECK(halve.selenium_ug == Approx(239.625));
    CHECK(halve.total_after_ug == Approx(254.975));
    CHECK(halve.text == "halve 5 kernel brazil nuts (239.6 µg less)");
    CHECK_FALSE(halve.together);

    // Six supplements of 100 mcg: 600 µg, 200 too much, more than any one entry. Its largest
    // entries together, until they are enough: two, leaving 400 µg (at the UL is not above it).
    std::string six = "date,food,amount,unit\n";
    for (int i = 0; i < 6; ++i) six += "Tue,selenium supplement,100,mcg\n";
    const auto tue = seck::check_text(six, "plan.csv", resolver).reports.front().days.at(0);
    suggestions = seck::suggest(tue, adult);
    REQUIRE(suggestions.size() == 2);
    CHECK(suggestions[0].together);
    CHECK(suggestions[0].line == 2);
    CHECK(suggestions[1].line == 3);
    CHECK(suggestions[1].total_after_ug == 400);
    CHECK(seck::suggestions_line(tue, suggestions, adult) ==
          "to come under the UL: leave out 100 mcg selenium supplement (100.0 µg) and leave out 100 mcg selenium "
          "supplement (100.0 µg)");
    // Ten: 1000 µg, 600 too much; its three sources, 300, are not enough, and it says so.
    std::string ten = "date,food,amount,unit\n";
    for (int i = 0; i < 10; ++i) ten += "Wed,selenium supplement,100,mcg\n";
    const auto wed = seck::check_text(ten, "plan.csv", resolver).reports.front().days.at(0);
    suggestions = seck::suggest(wed, adult);
    REQUIRE(suggestions.size() == 3);
    CHECK(seck::suggestions_line(wed, suggestions, adult).ends_with(
        " (not enough: still 700.0 µg)"));
}

TEST_CASE("suggest: with --average, a day whose rolling mean is above the UL gets what brings the mean under") {
    // Mon and Tue 5 kernels (479.25 µg each), Wed 4 (383.4, adequate): Wed's 3-day mean is
    // 447.3, 47.3 too much, so Wed must lose 3 x 47.3 = 141.9 µg: half its nuts (191.7) do.
    const seck_test::Run r = cli("--average 3 -", "date,food,amount,unit\n2026-11-02,brazil nuts,5,kernel\n"
                                                 "2026-11-03,brazil nuts,5,kernel\n2026-11-04,brazil nuts,4,kernel\n");
    CHECK(r.code == 1);
    CHECK(contains(r.out, "  warning: 2026-11-04: the 3-day mean, 447.3 µg, is above the UL of 400 µg: chronic excess\n"
                          "    to bring the mean under the UL: halve 4 kernel brazil nuts (191.7 µg less)\n"));
    const auto doc = nlohmann::ordered_json::parse(
        cli("--average 3 -f json -", "date,food,amount,unit\n2026-11-02,brazil nuts,5,kernel\n"
                                     "2026-11-03,brazil nuts,5,kernel\n2026-11-04,brazil nuts,4,kernel\n")
            .out);
    CHECK(doc["days"][2]["suggestions"].dump() ==
          R"x([{"action":"remove","food":"brazil nuts","id":"12078","amount":2,"unit":"kernel","selenium_ug":191.7,)x"
          R"x("total_after_ug":191.7,"line":4,"text":"halve 4 kernel brazil nuts (191.7 µg less)"}])x");
    // Without --average the same day is adequate: nothing to change.
    const auto plain = nlohmann::json::parse(
        cli("-f json -", "date,food,amount,unit\n2026-11-02,brazil nuts,5,kernel\n2026-11-03,brazil nuts,5,kernel\n"
                         "2026-11-04,brazil nuts,4,kernel\n")
            .out);
    CHECK(plain["days"][2]["suggestions"].empty());
}
