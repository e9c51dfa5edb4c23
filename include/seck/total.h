#pragma once
// Totals: selenium per day, each day's status against the reference intakes.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "seck/reference.h"

namespace seck {

enum class Status { BelowRda, Adequate, AboveUl };

/// below-rda when < RDA, above-ul when > UL, adequate otherwise (RDA and UL included;
/// no UL set: never above it).
Status classify(double ug, const Reference& ref);
/// Below the EAR (false where the authority sets none)?
bool below_ear(double ug, const Reference& ref);
/// "below-rda", "adequate", "above-ul"
std::string_view status_name(Status status);

/// The period's status: its mean daily intake against EAR, RDA and UL (DRIs describe
/// usual intake, not one day).
enum class PeriodStatus { BelowEar, BelowRda, Adequate, AboveUl };
PeriodStatus classify_period(double mean_ug, const Reference& ref);
/// "below-ear", "below-rda", "adequate", "above-ul"
std::string_view period_status_name(PeriodStatus status);

/// How one diary entry was read; kept only for --explain.
struct Entry {
    std::size_t line = 0;
    std::string food, unit;       // as written
    std::string id, description;  // empty for µg units
    std::string measure;          // the household measure one unit is: "large (50 g)"; "" for g, oz, µg...
    std::string how;              // how the name matched
    double amount = 0;
    double grams = 0;  // NaN for µg units
    double selenium_ug = 0;  // NaN: an app export gave no value
    bool given = false;      // the selenium is the app export's own figure
    double export_ug = NAN;  // --recompute: the export's own figure for this entry (NaN: none)
};

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
    std::vector<Entry> explained;  // with --explain only
    // App exports: foods logged without a selenium value, and a day not marked completed.
    std::vector<std::string> missing;
    bool partial = false;
    double export_ug = NAN;  // --recompute: the export's own total for the day, next to seck's
    double export_carry = 0;  // (a compensated sum, as selenium_ug)
    /// Is the total only a lower bound (foods without a value, or a day not completed)?
    bool incomplete() const { return partial || !missing.empty(); }
};

/// A report's days: a deque, so that a long diary's days are never held twice while they
/// grow or move (10M lines are 250,000 days).
using Days = std::deque<Day>;

struct Summary {
    std::size_t days = 0;
    double mean_ug = 0;
    std::size_t below_ear = 0;
    std::size_t below_rda = 0;
    std::size_t above_ul = 0;
    PeriodStatus status = PeriodStatus::Adequate;
};

/// Sums entries into days, per person. People come in the order they first appear;
/// each one's ISO dates first, in date order, then other labels in the order they
/// first appear.
class DayTotals {
public:
    DayTotals() = default;
    DayTotals(DayTotals&& other) noexcept { *this = std::move(other); }
    DayTotals& operator=(DayTotals&& other) noexcept;  // the days stay where they are: current_ stays valid
    DayTotals(const DayTotals&) = delete;
    /// Adds an entry of `ug` to `person`'s day `label`; returns the day's total so far.
    /// `explained`, if given, is kept with the day.
    double add(std::string_view person, std::string_view label, std::string_view file, std::size_t line, double ug,
               Entry* explained = nullptr);
    /// Adds the days of a later part of the same diary (read on another thread), as if
    /// its entries had come after these; returns the days whose total became too large
    /// (their first line in `later`, their label).
    std::vector<std::pair<std::size_t, std::string>> absorb(DayTotals&& later);
    /// The day of the last entry added lacks `food`'s selenium value (an app export).
    void mark_missing(std::string_view food);
    /// The day of the last entry added was not marked completed (an app export).
    void mark_partial();
    /// Adds the export's own figure for the last entry added to its day (--recompute).
    void add_export(double ug);
    /// The days, ordered, without statuses (see classify).
    Days finish();

private:
    Days days_;
    std::shared_ptr<const std::string> file_;  // the name the newest day's file has
    /// The day of (person, label), added (with its first file and line) if new; `added` tells.
    std::size_t find_day(std::string_view person, std::string_view label, bool* added);
    void grow_index();
    /// An open-addressing index of days_ by (person, label): day + 1, 0 for an empty slot
    /// (4 bytes a slot, at most half full; a node-based map took 70 bytes a day).
    std::vector<std::uint32_t> index_;
    std::size_t last_ = static_cast<std::size_t>(-1);  // the day of the previous entry
    Day* current_ = nullptr;                           // and where it is
};

Summary summarize(const Days& days, const Reference& ref);

/// Sets each day's average_ug to the mean of it and the `n` - 1 diary days before it
/// (days in the diary, not calendar days); NaN until there are `n` days. With fewer
/// than `n` days in all, the last day gets the mean of all of them.
void rolling_averages(Days& days, std::size_t n);
/// How many days a rolling mean of `n` covers in a diary of `day_count` days.
std::size_t average_span(std::size_t day_count, std::size_t n);
/// Is the day's rolling average above the UL?
bool average_above_ul(const Day& day, const Reference& ref);

}  // namespace seck
