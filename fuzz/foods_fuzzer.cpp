// Fuzz target: the --foods JSON table loader. Bytes in, either foods added or one error out.
//
// Invariants, each aborting when broken:
// - a refused file gives one "NAME..." message and adds nothing (the table is as before);
// - an accepted file's foods are all found by id, with selenium NaN (unknown) or finite >= 0
//   and portions of finite grams > 0, and loading it again replaces them (no new foods);
// - each added food resolves by id in grams, in µg, and in each of its portions, to finite,
//   non-negative micrograms, or is refused with a message.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.h"
#include "seck/resolve/foods.h"
#include "seck/resolve/resolve.h"

namespace {

const std::size_t kEmbedded = seck::embedded_foods().size() + seck::fndds_foods().size();  // SR28 and FNDDS

void resolves(seck::Resolver& resolver, const seck::Food& food, std::string_view unit) {
    // A name with a comma or quote would be written quoted in a diary; the resolver takes it as is.
    std::string err;
    const seck::Resolved* r = resolver.resolve(food.id, unit, &err);
    if (!r) {
        FUZZ_CHECK(!err.empty());
        return;
    }
    FUZZ_CHECK(std::isfinite(r->ug_per_unit) && r->ug_per_unit >= 0);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::string err;
    seck::FoodTable::Builder builder;
    if (!builder.add_user_foods(text, "fuzz.json", &err)) {
        FUZZ_CHECK(err.rfind("fuzz.json:", 0) == 0);
        FUZZ_CHECK(builder.build()->foods().size() == kEmbedded);  // a bad file adds nothing
        return 0;
    }
    FUZZ_CHECK(err.empty());
    seck::FoodTable::Builder twice;  // the same foods again replace themselves
    FUZZ_CHECK(twice.add_user_foods(text, "fuzz.json", &err) && twice.add_user_foods(text, "fuzz.json", &err));
    const auto built = builder.build();
    const seck::FoodTable& table = *built;
    const auto foods = table.foods();
    FUZZ_CHECK(foods.size() >= kEmbedded);
    for (const seck::Food* food : foods) {
        FUZZ_CHECK(table.by_id(food->id) == food);
        FUZZ_CHECK(!food->has_selenium() || (std::isfinite(food->ug_per_100g) && food->ug_per_100g >= 0));
        for (const seck::Portion& p : food->portions) FUZZ_CHECK(std::isfinite(p.grams) && p.grams > 0);
    }
    FUZZ_CHECK(twice.build()->foods().size() == foods.size());

    // The file's own foods (at most 20: each may need the name index and suggestions).
    std::vector<const seck::Food*> own;
    const auto doc = nlohmann::json::parse(text);
    for (const auto& food : doc.at("foods")) {
        if (own.size() == 20) break;
        own.push_back(table.by_id(food.at("id").get<std::string>()));
        FUZZ_CHECK(own.back() != nullptr);
    }
    seck::Resolver resolver(table);
    for (const seck::Food* food : own) {
        resolves(resolver, *food, "g");
        resolves(resolver, *food, "mcg");
        resolves(resolver, *food, "");
        resolves(resolver, *food, "cup");
        for (const seck::Portion& p : food->portions) resolves(resolver, *food, p.unit);
        for (std::string_view name : food->names) {
            std::string name_err;
            const seck::Resolved* r = resolver.resolve(name, "g", &name_err);
            FUZZ_CHECK(r ? std::isfinite(r->ug_per_unit) && r->ug_per_unit >= 0 : !name_err.empty());
        }
    }
    return 0;
}
