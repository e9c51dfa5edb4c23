#include "seck/total.h"

#include <algorithm>
#include <cmath>

#include "seck/diary.h"

namespace seck {

Status classify(double ug, const Reference& ref) {
    ug = std::round(ug * 1e6) / 1e6;  // a sum that is 55 on paper counts as 55, not 54.99999999999999
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

double DayTotals::add(std::string_view label, std::size_t line, double ug, Entry* explained) {
    if (last_ >= days_.size() || days_[last_].label != label) {
        std::string key(label);
        auto [it, added] = index_.emplace(key, days_.size());
        if (added) days_.push_back(Day{std::move(key), 0, 0, line, Status::Adequate, {}});
        last_ = it->second;
    }
    Day& day = days_[last_];
    day.selenium_ug += ug;
    ++day.entries;
    if (explained) day.explained.push_back(std::move(*explained));
    return day.selenium_ug;
}

std::vector<Day> DayTotals::finish(const Reference& ref) {
    auto is_date = [](const Day& day) {
        bool valid = false;
        return looks_like_iso_date(day.label, &valid) && valid;
    };
    const auto dates_end = std::stable_partition(days_.begin(), days_.end(), is_date);
    std::sort(days_.begin(), dates_end, [](const Day& a, const Day& b) { return a.label < b.label; });
    for (Day& day : days_) day.status = classify(day.selenium_ug, ref);
    index_.clear();
    last_ = static_cast<std::size_t>(-1);
    return std::move(days_);
}

Summary summarize(const std::vector<Day>& days) {
    Summary summary;
    summary.days = days.size();
    double total = 0;
    for (const Day& day : days) {
        total += day.selenium_ug;
        summary.below_rda += day.status == Status::BelowRda;
        summary.above_ul += day.status == Status::AboveUl;
    }
    summary.mean_ug = days.empty() ? 0 : total / static_cast<double>(days.size());
    return summary;
}

}  // namespace seck
