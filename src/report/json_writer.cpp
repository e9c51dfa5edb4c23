#include "seck/report/json_writer.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace seck {

void JsonWriter::newline_indent(std::size_t depth) {
    if (!pretty_) return;
    out_.put('\n');
    for (std::size_t i = 0; i < depth; ++i) out_.write("  ");
}

void JsonWriter::before_value() {
    if (after_key_) {
        after_key_ = false;
        return;
    }
    if (levels_.empty()) return;  // the document itself
    Level& level = levels_.back();
    if (!level.empty) out_.put(',');
    level.empty = false;
    newline_indent(levels_.size());
}

void JsonWriter::key(std::string_view name) {
    Level& level = levels_.back();
    if (!level.empty) out_.put(',');
    level.empty = false;
    newline_indent(levels_.size());
    write_string(name);
    out_.write(pretty_ ? ": " : ":");
    after_key_ = true;
}

void JsonWriter::begin_object() {
    before_value();
    out_.put('{');
    levels_.push_back({true});
}

void JsonWriter::begin_array() {
    before_value();
    out_.put('[');
    levels_.push_back({false});
}

void JsonWriter::end_object() {
    const bool empty = levels_.back().empty;
    levels_.pop_back();
    if (!empty) newline_indent(levels_.size());
    out_.put('}');
}

void JsonWriter::end_array() {
    const bool empty = levels_.back().empty;
    levels_.pop_back();
    if (!empty) newline_indent(levels_.size());
    out_.put(']');
}

void JsonWriter::value(std::string_view text) {
    before_value();
    write_string(text);
}

void JsonWriter::write_string(std::string_view text) {
    // Plain printable ASCII needs no escaping; anything else is written as nlohmann::json
    // writes it (escapes, and U+FFFD for invalid UTF-8).
    bool plain = true;
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte < 0x20 || byte >= 0x7f || c == '"' || c == '\\') {
            plain = false;
            break;
        }
    }
    if (plain) {
        out_.put('"');
        out_.write(text);
        out_.put('"');
        return;
    }
    out_.write(nlohmann::json(std::string(text)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void JsonWriter::value(bool b) {
    before_value();
    out_.write(b ? "true" : "false");
}

void JsonWriter::value(double number) {
    before_value();
    if (!std::isfinite(number)) return out_.write("null");
    out_.write(nlohmann::json(number).dump());
}

void JsonWriter::null() {
    before_value();
    out_.write("null");
}

void JsonWriter::whole_or_number(double number) {
    if (std::isfinite(number) && std::trunc(number) == number && std::fabs(number) < 1e15)
        return value(static_cast<std::int64_t>(number));
    value(number);
}

void JsonWriter::string_or_null(std::string_view text) {
    if (text.empty()) return null();
    value(text);
}

}  // namespace seck
