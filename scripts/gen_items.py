#!/usr/bin/env python3
"""Generate data/items.csv, the weight of one countable item of a food, from USDA's own portions.

Usage: scripts/gen_items.py [OUT]    (default: data/items.csv)
       scripts/gen_items.py --check  (exit 1 if data/items.csv is not what it makes)

A count without a unit is that many of the food (README, "Units", step 6): "mussels,12," is
twelve mussels. Where the entry has no weight for one of it (SR28's mussels have no household
measure at all; its dry-roasted cashews only a cup), seck takes the weight of one item from this
table: the item is the word that says what the entry is (SR28's "Mollusks, mussel, blue, ..." is
a mussel, "Nuts, cashew nuts, ..." a cashew).

Reads data/fndds.json and data/foods.json (both generated: scripts/gen_fndds.py, gen_foods.py).
Writes item,grams,source, one row per item of ITEMS below:
- item: one word, singular and lower case, as seck's name_words gives it ("mussel", "cashew");
- grams: the weight of one, the first found of
  1. FNDDS: the portions named as one of it: the item itself (singular or plural, less ", any
     size" or ", NFS": "clam", "peanut, NFS") or, for the items ITEMS says, a portion of one
     piece ("item, any size" of "Wonton, dumpling or pot sticker"), in the FNDDS foods whose
     description has the item word; one per food (its first), the median where they differ;
  2. SR28: a measure that says how many it holds ("oz (18 kernels)": 28.35 g / 18; a range "oz
     (10-12 kernels)" by its middle, 11), counted in kernels, whole kernels, nuts or the item
     itself (not halves: half a pecan is not a pecan), in the SR28 entries whose description
     has the item word; the median of weight / count;
  rounded to 4 decimals;
- source: where the figure comes from, for the report's note ("FNDDS "mussel" portion of
  fndds:26313110 Mussels (15 g)").
Only items people count and USDA weighs: shellfish, small fish, nuts, nuggets, meatballs,
dumplings, olives. Not fruit (a dried fig or date is not a fresh one, and USDA weighs one of
each), cookies, crackers or chips (5 to 32 g a cookie), shrimp (5 to 20 g by size), crab or
lobster (40 to 400 g): those need a unit. An item with no USDA figure stops the script.
The output is deterministic: running it twice gives the same bytes.
"""
import csv
import io
import json
import os
import re
import statistics
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# item -> the FNDDS portions that are one piece of it, beside the item's own name.
ITEMS = {
    # shellfish and small fish
    "anchovy": [], "clam": [], "crayfish": [], "mussel": [], "oyster": [], "sardine": [], "scallop": [],
    # nuts (SR28 names the hazelnut "hazelnuts or filberts")
    "almond": [], "cashew": [], "filbert": [], "hazelnut": [], "macadamia": [], "peanut": [], "pistachio": [],
    "walnut": [],
    # prepared foods
    "dumpling": ["item, any size"], "meatball": [], "nugget": [], "olive": [], "wonton": ["item, any size"],
}
SR28_COUNTS = ("kernels", "whole kernels", "nuts")  # and the item's own plural


def singular(word):
    """seck's singular() (src/resolve/names.cpp) for the words here: "anchovies" -> "anchovy"."""
    if len(word) <= 3:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    for ending in ("oes", "ches", "shes", "sses", "xes", "zes"):
        if word.endswith(ending):
            return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def words(text):
    return [singular(w) for w in re.findall(r"[a-z]+", text.lower().replace("'", ""))]


def number(value):
    value = round(value, 4)
    return f"{value:g}"


def food_label(food, prefix=""):
    return f"{prefix}{food['id']} {food['description']}"


def from_fndds(item, foods):
    """[(grams, food, portion)] of the FNDDS foods with a portion that is one of the item."""
    found = []
    for food in foods:
        if item not in words(food["description"]):
            continue
        for portion in food["portions"]:
            unit = re.sub(r", (any size|NFS)$", "", portion["unit"])
            if unit in (item, item + "s") or portion["unit"] in ITEMS[item]:
                found.append((portion["grams"], food, portion["unit"]))
                break
    return found


def from_sr28(item, foods):
    """[(grams, food, measure, its grams, count)] of the SR28 measures that say how many of the item they hold."""
    counted = "|".join(re.escape(w) for w in SR28_COUNTS + (item + "s",))
    pattern = re.compile(r"\((?:about |approx\.? )?(\d+)(?:-(\d+))? (%s)\)" % counted)
    found = []
    for food in foods:
        if item not in words(food["description"]):
            continue
        for portion in food["portions"]:
            m = pattern.search(portion["unit"])
            if m:
                count = (int(m.group(1)) + int(m.group(2) or m.group(1))) / 2
                found.append((portion["grams"] / count, food, portion["unit"], portion["grams"], count))
    return found


def row(item, fndds, sr28):
    """(grams, source) of one item: the median of the FNDDS figures, else of SR28's. The source
    names the food whose figure is nearest the median (the first such), and the range if they differ."""
    found = fndds or sr28
    if not found:
        sys.exit(f"gen_items.py: USDA gives no weight for one {item}")
    grams = statistics.median(f[0] for f in found)
    example = min(found, key=lambda f: abs(f[0] - grams))
    weights = sorted({f[0] for f in found})
    units = {f[2] for f in found}
    if fndds:
        g, food, unit = example
        label, what = food_label(food), f"{number(g)} g"
        kind, many = f'FNDDS "{unit}" portion', f"{len(found)} foods"
        kinds = f'FNDDS "{unit}" portions' if len(units) == 1 else "FNDDS portions of one"
    else:
        _, food, unit, measure_grams, count = example
        label, what = food_label(food, "usda:"), f"{number(measure_grams)} g / {count:g}"
        kind, many = f'SR28 "{unit}"', f"{len(found)} entries"
        kinds = f'SR28 "{unit}" measures' if len(units) == 1 else "the SR28 counts"
    if len(found) == 1:
        return grams, f"{kind} of {label} ({what})"
    if len(weights) == 1:
        return grams, f"{kind} of {many}, e.g. {label} ({what}{' each' if fndds else ''})"
    example_unit = "" if len(units) == 1 else f'"{unit}" of '
    return grams, (f"median of {kinds} of {many} ({number(weights[0])}-{number(weights[-1])} g), "
                   f"e.g. {example_unit}{label} ({what})")


def generate():
    with open(os.path.join(ROOT, "data", "fndds.json"), encoding="utf-8") as f:
        fndds = json.load(f)["foods"]
    with open(os.path.join(ROOT, "data", "foods.json"), encoding="utf-8") as f:
        sr28 = json.load(f)["foods"]
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["item", "grams", "source"])
    for item in sorted(ITEMS):
        grams, source = row(item, from_fndds(item, fndds), from_sr28(item, sr28))
        writer.writerow([item, number(grams), source])
    return out.getvalue()


def main():
    text = generate()
    if sys.argv[1:] == ["--check"]:
        path = os.path.join(ROOT, "data", "items.csv")
        with open(path, encoding="utf-8", newline="") as f:
            if f.read() != text:
                sys.exit("data/items.csv differs from what scripts/gen_items.py makes: run it and commit the result")
        print("data/items.csv matches scripts/gen_items.py")
        return
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "data", "items.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        f.write(text)
    print(f"{out}: {text.count(chr(10)) - 1} items", file=sys.stderr)


if __name__ == "__main__":
    main()
