#!/usr/bin/env bash
# cmake --install puts the binary, man page and completions in place, with the library (its
# archive, headers and CMake package: package_test.sh builds against them); cpack -G DEB packs
# the command's 5 files only. Usage: install_test.sh BUILD_DIR
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
installed=$(cd "$tmp/usr" && find . -type f | sed 's|^\./||' | grep -v '^include/\|^lib/' | sort)
if [ "$installed" != "$expected" ]; then
  printf 'installed:\n%s\nexpected:\n%s\n' "$installed" "$expected"
  exit 1
fi
# The library: the archive and the package (its targets file per build type), no CLI11 part.
library=$(cd "$tmp/usr" && find lib -type f | sed -E 's/-targets-[a-z]+\.cmake$/-targets-CONFIG.cmake/' | sort)
expected_library="lib/cmake/seck/seck-config-version.cmake
lib/cmake/seck/seck-config.cmake
lib/cmake/seck/seck-targets-CONFIG.cmake
lib/cmake/seck/seck-targets.cmake
lib/libseck_core.a"
if [ "$library" != "$expected_library" ]; then
  printf 'library:\n%s\nexpected:\n%s\n' "$library" "$expected_library"
  exit 1
fi
for header in seck.h check/check.h report/report.h core/output.h; do
  [ -f "$tmp/usr/include/seck/$header" ] || { echo "not installed: include/seck/$header"; exit 1; }
done
[ ! -e "$tmp/usr/include/seck/cli" ] || { echo "installed: include/seck/cli (the CLI's own headers)"; exit 1; }
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
echo "install: the 5 files and the library; DEB package: the 5 files"
