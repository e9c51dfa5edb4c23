#include "seck/read/diary.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "seck/core/text.h"

namespace seck {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::size_t kBinaryProbe = 8192;  // bytes looked at for a NUL up front, like git

enum Column { kDay, kFood, kAmount, kUnit, kPerson };  // kPerson is optional

// Bytes that end an unquoted field (comma, CR, LF), or that make the record need the
// full text checks (NUL, non-ASCII): the scan stops at any of them.
constexpr auto kStops = [] {
    std::array<bool, 256> stops{};
    stops[','] = stops['\r'] = stops['\n'] = stops[0] = true;
    for (int c = 0x80; c < 0x100; ++c) stops[c] = true;
    return stops;
}();

// Is the line at the start of `text` (the first with fields) separated by ';' and never by
// ',' outside quotes? Then a spreadsheet wrote it with semicolons. (A line break ends the
// line even inside quotes, so that the answer needs no more than the first line.)
bool semicolon_line(std::string_view text) {
    std::size_t commas = 0, semicolons = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '\r' || c == '\n') break;
        if (c == '"') quoted = !quoted;
        if (quoted) continue;
        commas += c == ',';
        semicolons += c == ';';
    }
    return semicolons > 0 && commas == 0;
}

// The end of a plain line at `begin`: its LF, if no quote, CR, NUL or non-ASCII byte comes
// before it; nullptr otherwise (or if there is no LF before `end`). Eight bytes at a time;
// it stops at the first byte that is not plain, so a file of CR line ends is not rescanned.
const char* plain_line_end(const char* begin, const char* end) {
    static_assert(std::endian::native == std::endian::little, "the first byte of a word is its lowest");
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    // The high bit of each zero byte of v, exact for the lowest one (a borrow only reaches up).
    auto zeros = [](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
    for (; end - begin >= 8; begin += 8) {
        std::uint64_t v;
        std::memcpy(&v, begin, 8);
        const std::uint64_t lf = zeros(v ^ (kOnes * '\n'));
        const std::uint64_t stop = lf | (v & kHigh) | zeros(v) | zeros(v ^ (kOnes * '"')) | zeros(v ^ (kOnes * '\r'));
        if (stop == 0) continue;
        const int byte = std::countr_zero(stop) / 8;  // the first byte that stops the line (little-endian)
        return (lf >> (8 * byte)) & 0x80 ? begin + byte : nullptr;
    }
    for (; begin < end; ++begin) {
        if (*begin == '\n') return begin;
        if (*begin == '"' || *begin == '\r' || *begin == 0 || static_cast<unsigned char>(*begin) >= 0x80) return nullptr;
    }
    return nullptr;
}

// "date, unit": the columns before `end` that `found` lacks (-1).
std::string missing_columns(const int found[5], int end) {
    std::string missing;
    for (int c = 0; c < end; ++c) {
        if (found[c] >= 0) continue;
        missing += missing.empty() ? "" : ", ";
        missing += kColumnNames[c];
    }
    return missing;
}

int column_of(std::string_view header) {
    std::string key;
    for (char c : header) key += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    if (key == "date" || key == "day") return kDay;
    if (key == "food") return kFood;
    if (key == "amount" || key == "quantity" || key == "qty") return kAmount;
    if (key == "unit") return kUnit;
    if (key == "person") return kPerson;
    return -1;
}

// At a line end (buf[p] is CR or LF): sets *next past it. False if a CR ends a
// buffer that more input may follow (it could be CRLF).
bool line_end(std::string_view buf, std::size_t p, bool final, std::size_t* next) {
    if (buf[p] == '\n') {
        *next = p + 1;
        return true;
    }
    if (p + 1 < buf.size()) {
        *next = buf[p + 1] == '\n' ? p + 2 : p + 1;
        return true;
    }
    *next = p + 1;
    return final;
}

// Line breaks in text: LF, CRLF and a lone CR each count once.
std::size_t line_breaks(std::string_view text) {
    std::size_t count = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) ++count;
    }
    return count;
}

bool valid_utf8(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const auto* end = p + s.size();
    while (p < end) {
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int more;
        unsigned min;
        unsigned cp;
        if ((c & 0xE0) == 0xC0) {
            more = 1, min = 0x80, cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            more = 2, min = 0x800, cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            more = 3, min = 0x10000, cp = c & 0x07;
        } else {
            return false;
        }
        if (end - p <= more) return false;
        for (int i = 1; i <= more; ++i) {
            if ((p[i] & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (p[i] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
        p += more + 1;
    }
    return true;
}

}  // namespace

bool ReadOptions::any_columns() const {
    return std::any_of(columns.begin(), columns.end(), [](const std::string& name) { return !name.empty(); });
}

bool parse_columns(std::string_view text, ReadOptions* out, std::string* err) {
    // name=Header pairs, comma-separated; a header with commas or spaces may be quoted.
    std::size_t pos = 0;
    while (pos < text.size()) {
        const auto eq = text.find('=', pos);
        if (eq == std::string_view::npos) {
            *err = fmt::format("--columns: {} is not name=Header (names: date, food, amount, unit, person)",
                               quoted(text.substr(pos)));
            return false;
        }
        std::string name = name_key(text.substr(pos, eq - pos));
        if (name == "day") name = "date";
        std::string header;
        pos = eq + 1;
        while (pos < text.size() && text[pos] == ' ') ++pos;
        if (pos < text.size() && text[pos] == '"') {
            const auto close = text.find('"', pos + 1);
            if (close == std::string_view::npos) {
                *err = fmt::format("--columns: {} has no closing \"", quoted(text.substr(pos)));
                return false;
            }
            header = text.substr(pos + 1, close - pos - 1);
            pos = close + 1;
            while (pos < text.size() && text[pos] == ' ') ++pos;
            if (pos < text.size() && text[pos] != ',') {
                *err = fmt::format("--columns: text after the quoted {}", quoted(header));
                return false;
            }
        } else {
            const auto comma = std::min(text.find(',', pos), text.size());
            header = text.substr(pos, comma - pos);
            while (!header.empty() && header.back() == ' ') header.pop_back();
            pos = comma;
        }
        if (pos < text.size()) ++pos;  // the comma
        const auto* at = std::find(std::begin(kColumnNames), std::end(kColumnNames), name);
        if (at == std::end(kColumnNames)) {
            *err = fmt::format("--columns: unknown name {} (names: date, food, amount, unit, person)", quoted(name));
            return false;
        }
        std::string& slot = out->columns[static_cast<std::size_t>(at - std::begin(kColumnNames))];
        if (header.empty() || !slot.empty()) {
            *err = header.empty() ? fmt::format("--columns: {}= names no column", name)
                                  : fmt::format("--columns: {} is given twice", name);
            return false;
        }
        slot = std::move(header);
    }
    if (!out->any_columns()) {
        *err = "--columns: give name=Header pairs, such as date=Day,food=\"Food Name\",amount=Qty,unit=Unit";
        return false;
    }
    return true;
}

bool parse_delimiter(std::string_view text, char* out, std::string* err) {
    if (text == "tab" || text == "\t" || text == "\\t") {
        *out = '\t';
        return true;
    }
    const char c = text.size() == 1 ? text[0] : 0;
    const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (c <= ' ' || c > '~' || letter || c == '"' || c == '.' || c == '#') {
        *err = fmt::format("--delimiter: {} cannot separate fields (give one character such as ';' or '|', or tab)",
                           quoted(text));
        return false;
    }
    *out = c;
    return true;
}

namespace {

// The parts of a --date-format: kPartYear (4 digits), kPartMonth or kPartDay (1 or 2 digits), else a literal.
constexpr char kPartYear = 1, kPartMonth = 2, kPartDay = 3;

// The part at `at` of a --date-format; sets `len` to the characters it takes in the format.
char date_part(std::string_view format, std::size_t at, std::size_t* len) {
    for (auto [token, part] : {std::pair{"YYYY", kPartYear}, {"%Y", kPartYear}, {"MM", kPartMonth}, {"%m", kPartMonth},
                               {"DD", kPartDay}, {"%d", kPartDay}}) {
        if (format.substr(at).starts_with(token)) {
            *len = std::strlen(token);
            return part;
        }
    }
    *len = 1;
    return format[at];
}

}  // namespace

bool parse_date_format(std::string_view format, std::string* err) {
    int seen[3] = {0, 0, 0};
    for (std::size_t at = 0, len = 0; at < format.size(); at += len) {
        const char part = date_part(format, at, &len);
        const bool letter = (part >= 'a' && part <= 'z') || (part >= 'A' && part <= 'Z') || (part >= '0' && part <= '9');
        if (part >= kPartYear && part <= kPartDay)
            ++seen[part - kPartYear];
        else if (letter || part == '%' || static_cast<unsigned char>(part) >= 0x80) {
            *err = fmt::format("--date-format: {} is not a date format: write DD, MM and YYYY (or %d, %m, %Y) "
                               "with separators, such as DD.MM.YYYY or MM/DD/YYYY",
                               quoted(format));
            return false;
        }
    }
    if (seen[0] != 1 || seen[1] != 1 || seen[2] != 1) {
        *err = fmt::format("--date-format: {} needs YYYY, MM and DD once each (such as DD.MM.YYYY)", quoted(format));
        return false;
    }
    return true;
}

bool apply_date_format(std::string_view format, std::string_view date, std::string* iso) {
    int value[3] = {0, 0, 0};
    std::size_t pos = 0;
    for (std::size_t at = 0, len = 0; at < format.size(); at += len) {
        const char part = date_part(format, at, &len);
        if (part < kPartYear || part > kPartDay) {
            if (pos >= date.size() || date[pos] != part) return false;
            ++pos;
            continue;
        }
        const std::size_t max = part == kPartYear ? 4 : 2, min = part == kPartYear ? 4 : 1;
        std::size_t digits = 0;
        int& v = value[part - kPartYear];
        while (pos < date.size() && digits < max && date[pos] >= '0' && date[pos] <= '9') {
            v = v * 10 + (date[pos++] - '0');
            ++digits;
        }
        if (digits < min) return false;
    }
    if (pos != date.size()) return false;
    *iso = fmt::format("{:04}-{:02}-{:02}", value[0], value[1], value[2]);
    return true;
}

void split_amount(std::string_view text, std::string_view* amount, std::string_view* unit) {
    std::size_t end = 0;
    while (end < text.size()) {
        const unsigned char c = static_cast<unsigned char>(text[end]);
        if (c == ' ' || c == '\t' || c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) break;
        ++end;
    }
    *amount = text.substr(0, end);
    std::string_view rest = text.substr(end);
    while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
    *unit = rest;
}

DiaryReader::DiaryReader(RowFn on_row, ErrorFn on_error, const ReadOptions& options)
    : on_row_(std::move(on_row)), on_error_(std::move(on_error)), options_(options) {
    set_delimiter(options.delimiter ? options.delimiter : ',');
}

void DiaryReader::set_delimiter(char sep) {
    sep_ = sep;
    stops_ = kStops;
    stops_[','] = false;
    stops_[static_cast<unsigned char>(sep)] = true;
}

void DiaryReader::feed(std::string_view bytes) {
    if (stopped_) return;
    if (carry_.empty()) {
        const std::size_t used = parse(bytes, false);
        if (!stopped_) carry_.assign(bytes.substr(used));
    } else {
        carry_.append(bytes);
        const std::size_t used = parse(carry_, false);
        carry_.erase(0, used);
    }
    if (stopped_) carry_.clear();
}

void DiaryReader::continue_from(const DiaryReader& first, std::size_t line) {
    started_ = true;
    have_columns_ = first.have_columns_;
    headerless_ = first.headerless_;
    columns_ = first.columns_;
    col_day_ = first.col_day_;
    col_food_ = first.col_food_;
    col_amount_ = first.col_amount_;
    col_unit_ = first.col_unit_;
    col_person_ = first.col_person_;
    layout_ = first.layout_;
    set_delimiter(first.sep_);
    sep_guessed_ = first.sep_guessed_;
    sep_decided_ = true;
    amount_has_unit_ = first.amount_has_unit_;
    line_ = line;
}

void DiaryReader::finish() {
    if (!stopped_) parse(carry_, true);
    if (skipping_) {  // an over-long last line without a line break
        ++counts_.read;
        ++counts_.errors;
        skipping_ = false;
    }
    carry_.clear();
}

void DiaryReader::fail(std::size_t line, std::string message) {
    on_error_(line, std::move(message));
    stopped_ = true;
}

std::size_t DiaryReader::parse(std::string_view buf, bool final) {
    std::size_t pos = 0;
    if (!started_) {
        if (!final && buf.size() < kBinaryProbe) return 0;  // wait for enough to judge
        started_ = true;
        if (const void* nul = std::memchr(buf.data(), 0, std::min(buf.size(), kBinaryProbe))) {
            const auto at = static_cast<std::size_t>(static_cast<const char*>(nul) - buf.data());
            fail(1 + line_breaks(buf.substr(0, at)), "binary data (a NUL byte), not a CSV diary");
            return buf.size();
        }
        if (buf.substr(0, kBom.size()) == kBom) pos = kBom.size();
        sep_decided_ = options_.delimiter != 0;
    }
    while (pos < buf.size() && !stopped_) {
        if (skipping_) {
            const auto nl = buf.find_first_of("\r\n", pos);
            if (nl == std::string_view::npos) return buf.size();
            if (!line_end(buf, nl, final, &pos)) return nl;  // a CR that may be CRLF
            ++line_;
            ++counts_.read;
            ++counts_.errors;
            skipping_ = false;
            continue;
        }
        if (!sep_decided_ && !decide_delimiter(buf, pos, final)) return pos;
        const std::size_t start = pos;
        std::size_t newlines = 0;
        const Scan scan = scan_record(buf, pos, final, newlines);
        if (scan == Scan::NeedMore) {
            if (buf.size() - start <= kMaxRecordBytes) return start;
            on_error_(line_, "line longer than 1 MiB (an unterminated quote?), skipped");
            const std::size_t breaks = line_breaks(buf.substr(start));
            line_ += breaks;
            counts_.read += breaks;
            counts_.errors += breaks;
            skipping_ = true;
            return buf.size();
        }
        const std::size_t line = line_;
        line_ += newlines;
        const std::string_view record = buf.substr(start, pos - start);
        const bool terminated = !record.empty() && (record.back() == '\n' || record.back() == '\r');
        span_ = newlines + (terminated ? 0 : 1);  // the lines this record spans
        counts_.read += span_;
        if (record.size() > kMaxRecordBytes) {
            on_error_(line, "line longer than 1 MiB, skipped");
            counts_.errors += span_;
        } else if (!plain_ && std::memchr(record.data(), 0, record.size())) {
            fail(line, "binary data (a NUL byte), not a CSV diary");
            counts_.errors += span_;
        } else if (!plain_ && !valid_utf8(record)) {
            on_error_(line, "not valid UTF-8 text");
            counts_.errors += span_;
        } else if (scan == Scan::Bad) {
            on_error_(line, bad_);
            counts_.errors += span_;
        } else if (fields_.empty()) {
            counts_.skipped += span_;
        } else {
            record_ = record.substr(0, record.find_last_not_of("\r\n") + 1);
            on_record(line);
        }
    }
    return pos;
}

// Without --delimiter, the first line with fields decides: ';' if it is separated by ';' and
// never by ','. It is judged whole (or by its first 1 MiB), however the input is fed, so the
// outcome never depends on the pieces. False: wait for more of the line.
bool DiaryReader::decide_delimiter(std::string_view buf, std::size_t pos, bool final) {
    std::size_t q = pos;
    while (q < buf.size() && (buf[q] == ' ' || buf[q] == '\t')) ++q;
    if (q < buf.size() && (buf[q] == '#' || buf[q] == '\r' || buf[q] == '\n')) return true;  // not yet
    const std::string_view window = buf.substr(pos, kMaxRecordBytes);
    const bool whole = window.find_first_of("\r\n") != std::string_view::npos || window.size() == kMaxRecordBytes;
    if (!whole && !final) return false;
    sep_decided_ = true;
    if (semicolon_line(window)) {
        set_delimiter(';');
        sep_guessed_ = true;
    }
    return true;
}

DiaryReader::Scan DiaryReader::scan_record(std::string_view buf, std::size_t& pos, bool final, std::size_t& newlines) {
    const std::size_t n = buf.size();
    fields_.clear();
    plain_ = true;
    std::size_t p = pos;

    // A blank line or a comment: no fields.
    std::size_t q = p;
    while (q < n && blank(buf[q])) ++q;
    if (q == n || buf[q] == '#' || buf[q] == '\r' || buf[q] == '\n') {
        plain_ = false;  // a comment may hold anything: check it whole
        const auto e = buf.find_first_of("\r\n", q);
        if (e == std::string_view::npos) {
            if (!final) return Scan::NeedMore;
            pos = n;
            return Scan::Complete;
        }
        if (!line_end(buf, e, final, &pos)) return Scan::NeedMore;
        newlines = 1;
        return Scan::Complete;
    }

    // The common case, a plain line (no quote, CR, NUL or non-ASCII byte before its LF): its
    // fields are found with memchr, as the byte-by-byte scan below would find them.
    const char* const line = buf.data() + p;
    if (const char* lf = plain_line_end(line, buf.data() + n)) {
        for (const char* f = line;;) {
            const auto* sep = static_cast<const char*>(std::memchr(f, sep_, static_cast<std::size_t>(lf - f)));
            const char* b = f;
            const char* e = sep ? sep : lf;
            while (b < e && blank(*b)) ++b;
            while (e > b && blank(e[-1])) --e;
            fields_.emplace_back(b, static_cast<std::size_t>(e - b));
            if (!sep) break;
            f = sep + 1;
        }
        pos = static_cast<std::size_t>(lf - buf.data()) + 1;
        newlines = 1;
        return Scan::Complete;
    }

    for (;;) {
        while (p < n && blank(buf[p])) ++p;
        std::string_view field;
        if (p < n && buf[p] == '"') {
            plain_ = false;
            const std::size_t begin = ++p;
            bool doubled = false;
            for (;;) {
                const auto close = buf.find('"', p);
                if (close == std::string_view::npos) {
                    if (!final) return Scan::NeedMore;
                    newlines += line_breaks(buf.substr(begin));
                    bad_ = "unterminated quoted field (a \" with no closing \")";
                    pos = n;
                    return Scan::Bad;
                }
                if (close + 1 == n && !final) return Scan::NeedMore;
                if (close + 1 < n && buf[close + 1] == '"') {
                    doubled = true;
                    p = close + 2;
                    continue;
                }
                field = buf.substr(begin, close - begin);
                p = close + 1;
                break;
            }
            newlines += line_breaks(field);
            if (doubled) {
                if (unescaped_.size() <= fields_.size()) unescaped_.resize(fields_.size() + 1);
                std::string& out = unescaped_[fields_.size()];
                out.clear();
                for (std::size_t i = 0; i < field.size(); ++i) {
                    out += field[i];
                    if (field[i] == '"') ++i;  // "" stands for one "
                }
                field = out;
            }
            while (p < n && blank(buf[p])) ++p;
            if (p < n && buf[p] != sep_ && buf[p] != '\r' && buf[p] != '\n') {
                const auto e = buf.find_first_of("\r\n", p);
                if (e == std::string_view::npos) {
                    if (!final) return Scan::NeedMore;
                    pos = n;
                } else {
                    if (!line_end(buf, e, final, &pos)) return Scan::NeedMore;
                    newlines += 1;
                }
                bad_ = "text after a closing quote (inside quotes, write \"\" for one \")";
                return Scan::Bad;
            }
        } else {
            std::size_t e = p;
            for (;;) {
                while (e < n && !stops_[static_cast<unsigned char>(buf[e])]) ++e;
                if (e == n || buf[e] == sep_ || buf[e] == '\r' || buf[e] == '\n') break;
                plain_ = false;  // a NUL or a non-ASCII byte: part of the field
                ++e;
            }
            if (e == n && !final) return Scan::NeedMore;
            field = buf.substr(p, e - p);
            while (!field.empty() && blank(field.back())) field.remove_suffix(1);
            p = e;
        }
        fields_.push_back(field);
        if (p == n) {
            if (!final) return Scan::NeedMore;
            pos = n;
            return Scan::Complete;
        }
        if (buf[p] == sep_) {
            ++p;
            continue;
        }
        if (!line_end(buf, p, final, &pos)) return Scan::NeedMore;
        newlines += 1;
        return Scan::Complete;
    }
}

// A header read by --columns: each name given there must be a column; a name not given
// is found as usual, and without a unit column the amount holds the unit ("150 g").
bool DiaryReader::read_mapped_header(std::size_t line) {
    int found[5] = {-1, -1, -1, -1, -1};
    for (int c = 0; c < 5; ++c) {
        const std::string& wanted = options_.columns[c];
        for (std::size_t i = 0; i < fields_.size() && found[c] < 0; ++i) {
            if (wanted.empty() ? column_of(fields_[i]) == c : name_key(fields_[i]) == name_key(wanted))
                found[c] = static_cast<int>(i);
        }
        if (!wanted.empty() && found[c] < 0) {
            std::vector<std::string> names;
            for (std::size_t i = 0; i < fields_.size() && i < 12; ++i) names.push_back(quoted(fields_[i]));
            fail(line, fmt::format("--columns {}={}: the header has no such column (it has {}{})", kColumnNames[c],
                                   quoted(wanted), fmt::join(names, ", "), fields_.size() > 12 ? ", ..." : ""));
            return true;
        }
        for (int other = 0; other < c; ++other) {
            if (found[c] >= 0 && found[other] == found[c]) {
                fail(line, fmt::format("--columns: {} and {} are both column {}", kColumnNames[other],
                                       kColumnNames[c], quoted(fields_[found[c]])));
                return true;
            }
        }
    }
    if (const std::string missing = missing_columns(found, kUnit); !missing.empty()) {
        fail(line, fmt::format("the header has no {} column: name it with --columns (such as --columns "
                               "{}=\"Header\")",
                               missing, missing.substr(0, missing.find(','))));
        return true;
    }
    use_columns(found);
    amount_has_unit_ = col_unit_ < 0;
    return true;
}

void DiaryReader::use_columns(const int found[5]) {
    columns_ = fields_.size();
    col_day_ = found[kDay];
    col_food_ = found[kFood];
    col_amount_ = found[kAmount];
    col_unit_ = found[kUnit];
    col_person_ = found[kPerson];
}

bool DiaryReader::read_header(std::size_t line) {
    if (options_.any_columns()) return read_mapped_header(line);
    std::string refusal;
    if (detect_format(fields_, &layout_, &refusal)) {  // an app's export (formats.h)
        if (!refusal.empty()) fail(line, refusal);
        columns_ = fields_.size();
        return true;
    }
    int found[5] = {-1, -1, -1, -1, -1};
    bool any = false;
    for (std::size_t i = 0; i < fields_.size(); ++i) any = any || column_of(fields_[i]) >= 0;
    if (!any) {
        headerless_ = true;
        return false;
    }
    for (std::size_t i = 0; i < fields_.size(); ++i) {
        const int column = column_of(fields_[i]);
        if (column < 0) continue;
        if (found[column] >= 0) {
            fail(line, fmt::format("columns '{}' and '{}' both name the {}", fields_[found[column]], fields_[i],
                                   kColumnNames[column]));
            return true;
        }
        found[column] = static_cast<int>(i);
    }
    if (const std::string missing = missing_columns(found, kPerson); !missing.empty()) {
        fail(line, fmt::format("the header has no {} column (a diary needs date or day, food, "
                               "amount or quantity or qty, and unit)",
                               missing));
        return true;
    }
    use_columns(found);
    return true;
}

void DiaryReader::on_record(std::size_t line) {
    if (!have_columns_) {
        have_columns_ = true;
        counts_.header = span_;  // until it turns out to be an entry
        for (auto [separator, name] : {std::pair{';', "';'"}, {'\t', "tabs"}}) {
            if (fields_.size() == 1 && separator != sep_ && fields_[0].find(separator) != std::string_view::npos) {
                fail(line, fmt::format("fields are separated by {}, but seck reads this file as {}-separated: give "
                                       "--delimiter {}",
                                       name, sep_ == ',' ? "comma" : sep_ == '\t' ? "tab" : fmt::format("'{}'", sep_),
                                       separator == ';' ? "';'" : "tab"));
                counts_.header = 0;
                counts_.errors += span_;
                return;
            }
        }
        if (read_header(line)) {
            if (stopped_) {  // a header that cannot be used
                counts_.errors += counts_.header;
                counts_.header = 0;
            }
            return;
        }
        counts_.header = 0;
        if (sep_guessed_) {  // ';' with no header to confirm it: ask rather than guess
            fail(line, "the first line is separated by ';' but names none of seck's columns (date, food, amount, unit): "
                       "name them with --columns (such as --columns date=Datum,food=Lebensmittel,amount=Menge,"
                       "unit=Einheit), or give --delimiter ';' if the file has no header");
            counts_.errors += span_;
            return;
        }
    }
    const std::size_t expected = headerless_ ? 4 : columns_;
    fault_.clear();
    if (fields_.size() > expected &&
        std::any_of(fields_.begin() + expected, fields_.end(), [](std::string_view f) { return !f.empty(); })) {
        fault_ = headerless_ ? fmt::format("{} fields, but a diary without a header has 4 (date, food, "
                                                  "amount, unit): quote a food name that has commas (\"Bananas, "
                                                  "raw\"), or add a header row to name more columns",
                                                  fields_.size())
                                    : fmt::format("{} fields, but the header has {}: quote a food name that has "
                                                  "commas (\"Bananas, raw\")",
                                                  fields_.size(), expected);
        if (layout_.format != Format::Diary) {  // (an export's row is known by its columns only)
            on_error_(line, fault_);
            counts_.errors += span_;
            return;
        }
    }
    auto field = [&](int column) {
        return static_cast<std::size_t>(column) < fields_.size() ? fields_[column] : std::string_view{};
    };
    if (layout_.format != Format::Diary) {
        DiaryRow row{line, span_, field(layout_.day), field(layout_.food), field(layout_.amount), field(layout_.unit),
                     {}, false};
        row.text = record_;
        row.fields = &fields_;
        row.layout = &layout_;
        return on_row_(row);
    }
    // A row that stops before a column has it empty: "d,eggs,3" is three eggs, as "d,eggs,3,".
    std::string_view amount = field(col_amount_), unit = col_unit_ < 0 ? std::string_view() : field(col_unit_);
    if (amount_has_unit_) split_amount(amount, &amount, &unit);
    DiaryRow row{line, span_, field(col_day_), field(col_food_), amount, unit,
                 col_person_ < 0 ? std::string_view() : field(col_person_), col_person_ >= 0};
    row.text = record_;
    row.fault = fault_;
    on_row_(row);
}

}  // namespace seck
