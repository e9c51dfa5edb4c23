// App exports: checking their rows (read/formats.cpp recognises them).
#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "seck/check/check.h"

namespace seck {

namespace {

constexpr double kMaxEntryUg = 1e6;  // as for a diary entry: 1 g of selenium is a typo

// Headers and cells as compared: ASCII lower case, spaces trimmed (name_key, as names are).
bool iequals(std::string_view a, std::string_view b) {
    return name_key(a) == name_key(b);
}

// Lose It's names carry the size: "Egg, Large", "Banana, Medium, 7\" - 7 7/8\" Long", "Eggs,
// Large, Scrambled". Sets `size` to the size, `rest` to the name without it ("Eggs,
// Scrambled") and `before` to the name before it ("Eggs").
bool split_size(std::string_view name, std::string* rest, std::string_view* before, std::string_view* size) {
    for (std::size_t comma = name.find(','); comma != std::string_view::npos; comma = name.find(',', comma + 1)) {
        const std::size_t end = std::min(name.find(',', comma + 1), name.size());
        const std::string key = name_key(name.substr(comma + 1, end - comma - 1));
        if (key == "small" || key == "medium" || key == "large" || key == "extra large" || key == "jumbo") {
            *size = name.substr(comma + 1, end - comma - 1);
            while (!size->empty() && size->front() == ' ') size->remove_prefix(1);
            while (!size->empty() && size->back() == ' ') size->remove_suffix(1);
            rest->assign(name.substr(0, comma));
            rest->append(name.substr(end));
            *before = name.substr(0, comma);
            return true;
        }
    }
    return false;
}

// The cell of `column` of a row (an absent column or a short row: empty).
std::string_view cell(const std::vector<std::string_view>& fields, int column) {
    return column >= 0 && static_cast<std::size_t>(column) < fields.size() ? fields[column] : std::string_view{};
}

// Cronometer's Daily Nutrition: is anything logged on the row's day (a nutrient not 0)?
bool anything_logged(const Layout& layout, const std::vector<std::string_view>& fields) {
    return std::any_of(layout.nutrients.begin(), layout.nutrients.end(), [&](int column) {
        double value = 0;
        std::string err;
        const std::string_view text = cell(fields, column);
        return !is_missing_value(text) && (!parse_amount(text, &value, &err) || value != 0);
    });
}

}  // namespace

// The row's day as its label (normalised, or read with --date-format), checked once a day;
// nothing if it is not usable (the error is reported and its lines counted).
std::optional<std::string> DiaryCheck::export_day(const DiaryRow& row) {
    std::string label;
    if (options_.read.date_format.empty()) {
        label = normalize_date(row.day);
    } else {
        auto iso = read_date(row, options_.read.date_format, "does not fit --date-format " + options_.read.date_format);
        if (!iso) return std::nullopt;
        label = std::move(*iso);
    }
    if (label != good_day_) {
        DiaryRow dated = row;
        dated.day = label;
        if (!check_day(dated)) {
            lines_.errors += row.span;
            return std::nullopt;
        }
        good_day_ = good_label_ = label;
    }
    return label;
}

// An export's selenium cell as µg into `ug` (a blank or n/a cell: 0, and not `known`); the
// fault otherwise.
std::string DiaryCheck::export_selenium(std::string_view se, double* ug, bool* known) const {
    *ug = 0;
    *known = !is_missing_value(se);
    std::string err;
    if (*known && !number(se, ug, &err)) {
        if (err.starts_with("amount ")) err.replace(0, 6, "selenium");
        return err;
    }
    if (!(*ug <= kMaxEntryUg)) return fmt::format("selenium {} is too large: more than 1 g in one entry", quoted(se));
    return "";
}

// A row of an app export: its selenium taken as the app gave it (a blank or n/a cell is
// unknown, not zero: the day is incomplete); a Daily Nutrition day with every nutrient 0 is
// nothing logged, and is left out.
void DiaryCheck::add_imported(const DiaryRow& row) {
    const Layout& layout = *row.layout;
    auto fault = [&](std::string message) {
        error(row.line, std::move(message));
        lines_.errors += row.span;
    };
    result_.reader = layout.format;
    if (!refs_.people.empty()) {  // every row is an error line, as in a diary; the message is given once
        if (rows_ == 1 && !continuation_)
            error(row.line, "--profiles names people, but the export has no person column");
        lines_.errors += row.span;
        return;
    }
    if (layout.format == Format::LoseIt) return add_lose_it(row);
    const bool daily = layout.format == Format::CronometerDaily;
    if (row.day.empty()) return fault(daily ? "missing date" : "missing day");
    if (!daily && row.food.empty()) return fault("missing food name");
    const std::optional<std::string> label = export_day(row);
    if (!label) return;
    double ug = 0;
    bool known = false;
    if (std::string err = export_selenium(cell(*row.fields, layout.selenium), &ug, &known); !err.empty())
        return fault(std::move(err));
    if (options_.read.recompute && !daily) return recompute(row, *label, known ? ug : NAN);
    if (daily) {
        const std::string_view why = !anything_logged(layout, *row.fields)
                                         ? "nothing logged (every nutrient is 0): left out, not a deficiency"
                                     : !known ? "no selenium value for the day (unknown, not zero): left out"
                                              : "";
        if (!why.empty()) {
            result_.notes.push_back({file_, row.line, fmt::format("{}: {}", *label, why)});
            lines_.skipped += row.span;
            return;
        }
    }
    (add(row, {.day = *label,
               .food = row.food,
               .amount_text = row.amount,
               .ug = ug,
               .shown_food = daily ? "the day's total" : "",
               .shown_unit = row.amount,
               .shown_ug = known ? ug : NAN,
               .how = known ? "the export's selenium column"
                            : "no value in the export's selenium column (unknown, not zero)",
               .source = !daily,  // the export's own figure, no food of seck's
               .missing = !known,
               .not_completed = daily && !iequals(cell(*row.fields, layout.completed), "true")})
         ? lines_.entries
         : lines_.errors) += row.span;
}

// --recompute: a Cronometer row's Food Name and Amount ("150.00 g", "1.00 medium") resolved
// with seck's own table; the export's figure is kept next to it. A row seck cannot resolve
// counts at the export's figure, with a note saying so.
void DiaryCheck::recompute(const DiaryRow& row, std::string_view day, double export_ug) {
    std::string_view amount_text, unit;
    split_amount(row.amount, &amount_text, &unit);
    double amount = 0;
    std::string err;
    const Resolved* resolved = nullptr;
    if (number(amount_text, &amount, &err)) resolved = resolver_.resolve(row.food, unit, &err);
    double ug = resolved ? amount * resolved->ug_per_unit : NAN;
    if (resolved && !(ug <= kMaxEntryUg)) {
        err = "more than 1 g of selenium in one entry";
        resolved = nullptr;
    }
    if (resolved && !resolved->note.empty()) note_once(row.line, resolved->note);
    if (!resolved) {
        note_once(row.line, std::isnan(export_ug)
                                ? fmt::format("{} {}: {}; the export has no value either: unknown, not zero",
                                              quoted(row.food), row.amount, err)
                                : fmt::format("{} {}: {}; counted at the export's {} µg", quoted(row.food), row.amount,
                                              err, export_ug));
        ug = std::isnan(export_ug) ? 0 : export_ug;
    }
    EntryDraft draft{.day = day, .food = row.food, .amount_text = row.amount, .ug = ug};
    draft.export_ug = export_ug;
    draft.recomputed = true;
    if (resolved) {
        draft.resolved = resolved;
        draft.amount = amount;
        draft.shown_unit = unit;  // (the source is the export's text: "150.00 g" with no unit of its own)
    } else {
        draft.shown_unit = row.amount;
        draft.shown_ug = export_ug;
        draft.how = std::isnan(export_ug) ? "seck cannot resolve it and the export has no value: unknown, not zero"
                                          : "seck cannot resolve it: the export's figure";
        draft.missing = std::isnan(export_ug);
    }
    (add(row, draft) ? lines_.entries : lines_.errors) += row.span;
}

// A row of a Lose It export: it has no selenium, so its Name, Quantity and Units go
// through seck's own names and units. Exercise and deleted rows are not food; a
// quantity of n/a is unknown, so the day is incomplete.
void DiaryCheck::add_lose_it(const DiaryRow& row) {
    const Layout& layout = *row.layout;
    auto cell = [&](int column) { return seck::cell(*row.fields, column); };
    const std::string_view deleted = cell(layout.deleted);
    if (iequals(deleted, "true") || iequals(deleted, "yes") || deleted == "1") {
        note_once(row.line, "rows marked Deleted are not counted");
        lines_.skipped += row.span;
        return;
    }
    if (iequals(cell(layout.type), "exercise")) {
        note_once(row.line, "Exercise rows are not food: not counted");
        lines_.skipped += row.span;
        return;
    }
    const bool month_first = options_.read.date_format.empty();
    const std::string format = month_first ? "MM/DD/YYYY" : options_.read.date_format;
    std::string label;
    if (!row.day.empty()) {
        auto iso = read_date(row, format,
                             fmt::format("is not a Lose It date ({}{})", format,
                                         month_first ? "; give --date-format for another order" : ""));
        if (!iso) return;
        label = std::move(*iso);
    }
    DiaryRow food = row;
    food.day = label;
    food.fields = nullptr;
    food.layout = nullptr;
    // "Servings" (and a blank or n/a unit) is one default portion of the food; where the unit
    // counts items ("Each", "Servings"), a size in the name ("Egg, Large") is the portion, if
    // the food has it.
    const bool count = is_missing_value(row.unit) || iequals(row.unit, "servings") || iequals(row.unit, "serving") ||
                       iequals(row.unit, "each");
    if (count && !iequals(row.unit, "each")) food.unit = {};
    std::string_view size, before;
    std::string sized_name;  // the name without its size ("Egg, Large" -> "Egg")
    if (count && split_size(row.food, &sized_name, &before, &size)) {
        std::string err;
        for (std::string_view name : {std::string_view(sized_name), before}) {
            if (!resolver_.resolve(name, size, &err)) continue;
            food.food = name;
            food.unit = size;
            note_once(row.line, fmt::format("{} {} {}: the size in Lose It's name is the portion: {} {} of {}",
                                            quoted(row.food), row.amount, row.unit, row.amount, size, quoted(name)));
            break;
        }
    }
    if (is_missing_value(row.amount) && !row.day.empty() && !row.food.empty()) {  // unknown, not zero
        if (label != good_day_) {
            if (!check_day(food)) return void(lines_.errors += row.span);
            good_day_ = good_label_ = label;  // (add_row counts a row of this day as good_label_)
        }
        (add(row, {.day = label,
                   .food = row.food,
                   .shown_unit = row.unit,
                   .how = "no quantity in the export (n/a): unknown, not zero",
                   .source = false,
                   .missing = true})
             ? lines_.entries
             : lines_.errors) += row.span;
        return;
    }
    (add_row(food) ? lines_.entries : lines_.errors) += row.span;
}

}  // namespace seck
