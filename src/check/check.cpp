#include "seck/check/check.h"
#include "seck/resolve/quantity.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>
#include <unordered_map>
#include <vector>

namespace seck {

namespace {
constexpr std::size_t kMaxLabelBytes = 100;  // a day's label: a date, "Mon", "Week 2, day 3"
constexpr std::size_t kMaxFoodBytes = 300;   // SR28's longest description has 134
constexpr std::size_t kMaxShownLine = 120;   // bytes of an unresolved line's text shown under its day
constexpr double kMaxEntryUg = 1e6;          // 1 g of selenium in one entry: a typo, not a meal (the UL is 0.4 mg)

std::string size_left_out(std::string_view food, std::string_view rest, std::string_view unit) {
    return fmt::format("{} read as {}: the size is left out, the line gives the amount in {}", quoted(food),
                       quoted(rest), quoted(unit));
}
}  // namespace

int FileResult::exit_code() const {
    if (!ok()) return 2;
    for (const Report& report : reports)
        if (report.summary.failing > 0) return 1;
    return 0;
}

DiaryCheck::DiaryCheck(std::string name, Resolver& resolver, const References& refs, const CheckOptions& options)
    : resolver_(resolver), refs_(refs), options_(options), totals_(options.memory_days) {
    result_.name = std::move(name);
}

void describe_range(const Resolved& resolved, double amount, Entry* entry) {
    const FoodRange& range = resolved.range_per_unit;
    entry->range_kind = range.kind;
    entry->samples = resolved.food->spread.samples;
    entry->std_error = resolved.food->spread.std_error;
    if (range.kind != RangeKind::None) {
        entry->low_ug = amount * range.low;
        entry->high_ug = amount * range.high;
    }
}

void DiaryCheck::begin(std::string file) {
    file_ = std::move(file);
    rows_ = 0;
    reader_ = std::make_unique<DiaryReader>(
        [this](const DiaryRow& row) { on_row(row); },
        [this](std::size_t line, std::string message) { error(line, std::move(message)); }, options_.read);
}

namespace {
// Reads `text` with `read` (parse_amount, read_quantity), its decimal comma made a dot where
// the file has one; a message quotes the amount as written: "amount '-1,5' is negative".
template <typename Read>
bool read_decimal_comma(std::string_view text, bool decimal_comma, std::string* err, Read read) {
    if (!decimal_comma || text.find(',') == std::string_view::npos) return read(text);
    std::string amount(text);
    std::replace(amount.begin(), amount.end(), ',', '.');
    if (read(std::string_view(amount))) return true;
    const std::string as_read = quoted(amount), as_written = quoted(text);
    if (const auto at = err->find(as_read); at != std::string::npos) err->replace(at, as_read.size(), as_written);
    return false;
}
}  // namespace

bool DiaryCheck::number(std::string_view text, double* out, std::string* err) const {
    return read_decimal_comma(text, decimal_comma(), err,
                              [&](std::string_view amount) { return parse_amount(amount, out, err); });
}

bool DiaryCheck::read_quantity_text(std::string_view text, Quantity* quantity, std::string* err) const {
    return read_decimal_comma(text, decimal_comma(), err,
                              [&](std::string_view amount) { return read_quantity(amount, quantity, err); });
}

void DiaryCheck::note_once(std::size_t line, std::string message) {
    if (noted_.insert(message).second) result_.notes.push_back({file_, line, std::move(message)});
}

std::string DiaryCheck::describe_reading() const {  // of the current file (reader_), at its end
    std::vector<std::string> parts;
    if (const char sep = reader_->delimiter(); sep != ',')
        parts.push_back(fmt::format("{}-separated{}", sep == '\t' ? "tab" : fmt::format("'{}'", sep),
                                    reader_->delimiter_detected() ? " (found from the header)" : ""));
    if (decimal_comma()) parts.push_back("decimal comma");
    const ReadOptions& read = options_.read;
    if (read.any_columns()) {
        std::vector<std::string> mapped;
        for (std::size_t c = 0; c < read.columns.size(); ++c) {
            if (!read.columns[c].empty())
                mapped.push_back(fmt::format("{}={}", kColumnNames[c], quoted(read.columns[c])));
        }
        parts.push_back(fmt::format("columns by --columns {}{}", fmt::join(mapped, ","),
                                    reader_->amount_has_unit() ? " (the unit read from the amount)" : ""));
    }
    if (!read.date_format.empty()) parts.push_back(fmt::format("dates as {}", read.date_format));
    const Format format = reader_->format();
    if (read.recompute && format == Format::CronometerServings)
        parts.push_back("--recompute: each food resolved with seck's table, the export's figure beside it");
    if (parts.empty() && format == Format::Diary) return "";
    parts.insert(parts.begin(), std::string(format_name(format)));
    return fmt::format("{}", fmt::join(parts, "; "));
}

void DiaryCheck::stop(std::size_t line, std::string message) {
    result_.stopped = true;
    error(line, std::move(message));
}

void DiaryCheck::unresolved(const DiaryRow& row, std::string_view label, std::string message) {
    if (label.empty()) return error(row.line, std::move(message));
    totals_.add_unresolved(row.has_person ? row.person : std::string_view(), label, file_, row.line,
                           printable(row.text, kMaxShownLine), message);
    placed_ = true;
    error(row.line, std::move(message));
}

void DiaryCheck::error(std::size_t line, std::string message) {
    if (line == 0) result_.stopped = true;
    if (line > 0 && !placed_ && result_.dayless_count++ < FileResult::kMaxErrors) result_.dayless_lines.push_back(line);
    placed_ = false;
    ++result_.error_count;
    if (result_.errors.size() < FileResult::kMaxErrors)
        result_.errors.push_back({file_, line, std::move(message), "input-error", Severity::Error});
}

void DiaryCheck::on_row(const DiaryRow& row) {
    ++rows_;
    ++all_rows_;
    if (row.layout) return add_imported(row);
    if (!options_.read.date_format.empty() && !row.day.empty()) {
        const auto iso =
            read_date(row, options_.read.date_format, "does not fit --date-format " + options_.read.date_format);
        if (!iso) return;
        DiaryRow dated = row;
        dated.day = *iso;
        (add_row(dated) ? lines_.entries : lines_.errors) += row.span;
        return;
    }
    (add_row(row) ? lines_.entries : lines_.errors) += row.span;
}

std::optional<std::string> DiaryCheck::read_date(const DiaryRow& row, std::string_view format,
                                                 std::string_view misfit) {
    bool valid = true;
    std::string iso;
    if (!apply_date_format(format, row.day, &iso))
        error(row.line, fmt::format("date {} {}", quoted(row.day), misfit));
    else if (looks_like_iso_date(iso, &valid) && !valid)
        error(row.line, fmt::format("date {} is not a real date", quoted(row.day)));
    else
        return iso;
    lines_.errors += row.span;
    return std::nullopt;
}

bool DiaryCheck::check_day(const DiaryRow& row) {
    if (row.day.size() > kMaxLabelBytes) {
        error(row.line, fmt::format("date {} is longer than {} bytes", quoted(row.day), kMaxLabelBytes));
        return false;
    }
    if (std::any_of(row.day.begin(), row.day.end(), [](char c) { return (c >= 0 && c < 0x20) || c == 0x7f; })) {
        error(row.line, fmt::format("date {} has a control character", quoted(row.day)));
        return false;
    }
    bool valid = false;
    if (looks_like_iso_date(row.day, &valid) && !valid) {
        error(row.line, fmt::format("date {} is not a real date", quoted(row.day)));
        return false;
    }
    return true;
}

bool DiaryCheck::check_diary_day(const DiaryRow& row) {
    if (!check_day(row)) return false;
    std::string label = normalize_date(row.day, "-/.");
    if (label != row.day) {
        bool valid = false;
        if (looks_like_iso_date(label, &valid) && !valid) {
            error(row.line, fmt::format("date {} is not a real date", quoted(row.day)));
            return false;
        }
        // (one note for the file: a day's text would make one per day, and a fork's differ)
        note_once(row.line, "a date written as year, month and day other than YYYY-MM-DD (2026/12/1, 2026.12.01, "
                            "2026-12-1), as on this line, is read as that date");
    }
    bool valid = false;
    dated_ = dated_ || looks_like_iso_date(label, &valid);
    good_day_.assign(row.day);
    good_label_ = std::move(label);
    return true;
}

namespace {
// "13/01/2026", "1.5.2026", "01-13-2026": a date written day and month first, in some order;
// `a` and `b` are its first two numbers.
bool day_month_year(std::string_view label, int* a, int* b, char* separator) {
    for (char sep : {'/', '.', '-'}) {
        const std::string format = fmt::format("DD{0}MM{0}YYYY", sep);
        std::string iso;
        if (!apply_date_format(format, label, &iso)) continue;
        *a = std::stoi(iso.substr(8, 2));
        *b = std::stoi(iso.substr(5, 2));
        *separator = sep;
        return true;
    }
    return false;
}
}  // namespace

void DiaryCheck::read_other_dates() {
    // Which number is the day: a file shows it when one of them is above 12. (Each day kept
    // as its label and line: relabel() moves the days.)
    struct Seen {
        std::string label;
        std::size_t line = 0;
        explicit operator bool() const { return line > 0; }
        std::string where() const { return fmt::format("{} on line {}", quoted(label), line); }
    };
    Seen day_first, month_first, either, other;  // day above 12, month above 12, any date, a label
    for (const Day* day : totals_.other_days()) {
        int a = 0, b = 0;
        char sep = 0;
        const Seen seen{day->label, day->first_line};
        if (!day_month_year(day->label, &a, &b, &sep)) {
            if (!other) other = seen;
            continue;
        }
        if (!either) either = seen;
        if (a > 12 && !day_first) day_first = seen;
        if (b > 12 && !month_first) month_first = seen;
    }
    if (either && day_first && month_first)
        return stop(either.line, fmt::format("dates are written day first ({}) and month first ({}) in one diary: "
                                             "write them as YYYY-MM-DD",
                                             day_first.where(), month_first.where()));
    if (either && !day_first && !month_first)
        return stop(either.line,
                    fmt::format("date {} could be day first or month first, and no date in the diary shows which (a "
                                "number above 12): give --date-format DD/MM/YYYY or --date-format MM/DD/YYYY",
                                quoted(either.label)));
    if (either) {
        const bool days_first = static_cast<bool>(day_first);
        std::vector<Seen> unreal;
        totals_.relabel([&](const Day& day) {
            int a = 0, b = 0;
            char sep = 0;
            if (!day_month_year(day.label, &a, &b, &sep)) return std::string();
            std::string iso;
            apply_date_format(days_first ? fmt::format("DD{0}MM{0}YYYY", sep) : fmt::format("MM{0}DD{0}YYYY", sep),
                              day.label, &iso);
            bool valid = false;
            if (looks_like_iso_date(iso, &valid) && valid) return iso;
            unreal.push_back({day.label, day.first_line});
            return std::string();
        });
        for (const Seen& day : unreal) {
            placed_ = true;  // (its lines are counted, under the label as written)
            error(day.line, fmt::format("date {} is not a real date (the diary writes dates {} first): its day is "
                                        "kept under that label",
                                        quoted(day.label), days_first ? "day" : "month"));
        }
        const Seen& shown = days_first ? day_first : month_first;
        note_once(shown.line, fmt::format("dates written {} are read as {} (the diary shows it: {} has a day above 12)",
                                          days_first ? "DD/MM/YYYY" : "MM/DD/YYYY",
                                          days_first ? "day, month, year" : "month, day, year", shown.where()));
    }
    if (other && (dated_ || either))
        note_once(other.line, fmt::format("the diary has dates and other day labels ({}): each label is a day of its "
                                          "own, after the dates",
                                          other.where()));
}

bool DiaryCheck::check_person(const DiaryRow& row) {
    if (refs_.people.empty()) return true;
    if (!row.has_person) {
        if (rows_ == 1 && !continuation_) stop(row.line, "--profiles names people, but the diary has no person column");
        return false;
    }
    if (!refs_.find(row.person)) {
        std::string names;
        for (const auto& [name, ref] : refs_.people) names += (names.empty() ? "" : ", ") + name;
        error(row.line, fmt::format("person {} is not in the profiles ({})", quoted(row.person), names));
        return false;
    }
    return true;
}

/// A diary line's "how much of which food", as read_how_much() reads it. `food`, `unit` and
/// `amount_text` view the row's text or the strings kept here (`unit` also quantity.unit), so
/// a Reading is never copied.
struct DiaryCheck::Reading {
    Reading() = default;
    Reading(const Reading&) = delete;
    Reading& operator=(const Reading&) = delete;

    Quantity quantity;                         // how much: its amount, and its unit and note where read so
    std::string_view food, unit, amount_text;  // which food, in which unit, and the amount as shown
    std::string food_name, unit_name;          // the food and unit where not as the row writes them
    std::string shown_amount;                  // the amount where not as the row writes it ("6", "1")
    const Resolved* resolved = nullptr;        // the food in its unit, once found
    std::string err;                           // what the line is told where none is found
    std::string unit_err;                      // a food found, only not in its unit ("a bowl of porridge")
};

bool DiaryCheck::add_row(const DiaryRow& row) {
    // The day and person first: a line that cannot be counted is then listed under its day.
    if (!row.day.empty() && row.day != good_day_ && !check_diary_day(row)) return false;
    if (!check_person(row)) return false;
    const std::string_view label = row.day.empty() ? std::string_view() : std::string_view(good_label_);
    auto fault = [&](std::string message) {
        unresolved(row, label, std::move(message));
        return false;
    };
    if (!row.fault.empty()) return fault(std::string(row.fault));
    if (row.day.empty() || row.food.empty()) {
        std::string missing;
        for (auto [value, what] : {std::pair{row.day, "date"}, {row.food, "food"}, {row.amount, "amount"}, {row.unit, "unit"}}) {
            if (!value.empty()) continue;
            missing += missing.empty() ? "missing " : ", ";
            missing += what;
        }
        return fault(missing);
    }
    if (row.food.size() > kMaxFoodBytes)  // no name is this long; matching one would take long
        return fault(fmt::format("food {} is longer than {} bytes", quoted(row.food), kMaxFoodBytes));
    Reading r;
    if (!read_how_much(row, r)) return fault(std::move(r.err));
    const Resolved* resolved = r.resolved;
    const double amount = r.quantity.amount;
    // 300 g or more of one meat or fish (a pound of anything else), weighed, is a weight as bought ("ground beef,1,lb", "beef
    // mince,500,g", "4 (6 oz) salmon fillets"): its raw entry. (Counted, it is eaten: 3 spuds, 10 wings.)
    if (resolved->bought_from > 0 && amount * resolved->grams_per_unit >= resolved->bought_from) {
        std::string ignored;
        if (const Resolved* bought = resolver_.resolve_as_bought(r.food, r.unit, &ignored);
            bought && bought->food != resolved->food)
            resolved = bought;
    }
    if (amount > 1 && !resolved->no_count.empty()) return fault(resolved->no_count);  // "tofu,14,": 14 cups?
    const double ug = amount * resolved->ug_per_unit;
    if (!(ug <= kMaxEntryUg))  // also NaN and infinity
        return fault(fmt::format("amount {} is too large: more than 1 g of selenium in one entry",
                                 quoted(row.amount.empty() ? r.amount_text : row.amount)));
    if (!resolved->note.empty() && noted_.insert(resolved->note).second)
        result_.notes.push_back({file_, row.line, resolved->note});
    return add(row, {.day = good_label_,
                     .food = r.food,
                     .amount_text = r.amount_text,
                     .unit = r.unit,
                     .resolved = resolved,
                     .amount = amount,
                     .ug = ug});
}

// How much: the amount column ("2", "1/2", "a dozen", "8 oz"), or at the start of the food
// ("2 brazil nuts", "a cup of milk") or at its end ("Shrimp, canned, 3 ounces"), or one (the
// default portion, without a unit).
bool DiaryCheck::read_how_much(const DiaryRow& row, Reading& r) {
    r.food = row.food;
    r.unit = row.unit;
    r.amount_text = row.amount;
    if (row.unit.empty()) read_unit_of(row, r);  // "slice of bread": the unit before "of"
    if (!row.amount.empty()) {
        if (!read_amount_column(row, r)) return false;                 // "2", "8 oz": the amount column
    } else if (!read_quantity_in_food(row, r, split_food_quantity) &&  // "2 brazil nuts", "a cup of milk"
               !read_quantity_in_food(row, r, split_food_serving)) {   // "Shrimp, canned, 3 ounces"
        read_as_one(r);                                                // no amount at all: one
    }
    // Which food: the line as read, else each way below in turn.
    if (!r.resolved) r.resolved = resolver_.resolve(r.food, r.unit, &r.err);
    if (!r.resolved && !row.amount.empty()) resolve_servings(row, r);  // "2 brazil nuts,3,": 3 × 2 nuts
    if (!r.resolved && !r.unit_err.empty()) r.err = r.unit_err;        // "a bowl of porridge": not in bowls
    if (!r.resolved && r.unit.empty()) resolve_unit_in_name(r);        // "garlic clove", "large egg"
    if (!r.resolved && !r.unit.empty()) resolve_without_size(row, r);  // "large shrimp,1,lb"
    if (!r.resolved && !r.unit.empty() && is_cooking_word(r.unit)) resolve_cooking_unit(row, r);  // "eggs,3,scrambled"
    if (!r.resolved && is_dose_unit(r.unit))  // "selenium supplement,1,capsule": the dose is on the label
        r.err = dose_message(r);
    if (!r.resolved) return false;
    if (!r.quantity.note.empty()) note_once(row.line, r.quantity.note);
    return true;
}

// "slice of bread", "rasher of bacon": the unit before "of" (a name is never a food so).
void DiaryCheck::read_unit_of(const DiaryRow& row, Reading& r) {
    if (!split_unit_of(row.food, &r.unit_name, &r.food_name)) return;
    r.food = r.food_name;
    r.unit = r.unit_name;
}

// "2", "1/2", "a dozen", "8 oz": the amount column; false with r.err where it cannot be read.
bool DiaryCheck::read_amount_column(const DiaryRow& row, Reading& r) const {
    if (!read_quantity_text(row.amount, &r.quantity, &r.err)) return false;
    if (!r.quantity.unit.empty() && !row.unit.empty()) {
        r.err = fmt::format("amount {} has a unit, and so has the line ({}): give it once", quoted(row.amount),
                            quoted(row.unit));
        return false;
    }
    if (!r.quantity.unit.empty()) {  // "8 oz": 8 of the unit oz
        r.unit = r.quantity.unit;
        r.shown_amount = fmt::format("{:g}", r.quantity.amount);
        r.amount_text = r.shown_amount;
    }
    return true;
}

// A quantity in the food, split off by `split`: taken if the rest is a food. Where the rest
// is a food but not in that unit ("a bowl of porridge"), that is what the line is told.
bool DiaryCheck::read_quantity_in_food(const DiaryRow& row, Reading& r, SplitQuantity split) const {
    if (!split(row.food, &r.quantity, &r.food_name) || !(r.quantity.unit.empty() || row.unit.empty())) return false;
    const std::string inner_unit(r.quantity.unit.empty() ? row.unit : std::string_view(r.quantity.unit));
    if (!(r.resolved = resolve_rest(&r.food_name, &r.quantity.unit, row.unit, &r.err))) {
        // "1 lb medium ground beef": a size before the name, where the line gives a unit, is left out.
        std::string ignored, rest = inner_unit.empty() ? std::string() : without_size(r.food_name);
        if (rest.empty() || !(r.resolved = resolver_.resolve(rest, inner_unit, &ignored))) {
            keep_unit_err(r, r.food_name, inner_unit, r.err);
            return false;
        }
        r.quantity.note += (r.quantity.note.empty() ? "" : "; ") + size_left_out(r.food_name, rest, inner_unit);
        r.food_name = std::move(rest);
    }
    r.food = r.food_name;
    if (!r.quantity.unit.empty()) r.unit = r.quantity.unit;
    r.shown_amount = fmt::format("{:g}", r.quantity.amount);
    r.amount_text = r.shown_amount;
    return true;
}

// No amount, in the column or in the food: one.
void DiaryCheck::read_as_one(Reading& r) {
    r.quantity = {.amount = 1,
                  .unit = {},
                  .note = "a line without an amount, as this one, counts as 1 (of its unit, or of the food's "
                          "default portion)"};
    r.shown_amount = "1";
    r.amount_text = r.shown_amount;
}

// "2 brazil nuts,3,": the amount column counts servings of what the food says, 3 × 2 nuts
// ("Shrimp, canned, 3 ounces,2,": 2 × 3 ounces).
void DiaryCheck::resolve_servings(const DiaryRow& row, Reading& r) {
    Quantity inner;
    if (!split_food_quantity(r.food, &inner, &r.food_name) && !split_food_serving(r.food, &inner, &r.food_name)) return;
    std::string inner_err;
    if (!r.unit.empty()) {  // "2 eggs,100,g": which?
        if (resolver_.resolve(r.food_name, inner.unit, &inner_err))
            r.err = fmt::format("food {} says how much, and so does the line ({} {}): give it once",
                                quoted(row.food), row.amount, r.unit);
    } else if (!(r.resolved = resolve_rest(&r.food_name, &inner.unit, {}, &inner_err))) {
        keep_unit_err(r, r.food_name, inner.unit, inner_err);
    } else {
        if (r.quantity.amount != 1)
            note_once(row.line, fmt::format("{} with amount {}: {:g} × {:g} = {:g}", quoted(row.food),
                                            quoted(row.amount), r.quantity.amount, inner.amount,
                                            r.quantity.amount * inner.amount));
        if (!inner.note.empty()) note_once(row.line, inner.note);
        r.food = r.food_name;
        r.unit_name = std::move(inner.unit);
        r.unit = r.unit_name;
        r.quantity.amount *= inner.amount;
        r.shown_amount = fmt::format("{:g}", r.quantity.amount);
        r.amount_text = r.shown_amount;
    }
}

// "garlic clove", "large egg": a name that is no food as it is, with a unit inside it.
void DiaryCheck::resolve_unit_in_name(Reading& r) const {
    std::string whole(r.food), inside, inner_err;
    if (!(r.resolved = resolve_rest(&whole, &inside, {}, &inner_err))) return;
    r.food_name = std::move(whole);
    r.unit_name = std::move(inside);
    r.food = r.food_name;
    r.unit = r.unit_name;
}

// "large shrimp,1,lb": a size before the name, where the line gives its own unit, is left out.
void DiaryCheck::resolve_without_size(const DiaryRow& row, Reading& r) {
    std::string inner_err, rest = without_size(r.food);
    if (!rest.empty() && (r.resolved = resolver_.resolve(rest, r.unit, &inner_err))) {
        note_once(row.line, size_left_out(r.food, rest, r.unit));
        r.food_name = std::move(rest);
        r.food = r.food_name;
    }
}

// "eggs,3,scrambled": a unit that says how the food was cooked is part of its name.
void DiaryCheck::resolve_cooking_unit(const DiaryRow& row, Reading& r) {
    std::string inner_err;
    r.food_name = fmt::format("{} {}", r.unit, r.food);
    if ((r.resolved = resolver_.resolve(r.food_name, "", &inner_err))) {
        note_once(row.line, fmt::format("unit {} read as part of the food: {}", quoted(r.unit), quoted(r.food_name)));
        r.food = r.food_name;
        r.unit = {};
    }
}

// "selenium supplement,1,capsule": what the line is told of a dose form, whose dose is on its label.
std::string DiaryCheck::dose_message(const Reading& r) {
    return fmt::format("{} {} of {}: its dose is on its label, not in the food table: write its selenium in µg "
                       "({},200,mcg for a 200 µg {}), or give it with its µg per {} in --foods",
                       r.quantity.amount == 1 ? std::string("a") : fmt::format("{:g}", r.quantity.amount), r.unit,
                       quoted(r.food), r.food, r.unit, r.unit);
}

// The food left after a quantity is split off, in `*split_unit` (or a unit inside it: "2
// large eggs", "1 medium sweet potato"; then both are updated); nullptr with `*e` if none.
const Resolved* DiaryCheck::resolve_rest(std::string* name, std::string* split_unit, std::string_view line_unit,
                                         std::string* e) const {
    const std::string_view with = split_unit->empty() ? line_unit : std::string_view(*split_unit);
    if (const Resolved* r = resolver_.resolve(*name, with, e)) return r;
    std::string size, sized, ignored;
    if (!with.empty() || !split_unit_in_name(*name, &size, &sized)) return nullptr;
    const Resolved* r = resolver_.resolve(sized, size, &ignored);
    if (r) {
        *split_unit = std::move(size);
        *name = std::move(sized);
    }
    return r;
}

// Keeps `e` as what the line is told if `name` is a food, only not in `with`.
void DiaryCheck::keep_unit_err(Reading& r, const std::string& name, std::string_view with, const std::string& e) const {
    std::string ignored;
    // (the food was found when the error is not about its name: "2 tbsp chia seeds" has no tbsp)
    const bool name_found = (!e.starts_with("unknown food") && !e.starts_with("food ")) ||
                            e.find(" is two foods (") != std::string::npos;  // (said of the name without the quantity)
    if (r.unit_err.empty() && (name_found || (!with.empty() && resolver_.resolve(name, "", &ignored)))) r.unit_err = e;
}

bool DiaryCheck::add(const DiaryRow& row, const EntryDraft& draft) {
    const Resolved* resolved = draft.resolved;
    const Food* food = resolved ? resolved->food : nullptr;
    // (--recompute: a source's amount is the export's text, "150.00 g", not a number of units)
    const SourceView source{draft.food, draft.amount_text, draft.unit, food, draft.recomputed ? NAN : draft.amount};
    const SourceView* offered = options_.keep_days && draft.source ? &source : nullptr;  // (-q shows no sources)
    Entry entry;
    if (options_.explain) {
        entry.line = row.line;
        entry.export_ug = draft.export_ug;
        if (resolved) {
            entry.food = draft.food;
            entry.unit = draft.shown_unit.empty() ? draft.unit : draft.shown_unit;
            if (food) {
                entry.id = food->id;
                entry.description = food->description;
            }
            entry.measure = resolved->measure;
            entry.how = resolved->how;
            entry.amount = draft.amount;
            entry.grams = draft.amount * resolved->grams_per_unit;
            entry.selenium_ug = draft.ug;
            if (food) describe_range(*resolved, draft.amount, &entry);
        } else {  // an export's own figure
            entry.food = draft.shown_food.empty() ? draft.food : draft.shown_food;
            entry.unit = draft.shown_unit;
            entry.amount = entry.grams = NAN;
            entry.selenium_ug = draft.shown_ug;
            entry.how = draft.how;
            entry.given = true;
        }
    }
    const double total = totals_.add(row.has_person ? row.person : std::string_view(), draft.day, file_, row.line,
                                     draft.ug, options_.explain ? &entry : nullptr, offered);
    if (resolved && options_.keep_days && resolved->range_per_unit.kind != RangeKind::None)
        totals_.add_range(draft.ug, draft.amount * resolved->range_per_unit.low,
                          draft.amount * resolved->range_per_unit.high);
    if (draft.recomputed) totals_.add_export(std::isnan(draft.export_ug) ? 0 : draft.export_ug);
    if (draft.missing) totals_.mark_missing(draft.food);
    if (draft.not_completed) totals_.mark_partial();
    if (!std::isfinite(total)) {
        stop(row.line, fmt::format("the total of {} is too large", quoted(draft.day)));
        return false;
    }
    return true;
}

void DiaryCheck::end(std::string_view io_error) {
    if (!io_error.empty()) {
        error(0, std::string(io_error));
        return;
    }
    reader_->finish();
    if (reader_->stopped()) result_.stopped = true;  // (its error is already given)
    if (!continuation_) read_as_.emplace_back(file_, describe_reading());
    if (!continuation_ && reader_->delimiter_detected())
        note_once(0,
                  "the header is separated by ';' (as spreadsheets write CSV in much of Europe): read as a "
                  "semicolon-separated file, with amounts such as 1,5 read as 1.5");
    const DiaryReader::Counts& counts = reader_->counts();
    lines_.read += counts.read;
    lines_.header += counts.header;
    lines_.skipped += counts.skipped;
    lines_.errors += counts.errors;
    if (rows_ == 0 && result_.ok() && !continuation_)
        error(0, "no diary entries (expected rows of date, food, amount, unit)");
}

FileResult DiaryCheck::finish() {
    if (options_.read.date_format.empty() && result_.reader == Format::Diary && !result_.stopped) read_other_dates();
    result_.lines = lines_;
    // How each file was read (with --merge, each file that was not plain seck CSV, by name).
    for (const auto& [file, how] : read_as_)
        if (!how.empty())
            result_.read_as +=
                fmt::format("{}{}{}", result_.read_as.empty() ? "" : "; ", read_as_.size() > 1 ? file + ": " : "", how);
    if (options_.read.recompute && result_.reader != Format::CronometerServings && all_rows_ > 0)
        result_.notes.push_back(
            {result_.name, 0,
             result_.reader == Format::CronometerDaily
                 ? std::string("--recompute needs each food: a Daily Nutrition export has only each day's total, "
                               "taken as the export gives it")
                 : fmt::format("--recompute is for Cronometer Food & Recipe Entries exports, which carry selenium of "
                               "their own: this {} is resolved with seck's table anyway",
                               format_name(result_.reader))});
    if (result_.ok() && lines_.entries == 0 && !result_.notes.empty()) {  // rows, but none counted
        const Diagnostic& first = result_.notes.front();
        error(0, fmt::format("no day to check: every row was left out (line {}: {})", first.line, first.message));
    }
    // Each day's status against its person's reference, and its rolling mean, as the days
    // are stored (a long diary's days are then read back only to be reported).
    const std::size_t n = options_.average_days;
    std::string person;
    const Reference* ref = nullptr;
    RollingMean mean(n);
    std::unordered_map<std::string, SummaryBuilder> summaries;  // by person
    result_.explain = options_.explain;
    result_.average_days = n;
    result_.fail_on = options_.fail_on;
    SummaryBuilder* summary = nullptr;
    std::vector<PersonDays> people = totals_.finish(
        [&](Day& day) {
            if (!ref || person != day.person) {  // a person's days come one after another
                person = day.person;
                ref = refs_.find(day.person);
                mean = RollingMean(n);
                summary = &summaries.try_emplace(person, options_.fail_on).first->second;
            }
            day.status = classify(day.selenium_ug, *ref);
            if (n > 0) day.average_ug = mean.next(day.selenium_ug);
            summary->add(day, *ref);
        },
        options_.keep_days);
    if (people.empty() && !result_.ok()) result_.stopped = true;  // not a day to show: nothing was checked
    if (result_.stopped) return std::move(result_);
    result_.recomputed = options_.read.recompute && result_.reader == Format::CronometerServings;
    for (PersonDays& one : people) {
        const Reference& person_ref = *refs_.find(one.person);
        SummaryBuilder& builder = summaries.try_emplace(one.person, options_.fail_on).first->second;
        // A plan shorter than N days still gets one mean, over all its days, on its last
        // day: a whole plan above the UL must not pass for being short.
        Summary summary = builder.finish(person_ref);
        if (n > summary.days) {
            if (classify(summary.mean_ug, person_ref) == Status::AboveUl) builder.add_average_above_ul();
            summary = builder.finish(person_ref);
            if (!one.days.empty()) one.days.back().average_ug = summary.mean_ug;  // (no days kept with -q)
        }
        result_.reports.push_back({one.person, person_ref, std::move(one.days), summary});
    }
    if (refs_.people.empty() && !result_.reports.empty() && !result_.reports.front().person.empty())
        result_.notes.push_back({result_.name, 0,
                                 fmt::format("the diary has a person column but no --profiles: everyone is checked "
                                             "against {} {}",
                                             refs_.everyone.standard, refs_.everyone.life_stage)});
    for (Report& report : result_.reports) {
        const std::size_t days = report.summary.days;
        if (n > days) {
            result_.notes.push_back(
                {result_.name, 0,
                 fmt::format("{}{} diary day{}, fewer than --average {}: the last day's mean is over all {}",
                             report.person.empty() ? "" : report.person + ": ", days, days == 1 ? "" : "s", n, days)});
        }
    }
    return std::move(result_);
}

FileResult check_text(std::string_view text, std::string_view name, Resolver& resolver, const References& refs,
                      const CheckOptions& options) {
    DiaryCheck check(std::string(name), resolver, refs, options);
    check.begin(std::string(name));
    check.feed(text);
    check.end();
    return check.finish();
}

std::unique_ptr<DiaryCheck> DiaryCheck::fork(Resolver& resolver, std::size_t line) const {
    auto later = std::make_unique<DiaryCheck>(result_.name, resolver, refs_, options_);
    later->begin(file_);
    later->continuation_ = true;
    later->reader_->continue_from(*reader_, line);
    return later;
}

void DiaryCheck::absorb(DiaryCheck& later) {
    result_.error_count += later.result_.error_count;
    result_.stopped = result_.stopped || later.result_.stopped;
    dated_ = dated_ || later.dated_;
    result_.dayless_count += later.result_.dayless_count;
    for (std::size_t line : later.result_.dayless_lines)
        if (result_.dayless_lines.size() < FileResult::kMaxErrors) result_.dayless_lines.push_back(line);
    for (Diagnostic& d : later.result_.errors)
        if (result_.errors.size() < FileResult::kMaxErrors) result_.errors.push_back(std::move(d));
    for (Diagnostic& note : later.result_.notes)
        if (noted_.insert(note.message).second) result_.notes.push_back(std::move(note));
    lines_.read += later.lines_.read;
    lines_.header += later.lines_.header;
    lines_.entries += later.lines_.entries;
    lines_.skipped += later.lines_.skipped;
    lines_.errors += later.lines_.errors;
    rows_ += later.rows_;
    all_rows_ += later.rows_;
    for (const auto& [line, label] : totals_.absorb(std::move(later.totals_)))  // (`later` is spent)
        stop(line, fmt::format("the total of {} is too large", quoted(label)));
}

namespace {

constexpr std::size_t kBlockBytes = 1 << 18;
constexpr off_t kTwoThreadBytes = off_t{8} << 20;  // a file this big is read as two halves
constexpr off_t kToEnd = -1;

std::string read_error() {
    return fmt::format("cannot read: {}", std::strerror(errno));
}

// Feeds bytes [from, to) of a regular file (to the end for kToEnd), or with
// `positioned` false all that is left of a stream (a pipe, a FIFO, stdin), to `check`
// until it stops; returns a read error, or "".
std::string feed_range(int fd, bool positioned, off_t from, off_t to, DiaryCheck& check, std::vector<char>& block) {
    while (!check.stopped() && (to == kToEnd || from < to)) {
        const std::size_t want =
            to == kToEnd ? block.size() : static_cast<std::size_t>(std::min<off_t>(to - from, block.size()));
        const ssize_t n = positioned ? ::pread(fd, block.data(), want, from) : ::read(fd, block.data(), want);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return read_error();
        if (n == 0) break;
        from += n;
        check.feed(std::string_view(block.data(), static_cast<std::size_t>(n)));
    }
    return {};
}

// The line breaks (LF, CRLF and a lone CR each once) in bytes [0, end) of the file.
std::string count_line_breaks(int fd, off_t end, std::vector<char>& block, std::size_t* count) {
    bool after_cr = false;
    for (off_t at = 0; at < end;) {
        const ssize_t n =
            ::pread(fd, block.data(), static_cast<std::size_t>(std::min<off_t>(end - at, block.size())), at);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return read_error();
        if (n == 0) break;
        const char* p = block.data();
        const char* const stop = p + n;
        *count += static_cast<std::size_t>(std::count(p, stop, '\n'));
        for (const char* cr = p; (cr = static_cast<const char*>(std::memchr(cr, '\r', stop - cr))); ++cr)
            if (cr + 1 < stop && cr[1] != '\n') ++*count;  // a lone CR; CRLF counted at its LF
        if (after_cr && p[0] != '\n') ++*count;            // a CR that ended the previous block
        after_cr = stop[-1] == '\r';
        at += n;
    }
    if (after_cr) ++*count;
    return {};
}

}  // namespace

namespace {

// Closes a file descriptor it was given on every path (stdin is never closed).
class FileDescriptor {
public:
    explicit FileDescriptor(int fd, bool owned) : fd_(fd), owned_(owned) {}
    ~FileDescriptor() {
        if (owned_ && fd_ >= 0) ::close(fd_);
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return fd_; }

private:
    int fd_;
    bool owned_;
};

// Where the second half of a big file starts: the line break after its middle; 0 to read
// it in one pass (an I/O error, the file stopped, or its columns not known from its start).
off_t split_point(int fd, off_t size, const DiaryCheck& check, std::vector<char>& block) {
    const off_t middle = size / 2;
    const ssize_t n = ::pread(fd, block.data(), block.size(), middle);
    const void* nl = n > 0 ? std::memchr(block.data(), '\n', static_cast<std::size_t>(n)) : nullptr;
    if (!nl || check.stopped() || !check.has_columns()) return 0;
    return middle + (static_cast<const char*>(nl) - block.data()) + 1;
}

// Reads [block size, end) of a big file as two halves on two threads: this thread reads up
// to `split` into `check`; the other counts the line breaks before `split` and reads the
// rest into a fork() of `check`, which `check` absorbs. Invariants: the fork starts
// from the columns `check` found and numbers lines as a single pass would; it is absorbed
// only if this half ended exactly at a record's end (else a quoted field runs across the
// split, and this thread reads on past it, dropping the fork's work) and nothing stopped
// the file. The other thread is joined on every path (std::jthread); an exception on it
// becomes this file's error, never std::terminate.
std::string read_halves(int fd, off_t split, DiaryCheck& check, std::vector<char>& block) {
    Resolver resolver = check.resolver().sibling();  // its own answers, the same table
    std::unique_ptr<DiaryCheck> second;
    std::string second_error;
    {
        std::jthread thread([&] {
            try {
                std::vector<char> own(kBlockBytes);
                std::size_t breaks = 0;
                second_error = count_line_breaks(fd, split, own, &breaks);
                if (!second_error.empty()) return;
                second = check.fork(resolver, breaks + 1);
                second_error = feed_range(fd, true, split, kToEnd, *second, own);
                if (second_error.empty()) second->end();
            } catch (const std::exception& e) {
                second_error = e.what();
            } catch (...) {
                second_error = "the second half failed";
            }
        });
        const std::string error = feed_range(fd, true, static_cast<off_t>(block.size()), split, check, block);
        thread.join();
        if (!error.empty() || check.stopped()) return error;
    }
    if (!check.at_record_end()) return feed_range(fd, true, split, kToEnd, check, block);  // a field across the split
    if (!second_error.empty()) return second_error;
    check.absorb(*second);
    return {};
}

}  // namespace

// A big regular file is read by two threads, each over one half (read_halves); the outcome
// is the one a single pass gives. Day totals agree with a single pass to far better than
// 1e-9 (compensated sums).
void stream_file(const std::string& path, DiaryCheck& check) {
    const bool is_stdin = path == "-";
    check.begin(display_name(path));
    const FileDescriptor fd(is_stdin ? STDIN_FILENO : ::open(path.c_str(), O_RDONLY | O_CLOEXEC), !is_stdin);
    if (fd.get() < 0) return check.end(fmt::format("cannot open: {}", std::strerror(errno)));
    struct stat st {};
    const bool stat_ok = ::fstat(fd.get(), &st) == 0;
    if (stat_ok && S_ISDIR(st.st_mode)) return check.end("is a directory, not a diary file");
    std::vector<char> block(kBlockBytes);
    const bool two_threads = !is_stdin && stat_ok && S_ISREG(st.st_mode) && st.st_size >= kTwoThreadBytes &&
                             std::thread::hardware_concurrency() >= 2;
    if (!two_threads) return check.end(feed_range(fd.get(), false, 0, kToEnd, check, block));
    std::string io_error = feed_range(fd.get(), true, 0, static_cast<off_t>(block.size()), check, block);  // the header
    const off_t split = io_error.empty() ? split_point(fd.get(), st.st_size, check, block) : 0;
    if (io_error.empty())
        io_error = split == 0 ? feed_range(fd.get(), true, static_cast<off_t>(block.size()), kToEnd, check, block)
                              : read_halves(fd.get(), split, check, block);
    check.end(io_error);
}

FileResult check_file(const std::string& path, Resolver& resolver, const References& refs,
                      const CheckOptions& options) {
    DiaryCheck check(display_name(path), resolver, refs, options);
    stream_file(path, check);
    return check.finish();
}

}  // namespace seck
