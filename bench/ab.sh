#!/usr/bin/env bash
# CPU per request of two builds or settings, page cache off, measured side by side: both variants
# run at once on one seeded PostgreSQL (10,000 items, bench/seed.sql), and wrk loads them in turn.
# On a shared machine req/s moves with the neighbours' load; the CPU each request costs moves much
# less, and the two variants share whatever the machine does. See bench/README.md, "Misses".
#
#   A_JAR=a.jar [A_JAVA=java] [A_JOPTS=...] [A_ARGS=...] [B_JAR=b.jar] [B_JAVA=java] [B_JOPTS=...] [B_ARGS=...] [C=8] \
#     bench/ab.sh PATHS_FILE [rounds=5] [seconds=8] [warm-up rounds=8]
#
# A_JAVA and B_JAVA name each variant's java binary itself (default: java on the PATH), not a
# script that starts it: the CPU figures are read from the process it becomes.
# PATHS_FILE holds one path per line (bench/wrk/paths.lua picks one at random per request); B_JAR
# defaults to A_JAR (compare settings); C is wrk's connections. Prints, per round: the request
# threads' CPU ms per request, the whole JVM's, PostgreSQL's (the variant's own connections, by
# application_name), req/s, errors and wrk's p99; and the medians of the first four. Eight warm-up rounds (two minutes of load
# per variant) reach the steady state: after three, the JIT compiler still took a fifth of the CPU,
# and a change that makes more code to compile (the SpEL compiler) measured worse than it is.
set -euo pipefail
PATHS_FILE="$(realpath "$1")"; ROUNDS="${2:-5}"; SECONDS_PER_RUN="${3:-8}"; WARMUPS="${4:-8}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/newsdesk-ab.XXXXXX)"
PG_PORT=15442
PIDS=()
source "$ROOT/bench/postgres.sh"
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  sleep 2; bench_postgres_stop "$WORK/postgres"; rm -rf "$WORK"
}
trap cleanup EXIT
cd "$ROOT"
bench_postgres_start "$WORK/postgres" "$PG_PORT"

start() { # jar port jvm-options app-args java
  # shellcheck disable=SC2086
  "$5" -Xmx256m $3 -jar "$1" --server.port="$2" --newsdesk.demo-content=false --logging.level.root=WARN \
    --newsdesk.site.base-url="http://localhost:$2" --newsdesk.page-cache.enabled=false \
    --spring.datasource.url="jdbc:postgresql://localhost:$PG_PORT/newsdesk" --spring.datasource.username=postgres \
    --spring.datasource.hikari.data-source-properties.ApplicationName="app$2" $4 > "$WORK/app$2.log" 2>&1 &
  PIDS+=($!)
}
start "$A_JAR" 18090 "${A_JOPTS:-}" "${A_ARGS:-}" "${A_JAVA:-java}"
until curl -sf http://localhost:18090/actuator/health/readiness > /dev/null; do sleep 0.5; done
start "${B_JAR:-$A_JAR}" 18091 "${B_JOPTS:-}" "${B_ARGS:-}" "${B_JAVA:-java}"
until curl -sf http://localhost:18091/actuator/health/readiness > /dev/null; do sleep 0.5; done
psql -q -h localhost -p "$PG_PORT" -U postgres newsdesk -v items=10000 -f bench/seed.sql > /dev/null 2>&1

TICK=$(getconf CLK_TCK)
ticks() { # pid port -> "request-threads jvm postgresql"
  local request=0 jvm=0 pg=0 task value backend
  for task in /proc/$1/task/*; do
    value=$(awk '{print $14 + $15}' "$task/stat" 2>/dev/null) || continue
    jvm=$((jvm + value))
    grep -q '^http-nio' "$task/comm" 2>/dev/null && request=$((request + value))
  done
  for backend in $(psql -qAt -h localhost -p "$PG_PORT" -U postgres newsdesk \
      -c "select pid from pg_stat_activity where application_name = 'app$2'"); do
    pg=$((pg + $(awk '{print $14 + $15}' "/proc/$backend/stat" 2>/dev/null || echo 0)))
  done
  echo "$request $jvm $pg"
}
run() { # pid port seconds -> "request-ms jvm-ms pg-ms req/s errors"
  local before after out
  before=$(ticks "$1" "$2")
  out=$(PATHS="$PATHS_FILE" wrk -t1 -c"${C:-8}" -d"$3" --latency -s bench/wrk/paths.lua "http://localhost:$2/")
  after=$(ticks "$1" "$2")
  echo "$out" | awk -v b="$before" -v a="$after" -v t="$TICK" '/requests in/{n=$1} /Requests\/sec/{r=$2} /Non-2xx/{e=$NF} /^ +99%/{p=$2}
    END{split(b, x, " "); split(a, y, " "); printf "%.3f %.3f %.3f %d %d %s\n",
        (y[1]-x[1])*1000/t/n, (y[2]-x[2])*1000/t/n, (y[3]-x[3])*1000/t/n, r, e, p}'
}
for _ in $(seq "$WARMUPS"); do run "${PIDS[0]}" 18090 15s > /dev/null; run "${PIDS[1]}" 18091 15s > /dev/null; done
for i in $(seq "$ROUNDS"); do
  a=$(run "${PIDS[0]}" 18090 "${SECONDS_PER_RUN}s"); b=$(run "${PIDS[1]}" 18091 "${SECONDS_PER_RUN}s")
  echo "round $i (request threads, JVM, PostgreSQL ms/request; req/s; errors; p99): A $a | B $b"
  echo "$a" >> "$WORK/a.txt"; echo "$b" >> "$WORK/b.txt"
done
median() { sort -n | awk '{v[NR] = $1} END{print v[int((NR + 1) / 2)]}'; }
for column in 1 2 3 4; do
  name=$(echo "CPU ms per request, request threads|CPU ms per request, whole JVM|CPU ms per request, PostgreSQL|req/s" | cut -d'|' -f$column)
  ma=$(cut -d' ' -f$column "$WORK/a.txt" | median); mb=$(cut -d' ' -f$column "$WORK/b.txt" | median)
  echo "median $name: A $ma  B $mb  B/A $(awk -v a="$ma" -v b="$mb" 'BEGIN{printf "%.2f", b / a}')"
done
