// seck: checks a food diary's selenium against the RDA and the UL.
#include <fmt/format.h>
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <string>
#include <tuple>
#include <vector>

#include "seck/check/check.h"
#include "seck/resolve/foods.h"
#include "seck/total/reference.h"
#include "seck/report/report.h"
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
    const auto found = seck::NameMatcher(table).search(query);
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
    std::vector<std::string> format_names;
    for (const seck::OutputFormat& f : seck::output_formats()) format_names.emplace_back(f.name);
    app.add_option("-f,--format", format, fmt::format("Output format: {}", fmt::join(format_names, ", ")))
        ->check(CLI::IsMember(format_names))
        ->capture_default_str();
    std::string fail_on_text = "below-rda,above-ul";
    app.add_option("--fail-on", fail_on_text,
                   "Findings that exit 1: below-rda, above-ul, above-ul-average, or none, comma-separated")
        ->capture_default_str();
    bool quiet = false;
    app.add_flag("-q,--quiet", quiet, "Print nothing; only the exit code tells");
    bool merge = false;
    app.add_flag("--merge", merge, "Treat all files as one diary (a diary split by month)");
    std::size_t average_days = 0;
    app.add_option("--average", average_days, "Also the rolling mean of the last N diary days")
        ->type_name("N")
        ->check(CLI::Range(std::size_t{1}, std::size_t{3660}));
    app.add_option("--color", color, "Colour: auto, always or never (NO_COLOR is honoured)")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    bool explain = false;
    app.add_flag("--explain", explain, "Show how each line was read: the entry, unit, grams and µg");
    app.add_option("--foods", foods_file, "Add or replace foods from a JSON file (format in the README)")
        ->type_name("FILE");

    std::string columns_text, delimiter_text, date_format;
    seck::ReadOptions read;
    app.add_option("--columns", columns_text,
                   "Read any CSV by naming its columns: date=Day,food=\"Food Name\",amount=Qty,unit=Unit "
                   "(without unit=, the amount holds it: \"150 g\")")
        ->type_name("MAP")
        ->group("Other CSV files");
    app.add_option("--delimiter", delimiter_text,
                   "The field separator: ';', '|' or tab (default: a comma, or ';' where the header shows it)")
        ->type_name("CHAR")
        ->group("Other CSV files");
    app.add_flag("--decimal-comma", read.decimal_comma, "Amounts written with a decimal comma: 1,5")
        ->group("Other CSV files");
    app.add_option("--date-format", date_format, "Dates written as DD.MM.YYYY, MM/DD/YYYY, ... (read as ISO)")
        ->type_name("FORMAT")
        ->group("Other CSV files");
    app.add_flag("--recompute", read.recompute,
                 "For a Cronometer export: resolve each food with seck's own table too, and show both totals")
        ->group("Other CSV files");

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
    std::string rda, ear, ul;
    app.add_option("--rda", rda, "Your own target (RDA or AI), µg/day")->group("Reference intakes");
    app.add_option("--ear", ear, "Your own EAR, µg/day")->group("Reference intakes");
    app.add_option("--ul", ul, "Your own upper level, µg/day")->group("Reference intakes");
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

    std::vector<std::string> readers;  // the inputs given -, stdin
    if (foods_file == "-") readers.push_back("--foods");
    if (profiles_file == "-") readers.push_back("--profiles");
    const auto stdin_diaries = std::count(files.begin(), files.end(), "-");
    if (stdin_diaries > 0) readers.push_back(stdin_diaries == 1 ? "a diary" : fmt::format("{} diaries", stdin_diaries));
    if (readers.size() > 1 || stdin_diaries > 1) {
        fmt::print(stderr, "seck: - (stdin) can be read only once: it is given to {}\n", fmt::join(readers, " and "));
        return 2;
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
    if ((app.count("--columns") && !seck::parse_columns(columns_text, &read, &err)) ||
        (app.count("--delimiter") && !seck::parse_delimiter(delimiter_text, &read.delimiter, &err)) ||
        (app.count("--date-format") && !seck::parse_date_format(date_format, &err))) {
        fmt::print(stderr, "seck: {}\n", err);
        return 2;
    }
    read.date_format = date_format;
    seck::FailOn fail_on;
    if (!seck::parse_fail_on(fail_on_text, &fail_on, &err)) {
        fmt::print(stderr, "seck: {}\n", err);
        return 2;
    }
    if (fail_on.above_ul_average && average_days == 0) {
        fmt::print(stderr, "seck: --fail-on above-ul-average needs --average N\n");
        return 2;
    }
    if (app.count("--age") && !seck::parse_age(age, &request.profile.age_months, &err)) {
        fmt::print(stderr, "seck: --age: {}\n", err);
        return 2;
    }
    if (!sex.empty()) request.profile.sex = sex == "female" ? seck::Sex::Female : seck::Sex::Male;
    for (auto [option, text, value] : {std::tuple{"--rda", &rda, &request.rda_ug},
                                       {"--ear", &ear, &request.ear_ug},
                                       {"--ul", &ul, &request.ul_ug}}) {
        if (app.count(option) && !seck::parse_intake(option, *text, value, &err)) {
            fmt::print(stderr, "seck: {}\n", err);
            return 2;
        }
    }
    std::string profiles;
    seck::References refs;
    if ((!profiles_file.empty() && !seck::read_whole_file(profiles_file, &profiles, &err)) ||
        !seck::make_references(request, profiles, profiles_file, &refs, &err)) {
        fmt::print(stderr, "seck: {}\n", err);
        return 2;
    }
    seck::RenderOptions options;
    if (compare) {
        if (!profiles_file.empty()) {
            fmt::print(stderr, "seck: --compare shows one profile against every authority: not with --profiles\n");
            return 2;
        }
        options.compare = seck::compare_references(request);
    }

    try {  // a long diary's days are read back from a temporary file, which can fail (days.h)
        seck::Resolver resolver(table);
        const seck::CheckOptions check_options{.explain = explain,
                                               .average_days = average_days,
                                               .read = read,
                                               .keep_days = !quiet,  // only the exit code tells: summaries are enough
                                               .fail_on = fail_on};
        std::vector<seck::FileResult> results;
        if (merge) {
            std::vector<std::string> names;
            for (const std::string& path : files) names.push_back(seck::display_name(path));
            seck::DiaryCheck check(fmt::format("{}", fmt::join(names, " + ")), resolver, refs, check_options);
            for (const std::string& path : files) seck::stream_file(path, check);
            results.push_back(check.finish());
            results.back().merged = true;
        } else {
            for (const std::string& path : files)
                results.push_back(seck::check_file(path, resolver, refs, check_options));
        }
        int exit_code = 0;
        for (const seck::FileResult& result : results) {
            exit_code = std::max(exit_code, result.exit_code());
            if (quiet) continue;
            for (const seck::Diagnostic& d : result.errors) fmt::print(stderr, "seck: {}\n", seck::format_diagnostic(d));
            if (result.error_count > result.errors.size())
                fmt::print(stderr, "seck: {}: {} more error{} not shown\n", result.name,
                           result.error_count - result.errors.size(),
                           result.error_count - result.errors.size() == 1 ? "" : "s");
            if (!result.ok())
                fmt::print(stderr, "seck: {}: not checked, {} error{}\n", result.name, result.error_count,
                           result.error_count == 1 ? "" : "s");
        }
        if (quiet) return exit_code;

        if (format == "table") {
            const auto mode = color == "always"  ? seck::ColorMode::Always
                              : color == "never" ? seck::ColorMode::Never
                                                 : seck::ColorMode::Auto;
            options.color =
                seck::use_color(mode, ::isatty(STDOUT_FILENO) != 0, std::getenv("NO_COLOR"), std::getenv("TERM"));
        }
        seck::Output out(STDOUT_FILENO);
        seck::render(*seck::find_output_format(format), results, options, out);
        if (!out.flush()) {
            if (out.error() == EPIPE) return exit_code;  // the reader went away (seck ... | head): not our error
            fmt::print(stderr, "seck: cannot write the report: {}\n", std::strerror(out.error()));
            return 2;
        }
        return exit_code;
    } catch (const std::exception& e) {
        fmt::print(stderr, "seck: {}\n", e.what());
        return 2;
    }
}
