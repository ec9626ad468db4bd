#!/usr/bin/env bash
# Bounded load test of `nomina serve`: do slow clients hurt the well-behaved ones?
#
# Runs wrk against POST /v1/screen (one query per request, every screening written to the
# SQLite audit log before its 200) twice: alone, then with SLOW slow connections held open
# beside it. Half the slow connections trickle a request head one byte every TRICKLE
# seconds (slowloris); the other half send one complete request and then sit idle on the
# keep-alive connection. Whenever the server closes one, it is opened again, so SLOW stay
# open for the whole run. Prints, for each run, requests, errors and p99, and the server's
# RSS before, between and after; and how many slow connections the server closed.
#
#   scripts/load-test.sh
#   DURATION=20s SLOW=200 scripts/load-test.sh
#
# Settings (environment):
#   DURATION      each wrk run, wrk syntax               [60s]
#   CONNECTIONS   well-behaved connections (wrk -c)      [16]
#   THREADS       wrk threads (wrk -t)                   [2]
#   SLOW          slow connections held open             [500]
#   TRICKLE       seconds between a slow client's bytes  [2]
#   BIN           the nomina binary                      [target/debug/nomina]
#   SERVE_ARGS    extra `nomina serve` options           []
#
# Not run in CI. Needs wrk (apt-get install wrk) and python3. The server, wrk and the slow
# clients share the machine's cores: the figures compare the two runs, they are no
# throughput benchmark (scripts/bench-service.sh is, on a release build).
set -euo pipefail

DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
SLOW=${SLOW:-500}
TRICKLE=${TRICKLE:-2}
SERVE_ARGS=${SERVE_ARGS:-}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BIN=${BIN:-$ROOT/target/debug/nomina}
LUA="$ROOT/scripts/wrk-screen.lua"
unset NOMINA_DATABASE_URL NOMINA_DATA_DIR

log() { printf '[load-test] %s\n' "$*" >&2; }
die() { printf '[load-test] error: %s\n' "$*" >&2; exit 1; }

command -v wrk >/dev/null 2>&1 || die "wrk not found (apt-get install wrk)"
command -v python3 >/dev/null 2>&1 || die "python3 not found"
[ -x "$BIN" ] || die "no $BIN (cargo build -p nomina, or set BIN)"
[ -r "$LUA" ] || die "missing $LUA"
# 500 slow sockets + wrk's + the server's own: raise the soft limit if it is low.
ulimit -n 4096 2>/dev/null || true

DATA=$(mktemp -d "${TMPDIR:-/tmp}/nomina-load.XXXXXX")
SERVER_PID=""
SLOW_PID=""
cleanup() {
    for pid in "$SLOW_PID" "$SERVER_PID"; do
        if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            wait "$pid" 2>/dev/null || true
        fi
    done
    rm -rf "$DATA"
}
trap cleanup EXIT

KEY=$("$BIN" keys create --role screen --name load-test --data-dir "$DATA" 2>/dev/null | tail -n 1)
case "$KEY" in nmn_*) ;; *) die "could not create a key: $KEY" ;; esac

# shellcheck disable=SC2086
"$BIN" serve --addr 127.0.0.1:0 --data-dir "$DATA" --watch 0 $SERVE_ARGS \
    2>"$DATA/serve.log" &
SERVER_PID=$!
for _ in $(seq 1 600); do
    ADDR=$(grep -o 'listening on http://[0-9.:]*' "$DATA/serve.log" | head -n 1 | sed 's|listening on http://||') || true
    [ -n "${ADDR:-}" ] && break
    kill -0 "$SERVER_PID" 2>/dev/null || die "the server exited: $(cat "$DATA/serve.log")"
    sleep 0.5
done
[ -n "${ADDR:-}" ] || die "the server did not start"
HOST=${ADDR%:*}
PORT=${ADDR##*:}
URL="http://$ADDR"
log "server at $URL (pid $SERVER_PID, $("$BIN" --version 2>/dev/null || echo nomina))"

rss_kib() { awk '/^VmRSS/ { print $2 }' "/proc/$SERVER_PID/status"; }

# One wrk run; prints its NOMINA_WRK line (see scripts/wrk-screen.lua).
run_wrk() {
    NOMINA_KEY="$KEY" wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency \
        -s "$LUA" "$URL" | grep '^NOMINA_WRK'
}
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$2"; }

# Warm-up, so that the first measured run does not pay for first-use costs.
NOMINA_KEY="$KEY" wrk -t1 -c2 -d5s -s "$LUA" "$URL" >/dev/null

RSS_BEFORE=$(rss_kib)
log "run 1: wrk alone ($DURATION, $CONNECTIONS connections)"
ALONE=$(run_wrk)
RSS_BETWEEN=$(rss_kib)

log "run 2: wrk beside $SLOW slow connections"
python3 - "$HOST" "$PORT" "$SLOW" "$TRICKLE" >"$DATA/slow.out" <<'PY' &
# Holds N slow connections open until SIGTERM: even ones trickle a request head one byte
# every TRICKLE seconds, odd ones send one whole GET /healthz and then sit idle. A
# connection the server closes is counted (with how long it was held) and opened again.
import selectors, signal, socket, sys, time

host, port, n, trickle = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), float(sys.argv[4])
HEAD = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 4096
WHOLE = b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"
sel = selectors.DefaultSelector()
conns = {}  # socket -> [kind, opened_at, bytes_sent]
closed, held_for, failures, running = 0, [], 0, True

def open_one(kind):
    global failures
    try:
        s = socket.create_connection((host, port), timeout=5)
    except OSError:
        failures += 1
        return
    s.setblocking(False)
    if kind == "idle":
        s.sendall(WHOLE)
    conns[s] = [kind, time.monotonic(), 0]
    sel.register(s, selectors.EVENT_READ)

def stop(*_):
    global running
    running = False

signal.signal(signal.SIGTERM, stop)
for i in range(n):
    open_one("trickle" if i % 2 == 0 else "idle")
print(f"open {len(conns)}", flush=True)
next_tick = time.monotonic()
while running:
    for key, _ in sel.select(timeout=0.2):
        s = key.fileobj
        try:
            data = s.recv(65536)
        except OSError:
            data = b""
        if not data:  # closed by the server
            kind, opened, _ = conns.pop(s)
            sel.unregister(s)
            s.close()
            closed += 1
            held_for.append(time.monotonic() - opened)
            if running:
                open_one(kind)
    now = time.monotonic()
    if now >= next_tick:
        next_tick = now + trickle
        for s, st in list(conns.items()):
            if st[0] == "trickle" and st[2] < len(HEAD):
                try:
                    s.send(HEAD[st[2]:st[2] + 1])
                    st[2] += 1
                except OSError:
                    pass
held_for.sort()
median = held_for[len(held_for) // 2] if held_for else 0.0
print(f"SLOW open_at_end={len(conns)} closed_by_server={closed} "
      f"median_held_s={median:.1f} connect_failures={failures}", flush=True)
PY
SLOW_PID=$!
for _ in $(seq 1 100); do grep -q '^open' "$DATA/slow.out" 2>/dev/null && break; sleep 0.2; done
grep -q '^open' "$DATA/slow.out" || die "the slow clients did not start"
SLOW_OPEN=$(sed -n 's/^open //p' "$DATA/slow.out")
BESIDE=$(run_wrk)
kill "$SLOW_PID"
wait "$SLOW_PID" 2>/dev/null || true
SLOW_PID=""
SLOW_LINE=$(grep '^SLOW' "$DATA/slow.out" || echo "SLOW (no summary)")
sleep 1
RSS_AFTER=$(rss_kib)

errors() { # non-2xx + socket errors of one wrk line
    local l=$1
    echo $(( $(field non2xx "$l") + $(field connect_err "$l") + $(field read_err "$l") + $(field write_err "$l") + $(field timeouts "$l") ))
}
printf '\n%-28s %10s %8s %8s %8s %9s\n' run requests rps errors p50_ms p99_ms
for row in "alone:$ALONE" "beside $SLOW_OPEN slow:$BESIDE"; do
    name=${row%%:*}; line=${row#*:}
    printf '%-28s %10s %8s %8s %8s %9s\n' "$name" "$(field requests "$line")" \
        "$(field rps "$line")" "$(errors "$line")" "$(field p50_ms "$line")" "$(field p99_ms "$line")"
done
P99_ALONE=$(field p99_ms "$ALONE")
P99_BESIDE=$(field p99_ms "$BESIDE")
printf '\np99 ratio (beside / alone): %s\n' "$(awk -v a="$P99_ALONE" -v b="$P99_BESIDE" 'BEGIN { printf "%.2f", b / a }')"
printf 'RSS (MiB): before %s, after run 1 %s, after run 2 %s\n' \
    "$(awk -v k="$RSS_BEFORE" 'BEGIN { printf "%.1f", k / 1024 }')" \
    "$(awk -v k="$RSS_BETWEEN" 'BEGIN { printf "%.1f", k / 1024 }')" \
    "$(awk -v k="$RSS_AFTER" 'BEGIN { printf "%.1f", k / 1024 }')"
printf 'slow clients: %s\n' "${SLOW_LINE#SLOW }"
printf 'machine: %s cores, load before %s\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
