#!/usr/bin/env bash
# Where a request's CPU time goes: starts the app with async-profiler (from Maven Central), seeds
# N items as bench/run.sh does, loads one URL with wrk, and prints the heaviest frames of the
# request threads. See bench/README.md, "Profiling".
set -euo pipefail

ITEMS=10000
CACHE=off
URL_PATH=/
SECONDS_LOADED=30
WARMUP_SECONDS=180
APP_PORT=18080
PG_PORT=15432
PROFILER_VERSION=4.1
KEEP=""

while [ $# -gt 0 ]; do
  case "$1" in
    --items) ITEMS="$2"; shift 2 ;;
    --cache) CACHE="$2"; shift 2 ;;
    --path) URL_PATH="$2"; shift 2 ;;
    --seconds) SECONDS_LOADED="$2"; shift 2 ;;
    --warmup) WARMUP_SECONDS="$2"; shift 2 ;;
    --keep) KEEP="$2"; shift 2 ;;
    -h|--help) echo "Usage: bench/profile.sh [--items N] [--cache on|off] [--path /] [--seconds 30] [--warmup 180] [--keep FILE (the collapsed stacks)]"; exit 0 ;;
    *) echo "Unknown option: $1"; exit 2 ;;
  esac
done

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/newsdesk-profile.XXXXXX)"
APP_PID=""
source "$ROOT/bench/postgres.sh"
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  bench_postgres_stop "$WORK/postgres"
  rm -rf "$WORK"
}
trap cleanup EXIT
cd "$ROOT"

# async-profiler's agent for Linux x64, as published on Maven Central.
AGENT_JAR="$HOME/.m2/repository/tools/profiler/async-profiler/$PROFILER_VERSION/async-profiler-$PROFILER_VERSION-linux-x64.jar"
[ -f "$AGENT_JAR" ] || ./mvnw -B -q -ntp dependency:get -Dartifact="tools.profiler:async-profiler:$PROFILER_VERSION:jar:linux-x64"
(cd "$WORK" && unzip -q -o "$AGENT_JAR" 'linux-x64/*')
ls target/newsdesk-*.jar > /dev/null 2>&1 || ./mvnw -B -q -ntp -DskipTests package
JAR="$(ls target/newsdesk-*.jar | grep -v original | head -1)"
bench_postgres_start "$WORK/postgres" $PG_PORT

# The profiler is loaded once the app is warm (bench/profiler/LoadAgent.java), so that the profile is of the
# compiled code a server in use runs, not of start-up, the interpreter and the JIT compiler.
java -XX:+UseParallelGC -Xmx256m -jar "$JAR" --server.port=$APP_PORT --newsdesk.demo-content=false --logging.level.root=WARN \
  --newsdesk.site.base-url=http://localhost:$APP_PORT --newsdesk.page-cache.enabled=$([ "$CACHE" = on ] && echo true || echo false) \
  --spring.datasource.url="jdbc:postgresql://localhost:$PG_PORT/newsdesk" --spring.datasource.username=postgres > "$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -sf "http://localhost:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "The app did not start:"; tail -50 "$WORK/app.log"; exit 1; }
  sleep 0.2
done
psql -q -h localhost -p $PG_PORT -U postgres newsdesk -v items="$ITEMS" -f bench/seed.sql > /dev/null 2>&1

echo "Warming up for ${WARMUP_SECONDS}s…"
wrk -t1 -c32 -d"${WARMUP_SECONDS}s" -s bench/wrk/gzip.lua "http://localhost:$APP_PORT$URL_PATH" > /dev/null
# itimer: CPU time without perf_events (not available in most containers).
java bench/profiler/LoadAgent.java "$APP_PID" "$WORK/linux-x64/libasyncProfiler.so" "start,event=itimer,interval=1ms,threads" > /dev/null
echo "Loading http://localhost:$APP_PORT$URL_PATH for ${SECONDS_LOADED}s (cache $CACHE, $ITEMS items)…"
wrk -t1 -c32 -d"${SECONDS_LOADED}s" -s bench/wrk/gzip.lua "http://localhost:$APP_PORT$URL_PATH" | grep -E "Requests/sec|Latency"
java bench/profiler/LoadAgent.java "$APP_PID" "$WORK/linux-x64/libasyncProfiler.so" "stop,file=$WORK/profile.collapsed,collapsed" > /dev/null
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
[ -n "$KEEP" ] && cp "$WORK/profile.collapsed" "$KEEP"
python3 bench/profile-top.py "$WORK/profile.collapsed"
