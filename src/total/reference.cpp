#include "seck/total/reference.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <charconv>
#include <nlohmann/json.hpp>
#include <tuple>

namespace seck {

namespace {

constexpr double kAdultMonths = 30 * 12;  // no --age: an adult of 30
constexpr double kMaxAgeMonths = 130 * 12;

std::string_view sex_name(Sex sex) {
    switch (sex) {
        case Sex::Female: return "female";
        case Sex::Male: return "male";
        case Sex::Unknown: break;
    }
    return "any";
}

std::string lower(std::string_view text) {
    std::string out;
    for (char c : text) out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    return out;
}

std::string value_text(double ug) {
    return std::isnan(ug) ? "none" : fmt::format("{:g} µg", ug);
}

}  // namespace

std::vector<std::string_view> standards() {
    std::vector<std::string_view> out;
    for (const ReferenceRow& row : embedded_references())
        if (std::find(out.begin(), out.end(), row.standard) == out.end()) out.push_back(row.standard);
    return out;
}

std::string describe_age(double months) {
    if (months < 12) return fmt::format("{:g} mo", std::round(months * 100) / 100);
    return fmt::format("{:g} y", std::round(months / 12 * 100) / 100);
}

std::string describe_ages(double from_months, double to_months) {
    if (std::isinf(to_months)) return describe_age(from_months) + " and up";
    if (std::fmod(from_months, 12) == 0 && std::fmod(to_months, 12) == 0 && from_months >= 12)
        return fmt::format("{:g}-{:g} y", from_months / 12, to_months / 12 - 1);
    return fmt::format("{} to under {}", describe_age(from_months), describe_age(to_months));
}

bool parse_age(std::string_view text, double* months, std::string* err) {
    std::string t = lower(text);
    while (!t.empty() && t.back() == ' ') t.pop_back();
    while (!t.empty() && t.front() == ' ') t.erase(0, 1);
    double scale = 12;  // years
    for (std::string_view suffix : {"months", "month", "mo", "m"}) {
        if (t.size() > suffix.size() && t.ends_with(suffix)) {
            t.resize(t.size() - suffix.size());
            scale = 1;
            break;
        }
    }
    if (scale == 12) {
        for (std::string_view suffix : {"years", "year", "yr", "y"}) {
            if (t.size() > suffix.size() && t.ends_with(suffix)) {
                t.resize(t.size() - suffix.size());
                break;
            }
        }
    }
    while (!t.empty() && t.back() == ' ') t.pop_back();
    if (!t.empty() && t.front() == '-') {
        *err = fmt::format("'{}' is negative", text);
        return false;
    }
    double value = 0;
    const bool digits =
        !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), value, std::chars_format::fixed);
    if (!digits || ec != std::errc() || end != t.data() + t.size()) {
        *err = fmt::format("'{}' is not a number of years (or of months: 8m)", text);
        return false;
    }
    if (value * scale > kMaxAgeMonths) {
        *err = fmt::format("'{}' is more than 130 years", text);
        return false;
    }
    *months = value * scale;
    return true;
}

bool check_profile(const Profile& profile, std::string* err) {
    if (profile.pregnant && profile.lactating) {
        *err = "--pregnant and --lactating together: give the one the diary's days are in";
        return false;
    }
    if ((profile.pregnant || profile.lactating) && profile.sex == Sex::Male) {
        *err = fmt::format("--{} is for --sex female, not male", profile.pregnant ? "pregnant" : "lactating");
        return false;
    }
    return true;
}

bool select_reference(std::string_view standard, const Profile& profile, Reference* out, std::string* err) {
    const auto known = standards();
    if (std::find(known.begin(), known.end(), standard) == known.end()) {
        *err = fmt::format("unknown standard '{}' (choose one of: {})", standard, fmt::join(known, ", "));
        return false;
    }
    if (!check_profile(profile, err)) return false;
    const double age = std::isnan(profile.age_months) ? kAdultMonths : profile.age_months;
    const std::string_view condition = profile.pregnant ? "pregnant" : profile.lactating ? "lactating" : "none";
    const Sex sex = (profile.pregnant || profile.lactating) ? Sex::Female : profile.sex;

    std::vector<const ReferenceRow*> rows, other_ages;
    for (const ReferenceRow& row : embedded_references()) {
        if (row.standard != standard || row.condition != condition) continue;
        (age >= row.from_months && age < row.to_months ? rows : other_ages).push_back(&row);
    }
    if (rows.empty()) {
        const std::string who =
            condition == "none" ? "" : fmt::format(" {}", condition == "pregnant" ? "pregnancy" : "lactation");
        // A row left out of data/references.csv is a value seck could not confirm, not one
        // the authority does not set; only a pregnancy or lactation outside the ages the
        // authority gives for it is its own "no".
        if (other_ages.empty()) {
            *err = fmt::format("no confirmed {}{} values in seck's table", standard, who);
        } else if (condition != "none") {
            double from = INFINITY, to = 0;
            for (const ReferenceRow* row : other_ages) {
                from = std::min(from, row->from_months);
                to = std::max(to, row->to_months);
            }
            *err = fmt::format("{} sets no{} values for age {} (its{} values are for {})", standard, who,
                               describe_age(age), who, describe_ages(from, to));
        } else {
            std::vector<std::string_view> stages;
            for (const ReferenceRow* row : other_ages)
                if (std::find(stages.begin(), stages.end(), row->life_stage) == stages.end())
                    stages.push_back(row->life_stage);
            *err = fmt::format("no confirmed {} values for age {} in seck's table (it has {})", standard,
                               describe_age(age), fmt::join(stages, ", "));
        }
        return false;
    }
    const ReferenceRow* chosen = nullptr;
    for (const ReferenceRow* row : rows)
        if (row->sex == sex_name(sex)) chosen = row;
    if (!chosen)
        for (const ReferenceRow* row : rows)
            if (row->sex == "any") chosen = row;
    if (!chosen) {
        std::string values;
        for (const ReferenceRow* row : rows)
            values += fmt::format("{}{} {}", values.empty() ? "" : ", ", row->sex, value_text(row->rda_ug));
        *err = fmt::format("{} sets different values for women and men at {} ({}): give --sex female or --sex male",
                           standard, rows.front()->life_stage, values);
        return false;
    }
    out->standard = chosen->standard;
    out->life_stage = chosen->life_stage;
    out->infant = chosen->to_months <= 12;
    out->kind = chosen->kind;
    out->rda_ug = chosen->rda_ug;
    out->ear_ug = chosen->ear_ug;
    out->ul_ug = chosen->ul_ug;
    out->source = chosen->source;
    out->overridden.clear();
    return true;
}

const Reference* References::find(std::string_view person) const {
    if (people.empty()) return &everyone;
    for (const auto& [name, ref] : people)
        if (name == person) return &ref;
    return nullptr;
}

bool parse_intake(std::string_view option, std::string_view text, double* out, std::string* err) {
    // A minus sign is read, so that -5 is refused as not above 0 rather than as not a number.
    const std::string_view digits = text.starts_with('-') ? text.substr(1) : text;
    const bool decimal = !digits.empty() && std::all_of(digits.begin(), digits.end(),
                                                        [](char c) { return (c >= '0' && c <= '9') || c == '.'; });
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), *out, std::chars_format::fixed);
    if (!decimal || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(*out)) {
        *err = fmt::format("{} '{}' is not an intake in µg/day (a number like 70 or 62.5)", option, text);
        return false;
    }
    if (!(*out > 0)) {  // 0 would be divided by: a percent of it is inf or nan
        *err = fmt::format("{} '{}' is not an intake in µg/day: it must be greater than 0", option, text);
        return false;
    }
    return true;
}

bool make_references(const ReferenceRequest& request, std::string_view profiles_json, std::string_view profiles_file,
                     References* out, std::string* err) {
    if (profiles_file.empty()) return make_reference(request, &out->everyone, err);
    const Profile& p = request.profile;
    if (!std::isnan(p.age_months) || p.sex != Sex::Unknown || p.pregnant || p.lactating) {
        *err =
            "--profiles gives each person's age, sex and condition: leave out --age, --sex, --pregnant and "
            "--lactating";
        return false;
    }
    std::vector<std::pair<std::string, Profile>> people;
    if (!read_profiles(profiles_json, profiles_file, &people, err)) return false;
    if (people.empty()) {
        *err = fmt::format("{}: /people: no people", profiles_file);
        return false;
    }
    for (std::size_t i = 0; i < people.size(); ++i) {
        ReferenceRequest person = request;
        person.profile = people[i].second;
        Reference ref;
        std::string why;
        if (!make_reference(person, &ref, &why)) {
            *err = fmt::format("{}: /people/{} ({}): {}", profiles_file, i, people[i].first, why);
            return false;
        }
        out->people.emplace_back(people[i].first, std::move(ref));
    }
    return true;
}

std::vector<Comparison> compare_references(const ReferenceRequest& request) {
    std::vector<Comparison> out;
    for (std::string_view standard : standards()) {
        ReferenceRequest other = request;
        other.standard = standard;
        other.rda_ug = other.ear_ug = other.ul_ug = NAN;  // the authorities' own values
        Comparison c{std::string(standard), {}, {}};
        if (!make_reference(other, &c.ref, &c.error)) c.ref = {};
        out.push_back(std::move(c));
    }
    return out;
}

bool make_reference(const ReferenceRequest& request, Reference* out, std::string* err) {
    if (!select_reference(request.standard, request.profile, out, err)) return false;
    for (auto [value, field, name] : {std::tuple{request.rda_ug, &out->rda_ug, "rda"},
                                      {request.ear_ug, &out->ear_ug, "ear"},
                                      {request.ul_ug, &out->ul_ug, "ul"}}) {
        if (std::isnan(value)) continue;
        if (!(value >= 0) || std::isinf(value)) {
            *err = fmt::format("--{} {:g} is not an intake in µg/day", name, value);
            return false;
        }
        *field = value;
        out->overridden.push_back(name);
    }
    if (!out->overridden.empty()) out->source += " (with the user's own values)";
    if (std::isnan(out->ul_ug) && out->standard != "iom") {
        // No UL is not "no limit": name the US/Canada one for the same person.
        ReferenceRequest iom = request;
        iom.standard = "iom";
        iom.rda_ug = iom.ear_ug = iom.ul_ug = NAN;
        Reference other;
        std::string ignored;
        out->note = fmt::format("{} sets no UL for {}, so no day is called above it", out->standard, out->life_stage);
        if (make_reference(iom, &other, &ignored) && !std::isnan(other.ul_ug))
            out->note += fmt::format("; the US/Canada UL for this age is {:g} µg", other.ul_ug);
    }
    if (out->rda_ug > out->ul_ug) {
        *err = fmt::format("the {} ({:g} µg) is above the UL ({:g} µg): check --rda and --ul", out->kind, out->rda_ug,
                           out->ul_ug);
        return false;
    }
    if (out->ear_ug > out->rda_ug) {
        *err = std::isnan(request.ear_ug)
                   ? fmt::format("{} {}'s EAR ({:g} µg) is above your {} ({:g} µg): give --ear too", out->standard,
                                 out->life_stage, out->ear_ug, out->kind, out->rda_ug)
                   : fmt::format("the EAR ({:g} µg) is above the {} ({:g} µg): check --ear and --rda", out->ear_ug,
                                 out->kind, out->rda_ug);
        return false;
    }
    return true;
}

bool read_profiles(std::string_view json_text, std::string_view file, std::vector<std::pair<std::string, Profile>>* out,
                   std::string* err) {
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(json_text);
    } catch (const nlohmann::json::exception& e) {
        std::string reason = e.what();
        reason = reason.substr(reason.find("] ") == std::string::npos ? 0 : reason.find("] ") + 2);
        *err = fmt::format("{}: {}", file, reason);
        return false;
    }
    auto fault = [&](const std::string& pointer, std::string_view what) {
        *err = fmt::format("{}: {}: {}", file, pointer, what);
        return false;
    };
    if (!doc.is_object() || !doc.contains("people") || !doc["people"].is_array())
        return fault("/", "expected an object with a \"people\" array");
    const auto& people = doc["people"];
    for (std::size_t i = 0; i < people.size(); ++i) {
        const auto& person = people[i];
        const std::string at = fmt::format("/people/{}", i);
        if (!person.is_object()) return fault(at, "expected an object");
        Profile profile;
        std::string name;
        for (const auto& [key, value] : person.items()) {
            const std::string where = at + "/" + key;
            if (key == "name") {
                if (!value.is_string() || value.get<std::string>().empty()) return fault(where, "expected a name");
                name = value.get<std::string>();
            } else if (key == "age") {
                if (!value.is_number() && !value.is_string())
                    return fault(where, "expected a number of years, or a text like \"8m\" for months");
                const std::string text =
                    value.is_number() ? fmt::format("{}", value.get<double>()) : value.get<std::string>();
                std::string why;
                if (!parse_age(text, &profile.age_months, &why)) return fault(where, why);
            } else if (key == "sex") {
                const std::string sex = value.is_string() ? value.get<std::string>() : "";
                if (sex != "female" && sex != "male") return fault(where, "expected \"female\" or \"male\"");
                profile.sex = sex == "female" ? Sex::Female : Sex::Male;
            } else if (key == "pregnant" || key == "lactating") {
                if (!value.is_boolean()) return fault(where, "expected true or false");
                (key == "pregnant" ? profile.pregnant : profile.lactating) = value.get<bool>();
            } else {
                return fault(where, "unknown key (expected name, age, sex, pregnant, lactating)");
            }
        }
        if (name.empty()) return fault(at + "/name", "missing");
        for (const auto& [other, unused] : *out) {
            (void)unused;
            if (other == name) return fault(at + "/name", fmt::format("'{}' is named twice", name));
        }
        std::string why;
        if (!check_profile(profile, &why)) return fault(at, why);
        out->emplace_back(name, profile);
    }
    return true;
}

}  // namespace seck
