#pragma once
// Text helpers every stage uses: quoting user text in messages, ASCII case and spaces,
// the key names are matched by, and the shape of an ISO date.

#include <string>
#include <string_view>

namespace seck {

/// Space, tab, CR or LF.
bool is_space(char c);
/// ASCII lower case; other bytes (UTF-8 included) unchanged.
char ascii_lower(char c);

/// User text made safe to show: its first `max_bytes` (cut at a character, then "…"),
/// control characters escaped (\n, \t, \x1b).
std::string printable(std::string_view text, std::size_t max_bytes);
/// Quotes user text for a message: cut to a readable length, control characters escaped.
std::string quoted(std::string_view text);

/// `text` without the spaces and tabs around it.
std::string_view trim(std::string_view text);

/// Lower-case ASCII, trim, collapse inner whitespace: the key names are matched by.
std::string name_key(std::string_view text);

/// Is `label` shaped like an ISO date (NNNN-NN-NN)? `valid` tells if it is a real date.
bool looks_like_iso_date(std::string_view label, bool* valid);

}  // namespace seck
