#pragma once
// Checking one diary: read -> resolve -> total, with every fault collected.

#include <cstddef>
#include <cmath>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "seck/core/diagnostic.h"
#include "seck/core/io.h"
#include "seck/read/diary.h"
#include "seck/resolve/foods.h"
#include "seck/resolve/quantity.h"
#include "seck/resolve/resolve.h"
#include "seck/total/total.h"

namespace seck {

/// How to check.
struct CheckOptions {
    bool explain = false;                         // each day keeps how each of its entries was read
    std::size_t average_days = 0;                 // > 0: each day also gets the mean of the last N diary days
    ReadOptions read = {};                        // how to read a CSV not written as seck's diary (diary.h)
    std::size_t memory_days = Days::kMemoryDays;  // days held before they go to a temporary file
    bool keep_days = true;  // false (-q): reports have a summary, for the exit code, but no days (nor sources)
    FailOn fail_on = {};    // which findings fail the check (exit 1)
};

/// One person's days and their reference (person "" for a diary without a person column).
struct Report {
    std::string person;
    Reference ref;
    Days days;
    Summary summary;
};

/// Where every line of a diary went: read = header + entries + skipped + errors.
struct LineCounts {
    std::size_t read = 0;     // lines in the input (a last line without a line break included)
    std::size_t header = 0;   // the header row
    std::size_t entries = 0;  // lines of entries counted into a day
    std::size_t skipped = 0;  // blank lines and # comments
    std::size_t errors = 0;   // lines with a fault
};

/// The outcome for one diary: a report per person, with the lines that could not be
/// counted (each listed under its day, which is then incomplete); or, if the file as a
/// whole could not be read, the fault that stopped it.
struct FileResult {
    std::string name;
    std::vector<Report> reports;     // none if stopped
    std::vector<Diagnostic> errors;  // the first kMaxErrors
    std::size_t error_count = 0;     // all of them
    bool stopped = false;            // an error of the file as a whole: no report (cannot open, no header, ...)
    /// Lines not counted that are under no day (a missing or unreadable date, a line too long
    /// to read): any day's total may be low. The first kMaxErrors lines, and how many.
    std::vector<std::size_t> dayless_lines;
    std::size_t dayless_count = 0;
    std::vector<Diagnostic> notes;   // choices made for the user (default portions, ...), each once
    LineCounts lines;
    bool merged = false;            // several files read as one diary (--merge): days name their file
    Format reader = Format::Diary;  // the reader used: seck's diary or an app export (formats.h)
    bool recomputed = false;        // --recompute on a servings export: each day has the export's own total
    bool explain = false;           // the check's options the report shows (CheckOptions)
    std::size_t average_days = 0;
    FailOn fail_on;
    /// How the file was read, where that is not plain seck CSV: "seck diary; ';'-separated
    /// (found from the header), decimal comma; columns by --columns: ...". "" otherwise.
    std::string read_as;

    static constexpr std::size_t kMaxErrors = 20;

    bool ok() const { return error_count == 0; }
    /// Are there reports to show (the file was read, whatever its lines' errors)?
    bool checked() const { return !stopped; }
    /// 0 clean, 1 a finding that fails (CheckOptions::fail_on), 2 errors.
    int exit_code() const;
};

/// Sets an --explain entry's spread data and range from the food `amount` units of
/// `resolved` are (resolved.food is not nullptr).
void describe_range(const Resolved& resolved, double amount, Entry* entry);

/// What a row of a diary or an app export comes to, before it is counted: one way in for
/// every reader (DiaryCheck::add).
struct EntryDraft {
    std::string_view day = {};                                // the day's label (ISO where read as a date)
    std::string_view food = {}, amount_text = {}, unit = {};  // as written: a source's text
    const Resolved* resolved = nullptr;       // the food and unit, or nullptr for an export's own figure
    double amount = NAN;                      // units of `resolved`
    double ug = 0;                            // what the entry counts
    // How --explain shows the entry, where it is not as written (an export's own figure).
    std::string_view shown_food = {}, shown_unit = {};  // "" for food, unit
    double shown_ug = NAN;                    // NaN: unknown, not zero
    std::string_view how = {};
    double export_ug = NAN;      // --recompute: the export's own figure (NaN: none)
    bool recomputed = false;     // --recompute: the export's figure (0 for none) goes to the day's own total
    bool source = true;          // may be one of the day's largest sources
    bool missing = false;        // no value for `food` (unknown, not zero): the day is incomplete
    bool not_completed = false;  // a Daily Nutrition day the app does not mark completed
};

/// Checks one diary, fed in pieces of any size; a diary may span several files
/// (--merge), each begun with begin().
///
/// A big file may be read in two parts on two threads (stream_file): fork() makes the
/// check of the later part, which absorb() takes in once both are read. Not copyable or
/// movable: the reader's callbacks hold `this`.
class DiaryCheck {
public:
    DiaryCheck(std::string name, Resolver& resolver, const References& refs, const CheckOptions& options = {});
    DiaryCheck(const DiaryCheck&) = delete;
    DiaryCheck& operator=(const DiaryCheck&) = delete;
    DiaryCheck(DiaryCheck&&) = delete;
    DiaryCheck& operator=(DiaryCheck&&) = delete;

    /// Starts the next input file of the diary.
    void begin(std::string file);
    void feed(std::string_view bytes) { reader_->feed(bytes); }
    /// True once feeding more of this file cannot change the outcome (binary data, bad header).
    bool stopped() const { return reader_->stopped(); }
    /// Ends the current file; `io_error` (if any) is a fault of the file as a whole.
    void end(std::string_view io_error = {});
    /// Ends the diary.
    FileResult finish();

    /// Are the current file's columns known (its header read)? Only then can it be forked.
    bool has_columns() const { return reader_->has_columns(); }
    /// Does what was fed so far end exactly at the end of a record?
    bool at_record_end() const { return reader_->at_record_end(); }
    /// A check of a later part of the current file, from line `line`, with `resolver` (a
    /// sibling of this check's, for another thread): the same columns and options.
    std::unique_ptr<DiaryCheck> fork(Resolver& resolver, std::size_t line) const;
    /// Takes in what a fork() of this check found, as if this check had read it next.
    void absorb(DiaryCheck& later);
    /// The resolver this check resolves with (a fork takes a sibling of it).
    Resolver& resolver() const { return resolver_; }

private:
    void on_row(const DiaryRow& row);
    bool add_row(const DiaryRow& row);                      // false if the row was an error
    void add_imported(const DiaryRow& row);                 // a row of an app export (import.cpp)
    std::optional<std::string> export_day(const DiaryRow& row);  // its day, checked (import.cpp)
    std::string export_selenium(std::string_view se, double* ug, bool* known) const;  // its µg (import.cpp)
    void add_lose_it(const DiaryRow& row);                  // a row of a Lose It export (import.cpp)
    void recompute(const DiaryRow& row, std::string_view day, double export_ug);  // --recompute (import.cpp)
    /// Counts an entry into its day: its --explain entry, its source, its range; false (with
    /// an error) if the day's total is no longer finite.
    bool add(const DiaryRow& row, const EntryDraft& draft);
    void note_once(std::size_t line, std::string message);
    /// Parses an amount (with a decimal comma where the file has one); sets `err` if bad.
    bool number(std::string_view text, double* out, std::string* err) const;
    /// Reads a diary line's amount as read_quantity does (quantity.h), with a decimal comma
    /// where the file has one.
    bool read_quantity_text(std::string_view text, Quantity* quantity, std::string* err) const;
    bool decimal_comma() const { return options_.read.decimal_comma || reader_->delimiter_detected(); }
    std::string describe_reading() const;
    bool check_day(const DiaryRow& row);     // is the day's label usable?
    bool check_person(const DiaryRow& row);  // is the row's person in --profiles? false with an error
    /// A diary row's new day: usable, and its label (a date as YYYY-MM-DD, with a note if
    /// written otherwise) kept in good_label_; false with an error.
    bool check_diary_day(const DiaryRow& row);
    /// The row's date, written in `format`, as an ISO date; otherwise reports `misfit`, or
    /// that the date is not a real one (quoted as written), and returns nothing.
    std::optional<std::string> read_date(const DiaryRow& row, std::string_view format, std::string_view misfit);
    /// An error on `line`; line 0 is the file as a whole, which stops it (no report).
    void error(std::size_t line, std::string message);
    /// An error that stops the file, on its `line`.
    void stop(std::size_t line, std::string message);
    /// A diary row that cannot be counted: an error, listed under its day `label` ("" if
    /// its date is missing or unusable).
    void unresolved(const DiaryRow& row, std::string_view label, std::string message);

    /// A diary line's "how much of which food" (check.cpp): read_how_much() reads it with the
    /// ways below, in the order it tries them; false with Reading::err where no food is found.
    struct Reading;
    using SplitQuantity = bool (*)(std::string_view food, Quantity* quantity, std::string* name);
    bool read_how_much(const DiaryRow& row, Reading& r);
    static void read_unit_of(const DiaryRow& row, Reading& r);       // "slice of bread"
    bool read_amount_column(const DiaryRow& row, Reading& r) const;  // "2", "8 oz"
    // "2 brazil nuts", "Shrimp, canned, 3 ounces"
    bool read_quantity_in_food(const DiaryRow& row, Reading& r, SplitQuantity split) const;
    static void read_as_one(Reading& r);                         // no amount
    void resolve_servings(const DiaryRow& row, Reading& r);      // "2 brazil nuts,3,"
    void resolve_unit_in_name(Reading& r) const;                 // "garlic clove"
    void resolve_without_size(const DiaryRow& row, Reading& r);  // "large shrimp,1,lb"
    void resolve_cooking_unit(const DiaryRow& row, Reading& r);  // "eggs,3,scrambled"
    static std::string dose_message(const Reading& r);           // "selenium supplement,1,capsule"
    // (their helpers)
    const Resolved* resolve_rest(std::string* name, std::string* split_unit, std::string_view line_unit,
                                 std::string* e) const;
    void keep_unit_err(Reading& r, const std::string& name, std::string_view with, const std::string& e) const;

    FileResult result_;
    Resolver& resolver_;
    const References& refs_;
    CheckOptions options_;
    DayTotals totals_;
    std::unordered_set<std::string> noted_;
    std::string file_;
    std::unique_ptr<DiaryReader> reader_;
    std::string good_day_;                                      // the last day label that passed check_day
    std::string good_label_;  // and, in a diary, the day it is counted as (2026/12/1: 2026-12-01)
    std::vector<std::pair<std::string, std::string>> read_as_;  // each file, and how it was read
    std::size_t rows_ = 0;       // entries in this file
    std::size_t all_rows_ = 0;   // and in all files
    bool continuation_ = false;  // reads a later part of a file (a fork())
    bool placed_ = false;        // the error being given is listed under its day (unresolved())
    bool dated_ = false;         // a diary day was an ISO date
    /// Days labelled 13/01/2026 or 01/13/2026: read as dates where the diary shows which
    /// number is the day (one above 12), with a note; refused where it does not.
    void read_other_dates();
    LineCounts lines_;
};

/// Checks a whole diary text (for tests and small inputs).
FileResult check_text(std::string_view text, std::string_view name, Resolver& resolver, const References& refs = {},
                      const CheckOptions& options = {});

/// Checks a file ("-" is stdin, named "<stdin>"), streaming it in blocks.
FileResult check_file(const std::string& path, Resolver& resolver, const References& refs,
                      const CheckOptions& options = {});

/// Streams one file ("-" is stdin, "<stdin>" in messages) into `check` as its next input.
/// A big regular file is read as two halves on two threads (see stream_file in check.cpp);
/// the outcome is the same as reading it in one pass.
void stream_file(const std::string& path, DiaryCheck& check);
}  // namespace seck
