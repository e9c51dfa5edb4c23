#include "seck/core/io.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <vector>

namespace seck {

std::string display_name(const std::string& path) {
    return path == "-" ? "<stdin>" : path;
}

namespace {

constexpr std::size_t kMaxWholeFileBytes = std::size_t{64} << 20;  // --foods, --profiles: all of SR28 is 2 MB

// Reads all of `in`, up to kMaxWholeFileBytes (/dev/zero never ends); false past that.
bool read_bounded(std::istream& in, const std::string& path, std::string* out, std::string* err) {
    std::vector<char> block(1 << 16);
    out->clear();
    while (in.read(block.data(), static_cast<std::streamsize>(block.size())) || in.gcount() > 0) {
        out->append(block.data(), static_cast<std::size_t>(in.gcount()));
        if (out->size() > kMaxWholeFileBytes) {
            *err = fmt::format("{}: larger than {} MiB, too big to be read whole", path, kMaxWholeFileBytes >> 20);
            return false;
        }
    }
    return true;
}

}  // namespace

bool read_whole_file(const std::string& path, std::string* out, std::string* err) {
    if (path == "-") return read_bounded(std::cin, path, out, err);
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode)) {
        *err = fmt::format("{}: is a directory", path);
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        *err = fmt::format("{}: cannot open: {}", path, std::strerror(errno));
        return false;
    }
    return read_bounded(in, path, out, err);
}

}  // namespace seck
