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

/// Whom a diary's days are checked against: everyone, or people by name (--profiles)
/// for a diary with a person column.
struct References {
    References(Reference everyone = {}) : everyone(std::move(everyone)) {}  // NOLINT: one reference is the usual case
    Reference everyone;
    std::vector<std::pair<std::string, Reference>> people;
    /// The person's reference: from `people` if any are given (nullptr if not among them), else `everyone`.
    const Reference* find(std::string_view person) const;
};

/// One person's days and their reference (person "" for a diary without a person column).
struct Report {
    std::string person;
    Reference ref;
    std::vector<Day> days;
    Summary summary;
};

/// The outcome for one diary: a report per person, or the faults that stopped it.
struct FileResult {
    std::string name;
    std::vector<Report> reports;     // none if there are errors
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
    DiaryCheck(std::string name, Resolver& resolver, const References& refs, bool explain = false);

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
    const References& refs_;
    bool explain_;
    DayTotals totals_;
    std::unordered_set<std::string> noted_;
    DiaryReader reader_;
    std::string message_;
    std::size_t rows_ = 0;
};

/// Checks a whole diary text (for tests and small inputs).
FileResult check_text(std::string_view text, std::string_view name, Resolver& resolver, const References& refs = {},
                      bool explain = false);

/// Checks a file ("-" is stdin, named "<stdin>"), streaming it in blocks.
FileResult check_file(const std::string& path, Resolver& resolver, const References& refs, bool explain = false);

/// Reads a whole (small) file, "-" for stdin; on failure returns false and sets `err`.
bool read_whole_file(const std::string& path, std::string* out, std::string* err);

}  // namespace seck
