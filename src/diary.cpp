#include "seck/diary.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cstring>

namespace seck {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr std::size_t kBinaryProbe = 8192;  // bytes looked at for a NUL up front, like git

enum Column { kDay, kFood, kAmount, kUnit, kPerson };  // kPerson is optional
constexpr const char* kColumnNames[] = {"date", "food", "amount", "unit", "person"};

bool is_blank(char c) {
    return c == ' ' || c == '\t';
}

// Bytes that end an unquoted field (comma, CR, LF), or that make the record need the
// full text checks (NUL, non-ASCII): the scan stops at any of them.
constexpr auto kStops = [] {
    std::array<bool, 256> stops{};
    stops[','] = stops['\r'] = stops['\n'] = stops[0] = true;
    for (int c = 0x80; c < 0x100; ++c) stops[c] = true;
    return stops;
}();

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

DiaryReader::DiaryReader(RowFn on_row, ErrorFn on_error) : on_row_(std::move(on_row)), on_error_(std::move(on_error)) {}

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
            on_record(line);
        }
    }
    return pos;
}

DiaryReader::Scan DiaryReader::scan_record(std::string_view buf, std::size_t& pos, bool final, std::size_t& newlines) {
    const std::size_t n = buf.size();
    fields_.clear();
    plain_ = true;
    std::size_t p = pos;

    // A blank line or a comment: no fields.
    std::size_t q = p;
    while (q < n && is_blank(buf[q])) ++q;
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

    for (;;) {
        while (p < n && is_blank(buf[p])) ++p;
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
            while (p < n && is_blank(buf[p])) ++p;
            if (p < n && buf[p] != ',' && buf[p] != '\r' && buf[p] != '\n') {
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
                while (e < n && !kStops[static_cast<unsigned char>(buf[e])]) ++e;
                if (e == n || buf[e] == ',' || buf[e] == '\r' || buf[e] == '\n') break;
                plain_ = false;  // a NUL or a non-ASCII byte: part of the field
                ++e;
            }
            if (e == n && !final) return Scan::NeedMore;
            field = buf.substr(p, e - p);
            while (!field.empty() && is_blank(field.back())) field.remove_suffix(1);
            p = e;
        }
        fields_.push_back(field);
        if (p == n) {
            if (!final) return Scan::NeedMore;
            pos = n;
            return Scan::Complete;
        }
        if (buf[p] == ',') {
            ++p;
            continue;
        }
        if (!line_end(buf, p, final, &pos)) return Scan::NeedMore;
        newlines += 1;
        return Scan::Complete;
    }
}

bool DiaryReader::read_header(std::size_t line) {
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
    std::string missing;
    for (int c = 0; c < 4; ++c) {
        if (found[c] >= 0) continue;
        missing += missing.empty() ? "" : ", ";
        missing += kColumnNames[c];
    }
    if (!missing.empty()) {
        fail(line, fmt::format("the header has no {} column (a diary needs date or day, food, "
                               "amount or quantity or qty, and unit)",
                               missing));
        return true;
    }
    columns_ = fields_.size();
    col_day_ = found[kDay];
    col_food_ = found[kFood];
    col_amount_ = found[kAmount];
    col_unit_ = found[kUnit];
    col_person_ = found[kPerson];
    return true;
}

void DiaryReader::on_record(std::size_t line) {
    if (!have_columns_) {
        have_columns_ = true;
        counts_.header = span_;  // until it turns out to be an entry
        for (auto [separator, name] : {std::pair{';', "';'"}, {'\t', "tabs"}}) {
            if (fields_.size() == 1 && fields_[0].find(separator) != std::string_view::npos) {
                fail(line, fmt::format("fields are separated by {}, but a diary is comma-separated (CSV)", name));
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
    }
    const std::size_t expected = headerless_ ? 4 : columns_;
    if (fields_.size() > expected &&
        std::any_of(fields_.begin() + expected, fields_.end(), [](std::string_view f) { return !f.empty(); })) {
        on_error_(line, headerless_ ? fmt::format("{} fields, but a diary without a header has 4 (date, food, "
                                                  "amount, unit): quote a food name that has commas (\"Bananas, "
                                                  "raw\"), or add a header row to name more columns",
                                                  fields_.size())
                                    : fmt::format("{} fields, but the header has {}: quote a food name that has "
                                                  "commas (\"Bananas, raw\")",
                                                  fields_.size(), expected));
        counts_.errors += span_;
        return;
    }
    auto field = [&](int column) {
        return static_cast<std::size_t>(column) < fields_.size() ? fields_[column] : std::string_view{};
    };
    if (layout_.format != Format::Diary) {
        DiaryRow row{line, span_, field(layout_.day), field(layout_.food), field(layout_.amount), {}, {}, false};
        row.fields = &fields_;
        row.layout = &layout_;
        return on_row_(row);
    }
    // A row that stops before a required column has left it out: "d,food,1" under a
    // 4-column header has no unit (an empty field, "d,food,1,", is the default portion).
    if (static_cast<std::size_t>(std::max({col_day_, col_food_, col_amount_, col_unit_})) >= fields_.size()) {
        std::string missing;
        for (auto [column, what] : {std::pair{col_day_, "date"}, {col_food_, "food"}, {col_amount_, "amount"},
                                    {col_unit_, "unit"}}) {
            if (!field(column).empty()) continue;
            missing += missing.empty() ? "missing " : ", ";
            missing += what;
        }
        on_error_(line, missing);
        counts_.errors += span_;
        return;
    }
    on_row_(DiaryRow{line, span_, field(col_day_), field(col_food_), field(col_amount_), field(col_unit_),
                     col_person_ < 0 ? std::string_view() : field(col_person_), col_person_ >= 0});
}

}  // namespace seck
