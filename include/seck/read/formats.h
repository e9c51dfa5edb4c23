#pragma once
// The files food-logging apps export, recognised by their header row.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace seck {

/// Which reader a file is read with: seck's own diary, or an app's export.
enum class Format { Diary, CronometerServings, CronometerDaily, LoseIt };

/// Where an app export keeps what seck needs (column indexes; -1 where it has none).
struct Layout {
    Format format = Format::Diary;
    int day = -1, food = -1, amount = -1, selenium = -1, completed = -1;
    std::vector<int> nutrients;  // Daily Nutrition: every nutrient column, to tell a day with nothing logged
    int unit = -1, type = -1, deleted = -1;  // Lose It: Units, Type (the meal, or Exercise), Deleted
};

/// Recognises an app's export by its header fields (found by name, in any order). Returns
/// true with `out` set for an export seck reads; true with `refusal` set for one it cannot
/// (a MyFitnessPal Nutrition-Summary); false for anything else (seck's own diary).
bool detect_format(const std::vector<std::string_view>& header, Layout* out, std::string* refusal);

/// "Cronometer servings export (Food & Recipe Entries)", for --explain and JSON.
std::string_view format_name(Format format);
/// "cronometer-servings", "cronometer-daily": the stable id in JSON.
std::string_view format_id(Format format);

/// Is this header a selenium column: "Selenium (µg)" (U+00B5 or U+03BC), "(ug)", "(mcg)"?
bool is_selenium_column(std::string_view header);
/// An app's date as ISO: "2016-9-26" -> "2016-09-26" (Cronometer before 2017); other text unchanged.
/// `separators`: the characters that may separate year, month and day (the same one twice);
/// a diary's dates may also be written "2026/12/01" or "2026.12.1".
std::string normalize_date(std::string_view date, std::string_view separators = "-");
/// An export's empty value: blank, or "n/a" (any case).
bool is_missing_value(std::string_view cell);

}  // namespace seck
