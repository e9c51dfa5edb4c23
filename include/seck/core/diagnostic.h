#pragma once
// What every stage reports to the user: a fault in an input, a note about a choice made,
// or a finding about a day, each with its place, a stable code and a severity.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace seck {

/// How bad a diagnostic is. The exit code is the worst: an Error in an input is 2, a
/// finding that --fail-on names (an Error too) is 1, warnings and notes are 0.
enum class Severity : std::uint8_t { Note, Warning, Error };
/// "note", "warning", "error"
std::string_view severity_name(Severity severity);

/// A fault in an input, a note, or a finding; line 0 means the file as a whole.
struct Diagnostic {
    std::string file;  // the input it is in
    std::size_t line = 0;
    std::string message;
    /// Stable, for rule ids and filters: "input-error", "note", "below-rda", "above-ul", "above-ul-average".
    std::string_view code = "note";
    Severity severity = Severity::Note;
};

/// "FILE:LINE: message", or "FILE: message" for the file as a whole.
std::string format_diagnostic(const Diagnostic& d);

}  // namespace seck
