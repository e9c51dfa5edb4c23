#pragma once
// Reports: one renderer per format over the same results.

#include <string>
#include <vector>

#include "seck/check.h"
#include "seck/total.h"

namespace seck {

enum class ColorMode { Auto, Always, Never };

/// Colour or not: --color always/never wins, then a non-empty NO_COLOR, then
/// TERM=dumb, then whether stdout is a terminal.
bool use_color(ColorMode mode, bool stdout_is_tty, const char* no_color, const char* term);

/// One authority's reference for --compare, or why it has none for the profile.
struct Comparison {
    std::string standard;
    Reference ref;
    std::string error;
};

struct RenderOptions {
    bool color = false;
    bool explain = false;             // how each line was read
    std::vector<Comparison> compare;  // the same days against these authorities
};

/// The aligned table for people: per file (and person) a row per day with a bar, a
/// warning per day outside the range, a summary, the notes; with `explain` how each
/// line was read, with `compare` every authority side by side. Files with errors
/// are left out.
std::string render_table(const std::vector<FileResult>& files, const RenderOptions& options);

/// One JSON document: the file's report, or {"files": [...]} for several files. A file
/// with errors has "errors" instead of "reference", "days" and "summary"; a diary with
/// a person column has "people", each with their own.
std::string render_json(const std::vector<FileResult>& files, const RenderOptions& options);

}  // namespace seck
