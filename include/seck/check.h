#pragma once
// Checking one diary: read -> resolve -> total, with every fault collected.

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "seck/diary.h"
#include "seck/foods.h"
#include "seck/resolve.h"
#include "seck/total.h"

namespace seck {

/// A fault in an input; line 0 means the file as a whole.
struct Diagnostic {
    std::size_t line = 0;
    std::string message;
};

/// The outcome for one diary: its days, or the faults that stopped it.
struct FileResult {
    std::string name;
    std::vector<Day> days;
    Summary summary;
    std::vector<Diagnostic> errors;  // the first kMaxErrors
    std::size_t error_count = 0;     // all of them
    std::vector<Diagnostic> notes;   // choices made for the user (default portions, ...), each once

    static constexpr std::size_t kMaxErrors = 20;

    bool ok() const { return error_count == 0; }
    /// 0 clean, 1 a day outside the range, 2 errors.
    int exit_code() const;
    /// "NAME:LINE: message", or "NAME: message" for the whole file.
    std::string format(const Diagnostic& d) const;
};

/// Checks one diary fed in pieces of any size.
class DiaryCheck {
public:
    /// With `explain`, each day keeps how each of its entries was read.
    DiaryCheck(std::string name, Resolver& resolver, const Reference& ref, bool explain = false);

    void feed(std::string_view bytes) { reader_.feed(bytes); }
    /// True once feeding more cannot change the outcome (binary data, bad header).
    bool stopped() const { return reader_.stopped(); }
    /// Ends the input; `io_error` (if any) is a fault of the whole file.
    FileResult finish(std::string_view io_error = {});

private:
    void on_row(const DiaryRow& row);
    void error(std::size_t line, std::string message);

    FileResult result_;
    Resolver& resolver_;
    Reference ref_;
    bool explain_;
    DayTotals totals_;
    std::unordered_set<std::string> noted_;
    DiaryReader reader_;
    std::string message_;
    std::size_t rows_ = 0;
};

/// Checks a whole diary text (for tests and small inputs).
FileResult check_text(std::string_view text, std::string_view name, Resolver& resolver, const Reference& ref = {},
                      bool explain = false);

/// Checks a file ("-" is stdin, named "<stdin>"), streaming it in blocks.
FileResult check_file(const std::string& path, Resolver& resolver, const Reference& ref, bool explain = false);

/// Reads a whole (small) file, "-" for stdin; on failure returns false and sets `err`.
bool read_whole_file(const std::string& path, std::string* out, std::string* err);

}  // namespace seck
