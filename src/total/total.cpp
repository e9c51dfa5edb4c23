#include "seck/total/total.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>

#include "seck/core/text.h"

namespace seck {

namespace {
double rounded(double ug) {
    return std::round(ug * 1e6) / 1e6;
}  // a sum that is 55 on paper is 55
}  // namespace

bool below_ear(double ug, const Reference& ref) {
    return rounded(ug) < ref.ear_ug;
}

PeriodStatus classify_period(double mean_ug, const Reference& ref) {
    switch (classify(mean_ug, ref)) {
        case Status::AboveUl: return PeriodStatus::AboveUl;
        case Status::Adequate: return PeriodStatus::Adequate;
        case Status::BelowRda: break;
    }
    return below_ear(mean_ug, ref) ? PeriodStatus::BelowEar : PeriodStatus::BelowRda;
}

std::string_view period_status_name(PeriodStatus status) {
    switch (status) {
        case PeriodStatus::BelowEar: return "below-ear";
        case PeriodStatus::BelowRda: return "below-rda";
        case PeriodStatus::Adequate: return "adequate";
        case PeriodStatus::AboveUl: return "above-ul";
    }
    return "adequate";
}

Status classify(double ug, const Reference& ref) {
    ug = rounded(ug);
    if (ug < ref.rda_ug) return Status::BelowRda;
    if (ug > ref.ul_ug) return Status::AboveUl;
    return Status::Adequate;
}

std::vector<Status> status_range(const Day& day, const Reference& ref) {
    std::vector<Status> out;
    const int high = static_cast<int>(classify(day.high_ug(), ref));
    for (int status = static_cast<int>(classify(day.low_ug(), ref)); status <= high; ++status)
        out.push_back(static_cast<Status>(status));
    return out;
}

std::string_view status_name(Status status) {
    switch (status) {
        case Status::BelowRda: return "below-rda";
        case Status::Adequate: return "adequate";
        case Status::AboveUl: return "above-ul";
    }
    return "adequate";
}

namespace {
// Adds an entry of `ug` to the day's compensated sum.
void accumulate(Day& day, double ug) {
    add_compensated(day.sum, day.carry, ug);
    day.selenium_ug = day.sum + day.carry;
}

bool is_iso_date(std::string_view label) {
    bool valid = false;
    return looks_like_iso_date(label, &valid) && valid;
}

std::size_t day_hash(std::string_view person, std::string_view label) {
    const std::hash<std::string_view> hash;
    return hash(label) ^ (person.empty() ? 0 : hash(person) * 0x9E3779B97F4A7C15ull);
}

// Where a day goes in a run: by person, then ISO dates (in date order) before other labels.
// Other labels are never written to a run, so they need no order among themselves here.
bool run_order(const Day& a, bool a_iso, const Day& b, bool b_iso) {
    if (a.person != b.person) return a.person < b.person;
    if (a_iso != b_iso) return a_iso;
    return a_iso && a.label < b.label;
}
}  // namespace

std::vector<std::pair<std::size_t, std::string>> DayTotals::absorb(DayTotals&& later) {
    // The later part's runs come after everything this part has: its ISO-dated days held
    // in memory are written out first, so that the runs stay in the diary's order.
    if (!later.runs_.empty()) {
        spill();
        runs_.insert(runs_.end(), later.runs_.begin(), later.runs_.end());
    }
    for (std::string& person : later.people_)
        if (known_people_.insert(person).second) people_.push_back(std::move(person));
    std::vector<std::pair<std::size_t, std::string>> too_large;
    for (; !later.days_.empty(); later.days_.pop_front()) {  // each day moved, never held twice
        Day& day = later.days_.front();
        bool added = false;
        const std::size_t at = find_day(day.person, day.label, &added);
        if (added) {
            days_.back() = std::move(day);
            continue;
        }
        const std::size_t first_line = day.first_line;
        combine(days_[at], std::move(day));
        if (!std::isfinite(days_[at].selenium_ug)) too_large.emplace_back(first_line, days_[at].label);
    }
    held_entries_ += later.held_entries_;
    last_ = static_cast<std::size_t>(-1);
    current_ = nullptr;
    return too_large;
}

void DayTotals::build_index(std::size_t slots) {
    std::vector<std::uint32_t> index(slots, 0);
    const std::size_t mask = slots - 1;
    for (std::size_t d = 0; d < days_.size(); ++d) {
        std::size_t i = day_hash(days_[d].person, days_[d].label) & mask;
        while (index[i] != 0) i = (i + 1) & mask;
        index[i] = static_cast<std::uint32_t>(d + 1);
    }
    index_.swap(index);
}

std::size_t DayTotals::find_day(std::string_view person, std::string_view label, bool* added) {
    if ((days_.size() + 1) * 2 > index_.size()) build_index(std::max<std::size_t>(1024, index_.size() * 2));
    const std::size_t mask = index_.size() - 1;
    for (std::size_t i = day_hash(person, label) & mask;; i = (i + 1) & mask) {
        if (index_[i] == 0) {
            index_[i] = static_cast<std::uint32_t>(days_.size() + 1);
            days_.emplace_back();
            days_.back().person = person;
            days_.back().label = label;
            *added = true;
            return days_.size() - 1;
        }
        const Day& day = days_[index_[i] - 1];
        if (day.label == label && day.person == person) {
            *added = false;
            return index_[i] - 1;
        }
    }
}

void DayTotals::spill() {
    std::vector<std::size_t> dated;  // the ISO-dated days held, in run order
    for (std::size_t d = 0; d < days_.size(); ++d)
        if (is_iso_date(days_[d].label)) dated.push_back(d);
    if (!dated.empty()) {
        auto before = [&](std::size_t a, std::size_t b) { return run_order(days_[a], true, days_[b], true); };
        if (!std::is_sorted(dated.begin(), dated.end(), before)) std::sort(dated.begin(), dated.end(), before);
        std::string bytes;
        for (std::size_t d : dated) write_day(days_[d], bytes);
        if (!spill_) spill_ = SpillFile::create();
        const std::uint64_t offset = spill_ ? spill_->size() : 0;
        if (!spill_ || !spill_->append(bytes)) {  // no temporary file: every day stays in memory
            spill_at_ = spill_entries_at_ = static_cast<std::size_t>(-1);
            return;
        }
        runs_.push_back({spill_, offset, bytes.size(), dated.size()});
        std::deque<Day> rest;  // the days with other labels, still in order of first appearance
        held_entries_ = 0;
        for (Day& day : days_) {
            if (is_iso_date(day.label)) continue;
            held_entries_ += day.explained.size();
            rest.push_back(std::move(day));
        }
        days_.swap(rest);
        std::size_t slots = 1024;
        while (slots < (days_.size() + 1) * 2) slots *= 2;
        build_index(slots);
        last_ = static_cast<std::size_t>(-1);
        current_ = nullptr;
    }
    // Days with other labels cannot be written out: wait until twice as many are held.
    spill_at_ = std::max(memory_days_, days_.size() * 2);
    spill_entries_at_ = std::max(Days::kMemoryEntries, held_entries_ * 2);
}

Day& DayTotals::day_for(std::string_view person, std::string_view label, std::string_view file, std::size_t line) {
    if (!current_ || current_->label != label || current_->person != person) {
        if (days_.size() >= spill_at_ || held_entries_ >= spill_entries_at_) spill();
        bool added = false;
        last_ = find_day(person, label, &added);
        current_ = &days_[last_];  // a deque's days stay where they are as it grows
        if (added) {
            if (!file_ || *file_ != file) file_ = std::make_shared<const std::string>(file);
            current_->first_file = file_;
            current_->first_line = line;
            if ((people_.empty() || people_.back() != person) && known_people_.emplace(person).second)
                people_.emplace_back(person);
        }
    }
    return *current_;
}

double DayTotals::add(std::string_view person, std::string_view label, std::string_view file, std::size_t line,
                      double ug, Entry* explained, const SourceView* source) {
    // Neumaier's compensated sum: 10M small entries in a day add up as in exact arithmetic
    // (to far better than 1e-9), not with an error growing with the count.
    Day& day = day_for(person, label, file, line);
    accumulate(day, ug);
    ++day.entries;
    if (explained) {
        day.explained.push_back(std::move(*explained));
        ++held_entries_;
    }
    if (source && is_source(day, ug)) {
        if (!file_ || *file_ != file) file_ = std::make_shared<const std::string>(file);
        keep_source(day, *source, file_, line, ug);
    }
    return day.selenium_ug;
}

void DayTotals::add_unresolved(std::string_view person, std::string_view label, std::string_view file,
                               std::size_t line, std::string text, std::string message) {
    Day& day = day_for(person, label, file, line);
    if (!file_ || *file_ != file) file_ = std::make_shared<const std::string>(file);
    if (day.unresolved.size() < kMaxUnresolved)
        day.unresolved.push_back({.file = file_, .line = line, .text = std::move(text), .message = std::move(message)});
    ++day.unresolved_count;
}

std::vector<const Day*> DayTotals::other_days() const {
    std::vector<const Day*> other;
    for (const Day& day : days_)
        if (!is_iso_date(day.label)) other.push_back(&day);
    return other;
}

void DayTotals::relabel(const std::function<std::string(const Day&)>& relabel) {
    bool changed = false;
    for (Day& day : days_) {
        if (is_iso_date(day.label)) continue;
        std::string label = relabel(day);
        if (label.empty()) continue;
        day.label = std::move(label);
        changed = true;
    }
    if (!changed) return;
    std::deque<Day> kept;  // each (person, label) once: the part that came first, the others combined into it
    std::unordered_map<std::string, std::size_t> at;
    for (Day& day : days_) {
        const auto [it, added] = at.try_emplace(day.person + '\n' + day.label, kept.size());
        if (added) {
            kept.push_back(std::move(day));
            continue;
        }
        combine(kept[it->second], std::move(day));  // (days_ is in order of first appearance)
    }
    days_.swap(kept);
    std::size_t slots = 1024;
    while (slots < (days_.size() + 1) * 2) slots *= 2;
    build_index(slots);
    last_ = static_cast<std::size_t>(-1);
    current_ = nullptr;
}

void DayTotals::mark_missing(std::string_view food) {
    std::vector<std::string>& missing = days_[last_].missing;
    if (std::find(missing.begin(), missing.end(), food) == missing.end()) missing.emplace_back(food);
}

void DayTotals::mark_partial() {
    days_[last_].partial = true;
}

void DayTotals::add_range(double ug, double low, double high) {
    DayRange& range = days_[last_].range;
    range.ranged_ug.add(ug);
    range.below_ug.add(std::max(0.0, ug - low));  // (never negative: the range holds the figure)
    range.above_ug.add(std::max(0.0, high - ug));
}

void DayTotals::add_export(double ug) {
    Day& day = days_[last_];
    if (std::isnan(day.export_ug)) day.export_ug = 0;
    add_compensated(day.export_ug, day.export_carry, ug);
}

DayTotals& DayTotals::operator=(DayTotals&& other) noexcept {
    days_ = std::move(other.days_);
    file_ = std::move(other.file_);
    index_ = std::move(other.index_);
    last_ = other.last_;
    current_ = other.current_;
    people_ = std::move(other.people_);
    known_people_ = std::move(other.known_people_);
    memory_days_ = other.memory_days_;
    spill_at_ = other.spill_at_;
    spill_entries_at_ = other.spill_entries_at_;
    held_entries_ = other.held_entries_;
    spill_ = std::move(other.spill_);
    runs_ = std::move(other.runs_);
    other.last_ = static_cast<std::size_t>(-1);
    other.current_ = nullptr;
    return *this;
}

namespace {
// The days of the runs and of memory, in run order, with the parts of a day that are in
// several of them combined in the order they were read: a k-way merge.
class DayMerge {
public:
    DayMerge(const std::vector<Spilled>& runs, std::deque<Day>& held) : held_(held) {
        // Together the runs' buffers stay near 1 MB, however many runs there are.
        const std::size_t buffer = std::clamp<std::size_t>((1u << 20) / (runs.size() + 1), 4096, 64 * 1024);
        for (const Spilled& run : runs) sources_.push_back({SpillReader(run, buffer), {}, false});
        held_order_.resize(held.size());
        held_iso_.resize(held.size());
        for (std::size_t d = 0; d < held.size(); ++d) {
            held_order_[d] = d;
            held_iso_[d] = is_iso_date(held[d].label);
        }
        std::stable_sort(held_order_.begin(), held_order_.end(), [&](std::size_t a, std::size_t b) {
            return run_order(held[a], held_iso_[a], held[b], held_iso_[b]);
        });
        sources_.push_back({{}, {}, false});  // memory: the last source, the latest parts
        for (std::size_t s = 0; s < sources_.size(); ++s)
            if (advance(s)) heap_.push_back(s);
        std::make_heap(heap_.begin(), heap_.end(), later_);
    }

    /// The next whole day; false after the last.
    bool next(Day* day) {
        if (heap_.empty()) return false;
        std::size_t s = pop();
        *day = std::move(sources_[s].day);
        const bool iso = sources_[s].iso;
        if (advance(s)) push(s);
        while (iso && !heap_.empty() && same(sources_[heap_.front()], *day)) {
            s = pop();
            combine(*day, std::move(sources_[s].day));
            if (advance(s)) push(s);
        }
        return true;
    }

private:
    struct Source {
        SpillReader reader;
        Day day;   // its next day
        bool iso;  // has an ISO date
    };
    static bool same(const Source& source, const Day& day) {
        return source.iso && source.day.person == day.person && source.day.label == day.label;
    }
    bool advance(std::size_t s) {
        Source& source = sources_[s];
        if (s + 1 < sources_.size()) {  // a run: ISO dates only
            source.iso = true;
            return source.reader.next(&source.day);
        }
        if (next_held_ == held_order_.size()) return false;
        const std::size_t d = held_order_[next_held_++];
        source.day = std::move(held_[d]);
        source.iso = held_iso_[d];
        return true;
    }
    std::size_t pop() {
        std::pop_heap(heap_.begin(), heap_.end(), later_);
        const std::size_t s = heap_.back();
        heap_.pop_back();
        return s;
    }
    void push(std::size_t s) {
        heap_.push_back(s);
        std::push_heap(heap_.begin(), heap_.end(), later_);
    }

    std::vector<Source> sources_;
    std::deque<Day>& held_;
    std::vector<std::size_t> held_order_;
    std::vector<bool> held_iso_;
    std::size_t next_held_ = 0;
    std::vector<std::size_t> heap_;  // sources with a day left: the earliest day (then source) on top
    // Is source a's day after source b's (so that the heap's top is the earliest)? On the
    // same day, the later source.
    struct Later {
        const DayMerge* merge;
        bool operator()(std::size_t a, std::size_t b) const {
            const Source& x = merge->sources_[a];
            const Source& y = merge->sources_[b];
            if (run_order(y.day, y.iso, x.day, x.iso)) return true;
            if (run_order(x.day, x.iso, y.day, y.iso)) return false;
            return a > b;
        }
    };
    Later later_{this};
};
}  // namespace

std::vector<PersonDays> DayTotals::finish(const std::function<void(Day&)>& complete, bool store_days) {
    std::vector<PersonDays> people;
    auto store = [&](Day& day) {
        day.export_ug += day.export_carry;  // the export's compensated sum, as a total
        day.export_carry = 0;
        if (complete) complete(day);
        if (people.empty() || people.back().person != day.person) people.push_back({day.person, Days(memory_days_)});
        if (store_days) people.back().days.push_back(std::move(day));
    };
    index_ = {};
    last_ = static_cast<std::size_t>(-1);
    current_ = nullptr;
    std::unordered_map<std::string_view, std::size_t> rank_of;  // each person's place: first appearance
    for (const std::string& person : people_) rank_of.emplace(person, rank_of.size());
    if (runs_.empty()) {
        // All in memory: each day's place is its person's, in order of first appearance;
        // then ISO dates (in date order) before other labels (as they came).
        std::vector<std::pair<std::size_t, int>> rank(days_.size());
        for (std::size_t i = 0; i < days_.size(); ++i)
            rank[i] = {rank_of.at(days_[i].person), is_iso_date(days_[i].label) ? 0 : 1};
        std::vector<std::size_t> order(days_.size());
        std::iota(order.begin(), order.end(), std::size_t{0});
        std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
            if (rank[a] != rank[b]) return rank[a] < rank[b];
            return rank[a].second == 0 && days_[a].label < days_[b].label;
        });
        for (std::size_t i : order) store(days_[i]);
    } else {
        // Runs on file: merged, they come by person name; then put in order of first appearance.
        DayMerge merge(runs_, days_);
        for (Day day; merge.next(&day);) store(day);
        std::sort(people.begin(), people.end(), [&](const PersonDays& a, const PersonDays& b) {
            return rank_of.at(a.person) < rank_of.at(b.person);
        });
        runs_.clear();
    }
    days_.clear();
    return people;
}

double RollingMean::next(double ug) {
    sum_ += ug;
    window_.push_back(ug);
    if (window_.size() > n_) {
        sum_ -= window_.front();
        window_.pop_front();
    }
    ++count_;
    return count_ >= n_ ? sum_ / static_cast<double>(n_) : NAN;
}

std::size_t average_span(std::size_t day_count, std::size_t n) {
    return std::min(day_count, n);
}

bool average_above_ul(const Day& day, const Reference& ref) {
    return !std::isnan(day.average_ug) && classify(day.average_ug, ref) == Status::AboveUl;
}

std::string_view finding_code_name(FindingCode code) {
    switch (code) {
        case FindingCode::BelowRda: return "below-rda";
        case FindingCode::AboveUl: return "above-ul";
        case FindingCode::AboveUlAverage: return "above-ul-average";
    }
    return "below-rda";
}

std::string_view finding_description(std::string_view code) {
    if (code == "below-rda") return "A day's selenium is below the RDA (or AI, RNI): a deficiency warning.";
    if (code == "above-ul") return "A day's selenium is above the tolerable upper level: a selenosis warning.";
    if (code == "above-ul-average")
        return "The rolling mean of the last N diary days is above the tolerable upper level: chronic excess.";
    if (code == "input-error") return "A diary line seck cannot read or resolve.";
    return "";
}

bool parse_fail_on(std::string_view list, FailOn* out, std::string* err) {
    FailOn fail_on{false, false, false};
    for (std::size_t pos = 0; pos <= list.size();) {
        auto end = list.find(',', pos);
        if (end == std::string_view::npos) end = list.size();
        std::string_view item = list.substr(pos, end - pos);
        while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
        while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
        if (item == "below-rda") {
            fail_on.below_rda = true;
        } else if (item == "above-ul") {
            fail_on.above_ul = true;
        } else if (item == "above-ul-average") {
            fail_on.above_ul_average = true;
        } else if (item != "none") {
            *err = "--fail-on: unknown finding '" + std::string(item) +
                   "' (choose from below-rda, above-ul, above-ul-average, none)";
            return false;
        }
        pos = end + 1;
    }
    *out = fail_on;
    return true;
}

DayFindings day_findings(const Day& day, const Reference& ref) {
    DayFindings found;
    const Status status = classify(day.selenium_ug, ref);  // against `ref`, whatever day.status says
    if (status == Status::BelowRda) found.codes[found.count++] = FindingCode::BelowRda;
    if (status == Status::AboveUl) found.codes[found.count++] = FindingCode::AboveUl;
    if (average_above_ul(day, ref)) found.codes[found.count++] = FindingCode::AboveUlAverage;
    return found;
}

Severity finding_severity(FindingCode code, bool incomplete, const FailOn& fail_on) {
    bool fails = false;
    switch (code) {
        case FindingCode::BelowRda: fails = fail_on.below_rda && !incomplete; break;
        case FindingCode::AboveUl: fails = fail_on.above_ul; break;
        case FindingCode::AboveUlAverage: fails = fail_on.above_ul_average; break;
    }
    return fails ? Severity::Error : Severity::Warning;
}

void SummaryBuilder::add(const Day& day, const Reference& ref) {
    ++summary_.days;
    total_ += day.selenium_ug;
    const Status status = classify(day.selenium_ug, ref);  // against `ref`, whatever day.status says
    summary_.below_ear += below_ear(day.selenium_ug, ref);
    summary_.below_rda += status == Status::BelowRda;
    summary_.above_ul += status == Status::AboveUl;
    summary_.average_above_ul += average_above_ul(day, ref);
    summary_.incomplete += day.incomplete();
    for (FindingCode code : day_findings(day, ref))
        summary_.failing += finding_severity(code, day.incomplete(), fail_on_) == Severity::Error;
}

void SummaryBuilder::add_average_above_ul() {
    ++summary_.average_above_ul;
    summary_.failing += finding_severity(FindingCode::AboveUlAverage, false, fail_on_) == Severity::Error;
}

Summary SummaryBuilder::finish(const Reference& ref) const {
    Summary summary = summary_;
    summary.mean_ug = summary.days == 0 ? 0 : total_ / static_cast<double>(summary.days);
    summary.status = classify_period(summary.mean_ug, ref);
    return summary;
}

Summary summarize(const Days& days, const Reference& ref) {
    SummaryBuilder builder;
    for (const Day& day : days) builder.add(day, ref);
    return builder.finish(ref);
}

}  // namespace seck
