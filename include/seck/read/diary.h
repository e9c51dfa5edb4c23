#pragma once
// Reading a diary: CSV bytes in, one row per entry out, errors with their line.

#include <array>
#include <cstddef>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "seck/core/text.h"
#include "seck/read/formats.h"

namespace seck {

/// The columns of a diary, in ReadOptions::columns order (and the names --columns takes).
inline constexpr const char* kColumnNames[] = {"date", "food", "amount", "unit", "person"};

/// How to read a CSV that is not written as seck's own diary (spreadsheets, other tools):
/// --delimiter, --decimal-comma, --columns, --date-format (and --recompute for exports).
struct ReadOptions {
    char delimiter = 0;          // 0: a comma, or a semicolon where the header line shows it
    bool decimal_comma = false;  // "1,5" is 1.5 (also on for a file found to be semicolon-separated)
    /// --columns: the header names of the date, food, amount, unit and person columns; ""
    /// keeps the usual names. Without a unit column the amount holds it ("150 g").
    std::array<std::string, 5> columns;
    std::string date_format;  // --date-format, checked by parse_date_format; "" keeps labels as written
    bool recompute = false;   // an export with selenium: resolve its foods with seck's table too
    bool any_columns() const;
};

/// Parses --columns "date=Day,food=\"Food Name\",amount=Qty,unit=Unit" into `out`.
bool parse_columns(std::string_view text, ReadOptions* out, std::string* err);
/// Parses --delimiter: one character, or "tab".
bool parse_delimiter(std::string_view text, char* out, std::string* err);
/// Checks a --date-format: DD, MM and YYYY (or %d, %m, %Y) in some order, with separators.
bool parse_date_format(std::string_view format, std::string* err);
/// A date written in `format` as ISO ("25.11.2026" in DD.MM.YYYY -> "2026-11-25"); false if
/// it does not fit the format.
bool apply_date_format(std::string_view format, std::string_view date, std::string* iso);
/// Splits an amount that holds its unit: "150.00 g" -> "150.00", "g"; "2" -> "2", "".
void split_amount(std::string_view text, std::string_view* amount, std::string_view* unit);

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
    std::string_view text = {};   // the record as written, without its line break
    std::string_view fault = {};  // why the row cannot be counted as it is (too few or too many fields), or ""
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

    DiaryReader(RowFn on_row, ErrorFn on_error, const ReadOptions& options = {});

    void feed(std::string_view bytes);
    void finish();
    /// True once the input cannot be read further (binary data, no usable header).
    bool stopped() const { return stopped_; }
    /// The field separator: ',' unless --delimiter gave one or the header showed ';'.
    char delimiter() const { return sep_; }
    /// Was the separator found from the header line (not given, not the default comma)?
    bool delimiter_detected() const { return sep_guessed_; }
    /// The reader its header chose: seck's diary, or an app's export.
    Format format() const { return layout_.format; }
    /// Does the amount column hold the unit too ("150 g"; --columns without a unit)?
    bool amount_has_unit() const { return amount_has_unit_; }

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
    void set_delimiter(char sep);
    bool blank(char c) const { return c == ' ' || (c == '\t' && sep_ != '\t'); }
    bool read_mapped_header(std::size_t line);
    void use_columns(const int found[5]);  // the header's columns, by Column (diary.cpp)
    bool decide_delimiter(std::string_view buf, std::size_t pos, bool final);

    RowFn on_row_;
    ErrorFn on_error_;
    std::string carry_;                     // an incomplete record between feeds
    std::vector<std::string_view> fields_;  // the current record
    std::deque<std::string> unescaped_;     // quoted fields with "" inside (a deque: growing it never
                                            // moves the strings that earlier fields' views point into)
    std::string bad_;                       // why the current record is bad
    std::string fault_;                     // why the current row cannot be counted (DiaryRow::fault)
    std::string_view record_;               // the current record as written
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
    ReadOptions options_;
    char sep_ = ',';
    bool sep_guessed_ = false;  // ';' taken from the header line: the header must then be one seck knows
    bool sep_decided_ = false;  // the separator is known (given, or judged from the first line)
    bool amount_has_unit_ = false;  // --columns without a unit column: "150 g" in the amount
    std::array<bool, 256> stops_{};  // bytes that end a plain field scan (see kStops in diary.cpp)
};

}  // namespace seck
