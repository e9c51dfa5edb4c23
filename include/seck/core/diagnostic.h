#pragma once
// A fault in an input, or a note about it: what every stage reports to the user.

#include <cstddef>
#include <string>

namespace seck {

/// A fault in an input, or a note; line 0 means the file as a whole.
struct Diagnostic {
    std::string file;  // the input it is in
    std::size_t line = 0;
    std::string message;
};

}  // namespace seck
