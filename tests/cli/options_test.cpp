// The command line as values: parse_options gives one validated Config, or an error to print.
#include "seck/cli/options.h"

#include <catch2/catch.hpp>
#include <initializer_list>
#include <string>
#include <vector>

using seck::cli::Config;
using seck::cli::Parsed;

namespace {

Parsed parse(std::initializer_list<const char*> args) {
    std::vector<const char*> argv{"seck"};
    argv.insert(argv.end(), args.begin(), args.end());
    return seck::cli::parse_options(static_cast<int>(argv.size()), argv.data());
}

}  // namespace

TEST_CASE("options: a check's parts, with explain and the average held once") {
    const Parsed p = parse({"--explain", "--average", "7", "--fail-on", "above-ul-average", "-f", "json", "--merge",
                            "--decimal-comma", "--color", "never", "--rda", "70", "a.csv", "b.csv"});
    REQUIRE(p.config);
    REQUIRE(p.error == "");
    const Config& c = *p.config;
    CHECK(c.command == Config::Command::Check);
    CHECK(c.read.files == std::vector<std::string>{"a.csv", "b.csv"});
    CHECK(c.read.merge);
    CHECK(c.read.options.decimal_comma);
    CHECK(c.check.explain);
    CHECK(c.check.average_days == 7);
    CHECK(c.check.fail_on.above_ul_average);
    CHECK_FALSE(c.check.fail_on.below_rda);
    CHECK(c.check.refs.everyone.rda_ug == 70);
    CHECK(c.report.format == "json");
    CHECK(c.output.color == seck::ColorMode::Never);
    CHECK_FALSE(c.output.quiet);
    REQUIRE(c.foods.table);
}

TEST_CASE("options: seck foods is a command of its own, and skips the check's options") {
    const Parsed p = parse({"--fail-on", "bogus", "foods", "brazil", "nuts"});
    REQUIRE(p.config);
    CHECK(p.config->command == Config::Command::ListFoods);
    CHECK(p.config->foods.query == "brazil nuts");
}

TEST_CASE("options: errors are values, printed by the caller") {
    const Parsed none = parse({});
    CHECK_FALSE(none.config);
    CHECK(none.exit_code == 2);
    CHECK(none.error == "no diary given: name a CSV file, or - for stdin (seck --help has an example)");
    CHECK(parse({"--fail-on", "above-ul-average", "a.csv"}).error == "--fail-on above-ul-average needs --average N");
    const Parsed usage = parse({"--format", "xml", "a.csv"});
    CHECK(usage.exit_code == 2);
    CHECK(usage.error.rfind("--format: xml not in {", 0) == 0);
    CHECK(usage.out == "");
    const Parsed help = parse({"--help"});
    CHECK_FALSE(help.config);
    CHECK(help.exit_code == 0);
    CHECK(help.error == "");
    CHECK(help.out.find("Example:") != std::string::npos);
}
