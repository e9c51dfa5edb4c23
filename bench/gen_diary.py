#!/usr/bin/env python3
"""Reproducible food diaries for bench/run (fixed seed: same bytes on every machine).

    bench/gen_diary.py [OUTDIR] [--only NAME ...] [--seed N]

OUTDIR defaults to bench/out/. Writes:

  ids-1m.csv     1,000,000 entry lines, `date,food,amount,unit`, ~40 lines a day (30-50),
                 ISO dates from 2000-01-01, foods as `usda:NNNNN`, amounts in grams (`g`)
  ids-10m.csv    10,000,000 entry lines, same recipe (its first 1M lines are ids-1m.csv's)
  names-1m.csv   the same 1M entries as ids-1m.csv, line for line (same day, same food, same
                 grams), written as people write them: an alias from data/aliases.csv with
                 its household unit (`egg,2,large`, `whole wheat bread,2,slices`), or a USDA
                 description with one of its measures or grams
  one-day.csv    header + 4 lines: a one-day meal plan by name and household unit
  one-day-ids.csv  the same 4 entries by usda: id and grams
  foods.csv      the food table for the SQL baselines: `id,selenium_ug_per_100g`, the 7,089
                 SR28 foods that have a selenium value (ids as text: `01001`)

Only foods with a selenium value are used (seck refuses the others). Python 3 only, no
packages. The pool of foods and how each is written are fixed by the rules below, not by
asking seck; bench/run checks that seck reads names-1m.csv to the same totals as ids-1m.csv.
"""
import argparse
import csv
import datetime
import json
import os
import random
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SEED = 8  # issue 8
LINES_PER_DAY = (30, 50)  # inclusive; mean 40
FIRST_DAY = datetime.date(2000, 1, 1)
DESCRIPTION_SHARE = 0.15  # of lines that name a food by its USDA description, not an alias

MASS_UNITS = {"g", "gram", "grams", "kg", "mg", "oz", "ounce", "ounces", "lb", "lbs", "pound",
              "pounds", "mcg", "ug", "µg", "kilo", "kilogram", "kilograms", "milligram",
              "milligrams", "each", "whole", "item", "unit"}
# household units written in the plural when the amount is more than one ("2 slices")
PLURAL = {"cup": "cups", "slice": "slices", "piece": "pieces", "can": "cans",
          "fillet": "fillets", "steak": "steaks", "link": "links", "tortilla": "tortillas",
          "kernel": "kernels", "container": "containers", "serving": "servings",
          "roll": "rolls", "wedge": "wedges", "stalk": "stalks", "strip": "strips",
          "bar": "bars", "chop": "chops", "pita": "pitas"}
STOP = {"a", "an", "the", "of", "and", "or", "in"}
MEATY = {"Beef Products", "Poultry Products", "Pork Products", "Finfish and Shellfish Products",
         "Lamb, Veal, and Game Products", "Sausages and Luncheon Meats"}
# groups a diary seldom names by description (and whose names overlap other entries most)
SKIP_GROUPS = {"Baby Foods", "Fast Foods", "Restaurant Foods", "American Indian/Alaska Native Foods",
               "Meals, Entrees, and Side Dishes"}
# household portion counts, a realistic serving each
COUNTS = [0.5, 1, 1, 1, 1, 1.5, 2, 2, 3]
OZ_COUNTS = [2, 3, 3, 4, 4, 5, 6, 8]
OZ = 28.349523125
GRAM_AMOUNTS = list(range(10, 260, 5))


def words(text):
    """Crude version of seck's name key: lower case, punctuation as spaces, singular,
    stop words out, order ignored. Used only to keep ambiguous descriptions out of the pool."""
    out = set()
    for w in re.sub(r"[^0-9a-z%]+", " ", text.lower()).split():
        if w in STOP:
            continue
        if len(w) > 3 and w.endswith("ies"):
            w = w[:-3] + "y"
        elif len(w) > 3 and w.endswith("es") and w[-3] in "sxz":
            w = w[:-2]
        elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
            w = w[:-1]
        out.add(w)
    return frozenset(out)


def fmt_num(x):
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def csv_field(s):
    if any(c in s for c in ',"\r\n') or s != s.strip():
        return '"' + s.replace('"', '""') + '"'
    return s


def first_word(unit):
    m = re.match(r"[a-z]+", unit.lower())
    return m.group(0) if m else None


def singular(w):
    return next(iter(words(w)), w)


def short_unit(food, portion):
    """How a person writes the measure `portion` of `food`: its first word (`medium` for
    `medium (2-1/2" dia)`) when seck picks that measure for it (no other measure is that word
    alone; several measures starting with it go to the default portion, `portion` here);
    else the measure's whole text."""
    w = first_word(portion["unit"])
    if w and w not in MASS_UNITS:
        whole = [p for p in food["portions"] if singular(p["unit"]) == singular(w)
                 and len(p["unit"].split()) == 1]
        if not whole or whole[0] is portion:
            return w
    return portion["unit"]


class Entry:
    """One way a food appears in the diaries: by id (grams) and by name (household unit)."""

    def __init__(self, fid, name, unit, grams_per_unit, counts):
        self.fid, self.name, self.unit = fid, name, unit
        self.grams_per_unit, self.counts = grams_per_unit, counts

    def forms(self):
        """(ids suffix, names suffix) per count: `usda:NNNNN,GRAMS,g` / `name,COUNT,unit`."""
        out = []
        for c in self.counts:
            grams = c * self.grams_per_unit
            unit = self.unit
            if c > 1 and unit in PLURAL:
                unit = PLURAL[unit]
            out.append((f"usda:{self.fid},{fmt_num(grams)},g",
                        f"{csv_field(self.name)},{fmt_num(c)},{csv_field(unit)}"))
        return out


def load(data_dir):
    with open(os.path.join(data_dir, "foods.json"), encoding="utf-8") as f:
        foods = json.load(f)["foods"]
    with open(os.path.join(data_dir, "aliases.csv"), encoding="utf-8", newline="") as f:
        # (comment lines group the list; FNDDS aliases name foods as eaten, which the by-id
        # diary, written with usda: ids, cannot name: both left out)
        aliases = [a for a in csv.DictReader(f)
                   if not a["alias"].startswith("#") and not a["id"].startswith("fndds:")]
    return foods, aliases


def build_pool(foods, aliases):
    by_id = {f["id"]: f for f in foods}
    alias_entries = []
    for a in aliases:
        food = by_id[a["id"]]
        if food["selenium_ug_per_100g"] is None:
            continue
        if a["unit"] == "oz":  # a measure named "oz" is an ounce of mass to seck, whatever USDA weighed
            alias_entries.append(Entry(food["id"], a["alias"], "oz", OZ, OZ_COUNTS))
        elif a["unit"]:
            portion = next(p for p in food["portions"] if p["unit"] == a["unit"])
            alias_entries.append(Entry(food["id"], a["alias"], short_unit(food, portion),
                                       portion["grams"], COUNTS))
        elif food["group"] in MEATY:
            alias_entries.append(Entry(food["id"], a["alias"], "oz", OZ, OZ_COUNTS))
        else:
            alias_entries.append(Entry(food["id"], a["alias"], "g", 1, GRAM_AMOUNTS))

    # descriptions: only foods no alias names, in groups people log, whose words no other
    # description, common name or alias has (and that hold an alias's words plus others, as
    # `ground beef, baked` does, would be read as that alias: left out too)
    alias_ids = {a["id"] for a in aliases}
    seen = {}
    for f in foods:
        for text in [f["description"]] + f["names"]:
            seen.setdefault(words(text), set()).add(f["id"])
    alias_keys = [words(a["alias"]) for a in aliases]
    for k in alias_keys:
        seen.setdefault(k, set()).add("alias")
    desc_entries = []
    for f in foods:
        if (f["selenium_ug_per_100g"] is None or f["id"] in alias_ids
                or f["group"] in SKIP_GROUPS or re.search(r"[A-Z]{2}", f["description"])):
            continue
        key = words(f["description"])
        if seen[key] != {f["id"]} or any(k <= key for k in alias_keys):
            continue
        portion = None
        for p in f["portions"]:
            w = first_word(p["unit"])
            if not w or w in MASS_UNITS:
                continue
            if sum(1 for q in f["portions"] if singular(first_word(q["unit"]) or "") == singular(w)) == 1:
                portion = p
                break
        if portion is not None:
            desc_entries.append(Entry(f["id"], f["description"], first_word(portion["unit"]),
                                      portion["grams"], COUNTS))
        elif f["group"] in MEATY:
            desc_entries.append(Entry(f["id"], f["description"], "oz", OZ, OZ_COUNTS))
        else:
            desc_entries.append(Entry(f["id"], f["description"], "g", 1, GRAM_AMOUNTS))
    return alias_entries, desc_entries


def write_diaries(paths, n_lines, alias_entries, desc_entries, seed):
    """Writes n_lines entries to paths["ids"] (and, if given, the same entries by name to
    paths["names"])."""
    rng = random.Random(seed)
    alias_forms = [e.forms() for e in alias_entries]
    desc_forms = [e.forms() for e in desc_entries]
    header = "date,food,amount,unit\n"
    fi = open(paths["ids"], "w", encoding="utf-8", newline="")
    fn = open(paths["names"], "w", encoding="utf-8", newline="") if "names" in paths else None
    fi.write(header)
    if fn:
        fn.write(header)
    day = FIRST_DAY
    one = datetime.timedelta(days=1)
    written = 0
    rand, randrange = rng.random, rng.randrange
    na, nd = len(alias_forms), len(desc_forms)
    while written < n_lines:
        k = min(randrange(LINES_PER_DAY[0], LINES_PER_DAY[1] + 1), n_lines - written)
        date = day.isoformat() + ","
        ids_buf, names_buf = [], []
        for _ in range(k):
            forms = desc_forms[randrange(nd)] if rand() < DESCRIPTION_SHARE else alias_forms[randrange(na)]
            i, n = forms[randrange(len(forms))]
            ids_buf.append(date + i + "\n")
            names_buf.append(date + n + "\n")
        fi.write("".join(ids_buf))
        if fn:
            fn.write("".join(names_buf))
        written += k
        day += one
    fi.close()
    if fn:
        fn.close()


ONE_DAY = [  # name, amount, unit, id, grams
    ("brazil nuts", "2", "kernels", "12078", 2 * 5.0),
    ("egg", "2", "large", "01123", 2 * 50.0),
    ("whole wheat bread", "2", "slices", "18075", 2 * 32.0),
    ("milk", "1", "cup", "01077", 244.0),
]


def write_one_day(outdir, foods):
    by_id = {f["id"]: f for f in foods}
    with open(os.path.join(outdir, "one-day.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("date,food,amount,unit\n")
        for name, amount, unit, _, _ in ONE_DAY:
            f.write(f"2026-11-24,{name},{amount},{unit}\n")
    with open(os.path.join(outdir, "one-day-ids.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("date,food,amount,unit\n")
        for _, _, _, fid, grams in ONE_DAY:
            assert by_id[fid]["selenium_ug_per_100g"] is not None
            f.write(f"2026-11-24,usda:{fid},{fmt_num(grams)},g\n")


def write_foods_csv(path, foods):
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("id,selenium_ug_per_100g\n")
        for food in foods:
            if food["selenium_ug_per_100g"] is not None:
                f.write(f"{food['id']},{fmt_num(food['selenium_ug_per_100g'])}\n")


ALL = ["foods.csv", "one-day.csv", "ids-1m.csv", "names-1m.csv", "ids-10m.csv"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("outdir", nargs="?", default=os.path.join(HERE, "out"))
    ap.add_argument("--only", nargs="+", choices=ALL, help="write only these (names-1m.csv "
                    "comes with ids-1m.csv, one-day-ids.csv with one-day.csv)")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--data", default=os.path.join(ROOT, "data"), help="seck's data/ directory")
    args = ap.parse_args()
    want = set(args.only or ALL)
    os.makedirs(args.outdir, exist_ok=True)
    foods, aliases = load(args.data)
    alias_entries, desc_entries = build_pool(foods, aliases)
    out = lambda name: os.path.join(args.outdir, name)
    if "foods.csv" in want:
        write_foods_csv(out("foods.csv"), foods)
    if "one-day.csv" in want:
        write_one_day(args.outdir, foods)
    if want & {"ids-1m.csv", "names-1m.csv"}:
        print(f"gen_diary: ids-1m.csv, names-1m.csv ({len(alias_entries)} alias forms, "
              f"{len(desc_entries)} descriptions)", file=sys.stderr)
        write_diaries({"ids": out("ids-1m.csv"), "names": out("names-1m.csv")}, 1_000_000,
                      alias_entries, desc_entries, args.seed)
    if "ids-10m.csv" in want:
        print("gen_diary: ids-10m.csv", file=sys.stderr)
        write_diaries({"ids": out("ids-10m.csv")}, 10_000_000, alias_entries, desc_entries,
                      args.seed)


if __name__ == "__main__":
    main()
