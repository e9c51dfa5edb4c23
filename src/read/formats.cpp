// App exports: recognised by their header.
#include "seck/read/formats.h"

#include <fmt/format.h>

#include "seck/core/text.h"

namespace seck {

namespace {

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

std::string normalize_date(std::string_view date, std::string_view separators) {
    // YYYY-M-D (Cronometer before 2017) -> YYYY-MM-DD
    int parts[3] = {0, 0, 0}, digits[3] = {0, 0, 0}, at = 0;
    char separator = 0;  // the first one found: the second must be the same
    for (char c : date) {
        if (at < 2 && separators.find(c) != std::string_view::npos && (separator == 0 || c == separator)) {
            separator = c;
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
        case Format::LoseIt: return "Lose It export (foods resolved with seck's table)";
        case Format::Diary: break;
    }
    return "seck diary";
}

std::string_view format_id(Format format) {
    switch (format) {
        case Format::CronometerServings: return "cronometer-servings";
        case Format::CronometerDaily: return "cronometer-daily";
        case Format::LoseIt: return "lose-it";
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
    if (find("Date") >= 0 && find("Name") >= 0 && find("Type") >= 0 && find("Quantity") >= 0 && find("Units") >= 0) {
        *out = Layout{Format::LoseIt, find("Date"), find("Name"), find("Quantity"), -1, -1, {}};
        out->unit = find("Units");
        out->type = find("Type");
        out->deleted = find("Deleted");
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

}  // namespace seck
