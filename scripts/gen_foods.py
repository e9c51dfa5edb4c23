#!/usr/bin/env python3
"""Generate data/foods.json, seck's food table, from USDA SR28.

Usage: scripts/gen_foods.py [SR28_DIR] [OUT]
       (defaults: ../shared/usda-sr28 beside the repository, data/foods.json)

Reads FOOD_DES.txt, FD_GROUP.txt, NUT_DATA_317.txt (selenium, nutrient 317) and
WEIGHT.txt. Every SR28 food is written, one per line, sorted by NDB number; foods
without a selenium value get "selenium_ug_per_100g": null, so seck can say
"no selenium value" instead of "unknown food" (missing is not zero).
Portions are grams for ONE unit of the measure (USDA's Gm_Wgt / Amount).
Where NUT_DATA gives how the value spreads, a food carries "spread": the number of
analysed samples (Num_Data_Pts), the standard error of the mean (Std_Error), the
lowest and highest sample (Min, Max) and the 95 % interval of the mean (Low_EB,
Up_EB), all in µg/100 g; fields USDA leaves empty are left out (see README, "How
sure is a figure?").
The output is deterministic: running it twice gives the same bytes.
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SOURCE = ("US Department of Agriculture, Agricultural Research Service, Nutrient Data "
          "Laboratory. USDA National Nutrient Database for Standard Reference, Release 28 "
          "(Slightly revised). Version Current: May 2016.")


SPREAD_FIELDS = [("samples", 3), ("std_error", 4), ("min", 10), ("max", 11),
                 ("low_95", 13), ("high_95", 14)]


def read_sr(path):
    """Yields the fields of each row of an SR28 file: '^' separated, text in '~'."""
    with open(path, "rb") as f:
        for raw in f.read().decode("latin-1").split("\r\n"):
            if not raw:
                continue
            fields = []
            for field in raw.split("^"):
                if len(field) >= 2 and field[0] == "~" and field[-1] == "~":
                    field = field[1:-1]
                fields.append(field)
            yield fields


def number(text):
    """SR28 numbers like '.5' or '1917.0' as int where integral, else float."""
    value = float(text)
    return int(value) if value.is_integer() else value


def main():
    sr = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "usda-sr28")
    out = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "data", "foods.json")

    groups = {row[0]: row[1] for row in read_sr(os.path.join(sr, "FD_GROUP.txt"))}

    selenium, spreads = {}, {}
    for row in read_sr(os.path.join(sr, "NUT_DATA_317.txt")):
        assert row[1] == "317", row
        if row[2] != "":
            selenium[row[0]] = number(row[2])
        # Num_Data_Pts, Std_Error, Min, Max, Low_EB, Up_EB (fields 3, 4, 10, 11, 13, 14)
        spread = {key: number(row[i]) for key, i in SPREAD_FIELDS if row[i] != ""}
        if spread.get("samples") == 0:
            del spread["samples"]  # 0: calculated or imputed, not analysed
        if spread:
            spreads[row[0]] = spread

    portions = {}
    for row in read_sr(os.path.join(sr, "WEIGHT.txt")):
        ndb, seq, amount, desc, grams = row[0], int(row[1]), float(row[2]), row[3], float(row[4])
        if amount <= 0 or grams <= 0:
            continue
        per_unit = grams / amount
        portions.setdefault(ndb, []).append((seq, desc, per_unit))

    foods = []
    for row in read_sr(os.path.join(sr, "FOOD_DES.txt")):
        ndb, group, long_desc, common = row[0], row[1], row[2], row[4]
        names = [n.strip() for n in common.split(",") if n.strip()]
        food = {
            "id": ndb,
            "description": long_desc,
            "group": groups[group],
            "names": names,
            "selenium_ug_per_100g": selenium.get(ndb),
            "portions": [
                {"unit": desc, "grams": int(g) if g.is_integer() else round(g, 6)}
                for _, desc, g in sorted(portions.get(ndb, []))
            ],
        }
        if ndb in spreads:
            food["spread"] = spreads[ndb]
        foods.append(food)
    foods.sort(key=lambda f: f["id"])

    with_value = sum(1 for f in foods if f["selenium_ug_per_100g"] is not None)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("{\n")
        f.write('"source": %s,\n' % json.dumps(SOURCE))
        f.write('"foods_with_selenium": %d,\n' % with_value)
        f.write('"foods": [\n')
        f.write(",\n".join(json.dumps(food, ensure_ascii=False, separators=(",", ":"))
                           for food in foods))
        f.write("\n]\n}\n")
    print(f"{out}: {len(foods)} foods, {with_value} with a selenium value", file=sys.stderr)


if __name__ == "__main__":
    main()
