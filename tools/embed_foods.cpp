// Build step: turns data/foods.json, data/fndds.json, data/aliases.csv and
// data/references.csv into C++ tables (arrays of structs), so seck parses nothing at
// start-up. Checks that every alias names a food with a selenium value (SR28 or FNDDS) and,
// if it gives a unit, one of that food's measures, and that every reference row is well
// formed. The same for data/suggestions.csv: each id an SR28 food with a selenium value,
// each unit one of its measures. And data/items.csv, the weight of one countable item
// (scripts/gen_items.py): each item one lower-case word, each weight above 0, each with a source.
// The FNDDS table is written as offsets into one constant text (seck/resolve/foods.h,
// fndds_rows), not as pointers: its 5,431 foods add no relocations to start-up.
// Usage: embed_foods foods.json fndds.json aliases.csv references.csv suggestions.csv items.csv out.cpp
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string literal(const std::string& text) {
    std::string out = "\"";
    for (unsigned char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c < 0x20 || c >= 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\%03o", c);
            out += buf;
        } else {
            out += static_cast<char>(c);
        }
    }
    return out + "\"sv";
}

std::string number(const nlohmann::json& value) {
    if (value.is_null()) return "kNoValue";
    std::ostringstream out;
    out.precision(17);
    out << value.get<double>();
    return out.str();
}

// A food's spread (NUT_DATA: samples, standard error, lowest and highest sample, 95 %
// interval) as a Spread initializer; absent fields are NaN (samples 0).
std::string spread(const nlohmann::json& food) {
    if (!food.contains("spread")) return "{}";
    const auto& s = food.at("spread");
    std::string out = "{";
    out += s.contains("samples") ? number(s.at("samples")) : "0";
    for (const char* key : {"std_error", "min", "max", "low_95", "high_95"}) {
        out += ", ";
        out += s.contains(key) ? number(s.at(key)) : "kNoValue";
    }
    out += "}";
    return out;
}

// A C string literal of `text` (no suffix), for the FNDDS text blob.
std::string c_literal(const std::string& text) {
    std::string out = literal(text);
    return out.substr(0, out.size() - 2);
}

// The FNDDS table (data/fndds.json) as fndds_rows arrays over one text blob, each text
// once; its ids, measures and foods with a selenium value go into `measures` and
// `with_selenium` for the alias checks.
struct FnddsTables {
    std::string source, blob_lines, foods, names, portions;
    std::size_t food_count = 0;
};
bool fndds_tables(const nlohmann::json& doc, FnddsTables* out, std::map<std::string, std::set<std::string>>* measures,
                  std::set<std::string>* with_selenium) {
    std::map<std::string, std::size_t> offsets;
    std::size_t size = 0;
    std::ostringstream blob, foods, names, portions;
    auto text = [&](const std::string& t) {
        auto [it, fresh] = offsets.emplace(t, size);
        if (fresh) {
            blob << "    " << c_literal(t) << "\n";
            size += t.size();
        }
        std::string ref = "{";  // (not "{" + ...: g++ 12 -O3 warns of a false -Wrestrict)
        ref += std::to_string(it->second);
        ref += ", ";
        ref += std::to_string(t.size());
        return ref + "}";
    };
    std::size_t name_count = 0, portion_count = 0;
    std::string last_id;
    for (const auto& food : doc.at("foods")) {
        const auto id = food.at("id").get<std::string>();
        if (id.rfind("fndds:", 0) != 0 || !(last_id < id)) {
            std::cerr << "embed_foods: FNDDS ids must start fndds: and be sorted, at " << id << "\n";
            return false;
        }
        last_id = id;
        const auto name_begin = name_count, portion_begin = portion_count;
        for (const auto& name : food.at("names")) {
            names << "    " << text(name.get<std::string>()) << ",\n";
            ++name_count;
        }
        auto& units = (*measures)[id];
        for (const auto& portion : food.at("portions")) {
            const auto unit = portion.at("unit").get<std::string>();
            portions << "    {" << text(unit) << ", " << number(portion.at("grams")) << "},\n";
            units.insert(unit);
            ++portion_count;
        }
        const auto& se = food.at("selenium_ug_per_100g");
        if (se.is_null()) {
            std::cerr << "embed_foods: FNDDS food " << id << " has no selenium value\n";
            return false;
        }
        with_selenium->insert(id);
        foods << "    {" << text(id) << ", " << text(food.at("description").get<std::string>()) << ", "
              << text(food.at("group").get<std::string>()) << ", " << name_begin << ", " << name_count - name_begin
              << ", " << portion_begin << ", " << portion_count - portion_begin << ", " << number(se) << "},\n";
        ++out->food_count;
    }
    out->source = doc.at("source").get<std::string>();
    out->blob_lines = blob.str();
    out->foods = foods.str();
    out->names = names.str();
    out->portions = portions.str();
    return true;
}

// The fields of one line of a simple CSV file (quotes with "" inside allowed).
std::vector<std::string> csv_fields(const std::string& line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted && c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
            fields.back() += '"';
            ++i;
        } else if (c == '"') {
            quoted = !quoted;
        } else if (c == ',' && !quoted) {
            fields.emplace_back();
        } else if (c != '\r') {
            fields.back() += c;
        }
    }
    return fields;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 8) {
        std::cerr << "usage: embed_foods foods.json fndds.json aliases.csv references.csv suggestions.csv items.csv "
                     "out.cpp\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    if (!in) {
        std::cerr << "embed_foods: cannot open " << argv[1] << "\n";
        return 2;
    }
    const nlohmann::json doc = nlohmann::json::parse(in);
    const auto& foods = doc.at("foods");

    std::ostringstream names, portions, table;
    std::size_t name_count = 0, portion_count = 0;
    std::string last_id;
    for (const auto& food : foods) {
        const auto id = food.at("id").get<std::string>();
        if (!last_id.empty() && !(last_id < id)) {
            std::cerr << "embed_foods: ids not sorted at " << id << "\n";
            return 2;
        }
        last_id = id;
        const auto name_begin = name_count;
        for (const auto& name : food.at("names")) {
            names << "    " << literal(name.get<std::string>()) << ",\n";
            ++name_count;
        }
        const auto portion_begin = portion_count;
        for (const auto& portion : food.at("portions")) {
            portions << "    {" << literal(portion.at("unit").get<std::string>()) << ", " << number(portion.at("grams"))
                     << "},\n";
            ++portion_count;
        }
        table << "    {" << literal(id) << ", " << literal(food.at("description").get<std::string>()) << ", "
              << literal(food.at("group").get<std::string>()) << ", {kNames + " << name_begin << ", "
              << name_count - name_begin << "}, " << number(food.at("selenium_ug_per_100g")) << ", {kPortions + "
              << portion_begin << ", " << portion_count - portion_begin << "}, " << spread(food) << "},\n";
    }

    // id -> measures, for checking the aliases
    std::map<std::string, std::set<std::string>> measures;
    std::set<std::string> with_selenium;
    for (const auto& food : foods) {
        auto& units = measures[food.at("id").get<std::string>()];
        for (const auto& portion : food.at("portions")) units.insert(portion.at("unit").get<std::string>());
        if (!food.at("selenium_ug_per_100g").is_null()) with_selenium.insert(food.at("id").get<std::string>());
    }
    const std::set<std::string> sr28_with_selenium = with_selenium;  // suggestions are SR28 foods
    std::ifstream fndds_in(argv[2], std::ios::binary);
    if (!fndds_in) {
        std::cerr << "embed_foods: cannot open " << argv[2] << "\n";
        return 2;
    }
    FnddsTables fndds;
    if (!fndds_tables(nlohmann::json::parse(fndds_in), &fndds, &measures, &with_selenium)) return 2;
    std::ifstream aliases_in(argv[3], std::ios::binary);
    if (!aliases_in) {
        std::cerr << "embed_foods: cannot open " << argv[3] << "\n";
        return 2;
    }
    std::ostringstream aliases;
    std::string line;
    int line_number = 0;
    while (std::getline(aliases_in, line)) {
        ++line_number;
        if (line_number == 1 || line.empty() || line[0] == '#') continue;  // the header
        const auto fields = csv_fields(line);
        const std::string where = std::string(argv[3]) + ":" + std::to_string(line_number) + ": ";
        if (fields.size() != 3) {
            std::cerr << where << "expected alias,id,unit\n";
            return 2;
        }
        if (!with_selenium.count(fields[1])) {
            std::cerr << where << "id " << fields[1] << " is not a food with a selenium value\n";
            return 2;
        }
        if (!fields[2].empty() && !measures[fields[1]].count(fields[2])) {
            std::cerr << where << "'" << fields[2] << "' is not a measure of " << fields[1] << "\n";
            return 2;
        }
        aliases << "    {" << literal(fields[0]) << ", " << literal(fields[1]) << ", " << literal(fields[2]) << "},\n";
    }

    std::ifstream references_in(argv[4], std::ios::binary);
    if (!references_in) {
        std::cerr << "embed_foods: cannot open " << argv[4] << "\n";
        return 2;
    }
    std::ostringstream references;
    line_number = 0;
    while (std::getline(references_in, line)) {
        ++line_number;
        if (line_number == 1 || line.empty() || line[0] == '#') continue;  // the header
        const auto f = csv_fields(line);
        const std::string where = std::string(argv[4]) + ":" + std::to_string(line_number) + ": ";
        // standard,life_stage,sex,condition,age_from_months,age_to_months,kind,rda_ug,ear_ug,ul_ug,source
        if (f.size() != 11) {
            std::cerr << where << "expected 11 fields\n";
            return 2;
        }
        auto number = [&](const std::string& text, bool empty_ok, const char* empty_as) -> std::string {
            if (text.empty()) {
                if (!empty_ok) throw std::runtime_error("a number is missing");
                return empty_as;
            }
            std::size_t used = 0;
            const double value = std::stod(text, &used);
            if (used != text.size() || value < 0) throw std::runtime_error("'" + text + "' is not a number >= 0");
            return text;
        };
        const bool sex_ok = f[2] == "any" || f[2] == "female" || f[2] == "male";
        const bool condition_ok = f[3] == "none" || f[3] == "pregnant" || f[3] == "lactating";
        if (!sex_ok || !condition_ok) {
            std::cerr << where << "sex must be any, female or male; condition none, pregnant or lactating\n";
            return 2;
        }
        try {
            references << "    {" << literal(f[0]) << ", " << literal(f[1]) << ", " << literal(f[2]) << ", "
                       << literal(f[3]) << ", " << number(f[4], false, "") << ", " << number(f[5], true, "kForever")
                       << ", " << literal(f[6]) << ", " << number(f[7], false, "") << ", "
                       << number(f[8], true, "kNoValue") << ", " << number(f[9], true, "kNoValue") << ", "
                       << literal(f[10]) << "},\n";
        } catch (const std::exception& e) {
            std::cerr << where << e.what() << "\n";
            return 2;
        }
    }

    std::ifstream suggestions_in(argv[5], std::ios::binary);
    if (!suggestions_in) {
        std::cerr << "embed_foods: cannot open " << argv[5] << "\n";
        return 2;
    }
    std::ostringstream suggestions;
    std::set<std::string> suggested;
    line_number = 0;
    while (std::getline(suggestions_in, line)) {
        ++line_number;
        if (line_number == 1 || line.empty() || line[0] == '#') continue;  // the header
        const auto f = csv_fields(line);
        const std::string where = std::string(argv[5]) + ":" + std::to_string(line_number) + ": ";
        if (f.size() != 5) {
            std::cerr << where << "expected id,unit,max,one,many\n";
            return 2;
        }
        if (!sr28_with_selenium.count(f[0])) {
            std::cerr << where << "id " << f[0] << " is not an SR28 food with a selenium value\n";
            return 2;
        }
        if (!measures[f[0]].count(f[1])) {
            std::cerr << where << "'" << f[1] << "' is not a measure of " << f[0] << "\n";
            return 2;
        }
        if (f[2].empty() || f[2].size() > 2 || f[2].find_first_not_of("0123456789") != std::string::npos ||
            f[2] == "0" || f[2] == "00" || f[3].empty() || f[4].empty()) {
            std::cerr << where << "max must be a whole number from 1 to 99; one and many name the portion\n";
            return 2;
        }
        if (!suggested.insert(f[0]).second) {
            std::cerr << where << "id " << f[0] << " is listed twice\n";
            return 2;
        }
        suggestions << "    {" << literal(f[0]) << ", " << literal(f[1]) << ", " << f[2] << ", " << literal(f[3])
                    << ", " << literal(f[4]) << "},\n";
    }

    if (suggested.empty()) {
        std::cerr << argv[5] << ": no foods to suggest\n";
        return 2;
    }

    std::ifstream items_in(argv[6], std::ios::binary);
    if (!items_in) {
        std::cerr << "embed_foods: cannot open " << argv[6] << "\n";
        return 2;
    }
    std::ostringstream items;
    std::set<std::string> item_words;
    line_number = 0;
    while (std::getline(items_in, line)) {
        ++line_number;
        if (line_number == 1 || line.empty() || line[0] == '#') continue;  // the header
        const auto f = csv_fields(line);
        const std::string where = std::string(argv[6]) + ":" + std::to_string(line_number) + ": ";
        if (f.size() != 3) {
            std::cerr << where << "expected item,grams,source\n";
            return 2;
        }
        std::size_t used = 0;
        double grams = 0;
        try {
            grams = std::stod(f[1], &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (f[0].empty() || f[0].find_first_not_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos ||
            used == 0 || used != f[1].size() || !(grams > 0 && grams < 10000) || f[2].empty()) {
            std::cerr << where << "item must be one lower-case word, grams a weight above 0, and a source given\n";
            return 2;
        }
        if (!item_words.insert(f[0]).second) {
            std::cerr << where << "item " << f[0] << " is listed twice\n";
            return 2;
        }
        items << "    {" << literal(f[0]) << ", " << f[1] << ", " << literal(f[2]) << "},\n";
    }
    if (item_words.empty()) {
        std::cerr << argv[6] << ": no items\n";
        return 2;
    }
    std::ofstream out(argv[7], std::ios::binary);
    out << "// Generated by tools/embed_foods.cpp from data/. Do not edit.\n"
        // FNDDS's texts are one literal of about 370 KB: GCC and Clang read it whole, but -Wpedantic
        // (Clang's -Woverlength-strings) warns past the 65,536 bytes the standard requires.
        << "#pragma GCC diagnostic ignored \"-Woverlength-strings\"\n"
        << "#include <limits>\n#include \"seck/resolve/foods.h\"\n#include \"seck/resolve/names.h\"\n#include "
           "\"seck/resolve/resolve.h\"\n#include \"seck/total/reference.h\"\n#include \"seck/total/suggest.h\"\n\n"
        << "namespace seck {\nnamespace {\nusing namespace std::string_view_literals;\n"
        << "constexpr double kNoValue = std::numeric_limits<double>::quiet_NaN();\n"
        << "constexpr double kForever = std::numeric_limits<double>::infinity();\n\n"
        << "constexpr std::string_view kNames[] = {\n"
        << names.str() << "    \"\"sv};\n\n"
        << "constexpr Portion kPortions[] = {\n"
        << portions.str() << "    {\"\"sv, 0}};\n\n"
        << "constexpr Food kFoods[] = {\n"
        << table.str() << "};\n\n"
        << "constexpr Alias kAliases[] = {\n"
        << aliases.str() << "    {\"\"sv, \"\"sv, \"\"sv}};\n\n"
        << "constexpr ReferenceRow kReferences[] = {\n"
        << references.str() << "};\n\n"
        << "constexpr SuggestedFood kSuggestions[] = {\n"
        << suggestions.str() << "};\n\n"
        << "constexpr ItemWeight kItems[] = {\n"
        << items.str() << "};\n\n"
        << "constexpr char kFnddsText[] =\n"
        << fndds.blob_lines << "    \"\";\n\n"
        << "constexpr fndds_rows::FoodRow kFnddsFoods[] = {\n"
        << fndds.foods << "};\n\n"
        << "constexpr fndds_rows::Text kFnddsNames[] = {\n"
        << fndds.names << "    {0, 0}};\n\n"
        << "constexpr fndds_rows::PortionRow kFnddsPortions[] = {\n"
        << fndds.portions << "    {{0, 0}, 0}};\n"
        << "}  // namespace\n\n"
        << "std::span<const Food> embedded_foods() { return kFoods; }\n"
        << "std::span<const ReferenceRow> embedded_references() { return kReferences; }\n"
        << "std::span<const Alias> embedded_aliases() { return std::span(kAliases).first(std::size(kAliases) - 1); }\n"
        << "std::span<const SuggestedFood> embedded_suggestions() { return kSuggestions; }\n"
        << "std::span<const ItemWeight> embedded_items() { return kItems; }\n"
        << "std::string_view embedded_source() { return " << literal(doc.at("source").get<std::string>()) << "; }\n"
        << "std::string_view fndds_source() { return " << literal(fndds.source) << "; }\n"
        << "namespace fndds_rows {\n"
        << "std::string_view text() { return {kFnddsText, sizeof kFnddsText - 1}; }\n"
        << "std::span<const FoodRow> foods() { return kFnddsFoods; }\n"
        << "std::span<const Text> names() { return std::span(kFnddsNames).first(std::size(kFnddsNames) - 1); }\n"
        << "std::span<const PortionRow> portions() { return std::span(kFnddsPortions).first(std::size(kFnddsPortions) - 1); }\n"
        << "}  // namespace fndds_rows\n"
        << "}  // namespace seck\n";
    if (!out) {
        std::cerr << "embed_foods: cannot write " << argv[7] << "\n";
        return 2;
    }
    return 0;
}
