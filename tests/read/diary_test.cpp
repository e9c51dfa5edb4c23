// The CSV reader: every way a diary may be written, and every way it may be broken.
#include "seck/read/diary.h"

#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

namespace {

struct Read {
    std::vector<std::string> rows;    // "LINE|day|food|amount|unit"
    std::vector<std::string> errors;  // "LINE: message"
    std::vector<std::string> texts;   // each row as written
    bool stopped = false;
};

// Reads `text`, fed in pieces of `piece` bytes (0: all at once).
Read read(const std::string& text, std::size_t piece = 0, const seck::ReadOptions& options = {}) {
    Read out;
    seck::DiaryReader reader(
        [&](const seck::DiaryRow& r) {
            // (a row with a fault still comes with its fields, for the check to list it under its day)
            if (!r.fault.empty()) return out.errors.push_back(std::to_string(r.line) + ": " + std::string(r.fault));
            out.texts.push_back(std::string(r.text));
            out.rows.push_back(std::to_string(r.line) + "|" + std::string(r.day) + "|" + std::string(r.food) + "|" +
                               std::string(r.amount) + "|" + std::string(r.unit));
        },
        [&](std::size_t line, std::string message) { out.errors.push_back(std::to_string(line) + ": " + message); },
        options);
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
    CHECK(read("date,food,amount,unit,note\nd,f\n").rows == Rows{"2|d|f||"});  // (the check: one default portion)
    CHECK(read("date,food,amount,unit,note\nd,f,1\n").rows == Rows{"2|d|f|1|"});
    CHECK(read("d,f,1\n").rows == Rows{"1|d|f|1|"});  // no header: the default 4 columns
    CHECK(read("date,food,amount,unit\nd,f,1,\n").rows == Rows{"2|d|f|1|"});  // an empty unit: the default portion
    CHECK(read("date,food,amount,unit,note\nd,f,1,g\n").rows == Rows{"2|d|f|1|g"});  // a short optional column
    CHECK(read("d,f,1,g,,\n").rows == Rows{"1|d|f|1|g"});  // empty trailing fields are fine
    const auto r = read("d,Bananas, raw,1,medium\n");
    CHECK(r.rows.empty());
    CHECK(r.errors == Rows{"1: 5 fields, but a diary without a header has 4 (date, food, amount, unit): quote a "
                           "food name that has commas (\"Bananas, raw\"), or add a header row to name more columns"});
    const auto h = read("date,food,amount,unit\nd,Bananas, raw,1,medium\n");
    CHECK(h.rows.empty());
    CHECK(h.errors == Rows{"2: 5 fields, but the header has 4: quote a food name that has commas (\"Bananas, raw\")"});
}

TEST_CASE("each row comes with its text as written, without its line break") {
    const auto r = read("date,food,amount,unit\r\n2026-12-01, \"egg\" ,2,large\r\n2026-12-02,\"two\nlines\",1,g");
    CHECK(r.texts == Rows{"2026-12-01, \"egg\" ,2,large", "2026-12-02,\"two\nlines\",1,g"});
}

// A comment longer than the reader's 8 KiB binary probe, so that pieces reach the parser as fed.
const std::string kLongComment = "#" + std::string(8200, '-') + "\n";

TEST_CASE("a semicolon header is read as a semicolon-separated file") {
    for (std::size_t piece : {0, 1, 3}) {
        const auto semi = read(kLongComment + "date;food;amount;unit\nd;\"Bananas, raw\";1,5;medium\n", piece);
        CHECK(semi.errors.empty());
        CHECK(semi.rows == Rows{"3|d|Bananas, raw|1,5|medium"});
    }
}

TEST_CASE("fields unquoted after doubled quotes keep their text (the views once pointed into moved strings)") {
    const auto r = read("date,food,amount,unit,note\n\"Mon\"\"day\",egg,1,large,\"x\"\"y\"\n");
    CHECK(r.errors.empty());
    CHECK(r.rows == Rows{"2|Mon\"day|egg|1|large"});
}

TEST_CASE("plain lines and lines that need the full scan are split alike") {
    for (std::size_t piece : {0, 1, 5}) {
        const auto r = read(kLongComment + "date,food,amount,unit\n d , egg ,1,\n\"d\",egg,1,\nd,\xC3\xA9,1,g\rd,f,2,g\r\nd,f,3,g", piece);
        CHECK(r.errors.empty());
        CHECK(r.rows == Rows{"3|d|egg|1|", "4|d|egg|1|", "5|d|\xC3\xA9|1|g", "6|d|f|2|g", "7|d|f|3|g"});
    }
}

TEST_CASE("a semicolon line that is not a header seck knows is not guessed at") {
    const auto headerless = read("2026-11-25;egg;1;large\n");
    CHECK(headerless.stopped);
    CHECK(headerless.errors ==
          Rows{"1: the first line is separated by ';' but names none of seck's columns (date, food, amount, unit): "
               "name them with --columns (such as --columns date=Datum,food=Lebensmittel,amount=Menge,"
               "unit=Einheit), or give --delimiter ';' if the file has no header"});
    seck::ReadOptions semicolon;
    semicolon.delimiter = ';';
    CHECK(read("2026-11-25;egg;1;large\n", 0, semicolon).rows == Rows{"1|2026-11-25|egg|1|large"});
}

TEST_CASE("a file in another separator than the one given is named as such") {
    CHECK(read("date\tfood\tamount\tunit\n").errors ==
          Rows{"1: fields are separated by tabs, but seck reads this file as comma-separated: give --delimiter tab"});
    seck::ReadOptions comma;
    comma.delimiter = ',';
    const auto semi = read("date;food;amount;unit\nd;f;1;g\n", 0, comma);
    CHECK(semi.stopped);
    CHECK(semi.errors ==
          Rows{"1: fields are separated by ';', but seck reads this file as comma-separated: give --delimiter ';'"});
}

TEST_CASE("a delimiter option: tabs and pipes, with quotes and spaces as in a comma file") {
    seck::ReadOptions tab, pipe;
    REQUIRE(seck::parse_delimiter("tab", &tab.delimiter, nullptr));
    REQUIRE(seck::parse_delimiter("|", &pipe.delimiter, nullptr));
    for (std::size_t piece : {0, 2}) {
        CHECK(read(kLongComment + "date\tfood\tamount\tunit\nd\t Bananas, raw \t1\tmedium\n", piece, tab).rows ==
              Rows{"3|d|Bananas, raw|1|medium"});
        CHECK(read(kLongComment + "date|food|amount|unit\nd|\"a|b\"|1|g\n", piece, pipe).rows == Rows{"3|d|a|b|1|g"});
    }
    std::string err;
    char c = 0;
    CHECK_FALSE(seck::parse_delimiter("ab", &c, &err));
    CHECK(err == "--delimiter: 'ab' cannot separate fields (give one character such as ';' or '|', or tab)");
    CHECK_FALSE(seck::parse_delimiter("\"", &c, &err));
}

TEST_CASE("a columns option names the columns, and without a unit column the amount holds it") {
    seck::ReadOptions options;
    std::string err;
    REQUIRE(seck::parse_columns("date=Day, food=\"Food Name\",amount=Qty", &options, &err));
    CHECK(options.columns[0] == "Day");
    CHECK(options.columns[1] == "Food Name");
    CHECK(options.columns[2] == "Qty");
    CHECK(options.columns[3].empty());
    const auto r = read("Qty,Note,Food Name,Day\n150.00 g,x,egg,d\n2,,Brazil nuts,d\n1.5 cups,,milk,d\n", 0, options);
    CHECK(r.errors.empty());
    CHECK(r.rows == Rows{"2|d|egg|150.00|g", "3|d|Brazil nuts|2|", "4|d|milk|1.5|cups"});
    const auto missing = read("Day,Food,Amount\nd,egg,1\n", 0, options);
    CHECK(missing.stopped);
    CHECK(missing.errors == Rows{"1: --columns food='Food Name': the header has no such column (it has 'Day', 'Food', "
                                 "'Amount')"});
    seck::ReadOptions bad;
    CHECK_FALSE(seck::parse_columns("when=Day", &bad, &err));
    CHECK(err == "--columns: unknown name 'when' (names: date, food, amount, unit, person)");
    CHECK_FALSE(seck::parse_columns("food=A,food=B", &bad, &err));
    CHECK(err == "--columns: food is given twice");
    CHECK_FALSE(seck::parse_columns("Day", &bad, &err));
    CHECK(err == "--columns: 'Day' is not name=Header (names: date, food, amount, unit, person)");
}

TEST_CASE("an amount that holds its unit is split where the number ends") {
    std::string_view amount, unit;
    seck::split_amount("0.52 Serving (22 tsp, whole pieces)", &amount, &unit);
    CHECK(amount == "0.52");
    CHECK(unit == "Serving (22 tsp, whole pieces)");
    seck::split_amount("150g", &amount, &unit);
    CHECK((amount == "150" && unit == "g"));
    seck::split_amount("1,5 \xC2\xB5g", &amount, &unit);
    CHECK((amount == "1,5" && unit == "\xC2\xB5g"));
    seck::split_amount("n/a", &amount, &unit);
    CHECK((amount == "" && unit == "n/a"));
}

TEST_CASE("a date format option reads day/month orders as ISO") {
    std::string err, iso;
    CHECK(seck::parse_date_format("DD.MM.YYYY", &err));
    CHECK(seck::parse_date_format("%m/%d/%Y", &err));
    CHECK_FALSE(seck::parse_date_format("DD.MM.YY", &err));
    CHECK(err == "--date-format: 'DD.MM.YY' is not a date format: write DD, MM and YYYY (or %d, %m, %Y) with "
                 "separators, such as DD.MM.YYYY or MM/DD/YYYY");
    CHECK_FALSE(seck::parse_date_format("DD.MM", &err));
    CHECK(err == "--date-format: 'DD.MM' needs YYYY, MM and DD once each (such as DD.MM.YYYY)");
    CHECK(seck::apply_date_format("DD.MM.YYYY", "25.11.2026", &iso));
    CHECK(iso == "2026-11-25");
    CHECK(seck::apply_date_format("%m/%d/%Y", "1/5/2026", &iso));
    CHECK(iso == "2026-01-05");
    CHECK_FALSE(seck::apply_date_format("DD.MM.YYYY", "2026-11-25", &iso));
    CHECK_FALSE(seck::apply_date_format("DD.MM.YYYY", "25.11.26", &iso));
    CHECK_FALSE(seck::apply_date_format("DD.MM.YYYY", "25.11.2026 ", &iso));
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

TEST_CASE("the separator is judged from the whole first line, however the input is fed (found by fuzzing)") {
    // Behind a comment longer than the 8 KiB binary probe, the header line arrives in pieces.
    const std::string text = "#" + std::string(8200, '-') + "\ndate;food;amount;unit\nd;f;1;g\n";
    for (std::size_t piece : {0, 1, 7, 4096, 8200}) {
        const auto r = read(text, piece);
        CHECK(r.errors.empty());
        CHECK(r.rows == Rows{"3|d|f|1|g"});
    }
}
