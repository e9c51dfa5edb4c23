#pragma once
// Numbers for people: rounded as on paper, and counted nouns.

#include <cstddef>
#include <string>
#include <string_view>

namespace seck {

/// Rounds for people: to 6 decimals first, then to `decimals`, so 191.7 + 15.35
/// (207.04999999999998 in binary) shows as 207.1, as on paper.
double rounded_for_people(double value, int decimals);
/// µg for people: one decimal, rounded as on paper.
std::string ug_for_people(double ug);
/// "1 day", "3 days"
std::string plural(std::size_t n, std::string_view one, std::string_view many);

}  // namespace seck
