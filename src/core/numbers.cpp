#include "seck/core/numbers.h"

#include <fmt/format.h>

#include <cmath>

namespace seck {

double rounded_for_people(double value, int decimals) {
    if (!(std::fabs(value) < 1e9)) return value;
    const double micro = std::round(value * 1e6);  // 207.04999999999998 -> 207050000
    return std::round(micro / std::pow(10.0, 6 - decimals)) / std::pow(10.0, decimals);
}

std::string ug_for_people(double ug) {
    return fmt::format("{:.1f}", rounded_for_people(ug, 1));
}

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace seck
