#pragma once
// A day of a diary, and a report's days within a fixed memory budget: beyond it they go
// to a temporary file and are read back one at a time, so a diary of any length takes
// the same memory (10M lines are 250,000 days).

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace seck {

struct Food;                          // foods.h
enum class RangeKind : std::uint8_t;  // foods.h

enum class Status { BelowRda, Adequate, AboveUl };

/// How one diary entry was read; kept only for --explain.
struct Entry {
    std::size_t line = 0;
    std::string food, unit;       // as written
    std::string id, description;  // empty for µg units
    std::string measure;          // the household measure one unit is: "large (50 g)"; "" for g, oz, µg...
    std::string how;              // how the name matched
    double amount = 0;
    double grams = 0;        // NaN for µg units
    double selenium_ug = 0;  // NaN: an app export gave no value
    bool given = false;      // the selenium is the app export's own figure
    double export_ug = NAN;  // --recompute: the export's own figure for this entry (NaN: none)
    // How sure the figure is: the food's USDA spread data (per 100 g) and the entry's range.
    RangeKind range_kind{};  // RangeKind::None: no spread data, the figure counts as it is
    double samples = 0;      // analysed samples (0: not given)
    double std_error = NAN;  // µg/100 g
    double low_ug = NAN, high_ug = NAN;
};

/// Neumaier's compensated step: adds `x` to `sum` and its `carry` (the total is sum + carry),
/// so 10M small entries add up as in exact arithmetic, and one pass and two threads agree.
void add_compensated(double& sum, double& carry, double x);

/// A sum kept with add_compensated.
struct CompensatedSum {
    double sum = 0, carry = 0;
    void add(double x) { add_compensated(sum, carry, x); }
    /// Adds a later part's sum, as combine() adds a day's.
    void add(const CompensatedSum& later) {
        add(later.sum);
        add(later.carry);
    }
    double value() const { return sum + carry; }
};

/// What a day's range is made of (README, "How sure is a figure?"): the entries whose
/// food has a range (foods.h, food_range), their figures, and how far below and above
/// them their ranges reach. Every other entry counts at its figure.
struct DayRange {
    CompensatedSum ranged_ug, below_ug, above_ug;
};

/// One of a day's largest sources of selenium: an entry, as written and as resolved.
struct Source {
    std::shared_ptr<const std::string> file;  // and line: where the entry is
    std::size_t line = 0;
    std::string food, amount, unit;  // as written
    // The food it resolved to, kept by value (a spilled day holds no pointer): its id and
    // description, both "" for selenium itself (µg) and an app export's own figures.
    std::string id, description;
    double selenium_ug = 0;
    double quantity = NAN;  // the amount as a number (NaN: an app export's own text)
    /// Was the entry resolved to a food of the table (a food's id is never "")?
    bool has_food() const { return !id.empty(); }
};
/// A day keeps its largest few entries: where most of its selenium came from.
constexpr std::size_t kMaxSources = 3;

/// An entry offered as a source, copied only if it is one of the largest.
struct SourceView {
    std::string_view food, amount, unit;
    const Food* resolved = nullptr;  // nullptr for µg and an app export's own figures (kept: its id, description)
    double quantity = NAN;
};

/// A line of the diary that could not be counted, listed under its day (the day's total
/// is then only a lower bound).
struct Unresolved {
    std::shared_ptr<const std::string> file;  // and line: where it is
    std::size_t line = 0;
    std::string text;     // the line as written, made printable (control characters escaped) and cut
    std::string message;  // what is wrong, and what to write instead
};
/// A day lists its first few unresolved lines (the file's errors list the rest).
constexpr std::size_t kMaxUnresolved = 10;

struct Day {
    std::string person;  // "" without a person column
    std::string label;
    double selenium_ug = 0;  // the total: `sum` + `carry`, a compensated sum of the entries
    double sum = 0, carry = 0;
    std::size_t entries = 0;
    std::shared_ptr<const std::string> first_file;  // the file and line of the day's first entry (a
                                                    // file's days share its name)
    std::size_t first_line = 0;
    double average_ug = NAN;  // with --average N: the mean of this and the N-1 diary days before
    Status status = Status::Adequate;
    DayRange range;
    std::vector<Entry> explained;  // with --explain only
    std::vector<Source> sources;   // the largest entries above 0 µg, largest first (the earlier on a tie)
    // App exports: foods logged without a selenium value, and a day not marked completed.
    std::vector<std::string> missing;
    bool partial = false;
    std::vector<Unresolved> unresolved;  // the first kMaxUnresolved lines of the day not counted
    std::size_t unresolved_count = 0;    // all of them
    double export_ug = NAN;   // --recompute: the export's own total for the day, next to seck's
    double export_carry = 0;  // (a compensated sum, as selenium_ug)
    /// Is the total only a lower bound (lines not counted, foods without a value, or a day
    /// not completed)?
    bool incomplete() const { return partial || !missing.empty() || unresolved_count > 0; }
    /// The day's plausible range: every entry with a range at its low end, then at its high end.
    double low_ug() const { return std::max(0.0, selenium_ug - range.below_ug.value()); }
    double high_ug() const { return selenium_ug + range.above_ug.value(); }
    /// The share of the total from entries without a range (counted at their figure), 0 to 1.
    double unranged_share() const {
        return selenium_ug > 0 ? std::clamp((selenium_ug - range.ranged_ug.value()) / selenium_ug, 0.0, 1.0) : 0;
    }
};

/// Would an entry of `ug` be one of the day's largest sources?
inline bool is_source(const Day& day, double ug) {
    return ug > 0 && (day.sources.size() < kMaxSources || ug > day.sources.back().selenium_ug);
}
/// Keeps an entry of `ug` at `file`:`line` as one of the day's sources (is_source() is true).
void keep_source(Day& day, const SourceView& entry, const std::shared_ptr<const std::string>& file, std::size_t line,
                 double ug);

/// "2 kernel brazil nuts": the entry's amount, unit and food as written (an id by its
/// food's description).
std::string source_entry_text(const Source& source);

/// Adds a later part of the same day (read later, or on another thread) to `into`, as if
/// its entries had come after `into`'s.
void combine(Day& into, Day&& later);

/// A temporary file of days, made in $TMPDIR (or /tmp) and unlinked at once, so that it
/// goes away with the process whatever happens.
class SpillFile {
public:
    /// nullptr if no temporary file can be made (the days then stay in memory).
    static std::shared_ptr<SpillFile> create();
    ~SpillFile();
    SpillFile(const SpillFile&) = delete;
    SpillFile& operator=(const SpillFile&) = delete;
    /// Appends `bytes` (from offset size()); false if the write fails (a full disk).
    bool append(std::string_view bytes);
    std::uint64_t size() const { return size_; }
    /// Reads `n` bytes at `offset`; throws std::runtime_error if they cannot be read back.
    void read(std::uint64_t offset, char* into, std::size_t n) const;

private:
    explicit SpillFile(int fd) : fd_(fd) {}
    int fd_;
    std::uint64_t size_ = 0;
};

/// `count` days written one after another from `offset` of a SpillFile.
struct Spilled {
    std::shared_ptr<SpillFile> file;
    std::uint64_t offset = 0, bytes = 0;
    std::size_t count = 0;
};

/// Appends `day` to `out`, as SpillReader reads it back.
void write_day(const Day& day, std::string& out);

/// Reads the days of a Spilled, in order, through a buffer of its own.
class SpillReader {
public:
    SpillReader() = default;
    explicit SpillReader(const Spilled& spilled, std::size_t buffer_bytes = 64 * 1024);
    /// The next day into `day`; false after the last.
    bool next(Day* day);

private:
    void take(char* into, std::size_t n);
    Spilled spilled_;
    std::size_t read_ = 0;  // days read
    std::uint64_t at_ = 0;  // the file offset of buffer_[0]
    std::vector<char> buffer_;
    std::vector<char> record_;                 // a record that spans the end of buffer_
    std::size_t pos_ = 0, end_ = 0;            // the unread bytes: buffer_[pos_, end_)
    std::shared_ptr<const std::string> file_;  // the last file name read, shared by the days that have it
};

/// A report's days, in order. The newest `memory_days` are held in memory; older ones
/// are written to a temporary file as more come, and read back one at a time by the
/// iterators. Copies share what was written (build a Days once, then read it).
class Days {
public:
    static constexpr std::size_t kMemoryDays = 1024;      // about 300 KB of days
    static constexpr std::size_t kMemoryEntries = 65536;  // --explain entries held in memory

    explicit Days(std::size_t memory_days = kMemoryDays) : memory_days_(memory_days) {}

    void push_back(Day day);
    std::size_t size() const { return spilled_.count + memory_.size(); }
    bool empty() const { return size() == 0; }
    /// The newest day (never written out).
    Day& back() { return memory_.back(); }
    const Day& back() const { return memory_.back(); }
    /// A copy of day `i`, read through the days before it if they were written out
    /// (for tests and short diaries).
    Day at(std::size_t i) const;
    /// Were days written to a temporary file?
    bool spilled() const { return spilled_.count > 0; }

    class const_iterator {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = Day;
        using difference_type = std::ptrdiff_t;
        using pointer = const Day*;
        using reference = const Day&;

        const_iterator() = default;
        const Day& operator*() const {
            return i_ < days_->spilled_.count ? read_ : days_->memory_[i_ - days_->spilled_.count];
        }
        const Day* operator->() const { return &**this; }
        const_iterator& operator++();
        void operator++(int) { ++*this; }
        bool operator==(const const_iterator& other) const { return i_ == other.i_; }

    private:
        friend class Days;
        const_iterator(const Days* days, std::size_t i);
        const Days* days_ = nullptr;
        std::size_t i_ = 0;
        SpillReader reader_;  // the days written out, while i_ is among them
        Day read_;
    };
    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, size()}; }

private:
    void spill();
    std::size_t memory_days_;
    std::size_t memory_entries_ = 0;  // --explain entries in memory_
    bool in_memory_only_ = false;     // no temporary file could be written: keep every day here
    Spilled spilled_;                 // the oldest days, written out
    std::deque<Day> memory_;          // the rest
};

}  // namespace seck
