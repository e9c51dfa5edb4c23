#include "seck/cli/output.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace seck::cli {

bool write_all(int fd, std::string_view text) {
    while (!text.empty()) {
        const ssize_t n = ::write(fd, text.data(), text.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        text.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

void write_stderr(std::string_view line) {
    (void)write_all(STDERR_FILENO, line);
}

int write_stdout(std::string_view text, std::string_view what, int exit_code) {
    if (write_all(STDOUT_FILENO, text)) return exit_code;
    if (errno == EPIPE) return exit_code;  // the reader went away (seck ... | head): not our error
    print_error("cannot write {}: {}", what, std::strerror(errno));
    return 2;
}

}  // namespace seck::cli
