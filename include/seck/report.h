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

/// The aligned table for people: per file a row per day with a bar, a warning per
/// day outside the range, the notes, a summary, and with `explain` how each line was
/// read. Files with errors are left out.
std::string render_table(const std::vector<FileResult>& files, const Reference& ref, bool color, bool explain = false);

/// One JSON document: the file's report, or {"files": [...]} for several files. A file
/// with errors has "errors" instead of "reference", "days" and "summary".
/// With `explain`, each day lists its entries.
std::string render_json(const std::vector<FileResult>& files, const Reference& ref, bool explain = false);

}  // namespace seck
