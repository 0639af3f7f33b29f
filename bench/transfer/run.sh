#!/usr/bin/env bash
# Zip export benchmark (issue 13): an app started with -Xmx256m exports a site whose library holds
# N pictures with masters of M megabytes each (put in by SQL: the export copies masters as they are
# stored, so their content does not matter here), through /admin/transfer/export.zip as an editor
# would. Prints the zip's size and entries, the time, and the app's heap: the most it held before
# any collection (-Xlog:gc) and after the export (jcmd GC.heap_info).
# Usage: bench/transfer/run.sh [pictures] [megabytes per master] (default 200 and 2).
# Uses target/newsdesk-*.jar, built first when missing; needs Debian's PostgreSQL (bench/postgres.sh).
set -euo pipefail
PICTURES="${1:-200}"
MEGABYTES="${2:-2}"
PG_PORT=55441
APP_PORT=18091
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="$(mktemp -d /tmp/newsdesk-transfer-bench.XXXXXX)"
APP_PID=""
source "$ROOT/bench/postgres.sh"
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  bench_postgres_stop "$WORK/postgres"
  rm -rf "$WORK"
}
trap cleanup EXIT
cd "$ROOT"
JAR="$(ls target/newsdesk-*.jar 2>/dev/null | grep -v original | head -1 || true)"
if [ -z "$JAR" ]; then
  echo "Building the jar…"
  ./mvnw -B -q -ntp -DskipTests package
  JAR="$(ls target/newsdesk-*.jar | grep -v original | head -1)"
fi

EMAIL=bench@example.org
PASSWORD="bench-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
bench_postgres_start "$WORK/postgres" $PG_PORT
PSQL=(psql -q -h localhost -p $PG_PORT -U postgres newsdesk)
java -Xmx256m -Xlog:gc:file="$WORK/gc.log" -jar "$JAR" --server.port=$APP_PORT --newsdesk.demo-content=false \
  --logging.level.root=WARN --newsdesk.site.base-url=http://localhost:$APP_PORT \
  --newsdesk.admin.email=$EMAIL --newsdesk.admin.password=$PASSWORD \
  --spring.datasource.url="jdbc:postgresql://localhost:$PG_PORT/newsdesk" --spring.datasource.username=postgres \
  > "$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -sf "http://localhost:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "The app did not start:"; tail -50 "$WORK/app.log"; exit 1; }
  sleep 0.2
done

echo "Putting in $PICTURES pictures of $MEGABYTES MB and an item leading with each…"
"${PSQL[@]}" -v n="$PICTURES" -v bytes="$((MEGABYTES * 1024 * 1024))" <<'SQL'
insert into pictures (hash, width, height, source_type, source_width, source_height, alt_text, caption, credit,
                      variants_ready, created_at, created_by, updated_at, updated_by)
select substr(md5('picture ' || g), 1, 20), 2048, 1365, 'JPEG', 6000, 4000, 'Picture ' || g, 'Caption ' || g, 'Bench',
       true, now(), 'bench', now(), 'bench'
from generate_series(1, :n) g;
insert into media_files (key, content_type, bytes)
select substr(md5('picture ' || g), 1, 20) || '.jpg', 'image/jpeg',
       convert_to(repeat(md5(g || ' ' || random()), :bytes / 32), 'UTF8')
from generate_series(1, :n) g;
SQL
# Items through the admin would take long; rows are enough for the export (it reads every item as it is).
"${PSQL[@]}" -v n="$PICTURES" <<'SQL'
insert into news_items (slug, title, summary, body_markdown, body_html, status, published_at, first_published_at,
                        created_at, created_by, updated_at, updated_by, lead_picture_id)
select 'item-' || p.id, 'Item ' || p.id, 'A summary.', '![x](media:' || p.id || ')', '<p><img src="media:' || p.id || '" alt="x"></p>',
       'PUBLISHED', now() - make_interval(days => p.id::int), now() - make_interval(days => p.id::int),
       now(), 'bench', now(), 'bench', p.id
from pictures p;
SQL

jar="$WORK/cookies.txt"
token() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
csrf=$(curl -s -c "$jar" -b "$jar" "http://localhost:$APP_PORT/login" | token)
curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$EMAIL" --data-urlencode "password=$PASSWORD" \
     --data-urlencode "_csrf=$csrf" "http://localhost:$APP_PORT/login"
before=$(grep -c "Pause" "$WORK/gc.log" || true)
echo "Exporting…"
result=$(curl -s -b "$jar" -o "$WORK/export.zip" -w '%{http_code} %{size_download} %{time_total}' \
         "http://localhost:$APP_PORT/admin/transfer/export.zip")
read -r status size seconds <<< "$result"
[ "$status" = 200 ] || { echo "The export answered $status"; tail -30 "$WORK/app.log"; exit 1; }
entries=$(python3 -c "import zipfile,sys; print(len(zipfile.ZipFile(sys.argv[1]).namelist()))" "$WORK/export.zip")
# During the export: the most the heap held before a collection (G1 lets it fill), and the most still
# live after one (what the export really keeps).
peak=$(tail -n +"$((before + 1))" "$WORK/gc.log" | grep -o '[0-9]*M->[0-9]*M' | sed 's/M->.*//' | sort -n | tail -1)
live=$(tail -n +"$((before + 1))" "$WORK/gc.log" | grep -o '[0-9]*M->[0-9]*M' | sed 's/.*->//; s/M$//' | sort -n | tail -1)
collections=$(( $(grep -c "Pause" "$WORK/gc.log" || true) - before ))
after=$(jcmd "$APP_PID" GC.heap_info | grep -o 'used [0-9]*K' | head -1)
printf 'pictures %s × %s MB: zip %s MB, %s entries, %s s; -Xmx256m: %s collections during the export, heap at most %s MB before one, at most %s MB live after one; %s after the export\n' \
  "$PICTURES" "$MEGABYTES" "$((size / 1024 / 1024))" "$entries" "$seconds" "$collections" "${peak:-?}" "${live:-?}" "$after"
kill -0 "$APP_PID" && echo "The app is still running (no OutOfMemoryError)."
grep -q OutOfMemoryError "$WORK/app.log" && { echo "OutOfMemoryError in the log"; exit 1; } || true
