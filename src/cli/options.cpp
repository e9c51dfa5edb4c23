// The command line in two steps: the options as written (Args, filled by CLI11), then
// validated into a Config. The only file that knows CLI11.
#include "seck/cli/options.h"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <sstream>
#include <tuple>

#include "seck/core/io.h"
#include "seck/version.h"

namespace seck::cli {
namespace {

constexpr const char* kExample = R"(
Exit status: 0 every day adequate, 1 a day below the RDA or above the UL,
2 a usage or input error, or a line not counted (messages on stderr as
seck: FILE:LINE: ...; the report lists the line under its day, marked incomplete).

Example:
  $ cat diary.csv
  date,food,amount,unit
  2026-11-24,2 brazil nuts,,
  2026-11-24,large egg,1,
  2026-11-25,chicken breast,3 oz,
  $ seck diary.csv               # 2026-11-24: 207.1 µg, adequate; 2026-11-25: 23.5 µg, below the RDA
  $ seck --explain diary.csv     # also how each line was read
  $ seck foods brazil nuts       # find a food's usda: id and units
)";

/// The options as written, before they are checked.
struct Args {
    std::vector<std::string> files;
    std::string format{output_formats().front().name};  // the table
    std::string fail_on = "below-rda,above-ul";
    bool quiet = false;
    bool merge = false;
    std::size_t average_days = 0;
    std::string color = "auto";
    bool explain = false;
    std::string foods_file;
    // Other CSV files
    std::string columns, delimiter, date_format;
    bool decimal_comma = false, recompute = false;
    // Reference intakes
    ReferenceRequest request;  // --standard, --pregnant and --lactating are written into it as given
    std::string age, sex, rda, ear, ul, profiles_file;
    bool compare = false;
    // seck foods WORDS
    bool list_foods = false;
    std::vector<std::string> query;
    // Options given at all, whatever their value
    bool given_columns = false, given_delimiter = false, given_date_format = false, given_age = false;
    bool given_rda = false, given_ear = false, given_ul = false;
};

void define_options(CLI::App& app, Args& a) {
    app.add_option("files", a.files, "Diary CSV files (date, food, amount, unit); - reads stdin")->type_name("FILE");
    std::vector<std::string> format_names;
    for (const OutputFormat& f : output_formats()) format_names.emplace_back(f.name);
    app.add_option("-f,--format", a.format, fmt::format("Output format: {}", fmt::join(format_names, ", ")))
        ->check(CLI::IsMember(format_names))
        ->capture_default_str();
    app.add_option("--fail-on", a.fail_on,
                   "Findings that exit 1: below-rda, above-ul, above-ul-average, or none, comma-separated")
        ->capture_default_str();
    app.add_flag("-q,--quiet", a.quiet, "Print nothing; only the exit code tells");
    app.add_flag("--merge", a.merge, "Treat all files as one diary (a diary split by month)");
    app.add_option("--average", a.average_days, "Also the rolling mean of the last N diary days")
        ->type_name("N")
        ->check(CLI::Range(std::size_t{1}, std::size_t{3660}));
    app.add_option("--color", a.color, "Colour: auto, always or never (NO_COLOR is honoured)")
        ->check(CLI::IsMember({"auto", "always", "never"}))
        ->capture_default_str();
    app.add_flag("--explain", a.explain, "Show how each line was read: the entry, unit, grams and µg");
    app.add_option("--foods", a.foods_file, "Add or replace foods from a JSON file (format in the README)")
        ->type_name("FILE");

    app.add_option("--columns", a.columns,
                   "Read any CSV by naming its columns: date=Day,food=\"Food Name\",amount=Qty,unit=Unit "
                   "(without unit=, the amount holds it: \"150 g\")")
        ->type_name("MAP")
        ->group("Other CSV files");
    app.add_option("--delimiter", a.delimiter,
                   "The field separator: ';', '|' or tab (default: a comma, or ';' where the header shows it)")
        ->type_name("CHAR")
        ->group("Other CSV files");
    app.add_flag("--decimal-comma", a.decimal_comma, "Amounts written with a decimal comma: 1,5")
        ->group("Other CSV files");
    app.add_option("--date-format", a.date_format, "Dates written as DD.MM.YYYY, MM/DD/YYYY, ... (read as ISO)")
        ->type_name("FORMAT")
        ->group("Other CSV files");
    app.add_flag("--recompute", a.recompute,
                 "For a Cronometer export: resolve each food with seck's own table too, and show both totals")
        ->group("Other CSV files");

    const auto known = standards();
    app.add_option("--standard", a.request.standard,
                   fmt::format("Reference intakes of: {} (default iom, US/Canada)", fmt::join(known, ", ")))
        ->check(CLI::IsMember(std::vector<std::string>(known.begin(), known.end())))
        ->group("Reference intakes");
    app.add_option("--age", a.age, "Age in years, or months for infants: 8m (default: an adult of 30)")
        ->group("Reference intakes");
    app.add_option("--sex", a.sex, "female or male, where the values differ by sex")
        ->check(CLI::IsMember({"female", "male"}))
        ->group("Reference intakes");
    app.add_flag("--pregnant", a.request.profile.pregnant, "Use the pregnancy values")->group("Reference intakes");
    app.add_flag("--lactating", a.request.profile.lactating, "Use the lactation values")->group("Reference intakes");
    app.add_option("--rda", a.rda, "Your own target (RDA or AI), µg/day")->group("Reference intakes");
    app.add_option("--ear", a.ear, "Your own EAR, µg/day")->group("Reference intakes");
    app.add_option("--ul", a.ul, "Your own upper level, µg/day")->group("Reference intakes");
    app.add_option("--profiles", a.profiles_file, "People of the diary's person column, as JSON (see README)")
        ->type_name("FILE")
        ->group("Reference intakes");
    app.add_flag("--compare", a.compare, "Also show the days against every authority")->group("Reference intakes");
    app.set_version_flag("--version",
                         fmt::format("seck {}\nfood table: {} foods from {}\nfoods as eaten: {} foods from {}",
                                     SECK_VERSION, embedded_foods().size(), embedded_source(),
                                     fndds_rows::foods().size(), fndds_source()));
    auto* foods_cmd = app.add_subcommand("foods", "List food table entries matching WORDS, with ids and units");
    foods_cmd->add_option("words", a.query, "Words of the description or common name, or an id")
        ->required()
        ->type_name("WORDS");
    app.footer(kExample);
    app.failure_message([](const CLI::App*, const CLI::Error& e) {
        return fmt::format("{}\nRun seck --help for usage and an example.", e.what());
    });
}

/// What CLI11 knows only after parsing: which options were given, and the subcommand.
void note_given(const CLI::App& app, Args& a) {
    a.given_columns = app.count("--columns") > 0;
    a.given_delimiter = app.count("--delimiter") > 0;
    a.given_date_format = app.count("--date-format") > 0;
    a.given_age = app.count("--age") > 0;
    a.given_rda = app.count("--rda") > 0;
    a.given_ear = app.count("--ear") > 0;
    a.given_ul = app.count("--ul") > 0;
    a.list_foods = app.got_subcommand("foods");
}

// Each step below returns "" or the error, which the caller prints as "seck: <error>".

std::string check_stdin(const Args& a) {
    std::vector<std::string> readers;  // the inputs given -, stdin
    if (a.foods_file == "-") readers.push_back("--foods");
    if (a.profiles_file == "-") readers.push_back("--profiles");
    const auto stdin_diaries = std::count(a.files.begin(), a.files.end(), "-");
    if (stdin_diaries > 0) readers.push_back(stdin_diaries == 1 ? "a diary" : fmt::format("{} diaries", stdin_diaries));
    if (readers.size() > 1 || stdin_diaries > 1)
        return fmt::format("- (stdin) can be read only once: it is given to {}", fmt::join(readers, " and "));
    return "";
}

std::string load_foods(const std::string& foods_file, FoodsPart* out) {
    FoodTable::Builder foods;
    if (!foods_file.empty()) {
        std::string text, err;
        if (!read_whole_file(foods_file, &text, &err) || !foods.add_user_foods(text, foods_file, &err)) return err;
    }
    out->table = foods.build();  // (a shared_ptr<const FoodTable> from the builder's unique_ptr)
    return "";
}

std::string read_part(const Args& a, ReadPart* out) {
    if (a.files.empty()) return "no diary given: name a CSV file, or - for stdin (seck --help has an example)";
    ReadOptions read{
        .decimal_comma = a.decimal_comma, .columns = {}, .date_format = a.date_format, .recompute = a.recompute};
    std::string err;
    if ((a.given_columns && !parse_columns(a.columns, &read, &err)) ||
        (a.given_delimiter && !parse_delimiter(a.delimiter, &read.delimiter, &err)) ||
        (a.given_date_format && !parse_date_format(a.date_format, &err)))
        return err;
    *out = ReadPart{.files = a.files, .merge = a.merge, .options = std::move(read)};
    return "";
}

std::string fail_on(const Args& a, FailOn* out) {
    std::string err;
    if (!parse_fail_on(a.fail_on, out, &err)) return err;
    if (out->above_ul_average && a.average_days == 0) return "--fail-on above-ul-average needs --average N";
    return "";
}

std::string reference_request(const Args& a, ReferenceRequest* out) {
    ReferenceRequest request = a.request;
    std::string err;
    if (a.given_age && !parse_age(a.age, &request.profile.age_months, &err)) return "--age: " + err;
    if (!a.sex.empty()) request.profile.sex = a.sex == "female" ? Sex::Female : Sex::Male;
    for (auto [option, given, text, value] : {std::tuple{"--rda", a.given_rda, &a.rda, &request.rda_ug},
                                              {"--ear", a.given_ear, &a.ear, &request.ear_ug},
                                              {"--ul", a.given_ul, &a.ul, &request.ul_ug}}) {
        if (given && !parse_intake(option, *text, value, &err)) return err;
    }
    *out = std::move(request);
    return "";
}

std::string references(const Args& a, const ReferenceRequest& request, References* out) {
    std::string profiles, err;
    if ((!a.profiles_file.empty() && !read_whole_file(a.profiles_file, &profiles, &err)) ||
        !make_references(request, profiles, a.profiles_file, out, &err))
        return err;
    return "";
}

std::string compare(const Args& a, const ReferenceRequest& request, std::vector<Comparison>* out) {
    if (!a.compare) return "";
    if (!a.profiles_file.empty()) return "--compare shows one profile against every authority: not with --profiles";
    *out = compare_references(request);
    return "";
}

ColorMode color_mode(const std::string& color) {
    return color == "always" ? ColorMode::Always : color == "never" ? ColorMode::Never : ColorMode::Auto;
}

/// Checks the options into `config`, in the order seck has always checked them; returns
/// the first error, or "".
std::string validate(const Args& a, Config* config) {
    if (auto err = check_stdin(a); !err.empty()) return err;
    if (auto err = load_foods(a.foods_file, &config->foods); !err.empty()) return err;
    if (a.list_foods) {  // seck foods WORDS: the check's options are not looked at
        config->command = Config::Command::ListFoods;
        config->foods.query = fmt::format("{}", fmt::join(a.query, " "));
        return "";
    }
    if (auto err = read_part(a, &config->read); !err.empty()) return err;
    if (auto err = fail_on(a, &config->check.fail_on); !err.empty()) return err;
    ReferenceRequest request;
    if (auto err = reference_request(a, &request); !err.empty()) return err;
    if (auto err = references(a, request, &config->check.refs); !err.empty()) return err;
    if (auto err = compare(a, request, &config->report.compare); !err.empty()) return err;
    config->check.explain = a.explain;
    config->check.average_days = a.average_days;
    config->report.format = a.format;
    config->output = OutputPart{.color = color_mode(a.color), .quiet = a.quiet};
    return "";
}

}  // namespace

Parsed parse_options(int argc, const char* const* argv) {
    CLI::App app{
        "seck checks the selenium in a food diary against the reference intakes (by default\n"
        "US/Canada adults: RDA 55 µg/day, UL 400 µg/day), using USDA SR28 and FNDDS.",
        "seck"};
    Args args;
    define_options(app, args);
    Parsed parsed;
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        std::ostringstream out, err;  // --help and --version text, or CLI11's message (failure_message)
        parsed.exit_code = app.exit(e, out, err) == 0 ? 0 : 2;
        parsed.out = out.str();
        parsed.error = err.str();
        return parsed;
    }
    note_given(app, args);
    Config config;
    parsed.error = validate(args, &config);
    if (parsed.error.empty())
        parsed.config = std::move(config);
    else
        parsed.exit_code = 2;
    return parsed;
}

}  // namespace seck::cli
