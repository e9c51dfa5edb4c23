// seck: checks a food diary's selenium against the RDA and the UL.
#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "seck/check.h"
#include "seck/foods.h"
#include "seck/reference.h"
#include "seck/report.h"
#include "seck/version.h"

namespace {

constexpr const char* kExample = R"(
Exit status: 0 every day adequate, 1 a day below the RDA or above the UL,
2 a usage or input error (messages on stderr as seck: FILE:LINE: ...).

Example:
  $ cat diary.csv
  date,food,amount,unit
  2026-11-24,brazil nuts,2,nuts
  2026-11-24,egg,1,
  2026-11-25,chicken breast,3,oz
  $ seck diary.csv               # 2026-11-24: 207.1 µg, adequate; 2026-11-25: 23.5 µg, below the RDA
  $ seck --explain diary.csv     # also how each line was read
  $ seck foods brazil nuts       # find a food's usda: id and units
)";

constexpr std::size_t kMaxListed = 20;

int list_foods(const seck::FoodTable& table, const std::string& query) {
    const auto found = table.search(query);
    if (found.empty()) {
        fmt::print(stderr, "seck: no food matches '{}'\n", query);
        return 1;
    }
    for (std::size_t i = 0; i < found.size() && i < kMaxListed; ++i) {
        const seck::Food& food = *found[i];
        fmt::print("{}\n", seck::food_label(food));
        if (food.has_selenium())
            fmt::print("    {:g} µg selenium per 100 g", food.ug_per_100g);
        else
            fmt::print("    no selenium value (missing is not zero)");
        fmt::print("; {}\n", food.group);
        if (!food.names.empty()) fmt::print("    also called: {}\n", fmt::join(food.names, ", "));
        std::string units = "g, kg, mg, oz, lb";
        for (const seck::Portion& p : food.portions) units += fmt::format(", \"{}\" ({:g} g)", p.unit, p.grams);
        fmt::print("    units: {}\n", units);
    }
    if (found.size() > kMaxListed)
        fmt::print("... and {} more; add words to narrow the search\n", found.size() - kMaxListed);
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    CLI::App app{
        "seck checks the selenium in a food diary against the reference intakes (by default\n"
        "US/Canada adults: RDA 55 µg/day, UL 400 µg/day), using USDA SR28.",
        "seck"};
    std::vector<std::string> files;
    std::string format = "table";
    std::string color = "auto";
    std::string foods_file;
    app.add_option("files", files, "Diary CSV files (date, food, amount, unit); - reads stdin")->type_name("FILE");
    app.add_option("-f,--format", format, "Output format: table or json")
        ->check(CLI::IsMember({"table", "json"}))
        ->capture_default_str();
    app.add_option("--color", color, "Colour: auto, always or never (NO_COLOR is honoured)")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    bool explain = false;
    app.add_flag("--explain", explain, "Show how each line was read: the entry, unit, grams and µg");
    app.add_option("--foods", foods_file, "Add or replace foods from a JSON file (format in the README)")
        ->type_name("FILE");

    seck::ReferenceRequest request;
    std::string age, sex, profiles_file;
    bool compare = false;
    const auto known = seck::standards();
    app.add_option("--standard", request.standard,
                   fmt::format("Reference intakes of: {} (default iom, US/Canada)", fmt::join(known, ", ")))
        ->check(CLI::IsMember(std::vector<std::string>(known.begin(), known.end())))
        ->group("Reference intakes");
    app.add_option("--age", age, "Age in years, or months for infants: 8m (default: an adult of 30)")
        ->group("Reference intakes");
    app.add_option("--sex", sex, "female or male, where the values differ by sex")
        ->check(CLI::IsMember({"female", "male"}))
        ->group("Reference intakes");
    app.add_flag("--pregnant", request.profile.pregnant, "Use the pregnancy values")->group("Reference intakes");
    app.add_flag("--lactating", request.profile.lactating, "Use the lactation values")->group("Reference intakes");
    app.add_option("--rda", request.rda_ug, "Your own target (RDA or AI), µg/day")->group("Reference intakes");
    app.add_option("--ear", request.ear_ug, "Your own EAR, µg/day")->group("Reference intakes");
    app.add_option("--ul", request.ul_ug, "Your own upper level, µg/day")->group("Reference intakes");
    app.add_option("--profiles", profiles_file, "People of the diary's person column, as JSON (see README)")
        ->type_name("FILE")
        ->group("Reference intakes");
    app.add_flag("--compare", compare, "Also show the days against every authority")->group("Reference intakes");
    app.set_version_flag("--version", fmt::format("seck {}\nfood table: {} foods from {}", SECK_VERSION,
                                                  seck::embedded_foods().size(), seck::embedded_source()));
    auto* foods_cmd = app.add_subcommand("foods", "List food table entries matching WORDS, with ids and units");
    std::vector<std::string> query;
    foods_cmd->add_option("words", query, "Words of the description or common name, or an id")
        ->required()
        ->type_name("WORDS");
    app.footer(kExample);
    app.failure_message([](const CLI::App*, const CLI::Error& e) {
        return fmt::format("seck: {}\nRun seck --help for usage and an example.\n", e.what());
    });

    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e) == 0 ? 0 : 2;
    }

    seck::FoodTable table;
    if (!foods_file.empty()) {
        std::string text, err;
        if (!seck::read_whole_file(foods_file, &text, &err) || !table.add_user_foods(text, foods_file, &err)) {
            fmt::print(stderr, "seck: {}\n", err);
            return 2;
        }
    }
    if (*foods_cmd) return list_foods(table, fmt::format("{}", fmt::join(query, " ")));
    if (files.empty()) {
        fmt::print(stderr, "seck: no diary given: name a CSV file, or - for stdin (seck --help has an example)\n");
        return 2;
    }

    std::string err;
    if (!age.empty() && !seck::parse_age(age, &request.profile.age_months, &err)) {
        fmt::print(stderr, "seck: --age: {}\n", err);
        return 2;
    }
    if (!sex.empty()) request.profile.sex = sex == "female" ? seck::Sex::Female : seck::Sex::Male;
    seck::References refs;
    if (!seck::make_reference(request, &refs.everyone, &err)) {
        fmt::print(stderr, "seck: {}\n", err);
        return 2;
    }
    if (!profiles_file.empty()) {
        std::string text;
        std::vector<std::pair<std::string, seck::Profile>> people;
        if (!seck::read_whole_file(profiles_file, &text, &err) ||
            !seck::read_profiles(text, profiles_file, &people, &err)) {
            fmt::print(stderr, "seck: {}\n", err);
            return 2;
        }
        for (const auto& [name, profile] : people) {
            seck::ReferenceRequest person = request;
            person.profile = profile;
            seck::Reference ref;
            if (!seck::make_reference(person, &ref, &err)) {
                fmt::print(stderr, "seck: {}: {}: {}\n", profiles_file, name, err);
                return 2;
            }
            refs.people.emplace_back(name, std::move(ref));
        }
    }
    seck::RenderOptions options;
    options.explain = explain;
    if (compare) {
        if (!profiles_file.empty()) {
            fmt::print(stderr, "seck: --compare shows one profile against every authority: not with --profiles\n");
            return 2;
        }
        for (std::string_view standard : known) {
            seck::ReferenceRequest other = request;
            other.standard = standard;
            seck::Comparison c{std::string(standard), {}, {}};
            if (!seck::make_reference(other, &c.ref, &c.error)) c.ref = {};
            options.compare.push_back(std::move(c));
        }
    }

    seck::Resolver resolver(table);
    std::vector<seck::FileResult> results;
    int exit_code = 0;
    for (const std::string& path : files) {
        seck::FileResult result = seck::check_file(path, resolver, refs, explain);
        for (const seck::Diagnostic& d : result.errors) fmt::print(stderr, "seck: {}\n", result.format(d));
        if (result.error_count > result.errors.size())
            fmt::print(stderr, "seck: {}: {} more errors not shown\n", result.name,
                       result.error_count - result.errors.size());
        if (!result.ok())
            fmt::print(stderr, "seck: {}: not checked, {} error{}\n", result.name, result.error_count,
                       result.error_count == 1 ? "" : "s");
        exit_code = std::max(exit_code, result.exit_code());
        results.push_back(std::move(result));
    }

    if (format == "json") {
        fmt::print("{}", seck::render_json(results, options));
    } else {
        const auto mode = color == "always"  ? seck::ColorMode::Always
                          : color == "never" ? seck::ColorMode::Never
                                             : seck::ColorMode::Auto;
        options.color =
            seck::use_color(mode, ::isatty(STDOUT_FILENO) != 0, std::getenv("NO_COLOR"), std::getenv("TERM"));
        fmt::print("{}", seck::render_table(results, options));
    }
    return exit_code;
}
