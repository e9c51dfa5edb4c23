#!/usr/bin/env bash
# The pre-commit hook, tried with real pre-commit: a throwaway meal-plan repository that uses
# this repository's .pre-commit-hooks.yaml is blocked by a plan with an above-UL day, the
# output names that file, and the commit goes through once the plan is fixed.
# Usage: precommit_test.sh SOURCE_DIR BUILD_DIR   (skipped, 77, without pre-commit or git)
set -euo pipefail
source_dir=$1 build=$2
if ! command -v pre-commit > /dev/null || ! command -v git > /dev/null; then
  echo "skipped: needs pre-commit and git (scripts/install-deps installs them)"
  exit 77
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export HOME="$tmp/home" PRE_COMMIT_HOME="$tmp/cache" PATH="$build:$PATH"
export GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.org GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.org
export GIT_CONFIG_NOSYSTEM=1
mkdir -p "$HOME"
git config --global init.defaultBranch main
git config --global protocol.file.allow always

# The hook repository: this repository's manifest, as committed in a repository of its own
# (so the test also runs on a work tree whose manifest is not committed yet).
mkdir "$tmp/hooks"
cp "$source_dir/.pre-commit-hooks.yaml" "$tmp/hooks/"
git -C "$tmp/hooks" init -q
git -C "$tmp/hooks" add .pre-commit-hooks.yaml
git -C "$tmp/hooks" commit -q -m hooks
rev=$(git -C "$tmp/hooks" rev-parse HEAD)

mkdir "$tmp/plans"
cd "$tmp/plans"
git init -q
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $tmp/hooks
    rev: $rev
    hooks:
      - id: seck
YAML
git add .pre-commit-config.yaml
git commit -q -m config
pre-commit install > /dev/null

printf 'date,food,amount,unit\nMon,brazil nuts,6,nuts\nMon,egg,2,large\n' > lunch.csv   # 575 µg: above the UL
git add lunch.csv
if git commit -m "lunch plan" > "$tmp/out" 2>&1; then
  cat "$tmp/out"
  echo "FAIL: a plan above the UL was committed"
  exit 1
fi
grep -q "lunch.csv" "$tmp/out" || { cat "$tmp/out"; echo "FAIL: the output does not name lunch.csv"; exit 1; }
grep -q "above-ul" "$tmp/out" || { cat "$tmp/out"; echo "FAIL: the output does not say above-ul"; exit 1; }

printf 'date,food,amount,unit\nMon,brazil nuts,1,nut\nMon,egg,2,large\n' > lunch.csv     # 126.6 µg: adequate
git add lunch.csv
git commit -q -m "lunch plan" > "$tmp/out" 2>&1 || { cat "$tmp/out"; echo "FAIL: the fixed plan was blocked"; exit 1; }
echo "pre-commit: blocked the plan above the UL, passed the fixed one"
