// seck: checks a food diary's selenium against the RDA and the UL.
#include <exception>

#include "seck/cli/foods.h"
#include "seck/cli/options.h"
#include "seck/cli/output.h"
#include "seck/cli/run.h"

int main(int argc, char** argv) {
    using namespace seck::cli;
    const Parsed parsed = parse_options(argc, argv);
    if (!parsed.config) {
        if (!parsed.error.empty()) print_error("{}", parsed.error);
        return write_stdout(parsed.out, "the help", parsed.exit_code);
    }
    const Config& config = *parsed.config;
    try {
        return config.command == Config::Command::ListFoods ? list_foods(config.foods) : run(config);
    } catch (const std::exception& e) {
        print_error("{}", e.what());
        return 2;
    }
}
