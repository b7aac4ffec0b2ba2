#!/usr/bin/env bash
# scripts/lib.sh's compiler launcher: ccache with the cross-checkout settings when it works; the
# plain compiler and one line saying why when it is missing, broken or disabled.
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0

# launcher_for ENV... : prints the launcher arguments, then the log lines.
launcher_for() {
  env "$@" bash -c 'source "$0/scripts/lib.sh"; BUILD_DIR="$1"; ccache_launcher; printf "%s\n" "${LAUNCHER_ARGS[@]}"' \
    "$ROOT" "$work/build" 2>&1
}

expect() {  # NAME OUTPUT PATTERN [absent]
  if [[ "${4:-}" == absent ]]; then
    grep -q -- "$3" <<<"$2" && { echo "FAIL $1: found '$3' in: $2"; failed=$((failed + 1)); return; }
  else
    grep -q -- "$3" <<<"$2" || { echo "FAIL $1: no '$3' in: $2"; failed=$((failed + 1)); return; }
  fi
  echo "ok   $1"
}

mkdir -p "$work/broken" "$work/none"
printf '#!/bin/sh\necho "ccache: error: cannot create the cache directory" >&2\nexit 1\n' >"$work/broken/ccache"
chmod +x "$work/broken/ccache"
# A PATH with every tool of this machine but ccache.
for tool in /usr/bin/* /usr/local/bin/*; do
  [[ "$(basename "$tool")" == ccache ]] || ln -sf "$tool" "$work/none/" 2>/dev/null
done

if command -v ccache >/dev/null; then
  out="$(launcher_for)"
  expect "working ccache is the launcher" "$out" "COMPILER_LAUNCHER=/usr/bin/env;CCACHE_BASEDIR=$ROOT;CCACHE_NOHASHDIR=1"
  expect "working ccache says nothing" "$out" "==>" absent
fi
out="$(launcher_for PATH="$work/broken:$PATH")"
expect "broken ccache falls back" "$out" "^-DCMAKE_CXX_COMPILER_LAUNCHER=$"
expect "broken ccache says why in one line" "$out" "ccache does not work (ccache: error: cannot create"
out="$(launcher_for PATH="$work/none")"
expect "missing ccache falls back" "$out" "^-DCMAKE_CXX_COMPILER_LAUNCHER=$"
expect "missing ccache says so" "$out" "ccache not found: building with the plain compiler"
out="$(launcher_for CCACHE_DISABLE=1)"
expect "disabled ccache is not the launcher" "$out" "^-DCMAKE_CXX_COMPILER_LAUNCHER=$"
expect "disabled ccache says so" "$out" "CCACHE_DISABLE is set"

echo "ccache fallback: $failed failed"
exit $((failed > 0))
