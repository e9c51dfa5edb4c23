#pragma once
// Reading a diary: CSV bytes in, one row per entry out, errors with their line.

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "seck/formats.h"

namespace seck {

/// One diary entry as written, its fields trimmed and unquoted. The views are valid
/// only during the callback.
struct DiaryRow {
    std::size_t line;  // where the entry starts, 1-based
    std::size_t span;  // the lines it spans (more than 1 with line breaks in quotes)
    std::string_view day, food, amount, unit;
    std::string_view person;  // the optional person column
    bool has_person;          // the diary has a person column
    const std::vector<std::string_view>* fields = nullptr;  // an app export: all its fields
    const Layout* layout = nullptr;                         // and where it keeps what (formats.h)
};

/// Reads a diary (RFC 4180 CSV) fed in pieces of any size: header by name (with an
/// optional person column) or the default order date, food, amount, unit; UTF-8 BOM, CRLF/LF/CR, quotes, spaces
/// around fields, blank lines and `#` comments. Each entry goes to `on_row`, each
/// fault to `on_error` with its line and message (without the file name).
class DiaryReader {
public:
    using RowFn = std::function<void(const DiaryRow&)>;
    using ErrorFn = std::function<void(std::size_t line, std::string message)>;

    static constexpr std::size_t kMaxRecordBytes = 1 << 20;

    DiaryReader(RowFn on_row, ErrorFn on_error);

    void feed(std::string_view bytes);
    void finish();
    /// True once the input cannot be read further (binary data, no usable header).
    bool stopped() const { return stopped_; }

    /// Reading a later part of the same text on another thread: takes the columns
    /// `first` found, and numbers lines from `line`.
    void continue_from(const DiaryReader& first, std::size_t line);
    /// Does the input so far end exactly at the end of a record (nothing held back)?
    bool at_record_end() const { return carry_.empty() && !skipping_; }
    /// Are the columns known (a header, or a first entry without one)?
    bool has_columns() const { return have_columns_; }

    /// The lines read so far, and those that were the header, blank or comments, or
    /// faults the reader found; the rest went to `on_row` (see DiaryRow::span).
    struct Counts {
        std::size_t read = 0, header = 0, skipped = 0, errors = 0;
    };
    const Counts& counts() const { return counts_; }

private:
    std::size_t parse(std::string_view buf, bool final);
    enum class Scan { Complete, NeedMore, Bad };
    Scan scan_record(std::string_view buf, std::size_t& pos, bool final, std::size_t& newlines);
    void on_record(std::size_t line);
    bool read_header(std::size_t line);
    void fail(std::size_t line, std::string message);

    RowFn on_row_;
    ErrorFn on_error_;
    std::string carry_;                     // an incomplete record between feeds
    std::vector<std::string_view> fields_;  // the current record
    std::vector<std::string> unescaped_;    // quoted fields with "" inside
    std::string bad_;                       // why the current record is bad
    std::size_t line_ = 1;                  // line of the next record
    std::size_t span_ = 0;                  // lines of the current record
    Counts counts_;
    bool plain_ = true;      // the current record is ASCII without NUL or quotes (no text checks needed)
    bool started_ = false;   // BOM checked
    bool skipping_ = false;  // inside an over-long line
    bool stopped_ = false;
    bool have_columns_ = false;
    bool headerless_ = false;
    std::size_t columns_ = 4;  // fields in the header
    int col_day_ = 0, col_food_ = 1, col_amount_ = 2, col_unit_ = 3, col_person_ = -1;
    Layout layout_;  // an app export recognised by its header
};

/// Is `label` shaped like an ISO date (NNNN-NN-NN)? `valid` tells if it is a real date.
bool looks_like_iso_date(std::string_view label, bool* valid);

}  // namespace seck
