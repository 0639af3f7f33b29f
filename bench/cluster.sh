#!/usr/bin/env bash
# Two Newsdesk instances of the built jar on one PostgreSQL, behind nginx, without Docker: the
# topology of docker-compose.yml's cluster profile on one machine. Readers and an editor go
# through nginx (bench/cluster_journeys.py) while the script applies the faults a cluster must
# survive: a database restart, kill -9 of an instance, a rolling restart. Then it checks that
# every acknowledged save is in the database exactly once, and makes a backup with pg_dump,
# restores it into an empty database and starts an instance on it. Prints one table of errors
# and recovery times per fault (bench/cluster_report.py).
#
# Needs: a JDK 17, nginx, python3, and Debian's PostgreSQL server (apt-get install -y nginx
# postgresql); run as root (it makes and drops a PostgreSQL cluster "newsdesk-bench").
set -euo pipefail

PG_VERSION="${BENCH_PG_VERSION:-15}"
PG_CLUSTER=newsdesk-bench
PG_PORT=55432
LB_PORT=18080
PORT_1=18081
PORT_2=18082
PORT_RESTORED=18083
HEAP=256m
BUILD=auto
READERS=4
PASSWORD="bench-$(date +%s%N | sha256sum | cut -c1-16)"
EDITOR_EMAIL=editor@example.org
EDITOR_PASSWORD="cluster bench password"

while [ $# -gt 0 ]; do
  case "$1" in
    --build) BUILD=yes; shift ;;
    --skip-build) BUILD=no; shift ;;
    --readers) READERS="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; echo "Options: --build | --skip-build, --readers N (default 4)"; exit 0 ;;
    *) echo "Unknown option: $1"; exit 2 ;;
  esac
done
for tool in java nginx python3 curl envsubst pg_createcluster pg_ctlcluster pg_dump pg_restore; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench/cluster.sh needs $tool (apt-get install -y nginx postgresql gettext-base; a JDK 17)"; exit 2; }
done

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/newsdesk-cluster.XXXXXX)"
JAR="$(ls "$ROOT"/target/newsdesk-*.jar 2>/dev/null | grep -v original | head -1 || true)"
if [ "$BUILD" = yes ] || { [ "$BUILD" = auto ] && [ -z "$JAR" ]; }; then
  (cd "$ROOT" && ./mvnw -B -ntp -q -DskipTests package)
  JAR="$(ls "$ROOT"/target/newsdesk-*.jar | grep -v original | head -1)"
fi
echo "jar: $JAR ($(du -h "$JAR" | cut -f1)); work files: $WORK"

declare -A PIDS
cleanup() {
  touch "$WORK/stop"
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill -9 "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && nginx -c "$WORK/nginx.conf" -p "$WORK" -s stop 2>/dev/null || true
  pg_dropcluster --stop "$PG_VERSION" "$PG_CLUSTER" 2>/dev/null || true
}
trap cleanup EXIT

now() { date +%s.%N; }
psql_db() { su postgres -c "psql -X -q -t -A -p $PG_PORT -d ${2:-newsdesk} -c \"$1\""; }
mark() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$WORK/marks.tsv"; }

# --- PostgreSQL: a cluster of its own ---------------------------------------------------------
pg_dropcluster --stop "$PG_VERSION" "$PG_CLUSTER" 2>/dev/null || true
pg_createcluster "$PG_VERSION" "$PG_CLUSTER" -p "$PG_PORT" >/dev/null
pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start
psql_db "create role newsdesk login password '$PASSWORD'" postgres
psql_db "create database newsdesk owner newsdesk" postgres

# --- Instances --------------------------------------------------------------------------------
start_instance() { # name port database
  java -Xmx$HEAP -jar "$JAR" --server.port="$2" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/${3:-newsdesk}" \
    --spring.datasource.username=newsdesk --spring.datasource.password="$PASSWORD" \
    --newsdesk.demo-content=true --newsdesk.admin.email="$EDITOR_EMAIL" --newsdesk.admin.password="$EDITOR_PASSWORD" \
    --newsdesk.site.base-url="http://localhost:$LB_PORT" >> "$WORK/$1.log" 2>&1 &
  PIDS[$1]=$!
}
wait_ready() { # port; prints seconds waited
  local started; started=$(now)
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/actuator/health/readiness" || true)" = 200 ] && break
    sleep 0.2
  done
  [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/actuator/health/readiness" || true)" = 200 ] \
    || { echo "instance on port $1 did not become ready"; exit 1; }
  echo "$(now) - $started" | bc
}

echo "== two instances started at the same moment on an empty database"
start_instance app1 $PORT_1; start_instance app2 $PORT_2
echo "ready after: app1 $(wait_ready $PORT_1) s, app2 $(wait_ready $PORT_2) s"
echo "users: $(psql_db 'select count(*) from users'), items: $(psql_db 'select count(*) from news_items'), tags: $(psql_db 'select count(*) from tags') (expected 1, 60, 20)"

# --- nginx ------------------------------------------------------------------------------------
NEWSDESK_UPSTREAM_1=127.0.0.1:$PORT_1 NEWSDESK_UPSTREAM_2=127.0.0.1:$PORT_2 NGINX_PORT=$LB_PORT \
  envsubst '${NEWSDESK_UPSTREAM_1} ${NEWSDESK_UPSTREAM_2} ${NGINX_PORT}' \
  < "$ROOT/src/deploy/nginx/newsdesk.conf.template" > "$WORK/site.conf"
cat > "$WORK/nginx.conf" <<NGINX
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http { access_log off; client_body_temp_path $WORK/body; proxy_temp_path $WORK/proxy; include $WORK/site.conf; }
NGINX
nginx -t -q -c "$WORK/nginx.conf" -p "$WORK"
nginx -c "$WORK/nginx.conf" -p "$WORK"

# --- Journeys and faults ----------------------------------------------------------------------
python3 "$ROOT/bench/cluster_journeys.py" --base "http://127.0.0.1:$LB_PORT" --out "$WORK/answers.csv" \
  --stop "$WORK/stop" --readers "$READERS" --email "$EDITOR_EMAIL" --password "$EDITOR_PASSWORD" &
JOURNEYS=$!
sleep 3
s=$(now); sleep 10; mark "steady load, no fault (10 s)" "$s" "$(now)"

echo "== PostgreSQL restart"
s=$(now); pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" restart -m fast; e=$(now)
mark "database restart ($(echo "$e - $s" | bc | cut -c1-4) s)" "$s" "$e"; sleep 15

echo "== kill -9 of instance 1"
s=$(now); kill -9 "${PIDS[app1]}"; wait "${PIDS[app1]}" 2>/dev/null || true; mark "kill -9 of instance 1" "$s" "$(now)"; sleep 10
s=$(now); start_instance app1 $PORT_1; echo "instance 1 back after $(wait_ready $PORT_1) s"; mark "instance 1 starting again" "$s" "$(now)"; sleep 5

echo "== rolling restart (SIGTERM: graceful shutdown, then start, wait for readiness)"
for name in app1 app2; do
  port=$PORT_1; [ "$name" = app2 ] && port=$PORT_2
  s=$(now); kill -TERM "${PIDS[$name]}"; wait "${PIDS[$name]}" 2>/dev/null || true
  stopped=$(echo "$(now) - $s" | bc | cut -c1-4)
  start_instance "$name" "$port"; ready=$(wait_ready "$port")
  mark "rolling restart of $name (stop ${stopped} s)" "$s" "$(now)"; echo "$name stopped in $stopped s, ready again after $ready s"; sleep 5
done
touch "$WORK/stop"; wait $JOURNEYS

echo
echo "== errors and recovery, through nginx (an error: no answer, a 5xx, a save not answered 302)"
python3 "$ROOT/bench/cluster_report.py" "$WORK/answers.csv" "$WORK/marks.tsv"

echo
echo "== saves"
awk -F, '$2 == "save" && $3 == 302 { print $5 }' "$WORK/answers.csv" | sort > "$WORK/acknowledged.txt"
awk -F, '$2 == "save" && $3 != 302 { print $5 }' "$WORK/answers.csv" | sort > "$WORK/refused.txt"
psql_db "select title from news_items where title like 'Cluster journey %' order by title" > "$WORK/written.txt"
echo "acknowledged: $(wc -l < "$WORK/acknowledged.txt"), answered otherwise: $(wc -l < "$WORK/refused.txt"), items written: $(wc -l < "$WORK/written.txt")"
echo "acknowledged but missing: $(comm -23 "$WORK/acknowledged.txt" <(sort -u "$WORK/written.txt") | wc -l)"
echo "written twice: $(sort "$WORK/written.txt" | uniq -d | wc -l)"
echo "answered an error yet written: $(comm -12 "$WORK/refused.txt" <(sort -u "$WORK/written.txt") | wc -l)"
echo "ERROR lines in the instances' logs: $(cat "$WORK"/app*.log | grep -c ' ERROR ' || true); WARN lines: $(cat "$WORK"/app*.log | grep -c ' WARN ' || true)"

echo
echo "== backup and restore: pg_dump, an empty database, pg_restore, start an instance on it"
s=$(now)
su postgres -c "pg_dump -p $PG_PORT -Fc -d newsdesk" > "$WORK/newsdesk.dump"
psql_db "create database newsdesk_restored owner newsdesk" postgres
su postgres -c "pg_restore -p $PG_PORT -d newsdesk_restored --no-owner --role=newsdesk" < "$WORK/newsdesk.dump"
start_instance restored $PORT_RESTORED newsdesk_restored; ready=$(wait_ready $PORT_RESTORED)
echo "dump $(du -h "$WORK/newsdesk.dump" | cut -f1), restored and ready in $(echo "$(now) - $s" | bc | cut -c1-5) s;" \
  "items: $(psql_db 'select count(*) from news_items') in the original, $(psql_db 'select count(*) from news_items' newsdesk_restored) restored;" \
  "home page: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT_RESTORED/"), editor sign-in page: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT_RESTORED/login")"
