#!/usr/bin/env bash
# cmake --install puts the binary, man page and completions in place, and cpack -G DEB packs
# the same files. Usage: install_test.sh BUILD_DIR
set -euo pipefail
build=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

cmake --install "$build" --prefix "$tmp/usr" > /dev/null
expected="bin/seck
share/bash-completion/completions/seck
share/fish/vendor_completions.d/seck.fish
share/man/man1/seck.1
share/zsh/vendor-completions/_seck"
installed=$(cd "$tmp/usr" && find . -type f | sed 's|^\./||' | sort)
if [ "$installed" != "$expected" ]; then
  printf 'installed:\n%s\nexpected:\n%s\n' "$installed" "$expected"
  exit 1
fi
"$tmp/usr/bin/seck" --version | grep -q '^seck 0.1.0$'
bash -n "$tmp/usr/share/bash-completion/completions/seck"
grep -q '^\.TH SECK 1' "$tmp/usr/share/man/man1/seck.1"

cpack -G DEB -B "$tmp/deb" --config "$build/CPackConfig.cmake" > /dev/null
deb=$(ls "$tmp"/deb/seck_*.deb)
packed=$(dpkg-deb -c "$deb" | awk '{print $6}' | grep -v '/$' | sed 's|^\./usr/||' | sort)
if [ "$packed" != "$expected" ]; then
  printf 'packed:\n%s\nexpected:\n%s\n' "$packed" "$expected"
  exit 1
fi
[ "$(dpkg-deb -f "$deb" Package)" = seck ]
echo "install and DEB package: the 5 files"
