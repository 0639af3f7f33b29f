#!/usr/bin/env bash
# Two Newsdesk instances of the built jar on one PostgreSQL, behind nginx, without Docker: the
# topology of docker-compose.yml's cluster profile on one machine. Readers and an editor go
# through nginx (bench/cluster_journeys.py) while the script applies the faults a cluster must
# survive: a database restart, kill -9 of an instance, a rolling restart. Then it checks that
# every acknowledged save is in the database exactly once, and makes a backup with pg_dump,
# restores it into an empty database and starts an instance on it (pages and a picture must
# answer 200 there). Prints one table of errors and recovery times per fault
# (bench/cluster_report.py), with a time stamp on every step.
#
# Needs: a JDK 17, nginx, python3, and Debian's PostgreSQL server (apt-get install -y nginx
# postgresql gettext-base bc); run as root (it makes and drops a PostgreSQL cluster
# "newsdesk-bench"). Each instance runs with -Xmx256m. On a loaded machine an instance may take
# minutes to start: readiness is waited for up to --ready-timeout seconds (default 1200), with
# a progress line every 30 s.
set -euo pipefail

PG_VERSION="${BENCH_PG_VERSION:-15}"
PG_CLUSTER=newsdesk-bench
PG_PORT=55432
LB_PORT=28080
PORT_1=28081
PORT_2=28082
PORT_RESTORED=28083
HEAP=256m
BUILD=auto
READERS=4
ITEMS=2000
READY_TIMEOUT=1200
JAR_GIVEN=""
PASSWORD="bench-$(date +%s%N | sha256sum | cut -c1-16)"
EDITOR_EMAIL=editor@example.org
EDITOR_PASSWORD="cluster bench password"

while [ $# -gt 0 ]; do
  case "$1" in
    --build) BUILD=yes; shift ;;
    --skip-build) BUILD=no; shift ;;
    --jar) JAR_GIVEN="$(realpath "$2")"; BUILD=no; shift 2 ;;
    --readers) READERS="$2"; shift 2 ;;
    --items) ITEMS="$2"; shift 2 ;;
    --ready-timeout) READY_TIMEOUT="$2"; shift 2 ;;
    -h|--help) sed -n '2,16p' "$0"; echo "Options: --build | --skip-build, --readers N (default 4), --items N (seeded, default 2000), --ready-timeout S (default 1200), --jar PATH (a jar elsewhere than target/)"; exit 0 ;;
    *) echo "Unknown option: $1"; exit 2 ;;
  esac
done
for tool in java nginx python3 curl envsubst bc pg_createcluster pg_ctlcluster pg_dump pg_restore; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench/cluster.sh needs $tool (apt-get install -y nginx postgresql gettext-base bc; a JDK 17)"; exit 2; }
done

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/newsdesk-cluster.XXXXXX)"
chmod 755 "$WORK"  # nginx's workers (an unprivileged user) keep request bodies under it
JAR="${JAR_GIVEN:-$(ls "$ROOT"/target/newsdesk-*.jar 2>/dev/null | grep -v original | head -1 || true)}"
if [ "$BUILD" = yes ] || { [ "$BUILD" = auto ] && [ -z "$JAR" ]; }; then
  (cd "$ROOT" && ./mvnw -B -ntp -q -DskipTests package)
  JAR="$(ls "$ROOT"/target/newsdesk-*.jar | grep -v original | head -1)"
fi
echo "$(date -u '+%F %T') UTC; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); commit $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "jar: $JAR ($(du -h "$JAR" | cut -f1)); work files: $WORK"

declare -A PIDS
cleanup() {
  touch "$WORK/stop"
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && { kill -9 "$pid"; wait "$pid"; } 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && nginx -c "$WORK/nginx.conf" -p "$WORK" -s stop 2>/dev/null || true
  pg_dropcluster --stop "$PG_VERSION" "$PG_CLUSTER" 2>/dev/null || true
}
trap cleanup EXIT

now() { date +%s.%N; }
step() { echo "[$(date -u +%T)] $*"; }
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
  java -XX:+UseParallelGC -Xmx$HEAP -jar "$JAR" --server.port="$2" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:$PG_PORT/${3:-newsdesk}" \
    --spring.datasource.username=newsdesk --spring.datasource.password="$PASSWORD" \
    --newsdesk.admin.email="$EDITOR_EMAIL" --newsdesk.admin.password="$EDITOR_PASSWORD" \
    --newsdesk.site.base-url="http://localhost:$LB_PORT" >> "$WORK/$1.log" 2>&1 &
  PIDS[$1]=$!
}
wait_ready() { # name port [since]; prints seconds from since (default: now). Fails if the instance dies or is not ready in time.
  local started=${3:-$(now)} waited next=30 pid=${PIDS[$1]}
  while [ "$(curl -s -m 5 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$2/actuator/health/readiness" || true)" != 200 ]; do
    waited=$(echo "$(now) - $started" | bc | cut -d. -f1)
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "instance $1 (port $2) died while starting; the end of its log:" >&2; tail -20 "$WORK/$1.log" >&2; exit 1
    fi
    if [ "${waited:-0}" -ge "$READY_TIMEOUT" ]; then
      echo "instance $1 (port $2) not ready after $READY_TIMEOUT s; the end of its log:" >&2; tail -20 "$WORK/$1.log" >&2; exit 1
    fi
    if [ "${waited:-0}" -ge "$next" ]; then
      step "  still waiting for $1: ${waited} s, load average $(cut -d' ' -f1 /proc/loadavg)" >&2; next=$(( next + 30 ))
    fi
    sleep 0.5
  done
  echo "$(now) - $started" | bc | cut -c1-5
}

step "== two instances started at the same moment on an empty database"
s=$(now); start_instance app1 $PORT_1; start_instance app2 $PORT_2
r1=$(wait_ready app1 $PORT_1 "$s"); r2=$(wait_ready app2 $PORT_2 "$s")
step "ready after: app1 $r1 s, app2 $r2 s (from the same start)"
echo "users: $(psql_db 'select count(*) from users') (expected 1: the first administrator, made once), migrations applied: $(psql_db 'select count(*) from flyway_schema_history where success')"
step "seeding $ITEMS items (bench/seed.sql, through psql while both instances run)"
su postgres -c "psql -X -q -p $PG_PORT -d newsdesk -v items=$ITEMS -f -" < "$ROOT/bench/seed.sql" > /dev/null
echo "items: $(psql_db 'select count(*) from news_items'), tags: $(psql_db 'select count(*) from tags')"

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

# --- A picture, uploaded through nginx by the editor (the restored copy must serve it too) -----
step "uploading a picture"
cat > "$WORK/MakeJpeg.java" <<'JAVA'
import java.awt.Color; import java.awt.image.BufferedImage; import java.io.File; import javax.imageio.ImageIO;
class MakeJpeg { public static void main(String[] a) throws Exception {
  BufferedImage i = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
  for (int y = 0; y < 1000; y++) for (int x = 0; x < 1600; x++) i.setRGB(x, y, new Color(x % 256, y % 256, (x + y) % 256).getRGB());
  ImageIO.write(i, "jpg", new File(a[0])); } }
JAVA
java "$WORK/MakeJpeg.java" "$WORK/picture.jpg"
LB="http://127.0.0.1:$LB_PORT"; JAR_COOKIES="$WORK/cookies.txt"
csrf() { curl -s -b "$JAR_COOKIES" -c "$JAR_COOKIES" "$LB$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
curl -s -o /dev/null -b "$JAR_COOKIES" -c "$JAR_COOKIES" --data-urlencode "_csrf=$(csrf /login)" \
  --data-urlencode "email=$EDITOR_EMAIL" --data-urlencode "password=$EDITOR_PASSWORD" "$LB/login"
picture_page=$(curl -s -o /dev/null -w '%{redirect_url}' -b "$JAR_COOKIES" -c "$JAR_COOKIES" \
  -F "_csrf=$(csrf /admin/media)" -F "files=@$WORK/picture.jpg;type=image/jpeg" "$LB/admin/media")
PICTURE=$(curl -s -b "$JAR_COOKIES" "$picture_page" | grep -o '/media/[0-9a-f]\{20\}-[^"? ]*\.jpg' | head -1 || true)
echo "picture: $picture_page, file $PICTURE: $(curl -s -o /dev/null -w '%{http_code}' "$LB$PICTURE")"

# --- Journeys and faults ----------------------------------------------------------------------
python3 "$ROOT/bench/cluster_journeys.py" --base "http://127.0.0.1:$LB_PORT" --out "$WORK/answers.csv" \
  --stop "$WORK/stop" --readers "$READERS" --email "$EDITOR_EMAIL" --password "$EDITOR_PASSWORD" &
JOURNEYS=$!
sleep 3
s=$(now); sleep 10; mark "steady load, no fault (10 s)" "$s" "$(now)"

step "== PostgreSQL restart"
s=$(now); pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" restart -m fast; e=$(now)
mark "database restart ($(echo "$e - $s" | bc | cut -c1-4) s)" "$s" "$e"; sleep 15

step "== kill -9 of instance 1"
s=$(now); kill -9 "${PIDS[app1]}"; wait "${PIDS[app1]}" 2>/dev/null || true; mark "kill -9 of instance 1" "$s" "$(now)"; sleep 10
s=$(now); start_instance app1 $PORT_1; ready=$(wait_ready app1 $PORT_1); step "instance 1 back after $ready s"; mark "instance 1 starting again" "$s" "$(now)"; sleep 5

step "== rolling restart (SIGTERM: graceful shutdown, then start, wait for readiness)"
for name in app1 app2; do
  port=$PORT_1; [ "$name" = app2 ] && port=$PORT_2
  s=$(now); kill -TERM "${PIDS[$name]}"; wait "${PIDS[$name]}" 2>/dev/null || true
  stopped=$(echo "$(now) - $s" | bc | cut -c1-4)
  start_instance "$name" "$port"; ready=$(wait_ready "$name" "$port")
  mark "rolling restart of $name (stop ${stopped} s)" "$s" "$(now)"; step "$name stopped in $stopped s, ready again after $ready s"; sleep 5
done
touch "$WORK/stop"; wait $JOURNEYS

echo
step "== errors and recovery, through nginx (an error: no answer, a 5xx, a save not answered 302)"
python3 "$ROOT/bench/cluster_report.py" "$WORK/answers.csv" "$WORK/marks.tsv"

echo
step "== saves"
# Python's csv module ends its rows with \r\n: without tr, no title would match the database's.
tr -d '\r' < "$WORK/answers.csv" | awk -F, '$2 == "save" && $3 == 302 { print $5 }' | sort > "$WORK/acknowledged.txt"
tr -d '\r' < "$WORK/answers.csv" | awk -F, '$2 == "save" && $3 != 302 { print $5 }' | sort > "$WORK/refused.txt"
psql_db "select title from news_items where title like 'Cluster journey %' order by title" > "$WORK/written.txt"
echo "acknowledged: $(wc -l < "$WORK/acknowledged.txt"), answered otherwise: $(wc -l < "$WORK/refused.txt"), items written: $(wc -l < "$WORK/written.txt")"
echo "acknowledged but missing: $(comm -23 "$WORK/acknowledged.txt" <(sort -u "$WORK/written.txt") | wc -l)"
echo "written twice: $(sort "$WORK/written.txt" | uniq -d | wc -l)"
echo "answered an error yet written: $(comm -12 "$WORK/refused.txt" <(sort -u "$WORK/written.txt") | wc -l)"
echo "ERROR lines in the instances' logs: $(cat "$WORK"/app*.log | grep -c ' ERROR ' || true); WARN lines: $(cat "$WORK"/app*.log | grep -c ' WARN ' || true)"

echo
step "== backup and restore: pg_dump, an empty database, pg_restore, start an instance on it"
s=$(now)
su postgres -c "pg_dump -p $PG_PORT -Fc -d newsdesk" > "$WORK/newsdesk.dump"
psql_db "create database newsdesk_restored owner newsdesk" postgres
su postgres -c "pg_restore -p $PG_PORT -d newsdesk_restored --no-owner --role=newsdesk" < "$WORK/newsdesk.dump"
start_instance restored $PORT_RESTORED newsdesk_restored; ready=$(wait_ready restored $PORT_RESTORED)
echo "dump $(du -h "$WORK/newsdesk.dump" | cut -f1), restored and ready in $(echo "$(now) - $s" | bc | cut -c1-5) s;" \
  "items: $(psql_db 'select count(*) from news_items') in the original, $(psql_db 'select count(*) from news_items' newsdesk_restored) restored;" \
  "pictures: $(psql_db 'select count(*) from media_files') files in the original, $(psql_db 'select count(*) from media_files' newsdesk_restored) restored"
RESTORED="http://127.0.0.1:$PORT_RESTORED"
ITEM=$(curl -s "$RESTORED/" | grep -o 'href="/news/[^"]*"' | head -1 | sed 's/href="//; s/"$//')
for path in / /page/2 "$ITEM" /tags/mexico /feed.xml /sitemap.xml /login "$PICTURE"; do
  echo "restored copy: $path $(curl -s -o /dev/null -w '%{http_code}' "$RESTORED$path")"
done
