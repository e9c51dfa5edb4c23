#include "seck/core/output.h"

#include <unistd.h>

#include <cerrno>
#include <iterator>

namespace seck {

Output::~Output() {
    flush();
}

void Output::vprint(fmt::string_view format, fmt::format_args args) {
    fmt::vformat_to(std::back_inserter(buffer_), format, args);
    if (buffer_.size() >= kFlushBytes) flush();
}

bool Output::flush() {
    if (sink_) {
        sink_->append(buffer_);
        buffer_.clear();
        return true;
    }
    std::string_view rest = buffer_;
    while (error_ == 0 && !rest.empty()) {
        const ssize_t n = ::write(fd_, rest.data(), rest.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) error_ = n < 0 ? errno : EIO;
        else rest.remove_prefix(static_cast<std::size_t>(n));
    }
    buffer_.clear();
    return error_ == 0;
}

}  // namespace seck
