#include "seck/cli/foods.h"

#include <fmt/format.h>

#include <iterator>

#include "seck/cli/output.h"
#include "seck/resolve/names.h"

namespace seck::cli {
namespace {

constexpr std::size_t kMaxListed = 20;

void describe(const Food& food, std::string* out) {
    auto to = std::back_inserter(*out);
    fmt::format_to(to, "{}\n", food_label(food));
    if (food.has_selenium())
        fmt::format_to(to, "    {:g} µg selenium per 100 g", food.ug_per_100g);
    else
        fmt::format_to(to, "    no selenium value (missing is not zero)");
    fmt::format_to(to, "; {}\n", food.group);
    // (an SR28 entry is known by its usda: id; the table an FNDDS entry is from is said)
    if (food.source == FoodSource::Fndds)
        fmt::format_to(to, "    from {}, a food as eaten: its figure is a recipe calculation (no spread data)\n",
                       food_source_name(food.source));
    if (!food.names.empty()) fmt::format_to(to, "    also called: {}\n", fmt::join(food.names, ", "));
    std::string units = "g, kg, mg, oz, lb";
    for (const Portion& p : food.portions) units += fmt::format(", \"{}\" ({:g} g)", p.unit, p.grams);
    fmt::format_to(to, "    units: {}\n", units);
}

}  // namespace

int list_foods(const FoodsPart& foods) {
    const auto found = NameMatcher(*foods.table).search(foods.query);
    if (found.empty()) {
        print_error("no food matches '{}'", foods.query);
        return 1;
    }
    std::string text;
    for (std::size_t i = 0; i < found.size() && i < kMaxListed; ++i) describe(*found[i], &text);
    if (found.size() > kMaxListed)
        fmt::format_to(std::back_inserter(text), "... and {} more; add words to narrow the search\n",
                       found.size() - kMaxListed);
    return write_stdout(text, "the food list", 0);
}

}  // namespace seck::cli
