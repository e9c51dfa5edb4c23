#pragma once
// Writing to stdout and stderr, where a reader that has gone (seck ... | head) is not an error.
// main ignores SIGPIPE, so a closed pipe is EPIPE from write, handled here.

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace seck::cli {

/// Writes all of `text` to `fd`; false with errno set if the output fails (a full disk, a closed pipe).
bool write_all(int fd, std::string_view text);

/// Writes `line` to stderr as it is; a stderr that cannot be written is ignored.
void write_stderr(std::string_view line);

/// Prints "seck: <message>\n" to stderr.
template <class... T>
void print_error(fmt::format_string<T...> message, T&&... args) {
    write_stderr(fmt::format("seck: {}\n", fmt::format(message, std::forward<T>(args)...)));
}

/// Writes `text` (`what`: "the report") to stdout and returns `exit_code`. A reader that
/// has gone (EPIPE) is not an error: still `exit_code`, quietly. Any other failure is
/// printed ("seck: cannot write the report: ...") and returns 2.
int write_stdout(std::string_view text, std::string_view what, int exit_code);

}  // namespace seck::cli
