// App exports: recognising them by their header, and checking their rows.
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "seck/check.h"
#include "seck/formats.h"

namespace seck {

namespace {

constexpr double kMaxEntryUg = 1e6;  // as for a diary entry: 1 g of selenium is a typo

// Headers and cells as compared: ASCII lower case, spaces trimmed (name_key, as names are).
bool iequals(std::string_view a, std::string_view b) {
    return name_key(a) == name_key(b);
}

}  // namespace

bool is_selenium_column(std::string_view header) {
    const std::string key = name_key(header);
    for (std::string_view unit : {"\xC2\xB5g", "\xCE\xBCg", "ug", "mcg"})
        if (key == fmt::format("selenium ({})", unit) || key == fmt::format("selenium({})", unit)) return true;
    return false;
}

bool is_missing_value(std::string_view cell) {
    return cell.empty() || iequals(cell, "n/a");
}

std::string normalize_date(std::string_view date) {
    // YYYY-M-D (Cronometer before 2017) -> YYYY-MM-DD
    int parts[3] = {0, 0, 0}, digits[3] = {0, 0, 0}, at = 0;
    for (char c : date) {
        if (c == '-' && at < 2) {
            ++at;
        } else if (c >= '0' && c <= '9' && digits[at] < 4) {
            parts[at] = parts[at] * 10 + (c - '0');
            ++digits[at];
        } else {
            return std::string(date);
        }
    }
    if (at != 2 || digits[0] != 4 || digits[1] < 1 || digits[1] > 2 || digits[2] < 1 || digits[2] > 2)
        return std::string(date);
    return fmt::format("{:04}-{:02}-{:02}", parts[0], parts[1], parts[2]);
}

std::string_view format_name(Format format) {
    switch (format) {
        case Format::CronometerServings: return "Cronometer servings export (Food & Recipe Entries)";
        case Format::CronometerDaily: return "Cronometer Daily Nutrition export";
        case Format::Diary: break;
    }
    return "seck diary";
}

std::string_view format_id(Format format) {
    switch (format) {
        case Format::CronometerServings: return "cronometer-servings";
        case Format::CronometerDaily: return "cronometer-daily";
        case Format::Diary: break;
    }
    return "diary";
}

bool detect_format(const std::vector<std::string_view>& header, Layout* out, std::string* refusal) {
    refusal->clear();
    auto find = [&](std::string_view name) {
        for (std::size_t i = 0; i < header.size(); ++i)
            if (iequals(header[i], name)) return static_cast<int>(i);
        return -1;
    };
    int selenium = -1;
    for (std::size_t i = 0; i < header.size() && selenium < 0; ++i)
        if (is_selenium_column(header[i])) selenium = static_cast<int>(i);
    const int food_name = find("Food Name");
    if (find("Day") >= 0 && food_name >= 0 && find("Amount") >= 0 && selenium >= 0) {
        *out = Layout{Format::CronometerServings, find("Day"), food_name, find("Amount"), selenium, -1, {}};
        return true;
    }
    if (find("Date") == 0 && find("Completed") >= 0 && selenium >= 0 && food_name < 0) {
        *out = Layout{Format::CronometerDaily, 0, -1, -1, selenium, find("Completed"), {}};
        for (int i = 1; i < static_cast<int>(header.size()); ++i)
            if (i != out->completed) out->nutrients.push_back(i);
        return true;
    }
    if (find("Date") >= 0 && find("Meal") >= 0 && find("Calories") >= 0 && find("Food") < 0 && food_name < 0) {
        *refusal =
            "this is a MyFitnessPal Nutrition-Summary export: it holds totals per meal, but neither food names nor "
            "selenium, so seck cannot check it. Export food by food instead: from Cronometer (Settings > Account > "
            "Export Data > Food & Recipe Entries), or write the foods of MyFitnessPal's printable food diary (Food "
            "Diary > View Full Report) as a seck diary (date,food,amount,unit)";
        return true;
    }
    return false;
}

// A row of an app export: its selenium taken as the app gave it (a blank or n/a cell is
// unknown, not zero: the day is incomplete); a Daily Nutrition day with every nutrient 0 is
// nothing logged, and is left out.
void DiaryCheck::add_imported(const DiaryRow& row) {
    const Layout& layout = *row.layout;
    const std::vector<std::string_view>& fields = *row.fields;
    auto cell = [&](int column) {
        return column >= 0 && static_cast<std::size_t>(column) < fields.size() ? fields[column] : std::string_view{};
    };
    auto fault = [&](std::string message) {
        error(row.line, std::move(message));
        lines_.errors += row.span;
    };
    result_.reader = layout.format;
    const bool daily = layout.format == Format::CronometerDaily;
    if (row.day.empty()) return fault(daily ? "missing date" : "missing day");
    if (!daily && row.food.empty()) return fault("missing food name");
    if (!refs_.people.empty()) {
        if (rows_ == 1 && !continuation_) fault("--profiles names people, but the export has no person column");
        return;
    }
    label_ = normalize_date(row.day);
    DiaryRow dated = row;
    dated.day = label_;
    if (label_ != good_day_) {
        if (!check_day(dated)) return void(lines_.errors += row.span);
        good_day_ = label_;
    }
    const std::string_view se = cell(layout.selenium);
    const bool known = !is_missing_value(se);
    double ug = 0;
    if (known && !parse_amount(se, &ug, &message_)) {
        if (message_.starts_with("amount ")) message_.replace(0, 6, "selenium");
        return fault(message_);
    }
    if (!(ug <= kMaxEntryUg))
        return fault(fmt::format("selenium {} is too large: more than 1 g in one entry", quoted(se)));
    if (daily) {
        const bool logged = std::any_of(layout.nutrients.begin(), layout.nutrients.end(), [&](int column) {
            double value = 0;
            const std::string_view text = cell(column);
            return !is_missing_value(text) && (!parse_amount(text, &value, &message_) || value != 0);
        });
        std::string why = !logged ? "nothing logged (every nutrient is 0): left out, not a deficiency"
                          : !known ? "no selenium value for the day (unknown, not zero): left out"
                                   : "";
        if (!why.empty()) {
            result_.notes.push_back({file_, row.line, fmt::format("{}: {}", label_, why)});
            lines_.skipped += row.span;
            return;
        }
    }
    Entry entry;
    Entry* explained = nullptr;
    if (options_.explain) {
        entry.line = row.line;
        entry.food = daily ? "the day's total" : std::string(row.food);
        entry.unit = row.amount;
        entry.amount = NAN;
        entry.grams = NAN;
        entry.selenium_ug = known ? ug : NAN;
        entry.how = known ? "the export's selenium column" : "no value in the export's selenium column";
        entry.given = true;
        explained = &entry;
    }
    totals_.add("", label_, file_, row.line, ug, explained);
    if (!known) totals_.mark_missing(row.food);
    if (daily && !iequals(cell(layout.completed), "true")) totals_.mark_partial();
    lines_.entries += row.span;
}

}  // namespace seck
