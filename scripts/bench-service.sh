#!/usr/bin/env bash
# Load benchmark of `nomina serve` for the README: throughput and latency of POST /v1/screen
# (one query per request, every screening written to the SQLite audit log before the 200),
# memory after start-up and after a soak, and how long `nomina audit verify` takes on the
# audit log the run leaves behind.
#
#   scripts/bench-service.sh                      # 30 s measured run + 300 s soak
#   DURATION=60s SOAK_SECONDS=0 scripts/bench-service.sh
#
# Settings (environment):
#   DURATION      measured run, wrk syntax            [30s]
#   SOAK_SECONDS  soak at the same load, seconds; 0 skips it   [300]
#   CONNECTIONS   concurrent connections (wrk -c)     [16]
#   THREADS       wrk threads (wrk -t)                [2]
#   WARMUP        warm-up before the measured run     [10s]
#   SKIP_BUILD=1  use the existing target/release/nomina
#   KEEP_DATA=1   keep the temporary data directory (audit log) for inspection
#
# Needs wrk (Debian package `wrk`; installed with apt-get when missing and running as root).
# The server and wrk run on the same machine and share its cores: the numbers are a floor.
set -euo pipefail

DURATION=${DURATION:-30s}
SOAK_SECONDS=${SOAK_SECONDS:-300}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
WARMUP=${WARMUP:-10s}

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
LUA="$ROOT/scripts/wrk-screen.lua"
BIN="$ROOT/target/release/nomina"
# The service's own database, always: SQLite in the temporary data directory.
unset NOMINA_DATABASE_URL NOMINA_DATA_DIR

since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }'; }
log() { printf '[bench] %s\n' "$*" >&2; }
die() { printf '[bench] error: %s\n' "$*" >&2; exit 1; }

# --- prerequisites ----------------------------------------------------------------------
if ! command -v wrk >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        log "installing wrk"
        apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
    fi
    command -v wrk >/dev/null 2>&1 || die "wrk not found (apt-get install wrk)"
fi
[ -r "$LUA" ] || die "missing $LUA"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    log "building the release binary (cargo build --release -p nomina)"
    (cd "$ROOT" && cargo build --release -p nomina) >&2
fi
[ -x "$BIN" ] || die "no $BIN (build it, or unset SKIP_BUILD)"

# --- data directory, key, server ----------------------------------------------------------
LOAD_BEFORE=$(cut -d" " -f1-3 /proc/loadavg)
DATA=$(mktemp -d "${TMPDIR:-/tmp}/nomina-bench.XXXXXX")
SERVER_PID=""
cleanup() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID" 2>/dev/null || true
        for _ in $(seq 50); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
        kill -9 "$SERVER_PID" 2>/dev/null || true
    fi
    if [ "${KEEP_DATA:-0}" = 1 ]; then
        log "data directory kept: $DATA"
    else
        rm -rf "$DATA"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

KEY=$("$BIN" keys create --role screen --name bench --data-dir "$DATA" | tail -n 1) \
    || die "nomina keys create failed"
case "$KEY" in nmn_*) ;; *) die "nomina keys create printed no key" ;; esac
export NOMINA_KEY="$KEY"

log "starting nomina serve (data dir $DATA)"
"$BIN" serve --addr 127.0.0.1:0 --data-dir "$DATA" 2>"$DATA/server.log" >/dev/null &
SERVER_PID=$!
START=$(date +%s.%N)
URL=""
for _ in $(seq 1200); do   # up to 120 s
    URL=$(sed -n 's/.*listening on \(http:\/\/[^ ]*\).*/\1/p' "$DATA/server.log" | head -n 1)
    [ -n "$URL" ] && break
    kill -0 "$SERVER_PID" 2>/dev/null || { cat "$DATA/server.log" >&2; die "nomina serve exited"; }
    sleep 0.1
done
[ -n "$URL" ] || { tail -n 20 "$DATA/server.log" >&2; die "nomina serve not listening after 120 s"; }
STARTUP_S=$(since "$START")

rss_mib() { awk -v f="$2" '$1 == f":" { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }
curl_ok() { curl -fsS -o /dev/null "$@"; }
curl_ok "$URL/healthz" || die "GET /healthz failed"
curl_ok -H "Authorization: Bearer $KEY" -H 'Content-Type: application/json' \
    -d '{"queries":[{"name":"Masood Azhar","type":"person","dob":"1968","country":"PK"}]}' \
    "$URL/v1/screen" || die "POST /v1/screen failed"
RSS_START=$(rss_mib "$SERVER_PID" VmRSS)
log "listening on $URL after ${STARTUP_S} s; RSS ${RSS_START} MiB"

# --- load ---------------------------------------------------------------------------------
# Runs wrk; prints its output to stderr and the NOMINA_WRK line's key=value pairs to stdout.
run_wrk() {
    local dur=$1 out
    out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$dur" --timeout 10s --latency -s "$LUA" "$URL")
    printf '%s\n' "$out" >&2
    printf '%s\n' "$out" | sed -n 's/^NOMINA_WRK //p'
}
# field NAME "k=v k=v …"
field() { printf '%s\n' "$2" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
errors() { # total of non-2xx and socket errors
    local s=0 k
    for k in non2xx connect_err read_err write_err timeouts; do s=$((s + $(field "$k" "$1"))); done
    echo "$s"
}

log "warm-up: $WARMUP"
run_wrk "$WARMUP" >/dev/null

log "measured run: -t$THREADS -c$CONNECTIONS -d$DURATION"
MAIN=$(run_wrk "$DURATION")
[ -n "$MAIN" ] || die "no result from wrk"
RSS_MAIN=$(rss_mib "$SERVER_PID" VmRSS)

SOAK=""
if [ "$SOAK_SECONDS" -gt 0 ]; then
    log "soak: ${SOAK_SECONDS}s at the same load"
    SOAK=$(run_wrk "${SOAK_SECONDS}s")
    [ -n "$SOAK" ] || die "no result from the soak"
fi
kill -0 "$SERVER_PID" 2>/dev/null || die "nomina serve died under load"
RSS_END=$(rss_mib "$SERVER_PID" VmRSS)
RSS_PEAK=$(rss_mib "$SERVER_PID" VmHWM)
LOAD_AFTER=$(cut -d" " -f1-3 /proc/loadavg)

# Stop the server (SIGTERM: graceful), then verify the whole audit log on its own.
kill "$SERVER_PID"
for _ in $(seq 300); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.1; done
kill -0 "$SERVER_PID" 2>/dev/null && die "nomina serve did not stop on SIGTERM within 30 s"
SERVER_PID=""

DB_BYTES=$(du -cb "$DATA"/nomina.db* | tail -n 1 | cut -f1)
T0=$(date +%s.%N)
VERIFY=$("$BIN" audit verify --data-dir "$DATA") || die "nomina audit verify failed: $VERIFY"
VERIFY_S=$(since "$T0")
RECORDS=$(printf '%s\n' "$VERIFY" | sed -n 's/.*audit log intact: \([0-9]*\) records.*/\1/p')
log "$VERIFY (${VERIFY_S} s)"

# --- summary ------------------------------------------------------------------------------
CPU=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
CORES=$(nproc)
COMMIT=$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ -n "$(cd "$ROOT" && git status --porcelain --untracked-files=no 2>/dev/null)" ]; then
    COMMIT="$COMMIT (with uncommitted changes)"
fi
row() { # label, result line
    printf '| %s | %s | %s / %s / %s ms | %s |\n' "$1" \
        "$(printf '%.0f' "$(field rps "$2")")" "$(field p50_ms "$2")" "$(field p90_ms "$2")" \
        "$(field p99_ms "$2")" "$(errors "$2")"
}
mib() { echo "$(( $1 / 1048576 ))"; }

cat <<EOF

### nomina serve under load

\`POST /v1/screen\`, one query per request, 50 rotating names (listed and ordinary), every
screening committed to the SQLite audit log (WAL, synchronous=FULL) before the 200.
wrk -t$THREADS -c$CONNECTIONS, keep-alive. $CORES cores ($CPU), shared by the server **and**
wrk, on one machine: the figures are a floor. Load average (1/5/15 min) before the
benchmark: $LOAD_BEFORE; at its end (including wrk): $LOAD_AFTER. Commit $COMMIT, release build, $(date -u +%Y-%m-%d).

| Run | Requests/s | Latency p50 / p90 / p99 | Errors |
|---|---:|---:|---:|
$(row "$DURATION" "$MAIN")
EOF
if [ -n "$SOAK" ]; then row "soak ${SOAK_SECONDS}s" "$SOAK"; fi
cat <<EOF

| Resource | Value |
|---|---:|
| Start-up (load bundled lists, listen) | ${STARTUP_S} s |
| RSS after start-up | ${RSS_START} MiB |
| RSS after the ${DURATION} run | ${RSS_MAIN} MiB |
| RSS at the end${SOAK:+ of the soak} (peak) | ${RSS_END} MiB (${RSS_PEAK} MiB) |
| Audit log records | ${RECORDS} |
| Database size (with WAL) | $(mib "$DB_BYTES") MiB |
| \`nomina audit verify\` | ${VERIFY_S} s |
EOF
