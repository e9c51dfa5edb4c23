#!/usr/bin/env bash
# Regenerates a food table from ../shared and compares it with the committed data file:
#   check_foods_json.sh ROOT OUT [SCRIPT SHARED_DIR DATA_FILE]
# (defaults: scripts/gen_foods.py, ../shared/usda-sr28, data/foods.json).
set -eu
root=$1 out=$2
script=${3:-gen_foods.py} shared=${4:-usda-sr28} data=${5:-foods.json}
src="$root/../shared/$shared"
if [ ! -d "$src" ] || ! command -v python3 >/dev/null; then
  echo "skipped: needs $src and python3"
  exit 77
fi
python3 "$root/scripts/$script" "$src" "$out"
if ! cmp -s "$out" "$root/data/$data"; then
  echo "data/$data differs from what scripts/$script makes: run it and commit the result"
  exit 1
fi
echo "data/$data matches scripts/$script"
