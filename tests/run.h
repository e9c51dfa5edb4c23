#pragma once
// Running the built seck binary from tests: exact exit code, stdout and stderr.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace seck_test {

namespace fs = std::filesystem;

struct Run {
    int code = -1;
    std::string out, err;
};

inline std::string slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// A scratch folder for one test process, removed when it ends.
struct Scratch {
    fs::path dir = fs::temp_directory_path() / ("seck-cli-test-" + std::to_string(::getpid()));
    Scratch() { fs::create_directories(dir); }
    ~Scratch() {
        std::error_code ignored;
        fs::remove_all(dir, ignored);
    }
};

inline const fs::path& scratch_dir() {
    static const Scratch scratch;
    return scratch.dir;
}

// Runs a shell script in tests/data with `input` on stdin and NO_COLOR and TERM unset.
inline Run shell(const std::string& script, const std::string& input = "") {
    const fs::path& dir = scratch_dir();
    std::ofstream(dir / "in", std::ios::binary) << input;
    std::ofstream(dir / "script.sh") << "cd '" SECK_TEST_DATA "' || exit 99\nunset NO_COLOR TERM\n" << script << "\n";
    const std::string command = "sh '" + (dir / "script.sh").string() + "' <'" + (dir / "in").string() + "' >'" +
                                (dir / "out").string() + "' 2>'" + (dir / "err").string() + "'";
    const int status = std::system(command.c_str());
    Run run;
    run.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.out = slurp(dir / "out");
    run.err = slurp(dir / "err");
    return run;
}

// Runs `seck ARGS`, with `env` (e.g. "NO_COLOR=1") set.
inline Run cli(const std::string& args, const std::string& input = "", const std::string& env = "") {
    return shell(env + " '" SECK_BINARY "' " + args, input);
}

inline bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace seck_test
