#!/usr/bin/env bash
# seck as a library: cmake --install into a temporary prefix, then a 20-line program built with
# cmake against the installed package (find_package(seck), target seck::core, header
# seck/seck.h) checks a two-line diary and writes the report in a named format.
# Usage: package_test.sh BUILD_DIR CXX_COMPILER
set -euo pipefail
build=$1
cxx=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cmake --install "$build" --prefix "$tmp/prefix" > /dev/null
mkdir "$tmp/user"
cat > "$tmp/user/CMakeLists.txt" <<'EOF'
cmake_minimum_required(VERSION 3.25)
project(check_diary LANGUAGES CXX)
set(CMAKE_CXX_STANDARD 20)
find_package(seck 0.1 REQUIRED)
add_executable(check_diary main.cpp)
target_link_libraries(check_diary PRIVATE seck::core)
EOF
cat > "$tmp/user/main.cpp" <<'EOF'
// check_diary FORMAT FILE: a diary checked against the adult RDA and UL, reported in FORMAT.
#include <seck/seck.h>
#include <unistd.h>

#include <cstdio>

int main(int argc, char** argv) {
    const seck::OutputFormat* format = argc == 3 ? seck::find_output_format(argv[1]) : nullptr;
    if (!format) return std::fprintf(stderr, "usage: check_diary FORMAT FILE\n"), 2;
    const seck::FoodTable foods;  // USDA SR28, compiled into the library
    seck::Resolver resolver(foods);
    seck::Reference adult;  // as seck's default: IOM 19+ y, RDA 55 µg, UL 400 µg
    std::string err;
    if (!seck::make_reference({}, &adult, &err)) return std::fprintf(stderr, "%s\n", err.c_str()), 2;
    const seck::References refs(adult);
    std::vector<seck::FileResult> results;
    results.push_back(seck::check_file(argv[2], resolver, refs));
    for (const seck::Diagnostic& d : results[0].errors) std::fprintf(stderr, "%s\n", seck::format_diagnostic(d).c_str());
    seck::Output out(STDOUT_FILENO);
    seck::render(*format, results, {}, out);
    return out.flush() ? results[0].exit_code() : 2;
}
EOF
cmake -S "$tmp/user" -B "$tmp/user/build" -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_PREFIX_PATH="$tmp/prefix" > /dev/null
cmake --build "$tmp/user/build" > /dev/null

# One Brazil nut kernel: 5.0 g at 1917 µg/100 g = 95.85 µg; one large egg: 50 g at 30.7 µg/100 g
# = 15.35 µg. 111.2 µg, adequate (RDA 55, UL 400): exit 0.
cd "$tmp"
printf 'day,food,amount,unit\n2026-01-01,usda:12078,1,kernel\n2026-01-01,usda:01123,1,large\n' > diary.csv
status=0
got=$("$tmp/user/build/check_diary" table diary.csv) || status=$?
expected="diary.csv: 1 day, iom 19+ y: RDA 55 µg, EAR 45 µg, UL 400 µg
  date        selenium           % RDA  status     0        RDA                   UL
  2026-01-01  111.2 µg (83-140)   202%  adequate   [##########|###.................|]

  1 day, mean 111.2 µg/day, adequate (between the RDA and the UL); every day at or above the RDA and at or below the UL"
if [ "$status" != 0 ] || [ "$got" != "$expected" ]; then
  printf 'exit %s, output:\n%s\nexpected exit 0, output:\n%s\n' "$status" "$got" "$expected"
  exit 1
fi
got=$("$tmp/user/build/check_diary" csv diary.csv)
expected="file,date,selenium_ug,percent_rda,status,top_source,top_source_ug,top_source_share,low_ug,high_ug,status_range,share_without_range,suggestions,incomplete,unresolved
diary.csv,2026-01-01,111.19999999999999,202.18181818181816,adequate,usda:12078,95.85,0.8619604316546763,83.33174999999999,139.0559,adequate,0,,false,"
if [ "$got" != "$expected" ]; then
  printf 'csv output:\n%s\nexpected:\n%s\n' "$got" "$expected"
  exit 1
fi
# The library and the installed command agree, format for format.
for format in table json github; do
  cmp <("$tmp/user/build/check_diary" "$format" diary.csv) <("$tmp/prefix/bin/seck" -f "$format" diary.csv)
done
# A faulty diary: the error on stderr, exit 2; its day is reported as incomplete, the line under it.
printf 'day,food,amount,unit\n2026-01-01,12078,1,kernel\n' > bad.csv
status=0
"$tmp/user/build/check_diary" table bad.csv > out.txt 2> err.txt || status=$?
[ "$status" = 2 ] || { echo "bad diary: exit $status, expected 2"; exit 1; }
grep -q "^bad.csv:2: unknown food '12078'" err.txt || { echo "bad diary: stderr:"; cat err.txt; exit 1; }
grep -q "^  incomplete: 2026-01-01: at least 0.0 µg (line 2 not counted)$" out.txt || { echo "bad diary: stdout:"; cat out.txt; exit 1; }
echo "installed package: find_package(seck), seck::core, a two-line diary checked"
