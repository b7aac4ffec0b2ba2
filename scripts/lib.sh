# Shared by scripts/run and scripts/test: install what is missing, configure, build.
# shellcheck shell=bash
#
# Builds use Ninja and, when it works, ccache as the compiler launcher (docs/build.md):
#   CCACHE_DISABLE=1     build without the cache (ccache passes every call to the compiler)
#   CCACHE_DIR           where the cache lives (default ~/.cache/ccache)
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
# precompiled headers are usable (ccache(1), "Precompiled headers").
ccache_environment() {
  export CCACHE_DIR="${CCACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/ccache}"
  export CCACHE_BASEDIR="$ROOT"
  export CCACHE_NOHASHDIR=1
  export CCACHE_SLOPPINESS="pch_defines,time_macros,include_file_mtime,include_file_ctime"
  export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-12G}"
  export CCACHE_STATSLOG="$BUILD_DIR/ccache-stats.log"
}

# Prints the CMake launcher arguments: ccache when it is present and compiles, else nothing
# (and one line that says why).
ccache_launcher() {
  if [[ "${CCACHE_DISABLE:-0}" =~ ^(1|true|yes)$ ]]; then
    log "CCACHE_DISABLE is set: building without the compiler cache"
  fi
  local ccache
  if ! ccache="$(command -v ccache)"; then
    log "ccache not found: building with the plain compiler"
    echo "-DCMAKE_C_COMPILER_LAUNCHER= -DCMAKE_CXX_COMPILER_LAUNCHER="
    return
  fi
  local probe
  probe="$(mktemp -d)"
  printf 'int main() { return 0; }\n' >"$probe/probe.cpp"
  if ! "$ccache" c++ -c "$probe/probe.cpp" -o "$probe/probe.o" >"$probe/log" 2>&1; then
    log "ccache does not work ($(head -c 200 "$probe/log" | tr '\n' ' ')): building with the plain compiler"
    rm -rf "$probe"
    echo "-DCMAKE_C_COMPILER_LAUNCHER= -DCMAKE_CXX_COMPILER_LAUNCHER="
    return
  fi
  rm -rf "$probe"
  echo "-DCMAKE_C_COMPILER_LAUNCHER=$ccache -DCMAKE_CXX_COMPILER_LAUNCHER=$ccache"
}

# One line: how many compilations of this build came from the cache.
ccache_report() {
  [[ -s "$CCACHE_STATSLOG" ]] || return 0
  local stats hits misses
  stats="$(ccache --show-log-stats -v 2>/dev/null)" || return 0
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
  ccache_environment
  local launcher
  launcher="$(ccache_launcher)"
  log "configuring in $BUILD_DIR"
  # shellcheck disable=SC2086  # the launcher arguments are words
  cmake -S "$ROOT" -B "$BUILD_DIR" -G "$GENERATOR" \
    -DCMAKE_BUILD_TYPE="${AUDIENTIA_BUILD_TYPE:-RelWithDebInfo}" $launcher "$@" >/dev/null
  log "building with $JOBS jobs"
  : >"$CCACHE_STATSLOG"
  cmake --build "$BUILD_DIR" -j "$JOBS"
  ccache_report
}
