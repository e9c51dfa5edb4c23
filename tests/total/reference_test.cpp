// Reference intakes: life stages, authorities, the user's own values, profiles.
#include "seck/total/reference.h"

#include <fmt/format.h>

#include <catch2/catch.hpp>
#include <string>

#include "seck/total/total.h"

namespace {

seck::Reference pick(std::string_view standard, const std::string& age, seck::Sex sex = seck::Sex::Unknown,
                     bool pregnant = false, bool lactating = false) {
    seck::Profile profile;
    std::string err;
    if (!age.empty()) REQUIRE(seck::parse_age(age, &profile.age_months, &err));
    profile.sex = sex;
    profile.pregnant = pregnant;
    profile.lactating = lactating;
    seck::Reference ref;
    INFO(err);
    REQUIRE(seck::select_reference(standard, profile, &ref, &err));
    return ref;
}

std::string refused(std::string_view standard, const std::string& age, seck::Sex sex = seck::Sex::Unknown,
                    bool pregnant = false, bool lactating = false) {
    seck::Profile profile;
    std::string err;
    if (!age.empty()) REQUIRE(seck::parse_age(age, &profile.age_months, &err));
    profile.sex = sex;
    profile.pregnant = pregnant;
    profile.lactating = lactating;
    seck::Reference ref;
    CHECK_FALSE(seck::select_reference(standard, profile, &ref, &err));
    return err;
}

std::string values(const seck::Reference& r) {
    auto v = [](double x) { return std::isnan(x) ? std::string("-") : std::to_string(static_cast<int>(x)); };
    return r.life_stage + " " + r.kind + " " + v(r.rda_ug) + "/" + v(r.ear_ug) + "/" + v(r.ul_ug);
}

}  // namespace

TEST_CASE("ages are years, or months for infants") {
    double months = 0;
    std::string err;
    for (auto [text, expected] : {std::pair{"6", 72.0},
                                  {"0.5", 6.0},
                                  {"8m", 8.0},
                                  {"8mo", 8.0},
                                  {"8 months", 8.0},
                                  {"45y", 540.0},
                                  {"45 years", 540.0},
                                  {"19", 228.0}}) {
        INFO(text);
        REQUIRE(seck::parse_age(text, &months, &err));
        CHECK(months == expected);
    }
    CHECK_FALSE(seck::parse_age("-1", &months, &err));
    CHECK(err == "'-1' is negative");
    CHECK_FALSE(seck::parse_age("old", &months, &err));
    CHECK(err == "'old' is not a number of years (or of months: 8m)");
    CHECK_FALSE(seck::parse_age("200", &months, &err));
    CHECK(err == "'200' is more than 130 years");
}

TEST_CASE("IOM: every life stage of the US/Canada table") {
    CHECK(values(pick("iom", "")) == "19+ y RDA 55/45/400");  // the default: an adult
    CHECK(values(pick("iom", "3m")) == "0-6 mo AI 15/-/45");
    CHECK(values(pick("iom", "9m")) == "7-12 mo AI 20/-/60");
    CHECK(values(pick("iom", "2")) == "1-3 y RDA 20/17/90");
    CHECK(values(pick("iom", "6")) == "4-8 y RDA 30/23/150");
    CHECK(values(pick("iom", "10")) == "9-13 y RDA 40/35/280");
    CHECK(values(pick("iom", "16")) == "14-18 y RDA 55/45/400");
    CHECK(values(pick("iom", "40")) == "19+ y RDA 55/45/400");
    CHECK(values(pick("iom", "30", seck::Sex::Female, true)) == "pregnancy RDA 60/49/400");
    CHECK(values(pick("iom", "30", seck::Sex::Unknown, false, true)) == "lactation RDA 70/59/400");
}

TEST_CASE("a default Reference is make_reference's default: IOM adults 19+, word for word") {
    // A library caller who writes Reference{} gets the report the command gives.
    seck::Reference made;
    std::string err;
    REQUIRE(seck::make_reference({}, &made, &err));
    const seck::Reference plain;
    CHECK(plain.standard == made.standard);
    CHECK(plain.life_stage == made.life_stage);
    CHECK(plain.kind == made.kind);
    CHECK(plain.rda_ug == made.rda_ug);
    CHECK(plain.ear_ug == made.ear_ug);
    CHECK(plain.ul_ug == made.ul_ug);
    CHECK(plain.source == made.source);
    CHECK(plain.overridden == made.overridden);
    CHECK(plain.note == made.note);
    CHECK(plain.infant == made.infant);
}

TEST_CASE("IOM: band edges") {
    CHECK(pick("iom", "8").life_stage == "4-8 y");
    CHECK(pick("iom", "8.99").life_stage == "4-8 y");
    CHECK(pick("iom", "9").life_stage == "9-13 y");
    CHECK(pick("iom", "0.5").life_stage == "7-12 mo");
    CHECK(pick("iom", "6m").life_stage == "7-12 mo");
    CHECK(pick("iom", "5.9m").life_stage == "0-6 mo");
    CHECK(pick("iom", "0").life_stage == "0-6 mo");
    CHECK(pick("iom", "1").life_stage == "1-3 y");
    CHECK(pick("iom", "18.99").life_stage == "14-18 y");
    CHECK(pick("iom", "19").life_stage == "19+ y");
}

TEST_CASE("nonsense profiles and missing values are refused") {
    CHECK(refused("iom", "3", seck::Sex::Unknown, true) ==
          "iom sets no pregnancy values for age 3 y (its pregnancy values are for 14-50 y)");
    CHECK(refused("iom", "30", seck::Sex::Male, true) == "--pregnant is for --sex female, not male");
    CHECK(refused("iom", "30", seck::Sex::Female, true, true) ==
          "--pregnant and --lactating together: give the one the diary's days are in");
    CHECK(refused("nasa", "").rfind("unknown standard 'nasa' (choose one of: iom", 0) == 0);
}

TEST_CASE("the user's own values replace the authority's, and must agree with each other") {
    seck::ReferenceRequest request;
    request.rda_ug = 70;
    request.ul_ug = 300;
    seck::Reference ref;
    std::string err;
    REQUIRE(seck::make_reference(request, &ref, &err));
    CHECK(ref.rda_ug == 70);
    CHECK(ref.ear_ug == 45);
    CHECK(ref.ul_ug == 300);
    CHECK(ref.overridden == std::vector<std::string>{"rda", "ul"});
    request.rda_ug = 500;
    CHECK_FALSE(seck::make_reference(request, &ref, &err));
    CHECK(err == "the RDA (500 µg) is above the UL (300 µg): check --rda and --ul");
    request = {};
    request.ear_ug = 60;
    CHECK_FALSE(seck::make_reference(request, &ref, &err));
    CHECK(err == "the EAR (60 µg) is above the RDA (55 µg): check --ear and --rda");
}

TEST_CASE("no authority has a hole or an overlap: each age is one row, or said to be missing") {
    // IOM, D-A-CH and WHO are complete; rows of EFSA, UK and ANZ that could not be
    // confirmed in their sources are left out (README), and must be refused as such.
    for (std::string_view standard : seck::standards()) {
        const bool complete = standard == "iom" || standard == "dach" || standard == "who";
        for (double months = 0; months < 100 * 12; months += 1) {
            for (seck::Sex sex : {seck::Sex::Female, seck::Sex::Male}) {
                seck::Profile profile;
                profile.age_months = months;
                profile.sex = sex;
                seck::Reference ref;
                std::string err;
                if (seck::select_reference(standard, profile, &ref, &err)) continue;
                INFO(standard << " at " << months << " months: " << err);
                CHECK_FALSE(complete);
                CHECK(err.rfind(fmt::format("no confirmed {} values for age ", standard), 0) == 0);
            }
        }
    }
    CHECK(refused("efsa", "6") == "no confirmed efsa values for age 6 y in seck's table (it has 18+ y)");
}

TEST_CASE("other authorities: adults, and where values differ by sex") {
    CHECK(values(pick("efsa", "")) == "18+ y AI 70/-/255");
    CHECK(values(pick("uk", "40", seck::Sex::Male)) == "19+ y RNI 75/-/-");
    CHECK(values(pick("uk", "40", seck::Sex::Female)) == "19+ y RNI 60/-/-");
    CHECK(refused("uk", "40") ==
          "uk sets different values for women and men at 19+ y (male 75 µg, female 60 µg): give --sex female or "
          "--sex male");
    CHECK(values(pick("dach", "5")) == "4-<7 y reference 20/-/-");
    CHECK(values(pick("who", "70", seck::Sex::Female)) == "65+ y RNI 25/-/-");
    CHECK(values(pick("anz", "30", seck::Sex::Female)) == "19+ y RDI 60/50/400");
}

TEST_CASE("the period status compares the mean with EAR, RDA and UL") {
    const seck::Reference ref;  // 45 / 55 / 400
    CHECK(seck::classify_period(44.9, ref) == seck::PeriodStatus::BelowEar);
    CHECK(seck::classify_period(45, ref) == seck::PeriodStatus::BelowRda);
    CHECK(seck::classify_period(55, ref) == seck::PeriodStatus::Adequate);
    CHECK(seck::classify_period(400, ref) == seck::PeriodStatus::Adequate);
    CHECK(seck::classify_period(400.1, ref) == seck::PeriodStatus::AboveUl);
    seck::Reference no_ul = ref;
    no_ul.ul_ug = NAN;
    CHECK(seck::classify(5000, no_ul) == seck::Status::Adequate);  // no UL: never above it
    CHECK(seck::period_status_name(seck::PeriodStatus::BelowEar) == "below-ear");
}

TEST_CASE("profiles: a family in one file") {
    std::vector<std::pair<std::string, seck::Profile>> people;
    std::string err;
    REQUIRE(seck::read_profiles(R"({"people": [{"name": "Ann", "age": 34, "sex": "female", "pregnant": true},
                                               {"name": "Mia", "age": "8m"}]})",
                                "family.json", &people, &err));
    REQUIRE(people.size() == 2);
    CHECK(people[0].first == "Ann");
    CHECK(people[0].second.pregnant);
    CHECK(people[1].second.age_months == 8);
    people.clear();
    CHECK_FALSE(seck::read_profiles(R"({"people": [{"name": "Tom", "age": -3}]})", "family.json", &people, &err));
    CHECK(err == "family.json: /people/0/age: '-3' is negative");
    CHECK_FALSE(seck::read_profiles(R"({"people": [{"name": "Tom", "sex": "male", "lactating": true}]})", "family.json",
                                    &people, &err));
    CHECK(err == "family.json: /people/0: --lactating is for --sex female, not male");
    CHECK_FALSE(seck::read_profiles(R"({"people": [{"name": "Tom"}, {"name": "Tom"}]})", "family.json", &people, &err));
    CHECK(err == "family.json: /people/1/name: 'Tom' is named twice");
}
