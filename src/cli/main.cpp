// seck: checks a food diary's selenium against the RDA and the UL.
#include <csignal>
#include <exception>

#include "seck/cli/foods.h"
#include "seck/cli/options.h"
#include "seck/cli/output.h"
#include "seck/cli/run.h"

int main(int argc, char** argv) {
    // A reader that goes away (seck ... | head) is then EPIPE from write, not a signal that
    // kills seck (141): output.h exits with the report's own code, as ripgrep does.
    std::signal(SIGPIPE, SIG_IGN);
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
