#pragma once
// seck FILE...: checks the diaries a Config names and writes their report.

#include <string_view>
#include <vector>

#include "seck/check/check.h"
#include "seck/cli/options.h"
#include "seck/report/report.h"

namespace seck::cli {

/// Checks the files (merged, or each on its own), prints their input errors to stderr in
/// order, then writes the report; returns the exit code (0, 1 or 2).
int run(const Config& config);

/// Renders the report in `format` and writes it to stdout; `exit_code` unless the write fails.
int write_report(std::string_view format, const std::vector<FileResult>& results, const RenderOptions& options,
                 int exit_code);

}  // namespace seck::cli
