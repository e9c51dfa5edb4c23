#!/usr/bin/env bash
# Regenerates the food table from ../shared/usda-sr28 and compares it with data/foods.json.
set -eu
root=$1 out=$2
sr="$root/../shared/usda-sr28"
if [ ! -d "$sr" ] || ! command -v python3 >/dev/null; then
  echo "skipped: needs $sr and python3"
  exit 77
fi
python3 "$root/scripts/gen_foods.py" "$sr" "$out"
if ! cmp -s "$out" "$root/data/foods.json"; then
  echo "data/foods.json differs from what scripts/gen_foods.py makes: run it and commit the result"
  exit 1
fi
echo "data/foods.json matches scripts/gen_foods.py"
