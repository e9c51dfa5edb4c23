#!/usr/bin/env python3
"""Generate data/fndds.json, seck's table of foods as eaten, from USDA FNDDS 2021-2023.

Usage: scripts/gen_fndds.py [FNDDS_DIR] [OUT]
       (defaults: ../shared/usda-fndds beside the repository, data/fndds.json)

Reads the "FNDDS At A Glance" CSV files (each: a title cell on the first row, the
header on the second; header cells may hold line breaks):
- fndds-2021-2023-nutrient-values.csv: food code, main description, WWEIA category and
  Selenium (mcg) per 100 g (every food has one: FNDDS fills gaps by recipe calculation);
- fndds-2021-2023-portions-and-weights.csv: the portions people report, in grams;
- fndds-2017-2018-foods-and-beverages.csv: the "Additional food description" of the
  codes that are in the earlier release, as other names.

The output has data/foods.json's shape (see README, "The data"), one food per line,
sorted by id, so the same reader and embed step take it:
- "id" is "fndds:" and the 8-digit food code; "group" the WWEIA category;
- "portions" are grams for ONE unit: a leading "1 " is dropped ("1 sandwich" is the unit
  "sandwich"), other counts are kept in the unit's text ("10 sticks"); "Quantity not
  specified", the weight USDA uses when no amount is given, is kept under that name (the
  food's default portion); portions of 0 g (no default: human milk) and USDA's
  "Guideline amount per ..." weights (for coding a food added to another) are left out;
- "names": the additional description split on ';', trimmed, quotes around one taken off;
  left out are empty ones, ones with U+FFFD (Latin-1 read as UTF-8), "NS ..." qualifiers
  ("NS as to fat added", which name no food) and the main description again.
There is no "spread": FNDDS gives no sample counts or spread (they stay with SR28).
The output is deterministic: running it twice gives the same bytes.
"""
import csv
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SOURCE = ("USDA Agricultural Research Service, Food and Nutrient Database for Dietary Studies "
          "2021-2023 (other names from FNDDS 2017-2018)")
DEFAULT_PORTION = "Quantity not specified"


def read_table(path):
    """The rows of an At A Glance file as dicts by header (title row skipped)."""
    # utf-8-sig: the 2017-2018 file starts with a byte order mark before its quoted title.
    with open(path, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header = [" ".join(cell.split()) for cell in rows[1]]  # "Portion weight\n(g)" -> "Portion weight (g)"
    return [dict(zip(header, row)) for row in rows[2:] if any(row)]


def number(text):
    value = float(text)
    return int(value) if value.is_integer() else value


def unit_of(description):
    """'1 sandwich' -> 'sandwich'; other portion texts as they are."""
    if description.startswith("1 ") and len(description) > 2:
        return description[2:]
    return description


def other_names(text, description):
    names = []
    for part in text.split(";"):
        name = part.strip()
        if len(name) >= 2 and name[0] == '"' and name[-1] == '"':
            name = name[1:-1].strip()
        if (not name or "\ufffd" in name or name.startswith("NS ") or name == "NS"
                or name.lower() == description.lower() or name in names):
            continue
        names.append(name)
    return names


def main():
    src = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "usda-fndds")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "data", "fndds.json")

    nutrients = read_table(os.path.join(src, "fndds-2021-2023-nutrient-values.csv"))
    portions = {}
    for row in read_table(os.path.join(src, "fndds-2021-2023-portions-and-weights.csv")):
        grams = number(row["Portion weight (g)"])
        text = row["Portion description"].strip()
        if grams <= 0 or text.startswith("Guideline amount"):
            continue
        portions.setdefault(row["Food code"], []).append((int(row["Seq num"]), unit_of(text), grams))
    additional = {row["Food code"]: row["Additional food description"]
                  for row in read_table(os.path.join(src, "fndds-2017-2018-foods-and-beverages.csv"))}

    foods = []
    for row in nutrients:
        code, description = row["Food code"], row["Main food description"].strip()
        assert len(code) == 8 and code.isdigit(), code
        assert "\ufffd" not in description, description
        units = [unit for _, unit, _ in sorted(portions.get(code, []))]
        assert len(units) == len(set(units)), (code, units)  # one weight per unit text
        foods.append({
            "id": "fndds:" + code,
            "description": description,
            "group": row["WWEIA Category description"].strip(),
            "names": other_names(additional.get(code, ""), description),
            "selenium_ug_per_100g": number(row["Selenium (mcg)"]),
            "portions": [{"unit": unit, "grams": grams} for _, unit, grams in sorted(portions.get(code, []))],
        })
    foods.sort(key=lambda f: f["id"])

    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("{\n")
        f.write('"source": %s,\n' % json.dumps(SOURCE))
        f.write('"foods_with_selenium": %d,\n' % len(foods))
        f.write('"foods": [\n')
        f.write(",\n".join(json.dumps(food, ensure_ascii=False, separators=(",", ":")) for food in foods))
        f.write("\n]\n}\n")
    count = sum(len(food["portions"]) for food in foods)
    defaults = sum(1 for food in foods if any(p["unit"] == DEFAULT_PORTION for p in food["portions"]))
    names = sum(len(food["names"]) for food in foods)
    print(f"{out}: {len(foods)} foods, {count} portions ({defaults} with a default), {names} other names",
          file=sys.stderr)


if __name__ == "__main__":
    main()
