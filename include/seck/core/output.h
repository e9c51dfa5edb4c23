#pragma once
// Where a report goes: a buffered writer to a file descriptor (stdout) or to a string.
// Renderers write as the days come; the buffer is written out every 64 KiB, so a report
// of any length takes the same memory.

#include <fmt/format.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace seck {

class Output {
public:
    /// Writes to `fd` (not closed here). After a failed write (a full disk, a reader that
    /// went away: EPIPE) nothing more is written, and error() tells why.
    explicit Output(int fd) : fd_(fd) { buffer_.reserve(kFlushBytes + 4096); }
    /// Collects everything into `sink` (for tests and the library).
    explicit Output(std::string& sink) : sink_(&sink) {}
    ~Output();
    Output(const Output&) = delete;
    Output& operator=(const Output&) = delete;

    void write(std::string_view text) {
        buffer_.append(text);
        if (buffer_.size() >= kFlushBytes) flush();
    }
    void put(char c) {
        buffer_.push_back(c);
        if (buffer_.size() >= kFlushBytes) flush();
    }
    /// Formats as fmt::format does (the format string checked at compile time).
    template <class... Args>
    void print(fmt::format_string<Args...> format, Args&&... args) {
        vprint(format, fmt::make_format_args(args...));
    }
    /// print()'s work, compiled once (output.cpp): a caller only packs its arguments, so
    /// fmt's formatting engine is not instantiated again in every renderer.
    void vprint(fmt::string_view format, fmt::format_args args);
    /// Writes out what is buffered; false if this or an earlier write failed.
    bool flush();
    /// The errno of the first failed write, 0 if none.
    int error() const { return error_; }

private:
    static constexpr std::size_t kFlushBytes = 64 * 1024;
    int fd_ = -1;
    std::string* sink_ = nullptr;
    std::string buffer_;
    int error_ = 0;
};

}  // namespace seck
