#pragma once
// The command line: every option defined, parsed and validated in one place (options.cpp,
// the only file that knows CLI11), giving one configuration that says what to do.

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "seck/check/check.h"
#include "seck/read/diary.h"
#include "seck/report/report.h"
#include "seck/resolve/foods.h"
#include "seck/total/reference.h"

namespace seck::cli {

/// The food table (the embedded one, with --foods applied) and what `seck foods` looks up.
struct FoodsPart {
    std::shared_ptr<const FoodTable> table;
    std::string query;  // seck foods WORDS, joined by spaces
};

/// The diaries, and how to read them.
struct ReadPart {
    std::vector<std::string> files;  // "-" is stdin
    bool merge = false;              // --merge: all files are one diary
    ReadOptions options;             // --columns, --delimiter, --decimal-comma, --date-format, --recompute
};

/// What each day is checked against, and what a check computes.
struct CheckPart {
    References refs;               // --standard, --age, --sex, ..., --rda, --ear, --ul, --profiles
    bool explain = false;          // --explain: how each line was read
    std::size_t average_days = 0;  // --average N: also each day's rolling mean (0: none)
    FailOn fail_on;                // --fail-on: findings that exit 1
};

/// What the report shows.
struct ReportPart {
    std::string format = "table";     // -f, one of output_formats()
    std::vector<Comparison> compare;  // --compare: the days against every authority
};

/// How the output is written.
struct OutputPart {
    ColorMode color = ColorMode::Auto;  // --color, for the table
    bool quiet = false;                 // -q: nothing printed, only the exit code tells
};

/// A validated command line: what to do and everything it needs.
struct Config {
    enum class Command { Check, ListFoods };
    Command command = Command::Check;  // check the files, or list foods (seck foods WORDS)
    FoodsPart foods;
    // Set for Check only:
    ReadPart read;
    CheckPart check;
    ReportPart report;
    OutputPart output;
};

/// The outcome of parsing: a configuration to run, or nothing to run and an exit code.
struct Parsed {
    std::optional<Config> config;
    std::string out;    // --help or --version: the text for stdout (exit 0)
    std::string error;  // a usage or input error, printed as "seck: <error>" (exit 2)
    int exit_code = 0;  // without a config
};

/// Parses and validates argv, reading the --foods and --profiles files (their errors are
/// usage errors too, in the order seck checks the options); prints nothing.
Parsed parse_options(int argc, const char* const* argv);

}  // namespace seck::cli
