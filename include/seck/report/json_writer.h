#pragma once
// A streaming JSON writer: members and elements go to an Output as they come, laid out
// exactly as nlohmann::json's dump(2) (pretty) or dump() (one line) lays out a document,
// with invalid UTF-8 replaced by U+FFFD. Nothing of the document is held but its nesting.

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "seck/core/output.h"

namespace seck {

class JsonWriter {
public:
    /// `pretty`: two spaces a level and a line a member, else one line without spaces.
    JsonWriter(Output& out, bool pretty) : out_(out), pretty_(pretty) {}

    void begin_object();
    void end_object();
    void begin_array();
    void end_array();
    /// A member's name; its value (or container) follows.
    void key(std::string_view name);

    void value(std::string_view text);
    void value(const char* text) { value(std::string_view(text)); }
    void value(const std::string& text) { value(std::string_view(text)); }
    void value(bool b);
    /// A number as nlohmann::json writes a double (shortest round trip; 55.0), null for NaN
    /// and infinities.
    void value(double number);
    template <class T>
        requires(std::is_integral_v<T> && !std::is_same_v<T, bool>)
    void value(T number) {
        before_value();
        out_.print("{}", number);
    }
    void null();
    /// A number whole values of which are written as integers (55, not 55.0); null for NaN.
    void whole_or_number(double number);
    /// A string, or null where it is empty.
    void string_or_null(std::string_view text);

    template <class T>
    void member(std::string_view name, const T& v) {
        key(name);
        value(v);
    }
    void null_member(std::string_view name) {
        key(name);
        null();
    }

private:
    void before_value();  // the separator and indentation an element needs
    void write_string(std::string_view text);
    void newline_indent(std::size_t depth);

    struct Level {
        bool object;
        bool empty = true;
    };
    Output& out_;
    bool pretty_;
    bool after_key_ = false;
    std::vector<Level> levels_;
};

}  // namespace seck
