#!/usr/bin/env bash
# scripts/demo-seed against the real audientia-server and audientiactl: every role has a user,
# the recorded hearings arrive with their markers as annotations, the clerk's corrected note has
# two revisions, and search finds a name without its diacritics and a word said in a hearing.
# Usage: demo_seed_test.sh BIN_DIR
set -euo pipefail
BIN="$(cd "$1" && pwd)"
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d)"
chmod 755 "$WORK"
server=""
cleanup() {
  [[ -n "$server" ]] && kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
fail() {
  echo "FAIL: $*" >&2
  [[ -f "$WORK/server.log" ]] && tail -n 30 "$WORK/server.log" >&2
  exit 1
}

"$BIN/audientia-server" --data-dir "$WORK/data" --listen 127.0.0.1:0 > "$WORK/server.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
  grep -q '^listening on ' "$WORK/server.log" && break
  kill -0 "$server" 2>/dev/null || fail "audientia-server did not start"
  sleep 0.1
done
address="$(sed -n 's/^listening on //p' "$WORK/server.log" | head -n 1)"
[[ -n "$address" ]] || fail "audientia-server did not say where it listens"

"$ROOT/scripts/demo-seed" "$BIN" "$address" "$WORK/data/tls/ca.pem" \
  "$WORK/data/initial-admin-password" > "$WORK/seed.out" 2> "$WORK/seed.err" ||
  { cat "$WORK/seed.err" >&2; fail "demo-seed failed"; }
grep -q "procuror" "$WORK/seed.out" || fail "demo-seed did not print the users"

ctl() {  # USER ARGS...
  local user="$1"
  shift
  AUDIENTIA_CONFIG_DIR="$WORK/cfg-$user" "$BIN/audientiactl" --server "$address" \
    --ca "$WORK/data/tls/ca.pem" "$@"
}
for user in procuror grefier auditor administrator; do
  printf 'Audientia-demo-2026\n' | ctl "$user" login --user "$user" --password-stdin > /dev/null ||
    fail "$user cannot log in"
done
# Outputs are read whole before they are searched: with pipefail, `grep -q` closing the pipe
# early would fail the writer (SIGPIPE) once an output outgrows the pipe's buffer.
grep -q admin <<< "$(ctl administrator whoami)" || fail "administrator is not an admin"
ctl auditor audit verify > /dev/null || fail "the audit chain does not verify"

hearings="$(ctl grefier hearing list)"
for number in 1234/P/2026 877/P/2026 95/P/2025; do
  grep -q "$number" <<< "$hearings" || fail "hearing $number missing"
done
witness="$(ctl grefier --json search 1234/P/2026 | sed -n 's/^ *"id": *"\([^"]*\)".*/\1/p' | head -n 1)"
[[ -n "$witness" ]] || fail "search by case number found nothing"
annotations="$(ctl grefier --json annotation list --hearing "$witness")"
[[ "$(grep -c '"from_capture": true' <<< "$annotations")" == 4 ]] ||
  fail "the witness hearing should have its 4 markers as annotations: $annotations"
grep -q 'cuțitului' <<< "$annotations" || fail "the exhibit marker's text is missing"
# In each annotation object the fields are in name order: its "id" comes before its "text".
note="$(awk -F'"' '/^ *"id": /{id=$4} /"text": "Martorul pare emoționat; vorbește încet și ezită."/{print id}' \
  <<< "$annotations")"
[[ -n "$note" ]] || fail "the clerk's corrected note is missing"
history="$(ctl grefier --json annotation history "$note")"
[[ "$(grep -c '"revision":' <<< "$history")" -ge 3 ]] ||
  fail "the corrected note should have two revisions: $history"
grep -q "1234/P/2026" <<< "$(ctl grefier search stefanescu)" ||
  fail "search stefanescu found nothing"
grep -q "annotation" <<< "$(ctl grefier search cutit)" || fail "search cutit found no annotation"
grep -q "Martorul cere o pauză" <<< "$(ctl grefier --json hearing show "$witness")" ||
  fail "the pause reason is not on the recording"
echo "demo-seed: ok"
