#!/usr/bin/env bash
# The folder is the pipeline: core -> read -> resolve -> total -> check -> report -> cli.
# No file of a stage includes a header of a later stage (src/ and include/seck/ alike).
set -euo pipefail
root=$1
stages=(core read resolve total check report cli)
rank() { local i; for i in "${!stages[@]}"; do [ "${stages[$i]}" = "$1" ] && echo "$i" && return; done; echo -1; }
status=0
while IFS= read -r file; do
    stage=$(echo "$file" | sed -E 's#^(src|include/seck)/([a-z]+)/.*#\2#')
    own=$(rank "$stage")
    [ "$own" -ge 0 ] || { echo "$file: not in a stage folder (${stages[*]})"; status=1; continue; }
    while IFS= read -r included; do
        other=$(rank "$included")
        if [ "$other" -gt "$own" ]; then
            echo "$file: includes a header of a later stage: seck/$included/"
            status=1
        fi
    done < <(sed -nE 's#^\#include "seck/([a-z]+)/.*#\1#p' "$root/$file")
done < <(cd "$root" && find src include/seck -mindepth 2 -name '*.cpp' -o -mindepth 2 -name '*.h' | sort)
exit $status
