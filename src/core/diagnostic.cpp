#include "seck/core/diagnostic.h"

#include <fmt/format.h>

namespace seck {

std::string_view severity_name(Severity severity) {
    switch (severity) {
        case Severity::Error: return "error";
        case Severity::Warning: return "warning";
        case Severity::Note: break;
    }
    return "note";
}

std::string format_diagnostic(const Diagnostic& d) {
    return d.line ? fmt::format("{}:{}: {}", d.file, d.line, d.message) : fmt::format("{}: {}", d.file, d.message);
}

}  // namespace seck
