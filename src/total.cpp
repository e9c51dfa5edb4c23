#include "seck/total.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "seck/diary.h"

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

std::string_view status_name(Status status) {
    switch (status) {
        case Status::BelowRda: return "below-rda";
        case Status::Adequate: return "adequate";
        case Status::AboveUl: return "above-ul";
    }
    return "adequate";
}

namespace {
// Neumaier's compensated step: adds `ug` to the day's sum and carry.
void accumulate(Day& day, double ug) {
    const double sum = day.sum + ug;
    day.carry += std::fabs(day.sum) >= std::fabs(ug) ? (day.sum - sum) + ug : (ug - sum) + day.sum;
    day.sum = sum;
    day.selenium_ug = sum + day.carry;
}
}  // namespace

std::vector<std::pair<std::size_t, std::string>> DayTotals::absorb(DayTotals&& later) {
    std::vector<std::pair<std::size_t, std::string>> too_large;
    for (; !later.days_.empty(); later.days_.pop_front()) {  // each day moved, never held twice
        Day& day = later.days_.front();
        bool added = false;
        const std::size_t at = find_day(day.person, day.label, &added);
        if (added) {
            days_.back() = std::move(day);
            continue;
        }
        Day& into = days_[at];
        accumulate(into, day.sum);
        accumulate(into, day.carry);
        into.entries += day.entries;
        for (Entry& entry : day.explained) into.explained.push_back(std::move(entry));
        for (std::string& food : day.missing)
            if (std::find(into.missing.begin(), into.missing.end(), food) == into.missing.end())
                into.missing.push_back(std::move(food));
        into.partial = into.partial || day.partial;
        if (!std::isnan(day.export_ug)) {  // the later half's sum and carry, added as entries are
            last_ = at;
            add_export(day.export_ug);
            add_export(day.export_carry);
        }
        if (!std::isfinite(into.selenium_ug)) too_large.emplace_back(day.first_line, day.label);
    }
    last_ = static_cast<std::size_t>(-1);
    current_ = nullptr;
    return too_large;
}

namespace {
std::size_t day_hash(std::string_view person, std::string_view label) {
    const std::hash<std::string_view> hash;
    return hash(label) ^ (person.empty() ? 0 : hash(person) * 0x9E3779B97F4A7C15ull);
}
}  // namespace

void DayTotals::grow_index() {
    std::vector<std::uint32_t> bigger(std::max<std::size_t>(1024, index_.size() * 2), 0);
    const std::size_t mask = bigger.size() - 1;
    for (std::size_t d = 0; d < days_.size(); ++d) {
        std::size_t i = day_hash(days_[d].person, days_[d].label) & mask;
        while (bigger[i] != 0) i = (i + 1) & mask;
        bigger[i] = static_cast<std::uint32_t>(d + 1);
    }
    index_.swap(bigger);
}

std::size_t DayTotals::find_day(std::string_view person, std::string_view label, bool* added) {
    if ((days_.size() + 1) * 2 > index_.size()) grow_index();
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

double DayTotals::add(std::string_view person, std::string_view label, std::string_view file, std::size_t line,
                      double ug, Entry* explained) {
    if (!current_ || current_->label != label || current_->person != person) {
        bool added = false;
        last_ = find_day(person, label, &added);
        current_ = &days_[last_];  // a deque's days stay where they are as it grows
        if (added) {
            if (!file_ || *file_ != file) file_ = std::make_shared<const std::string>(file);
            current_->first_file = file_;
            current_->first_line = line;
        }
    }
    // Neumaier's compensated sum: 10M small entries in a day add up as in exact arithmetic
    // (to far better than 1e-9), not with an error growing with the count.
    Day& day = *current_;
    accumulate(day, ug);
    ++day.entries;
    if (explained) day.explained.push_back(std::move(*explained));
    return day.selenium_ug;
}

void DayTotals::mark_missing(std::string_view food) {
    std::vector<std::string>& missing = days_[last_].missing;
    if (std::find(missing.begin(), missing.end(), food) == missing.end()) missing.emplace_back(food);
}

void DayTotals::mark_partial() {
    days_[last_].partial = true;
}

void DayTotals::add_export(double ug) {
    Day& day = days_[last_];
    if (std::isnan(day.export_ug)) day.export_ug = 0;
    // Neumaier, as accumulate(): one pass and two threads give the same figure.
    const double sum = day.export_ug + ug;
    day.export_carry += std::fabs(day.export_ug) >= std::fabs(ug) ? (day.export_ug - sum) + ug : (ug - sum) + day.export_ug;
    day.export_ug = sum;
}

DayTotals& DayTotals::operator=(DayTotals&& other) noexcept {
    days_ = std::move(other.days_);
    file_ = std::move(other.file_);
    index_ = std::move(other.index_);
    last_ = other.last_;
    current_ = other.current_;
    other.last_ = static_cast<std::size_t>(-1);
    other.current_ = nullptr;
    return *this;
}

Days DayTotals::finish() {
    for (Day& day : days_) {  // the export's compensated sums, as totals
        day.export_ug += day.export_carry;
        day.export_carry = 0;
    }
    // Each day's place: its person's, in order of first appearance; then ISO dates (in
    // date order) before other labels (as they came).
    std::unordered_map<std::string_view, std::size_t> people;
    std::vector<std::pair<std::size_t, int>> rank(days_.size());
    for (std::size_t i = 0; i < days_.size(); ++i) {
        bool valid = false;
        const bool date = looks_like_iso_date(days_[i].label, &valid) && valid;
        rank[i] = {people.emplace(days_[i].person, people.size()).first->second, date ? 0 : 1};
    }
    std::vector<std::size_t> order(days_.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    auto before = [&](std::size_t a, std::size_t b) {
        if (rank[a] != rank[b]) return rank[a] < rank[b];
        return rank[a].second == 0 && days_[a].label < days_[b].label;
    };
    index_ = {};
    last_ = static_cast<std::size_t>(-1);
    current_ = nullptr;
    if (std::is_sorted(order.begin(), order.end(), before)) return std::move(days_);  // a diary in date order
    std::stable_sort(order.begin(), order.end(), before);
    Days days;
    for (std::size_t i : order) days.push_back(std::move(days_[i]));
    days_.clear();
    return days;
}

void rolling_averages(Days& days, std::size_t n) {
    double window = 0;
    for (std::size_t i = 0; i < days.size(); ++i) {
        window += days[i].selenium_ug;
        if (i >= n) window -= days[i - n].selenium_ug;
        days[i].average_ug = i + 1 >= n ? window / static_cast<double>(n) : NAN;
    }
    // A plan shorter than N days still gets one mean, over all its days, on its last day:
    // a whole plan above the UL must not pass for being short.
    if (!days.empty() && days.size() < n) days.back().average_ug = window / static_cast<double>(days.size());
}

std::size_t average_span(std::size_t day_count, std::size_t n) {
    return std::min(day_count, n);
}

bool average_above_ul(const Day& day, const Reference& ref) {
    return !std::isnan(day.average_ug) && classify(day.average_ug, ref) == Status::AboveUl;
}

Summary summarize(const Days& days, const Reference& ref) {
    Summary summary;
    summary.days = days.size();
    double total = 0;
    for (const Day& day : days) {
        total += day.selenium_ug;
        summary.below_ear += below_ear(day.selenium_ug, ref);
        summary.below_rda += day.status == Status::BelowRda;
        summary.above_ul += day.status == Status::AboveUl;
    }
    summary.mean_ug = days.empty() ? 0 : total / static_cast<double>(days.size());
    summary.status = classify_period(summary.mean_ug, ref);
    return summary;
}

}  // namespace seck
