# Shared by scripts/run and scripts/test: install what is missing, configure, build.
# shellcheck shell=bash
#
# Builds use Ninja and, when it works, ccache as the compiler launcher (docs/build.md):
#   CCACHE_DISABLE=1     build without the cache (configured without ccache)
#   CCACHE_DIR           where the cache lives (ccache's default: ~/.cache/ccache)
#   CCACHE_MAXSIZE       its size limit (default 12G: the normal and the sanitizer build)

set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${AUDIENTIA_BUILD_DIR:-$ROOT/build}"
JOBS="${AUDIENTIA_JOBS:-$(nproc)}"
GENERATOR="Ninja"

log() { printf '==> %s\n' "$*" >&2; }

install_deps() {
  local missing=()
  local pkg
  while read -r pkg; do
    [[ -z "$pkg" || "$pkg" == \#* ]] && continue
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed"; then
      missing+=("$pkg")
    fi
  done <"$ROOT/scripts/deps.txt"
  if ((${#missing[@]} == 0)); then
    return
  fi
  if [[ "$(id -u)" != 0 ]]; then
    log "missing Debian packages: ${missing[*]}"
    log "install them as root (apt-get install ${missing[*]}) or run this script as root"
    exit 1
  fi
  log "installing ${#missing[@]} Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
}

# The settings that let a clean clone in another folder hit what this one cached: paths under
# the checkout are hashed relative to it, the working directory is not hashed, and the
# precompiled headers are usable (ccache(1), "Precompiled headers"). They are baked into the
# compiler launcher, so a plain `ninja -C build` later caches the same way.
CCACHE_STATS_LOG=""

# Sets LAUNCHER_ARGS to the CMake arguments for the compiler launcher: ccache (through env with
# the settings above) when it is present and compiles, else the plain compiler and one line
# that says why.
LAUNCHER_ARGS=()
ccache_launcher() {
  local plain=(-DCMAKE_C_COMPILER_LAUNCHER= -DCMAKE_CXX_COMPILER_LAUNCHER=)
  LAUNCHER_ARGS=("${plain[@]}")
  CCACHE_STATS_LOG=""
  if [[ "${CCACHE_DISABLE:-0}" =~ ^(1|true|yes)$ ]]; then
    log "CCACHE_DISABLE is set: building without the compiler cache"
    return
  fi
  local ccache
  if ! ccache="$(command -v ccache)"; then
    log "ccache not found: building with the plain compiler"
    return
  fi
  local probe
  probe="$(mktemp -d)"
  printf 'int main() { return 0; }\n' >"$probe/probe.cpp"
  if ! "$ccache" c++ -c "$probe/probe.cpp" -o "$probe/probe.o" >"$probe/log" 2>&1; then
    log "ccache does not work ($(head -c 200 "$probe/log" | tr '\n' ' ')): building with the plain compiler"
    rm -rf "$probe"
    return
  fi
  rm -rf "$probe"
  CCACHE_STATS_LOG="$BUILD_DIR/ccache-stats.log"
  local launcher="/usr/bin/env;CCACHE_BASEDIR=$ROOT;CCACHE_NOHASHDIR=1"
  launcher+=";CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime"
  launcher+=";CCACHE_MAXSIZE=${CCACHE_MAXSIZE:-12G};CCACHE_STATSLOG=$CCACHE_STATS_LOG;$ccache"
  LAUNCHER_ARGS=("-DCMAKE_C_COMPILER_LAUNCHER=$launcher" "-DCMAKE_CXX_COMPILER_LAUNCHER=$launcher")
}

# One line: how many compilations of this build came from the cache.
ccache_report() {
  [[ -n "$CCACHE_STATS_LOG" && -s "$CCACHE_STATS_LOG" ]] || return 0
  local stats hits misses
  stats="$(CCACHE_STATSLOG="$CCACHE_STATS_LOG" ccache --show-log-stats -v 2>/dev/null)" || return 0
  hits="$(awk -F: '/^ *Hits:/ { split($2, a, " "); print a[1]; exit }' <<<"$stats")"
  misses="$(awk -F: '/^ *Misses:/ { split($2, a, " "); print a[1]; exit }' <<<"$stats")"
  hits="${hits:-0}" misses="${misses:-0}"
  if ((hits + misses > 0)); then
    log "ccache: $hits hits, $misses misses: hit rate $((100 * hits / (hits + misses)))%"
  fi
}

# build [extra cmake arguments...]
build() {
  mkdir -p "$BUILD_DIR"
  # A build directory made by another generator (the Makefiles of earlier versions) is redone.
  if [[ -f "$BUILD_DIR/CMakeCache.txt" ]] &&
    ! grep -qx "CMAKE_GENERATOR:INTERNAL=$GENERATOR" "$BUILD_DIR/CMakeCache.txt"; then
    log "$BUILD_DIR was configured for another generator: configuring it anew for $GENERATOR"
    rm -rf "$BUILD_DIR/CMakeCache.txt" "$BUILD_DIR/CMakeFiles"
  fi
  ccache_launcher
  log "configuring in $BUILD_DIR"
  cmake -S "$ROOT" -B "$BUILD_DIR" -G "$GENERATOR" \
    -DCMAKE_BUILD_TYPE="${AUDIENTIA_BUILD_TYPE:-RelWithDebInfo}" "${LAUNCHER_ARGS[@]}" "$@" >/dev/null
  log "building with $JOBS jobs"
  [[ -n "$CCACHE_STATS_LOG" ]] && : >"$CCACHE_STATS_LOG"
  cmake --build "$BUILD_DIR" -j "$JOBS"
  ccache_report
}
