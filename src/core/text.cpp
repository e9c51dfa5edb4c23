#include "seck/core/text.h"

#include <fmt/format.h>

namespace seck {

namespace {
constexpr std::size_t kMaxQuoted = 40;  // bytes of user text shown in a message
}  // namespace

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

char ascii_lower(char c) {
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string printable(std::string_view text, std::size_t max_bytes) {
    std::size_t cut = std::min(text.size(), max_bytes);
    while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    std::string shown;
    for (char c : text.substr(0, cut)) {  // control characters never reach the terminal
        if (c == '\n')
            shown += "\\n";
        else if (c == '\r')
            shown += "\\r";
        else if (c == '\t')
            shown += "\\t";
        else if ((c >= 0 && c < 0x20) || c == 0x7f)
            shown += fmt::format("\\x{:02x}", static_cast<int>(c));
        else
            shown += c;
    }
    if (cut < text.size()) shown += "…";
    return shown;
}

std::string quoted(std::string_view text) {
    if (text.size() <= kMaxQuoted) return fmt::format("'{}'", printable(text, kMaxQuoted));
    return fmt::format("'{}' ({} bytes)", printable(text, kMaxQuoted), text.size());
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    return text;
}

std::string name_key(std::string_view text) {
    std::string key;
    key.reserve(text.size());
    bool space = false;
    for (char c : text) {
        if (is_space(c)) {
            space = !key.empty();
            continue;
        }
        if (space) key += ' ';
        space = false;
        key += ascii_lower(c);
    }
    return key;
}

bool looks_like_iso_date(std::string_view s, bool* valid) {
    *valid = false;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    auto num = [&](int at, int len) {
        int v = 0;
        for (int i = at; i < at + len; ++i) v = v * 10 + (s[i] - '0');
        return v;
    };
    const int year = num(0, 4), month = num(5, 2), day = num(8, 2);
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) return true;
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    *valid = day <= kDays[month - 1] + (month == 2 && leap ? 1 : 0);
    return true;
}

}  // namespace seck
