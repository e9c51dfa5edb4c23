#pragma once
// Totals: selenium per day, each day's status against the reference intakes.

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "seck/core/diagnostic.h"
#include "seck/total/days.h"
#include "seck/total/reference.h"

namespace seck {

/// below-rda when < RDA, above-ul when > UL, adequate otherwise (RDA and UL included;
/// no UL set: never above it).
Status classify(double ug, const Reference& ref);
/// Below the EAR (false where the authority sets none)?
bool below_ear(double ug, const Reference& ref);
/// "below-rda", "adequate", "above-ul"
std::string_view status_name(Status status);
/// The statuses a day could have within its range (Day::low_ug to high_ug), in order;
/// its own status among them.
std::vector<Status> status_range(const Day& day, const Reference& ref);

/// The period's status: its mean daily intake against EAR, RDA and UL (DRIs describe
/// usual intake, not one day).
enum class PeriodStatus { BelowEar, BelowRda, Adequate, AboveUl };
PeriodStatus classify_period(double mean_ug, const Reference& ref);
/// "below-ear", "below-rda", "adequate", "above-ul"
std::string_view period_status_name(PeriodStatus status);

/// What a day can be found to be, each a stable code (SARIF rule ids, JUnit failure types,
/// GitHub annotation titles).
enum class FindingCode : std::uint8_t { BelowRda, AboveUl, AboveUlAverage };
/// "below-rda", "above-ul", "above-ul-average"
std::string_view finding_code_name(FindingCode code);
/// What each finding code (and "input-error") means, for SARIF rules and JUnit.
std::string_view finding_description(std::string_view code);

/// Which findings make a check fail (exit 1): --fail-on.
struct FailOn {
    bool below_rda = true;
    bool above_ul = true;
    bool above_ul_average = false;
};
/// Parses "below-rda,above-ul", "above-ul-average", "none"; sets `err` otherwise.
bool parse_fail_on(std::string_view list, FailOn* out, std::string* err);

/// The findings of a day (its status and, with --average, its rolling mean), in code order.
/// At most one of each code.
struct DayFindings {
    FindingCode codes[3];
    std::size_t count = 0;
    const FindingCode* begin() const { return codes; }
    const FindingCode* end() const { return codes + count; }
};
DayFindings day_findings(const Day& day, const Reference& ref);
/// The one fail policy: a finding --fail-on names is an error (exit 1), else a warning; a
/// day below the RDA that is incomplete (an app export's day without every value) is at
/// least its total, so only a warning.
Severity finding_severity(FindingCode code, bool incomplete, const FailOn& fail_on);

struct Summary {
    std::size_t days = 0;
    double mean_ug = 0;
    std::size_t below_ear = 0;
    std::size_t below_rda = 0;
    std::size_t above_ul = 0;
    std::size_t average_above_ul = 0;  // days whose rolling mean is above the UL
    std::size_t incomplete = 0;        // days whose total is only a lower bound (app exports)
    std::size_t failing = 0;           // findings that fail (finding_severity: Error): exit 1
    PeriodStatus status = PeriodStatus::Adequate;
};

/// Builds a Summary day by day, as the days are stored (a long diary's are then not read
/// back for it).
class SummaryBuilder {
public:
    explicit SummaryBuilder(FailOn fail_on = {}) : fail_on_(fail_on) {}
    void add(const Day& day, const Reference& ref);
    /// A rolling mean above the UL found after the days (a plan shorter than --average N).
    void add_average_above_ul();
    Summary finish(const Reference& ref) const;

private:
    FailOn fail_on_;
    Summary summary_;
    double total_ = 0;
};

/// One person's days, in order.
struct PersonDays {
    std::string person;
    Days days;
};

/// Sums entries into days, per person. People come in the order they first appear;
/// each one's ISO dates first, in date order, then other labels in the order they
/// first appear.
///
/// Within a memory budget: once `memory_days` days are held, the ISO-dated ones are
/// written to a temporary file as a run sorted by (person, date), and finish() merges
/// the runs. Days with other labels stay in memory (their order is their first
/// appearance), as do all days if no temporary file can be written.
class DayTotals {
public:
    explicit DayTotals(std::size_t memory_days = Days::kMemoryDays)
        : memory_days_(memory_days), spill_at_(memory_days) {}
    DayTotals(DayTotals&& other) noexcept { *this = std::move(other); }
    DayTotals& operator=(DayTotals&& other) noexcept;  // the days stay where they are: current_ stays valid
    DayTotals(const DayTotals&) = delete;
    /// Adds an entry of `ug` to `person`'s day `label`; returns the day's total so far.
    /// `explained`, if given, is kept with the day; `source`, if given, is offered as
    /// one of its largest sources.
    double add(std::string_view person, std::string_view label, std::string_view file, std::size_t line, double ug,
               Entry* explained = nullptr, const SourceView* source = nullptr);
    /// Adds the days of a later part of the same diary (read on another thread), as if
    /// its entries had come after these; returns the days whose total became too large
    /// (their first line in `later`, their label).
    std::vector<std::pair<std::size_t, std::string>> absorb(DayTotals&& later);
    /// A line of `person`'s day `label` that could not be counted (Day::unresolved): the
    /// day is kept (made if new, with no entries) and is incomplete.
    void add_unresolved(std::string_view person, std::string_view label, std::string_view file, std::size_t line,
                        std::string text, std::string message);
    /// The days whose label is not an ISO date ("Mon", "12/01/2026"), in order of first
    /// appearance (they are always in memory).
    std::vector<const Day*> other_days() const;
    /// Gives each day whose label is not an ISO date the label `relabel` returns for it,
    /// unless that is "": as if written so (a day of the same person and label is then one
    /// day, its parts combined in the order they were read).
    void relabel(const std::function<std::string(const Day&)>& relabel);
    /// The day of the last entry added lacks `food`'s selenium value (an app export).
    void mark_missing(std::string_view food);
    /// The day of the last entry added was not marked completed (an app export).
    void mark_partial();
    /// The last entry added, of `ug`, could be anything from `low` to `high` µg (its food's
    /// range, foods.h); entries without a call count at their figure.
    void add_range(double ug, double low, double high);
    /// Adds the export's own figure for the last entry added to its day (--recompute).
    void add_export(double ug);
    /// The days, by person in order of first appearance, each person's in order.
    /// `complete` sees every day once before it is stored, a person's days one after
    /// another and in order (to set statuses and rolling means). Without `store`, the
    /// days are only shown to `complete`: each person's Days stay empty.
    std::vector<PersonDays> finish(const std::function<void(Day&)>& complete = {}, bool store = true);

private:
    /// The day of (person, label), made current (and added, first at `file`:`line`, if new).
    Day& day_for(std::string_view person, std::string_view label, std::string_view file, std::size_t line);
    std::deque<Day> days_;                     // the days held in memory, in order of first appearance
    std::shared_ptr<const std::string> file_;  // the name the newest day's file has
    /// The day of (person, label), added (with its first file and line) if new; `added` tells.
    std::size_t find_day(std::string_view person, std::string_view label, bool* added);
    void build_index(std::size_t slots);
    /// Writes the ISO-dated days held to a new run.
    void spill();
    /// An open-addressing index of days_ by (person, label): day + 1, 0 for an empty slot
    /// (4 bytes a slot, at most half full; a node-based map took 70 bytes a day).
    std::vector<std::uint32_t> index_;
    std::size_t last_ = static_cast<std::size_t>(-1);  // the day of the previous entry
    Day* current_ = nullptr;                           // and where it is
    std::vector<std::string> people_;                  // in order of first appearance
    std::unordered_set<std::string> known_people_;
    std::size_t memory_days_ = Days::kMemoryDays;
    std::size_t spill_at_ = Days::kMemoryDays;             // days held when the next run is written
    std::size_t held_entries_ = 0;                         // --explain entries held
    std::size_t spill_entries_at_ = Days::kMemoryEntries;  // or when this many are
    std::shared_ptr<SpillFile> spill_;                     // the runs' file
    std::vector<Spilled> runs_;                            // in the order written: each sorted by (person, label)
};

Summary summarize(const Days& days, const Reference& ref);

/// The mean of the last `n` diary days (days in the diary, not calendar days), day by day.
class RollingMean {
public:
    explicit RollingMean(std::size_t n) : n_(n) {}
    /// Takes the next day's total; the mean of it and the n - 1 days before it, NaN until
    /// there are `n` days.
    double next(double ug);

private:
    std::size_t n_;
    std::deque<double> window_;
    double sum_ = 0;
    std::size_t count_ = 0;
};
/// How many days a rolling mean of `n` covers in a diary of `day_count` days.
std::size_t average_span(std::size_t day_count, std::size_t n);
/// Is the day's rolling average above the UL?
bool average_above_ul(const Day& day, const Reference& ref);

}  // namespace seck
