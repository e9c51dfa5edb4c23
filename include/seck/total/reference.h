#pragma once
// Reference intakes: the authority's values for the life stage of whoever's diary it is.

#include <cmath>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace seck {

/// The values a diary is checked against, µg/day, and where they come from.
/// Default: US/Canada (IOM 2000) adults 19+, as make_reference({}) gives it (a test checks).
struct Reference {
    std::string standard = "iom";
    std::string life_stage = "19+ y";
    std::string kind = "RDA";  // what rda_ug is: RDA, AI, RNI, RDI, reference value
    double rda_ug = 55;        // the intake to reach (RDA or AI, RNI, ...)
    double ear_ug = 45;        // NaN: the authority sets none
    double ul_ug = 400;        // NaN: the authority sets none (no day can be above it)
    std::string source =
        "IOM 2000, DRI for Vitamin C, Vitamin E, Selenium, and Carotenoids; NIH ODS selenium fact sheet, Tables 1 and 4";
    std::vector<std::string> overridden;  // "rda", "ear", "ul" set by the user
    std::string note;                     // what the reader should know: "dach sets no UL; IOM's is 150 µg"
    bool infant = false;                  // a life stage under 12 months: seck suggests no foods
};

/// One row of data/references.csv.
struct ReferenceRow {
    std::string_view standard, life_stage, sex, condition;
    double from_months, to_months;  // [from, to); to is infinity for "and up"
    std::string_view kind;
    double rda_ug, ear_ug, ul_ug;  // NaN where the authority sets none
    std::string_view source;
};
std::span<const ReferenceRow> embedded_references();
/// The authorities in data/references.csv, in its order ("iom" first).
std::vector<std::string_view> standards();

enum class Sex { Unknown, Female, Male };

/// Whose diary it is: selects the life-stage row.
struct Profile {
    double age_months = NAN;  // NaN: not given, an adult of 30
    Sex sex = Sex::Unknown;
    bool pregnant = false;
    bool lactating = false;
};

/// Parses an age: years ("6", "0.5", "45y") or months ("8m", "8mo"). Sets `err` otherwise.
bool parse_age(std::string_view text, double* months, std::string* err);
/// Refuses profiles that cannot be (a pregnant 3-year-old, a lactating man...).
bool check_profile(const Profile& profile, std::string* err);
/// The row of `standard` for `profile`; false with `err` if there is none or the
/// profile must say more (the sex, where the authority's values differ by it).
bool select_reference(std::string_view standard, const Profile& profile, Reference* out, std::string* err);

/// What the command line asks for: an authority, whose diary it is, and values of the
/// user's own (a clinician's targets) that replace the authority's.
struct ReferenceRequest {
    std::string standard = "iom";
    Profile profile;
    double rda_ug = NAN, ear_ug = NAN, ul_ug = NAN;  // NaN: not given
};
/// The authority's row for the profile, then the user's values; refuses values that
/// contradict each other (an RDA above the UL, an EAR above the RDA).
bool make_reference(const ReferenceRequest& request, Reference* out, std::string* err);

/// Reads --profiles: {"people": [{"name": "Ann", "age": "34", "sex": "female",
/// "pregnant": false, "lactating": false}, ...]} (age as years, or a text like "8m").
/// Errors name the file and the line:column or JSON pointer.
bool read_profiles(std::string_view json_text, std::string_view file, std::vector<std::pair<std::string, Profile>>* out,
                   std::string* err);

/// Whom a diary's days are checked against: everyone, or people by name (--profiles)
/// for a diary with a person column.
struct References {
    References(Reference everyone = {}) : everyone(std::move(everyone)) {}  // NOLINT: one reference is the usual case
    Reference everyone;
    std::vector<std::pair<std::string, Reference>> people;
    /// The person's reference: from `people` if any are given (nullptr if not among them), else `everyone`.
    const Reference* find(std::string_view person) const;
};

/// One authority's reference for --compare, or why it has none for the profile.
struct Comparison {
    std::string standard;
    Reference ref;
    std::string error;
};

/// Parses an intake given on the command line (--rda 70): a decimal greater than 0.
bool parse_intake(std::string_view option, std::string_view text, double* out, std::string* err);

/// The references of a run: the request's for everyone, or, with a --profiles JSON
/// text, each person's own (the request then gives no age, sex or condition).
bool make_references(const ReferenceRequest& request, std::string_view profiles_json, std::string_view profiles_file,
                     References* out, std::string* err);

/// The request's profile against every authority, without the user's own values.
std::vector<Comparison> compare_references(const ReferenceRequest& request);

/// An age for messages: "8 mo", "3 y", "4.5 y".
std::string describe_age(double months);
/// Ages [from, to) for messages: "14-50 y", "7 mo to under 1 y", "18 y and up".
std::string describe_ages(double from_months, double to_months);

}  // namespace seck
