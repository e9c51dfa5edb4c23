// The CSV reader: every way a diary may be written, and every way it may be broken.
#include "seck/diary.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

namespace {

struct Read {
    std::vector<std::string> rows;    // "LINE|day|food|amount|unit"
    std::vector<std::string> errors;  // "LINE: message"
    bool stopped = false;
};

// Reads `text`, fed in pieces of `piece` bytes (0: all at once).
Read read(const std::string& text, std::size_t piece = 0) {
    Read out;
    seck::DiaryReader reader(
        [&](const seck::DiaryRow& r) {
            out.rows.push_back(std::to_string(r.line) + "|" + std::string(r.day) + "|" + std::string(r.food) + "|" +
                               std::string(r.amount) + "|" + std::string(r.unit));
        },
        [&](std::size_t line, std::string message) { out.errors.push_back(std::to_string(line) + ": " + message); });
    if (piece == 0) {
        reader.feed(text);
    } else {
        for (std::size_t at = 0; at < text.size(); at += piece) reader.feed(std::string_view(text).substr(at, piece));
    }
    reader.finish();
    out.stopped = reader.stopped();
    return out;
}

using Rows = std::vector<std::string>;

}  // namespace

TEST_CASE("columns are found by header name, in any order and case") {
    const auto r = read(" Unit , FOOD,meal, Qty ,Day\ng,usda:12078,lunch,10,Mon\n");
    CHECK(r.errors.empty());
    CHECK(r.rows == Rows{"2|Mon|usda:12078|10|g"});
    CHECK(read("date,food,quantity,unit\nd,f,1,g\n").rows == Rows{"2|d|f|1|g"});
    CHECK(read("date,food,amount,unit\nd,f,1,g\n").rows == Rows{"2|d|f|1|g"});
}

TEST_CASE("a file without a header is date, food, amount, unit") {
    const auto r = read("2026-11-24,usda:12078,2,kernel\n2026-11-25,egg,1,large");
    CHECK(r.errors.empty());
    CHECK(r.rows == Rows{"1|2026-11-24|usda:12078|2|kernel", "2|2026-11-25|egg|1|large"});
}

TEST_CASE("BOM, CRLF, CR, blank lines, comments and spaces are read right") {
    const std::string text =
        "\xEF\xBB\xBF"
        "date,food,amount,unit\r\n"
        "\r\n"
        "# a comment, with \"quotes\r\n"
        "   # an indented comment\r\n"
        "  d1 ,  brazil nuts  ,\t2\t, kernel \r\n"
        "   \t  \r\n"
        "d2,egg,1,large\r"
        "d3,egg,1,large";
    const auto r = read(text);
    CHECK(r.errors.empty());
    CHECK(r.rows == Rows{"5|d1|brazil nuts|2|kernel", "7|d2|egg|1|large", "8|d3|egg|1|large"});
}

TEST_CASE("quoted fields keep commas, doubled quotes, spaces and line breaks") {
    const std::string text =
        "date,food,amount,unit\n"
        "d1,\"Nuts, brazilnuts, dried, unblanched\",2,kernel\n"
        "d2, \"say \"\"cheese\"\"\" ,1, \" oz \"\n"
        "d3,\"two\nlines\",1,g\n"
        "d4,\"\",1,g\n"
        "d5,x,1,g\n";
    const auto r = read(text);
    CHECK(r.errors.empty());
    CHECK(r.rows == Rows{"2|d1|Nuts, brazilnuts, dried, unblanched|2|kernel", "3|d2|say \"cheese\"|1| oz ",
                         "4|d3|two\nlines|1|g", "6|d4||1|g", "7|d5|x|1|g"});
}

TEST_CASE("any split of the input reads the same") {
    const std::string text =
        "\xEF\xBB\xBF"
        "date,food,amount,unit\r\n"
        "# comment \"\r\n"
        "d1,\"a \"\"b\"\", c\",1,g\r\n"
        "d2,\"multi\r\nline\",2,kernel\r"
        "d3,x,3,g\n"
        "d4,\"unterminated,4,g\n";
    const auto whole = read(text);
    CHECK(whole.rows == Rows{"3|d1|a \"b\", c|1|g", "4|d2|multi\r\nline|2|kernel", "6|d3|x|3|g"});
    CHECK(whole.errors == Rows{"7: unterminated quoted field (a \" with no closing \")"});
    for (std::size_t piece : {1, 2, 3, 5, 7, 64}) {
        INFO("piece " << piece);
        const auto split = read(text, piece);
        CHECK(split.rows == whole.rows);
        CHECK(split.errors == whole.errors);
    }
}

TEST_CASE("missing fields come through empty and extra fields are an error") {
    CHECK(read("date,food,amount,unit,note\nd,f\n").errors == Rows{"2: missing amount, unit"});
    CHECK(read("date,food,amount,unit,note\nd,f,1\n").errors == Rows{"2: missing unit"});
    CHECK(read("d,f,1\n").errors == Rows{"1: missing unit"});  // no header: the default 4 columns
    CHECK(read("date,food,amount,unit\nd,f,1,\n").rows == Rows{"2|d|f|1|"});  // an empty unit: the default portion
    CHECK(read("date,food,amount,unit,note\nd,f,1,g\n").rows == Rows{"2|d|f|1|g"});  // a short optional column
    CHECK(read("d,f,1,g,,\n").rows == Rows{"1|d|f|1|g"});  // empty trailing fields are fine
    const auto r = read("d,Bananas, raw,1,medium\n");
    CHECK(r.rows.empty());
    CHECK(r.errors == Rows{"1: 5 fields, but a diary without a header has 4 (date, food, amount, unit): quote a "
                           "food name that has commas (\"Bananas, raw\"), or add a header row to name more columns"});
    const auto h = read("date,food,amount,unit\nd,Bananas, raw,1,medium\n");
    CHECK(h.errors == Rows{"2: 5 fields, but the header has 4: quote a food name that has commas (\"Bananas, raw\")"});
}

TEST_CASE("semicolon- and tab-separated files are named as such") {
    const auto semi = read("date;food;amount;unit\nd;f;1;g\n");
    CHECK(semi.stopped);
    CHECK(semi.errors == Rows{"1: fields are separated by ';', but a diary is comma-separated (CSV)"});
    CHECK(read("date\tfood\tamount\tunit\n").errors ==
          Rows{"1: fields are separated by tabs, but a diary is comma-separated (CSV)"});
}

TEST_CASE("a header without a needed column stops the file") {
    const auto r = read("date,food,qty\nd,f,1\n");
    CHECK(r.stopped);
    CHECK(r.rows.empty());
    CHECK(r.errors == Rows{"1: the header has no unit column (a diary needs date or day, food, amount or "
                           "quantity or qty, and unit)"});
    const auto twice = read("date,day,food,amount,unit\n");
    CHECK(twice.errors == Rows{"1: columns 'date' and 'day' both name the date"});
}

TEST_CASE("line breaks inside quotes count in CR-only files too") {
    const auto r = read("date,food,amount,unit\r\"a\rb\",x,1,g\rd,f,1,g\r");
    CHECK(r.rows == Rows{"2|a\rb|x|1|g", "4|d|f|1|g"});
}

TEST_CASE("text after a closing quote is an error of that line only") {
    const auto r = read("d,\"egg\" x,1,large\nd,egg,1,large\n");
    CHECK(r.errors == Rows{"1: text after a closing quote (inside quotes, write \"\" for one \")"});
    CHECK(r.rows == Rows{"2|d|egg|1|large"});
}

TEST_CASE("binary data stops the file") {
    const auto r = read(std::string("date,food,amount,unit\nd,f\0f,1,g\n", 30));
    CHECK(r.stopped);
    CHECK(r.errors == Rows{"2: binary data (a NUL byte), not a CSV diary"});  // the line of the NUL
    std::string late = "date,food,amount,unit\n";
    while (late.size() < 10000) late += "d,f,1,g\n";
    late += std::string("d,\0,1,g\nd,f,1,g\n", 16);
    const auto r2 = read(late, 4096);
    CHECK(r2.stopped);
    CHECK(r2.errors == Rows{"1250: binary data (a NUL byte), not a CSV diary"});
    CHECK(r2.rows.size() == 1248);
}

TEST_CASE("text that is not UTF-8 is an error of its line") {
    const auto r = read("d,caf\xE9,1,g\nd,caf\xC3\xA9,1,g\n");
    CHECK(r.errors == Rows{"1: not valid UTF-8 text"});
    CHECK(r.rows == Rows{"2|d|caf\xC3\xA9|1|g"});
}

TEST_CASE("a 5 MB field is one more error, and reading goes on") {
    const std::string text = "d,egg,1,large\nd," + std::string(5 << 20, 'x') + ",1,g\nd,egg,2,large\n";
    for (std::size_t piece : {0, 1 << 16}) {
        INFO("piece " << piece);
        const auto r = read(text, piece);
        CHECK(r.rows == Rows{"1|d|egg|1|large", "3|d|egg|2|large"});
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].rfind("2: line longer than 1 MiB", 0) == 0);
    }
}

TEST_CASE("ISO dates are recognised and checked") {
    bool valid = false;
    CHECK(seck::looks_like_iso_date("2026-11-24", &valid));
    CHECK(valid);
    CHECK(seck::looks_like_iso_date("2024-02-29", &valid));
    CHECK(valid);
    CHECK(seck::looks_like_iso_date("2026-02-29", &valid));
    CHECK_FALSE(valid);
    CHECK(seck::looks_like_iso_date("2026-13-01", &valid));
    CHECK_FALSE(valid);
    CHECK_FALSE(seck::looks_like_iso_date("Mon", &valid));
    CHECK_FALSE(seck::looks_like_iso_date("24/11/2026", &valid));
}

TEST_CASE("random CSV-like text reads the same whole and in random pieces") {
    std::mt19937 rng(20261125);
    const std::string alphabet = ",,,\"\"\n\n\r  #ab1.\t\xC3\xA9";
    for (int round = 0; round < 300; ++round) {
        std::string text;
        const std::size_t size = rng() % 300;
        for (std::size_t i = 0; i < size; ++i) text += alphabet[rng() % alphabet.size()];
        const auto whole = read(text);
        const auto split = read(text, 1 + rng() % 17);
        INFO("text: " << text);
        CHECK(split.rows == whole.rows);
        CHECK(split.errors == whole.errors);
    }
}
