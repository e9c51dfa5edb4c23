#pragma once
// Files: the name a path has in messages, and reading a small file whole.

#include <string>

namespace seck {

/// The name a path has in messages: "<stdin>" for "-".
std::string display_name(const std::string& path);

/// Reads a whole (small) file, "-" for stdin; on failure returns false and sets `err`.
bool read_whole_file(const std::string& path, std::string* out, std::string* err);

}  // namespace seck
