#!/usr/bin/env bash
# Newsdesk load benchmark: builds the jar, starts the app on a PostgreSQL (embedded by default),
# seeds N items through SQL, and runs wrk against each scenario next to nginx serving the same
# home page as a static file. Prints one table. See bench/README.md.
set -euo pipefail

ITEMS=10000
DATABASE_URL=""
DATABASE_USER="${BENCH_DATABASE_USER:-postgres}"
DATABASE_PASSWORD="${BENCH_DATABASE_PASSWORD:-}"
DURATION=10s
WARMUP=5s
JIT_WARMUP=3s
JIT_WARMUP_MAX=300
RUNS=3
CONNECTIONS=32
CACHE=on
HEAP=256m
BUILD=yes
APP_PORT=18080
STATIC_PORT=18081
STATIC_GZ_PORT=18082
PG_PORT=15432
ONLY=""
JAR=""
PICTURES=10
EXTRA_ARGS=()

usage() {
  cat <<EOF
Usage: bench/run.sh [options]
  --items N            items to seed (default 10000; 100000 for the large run)
  --database-url URL   a PostgreSQL JDBC URL to use instead of a throw-away server
                       (PostgreSQL 17 from Maven Central's binaries, bench/postgres.sh)
                       (user/password from BENCH_DATABASE_USER / BENCH_DATABASE_PASSWORD)
  --cache on|off       the page cache (default on)
  --duration D         wrk duration per run (default 10s); --runs N (default 3)
  --heap SIZE          -Xmx for the app (default 256m)
  --skip-build         use the jar already in target/
  --only REGEX         only the scenarios whose name matches (the static baseline always runs)
  --jar PATH           run this jar (implies --skip-build): compare two builds
  --app-arg ARG        one more argument for the app (repeatable), e.g. --app-arg --server.tomcat.threads.max=16
  --pictures N         pictures uploaded for the scenarios with thumbnails (default 10; 0 skips them)
  --jit-warmup-max S   the longest warm-up before the runs, in seconds (default 300): rounds of
                       every scenario until the JIT compiler is quiet
EOF
}

while [ $# -gt 0 ]; do
  case "$1" in
    --items) ITEMS="$2"; shift 2 ;;
    --database-url) DATABASE_URL="$2"; shift 2 ;;
    --cache) CACHE="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --heap) HEAP="$2"; shift 2 ;;
    --skip-build) BUILD=no; shift ;;
    --only) ONLY="$2"; shift 2 ;;
    --jar) JAR="$(realpath "$2")"; BUILD=no; shift 2 ;;
    --app-arg) EXTRA_ARGS+=("$2"); shift 2 ;;
    --pictures) PICTURES="$2"; shift 2 ;;
    --jit-warmup-max) JIT_WARMUP_MAX="$2"; shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "Unknown option: $1"; usage; exit 2 ;;
  esac
done

for tool in wrk nginx psql curl java jcmd; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench/run.sh needs $tool (apt-get install -y wrk nginx postgresql-client; a JDK 17)"; exit 2; }
done
case "$CACHE" in on|off) ;; *) echo "--cache must be on or off"; exit 2 ;; esac
# With the cache off every request renders, and on two cores the JIT keeps compiling the
# rendering code for a while: give it longer before measuring.
[ "$CACHE" = off ] && JIT_WARMUP=10s

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d /tmp/newsdesk-bench.XXXXXX)"
APP_PID=""
NGINX_CONF="$WORK/nginx.conf"
source "$ROOT/bench/postgres.sh"
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -f "$WORK/nginx.pid" ] && nginx -c "$NGINX_CONF" -s stop 2>/dev/null || true
  bench_postgres_stop "$WORK/postgres"
  rm -rf "$WORK"
}
trap cleanup EXIT

cd "$ROOT"
if [ "$BUILD" = yes ]; then
  echo "Building the jar…"
  ./mvnw -B -q -ntp -DskipTests package
fi
[ -n "$JAR" ] || JAR="$(ls target/newsdesk-*.jar | grep -v original | head -1)"

# An editor for the pictures' upload (through the media library, as an editor's): made at the first start.
BENCH_EMAIL=bench@example.org
BENCH_PASSWORD="bench-$(head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')"
app_args=(--server.port=$APP_PORT --newsdesk.demo-content=false --logging.level.root=WARN
          --newsdesk.site.base-url=http://localhost:$APP_PORT
          --newsdesk.admin.email=$BENCH_EMAIL --newsdesk.admin.password=$BENCH_PASSWORD)
[ "$CACHE" = off ] && app_args+=(--newsdesk.page-cache.enabled=false)
app_args+=("${EXTRA_ARGS[@]}")
if [ -n "$DATABASE_URL" ]; then
  app_args+=(--spring.datasource.url="$DATABASE_URL" --spring.datasource.username="$DATABASE_USER"
             --spring.datasource.password="$DATABASE_PASSWORD")
  PSQL_URL="$(echo "$DATABASE_URL" | sed -e 's#^jdbc:##')"
  PSQL=(psql -q "$PSQL_URL" -U "$DATABASE_USER")
  export PGPASSWORD="$DATABASE_PASSWORD"
else
  bench_postgres_start "$WORK/postgres" $PG_PORT
  app_args+=(--spring.datasource.url="jdbc:postgresql://localhost:$PG_PORT/newsdesk" --spring.datasource.username=postgres)
  PSQL=(psql -q -h localhost -p $PG_PORT -U postgres newsdesk)
fi

echo "Starting the app (-Xmx$HEAP, cache $CACHE)…"
start=$(date +%s%N)
java -XX:+UseParallelGC -Xmx$HEAP -jar "$JAR" "${app_args[@]}" > "$WORK/app.log" 2>&1 &
APP_PID=$!
until curl -sf "http://localhost:$APP_PORT/actuator/health/readiness" >/dev/null 2>&1; do
  kill -0 "$APP_PID" 2>/dev/null || { echo "The app did not start:"; tail -50 "$WORK/app.log"; exit 1; }
  sleep 0.1
done
STARTUP_MS=$(( ($(date +%s%N) - start) / 1000000 ))
echo "Ready after ${STARTUP_MS} ms (process start to a ready health check, empty database)."
# The scripts' commit; the jar, built elsewhere with --jar, is named by its own file and digest.
echo "Scripts at commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'); jar: $JAR (file dated $(date -u -r "$JAR" '+%F %T') UTC), sha256 $(sha256sum "$JAR" | cut -c1-12)."

echo "Seeding $ITEMS items…"
seed_start=$(date +%s)
"${PSQL[@]}" -v items="$ITEMS" -f bench/seed.sql > /dev/null
echo "Seeded in $(( $(date +%s) - seed_start )) s; visibility map: $("${PSQL[@]}" -At -c "select relallvisible || ' of ' || relpages || ' pages' from pg_class where relname = 'news_items'")."

# Paths for the random scenarios.
"${PSQL[@]}" -At -c "select '/news/' || slug from news_items order by random() limit 5000" > "$WORK/items.txt"
seq 2 500 | sed 's#^#/page/#' > "$WORK/listing.txt"
month=$("${PSQL[@]}" -At -c "select to_char(published_at at time zone 'America/Costa_Rica', 'YYYY/MM') from news_items order by published_at desc offset 400 limit 1")
cat > "$WORK/search.txt" <<EOF
/search?q=trafficking
/search?q=repatriation
/search?q=migracion
/search?q=border+management
/search?q=%22consular+services%22
/search?q=children+-labour
/search?q=guatemala+or+honduras
/search?q=traffick
/search?q=climate+displacement
/search?q=reintegration+families
EOF

# The static baseline: the same home page, served by nginx with the same compression.
mkdir -p "$WORK/www"
chmod 755 "$WORK" "$WORK/www"  # nginx workers run as an unprivileged user
curl -s "http://localhost:$APP_PORT/" > "$WORK/www/index.html"
# For reference only: the same file compressed once, ahead of time (as the page cache does).
mkdir -p "$WORK/www-gz"
cp "$WORK/www/index.html" "$WORK/www-gz/index.html"
gzip -6 -k "$WORK/www-gz/index.html"
chmod -R a+rX "$WORK/www" "$WORK/www-gz"
cat > "$NGINX_CONF" <<EOF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  gzip on; gzip_comp_level 6; gzip_min_length 1024; gzip_vary on;
  server {
    listen 127.0.0.1:$STATIC_PORT;
    root $WORK/www;
    location / { default_type text/html; try_files /index.html =404; }
  }
  server {
    listen 127.0.0.1:$STATIC_GZ_PORT;
    root $WORK/www-gz;
    gzip_static on;
    location / { default_type text/html; try_files /index.html =404; }
  }
}
EOF
nginx -c "$NGINX_CONF"

ETAG=$(curl -sI "http://localhost:$APP_PORT/" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')

scenarios=(
  "static baseline (nginx)|http://127.0.0.1:$STATIC_PORT/|gzip.lua|"
  "(static, gzipped ahead)|http://127.0.0.1:$STATIC_GZ_PORT/|gzip.lua|"
  "home page|http://localhost:$APP_PORT/|gzip.lua|"
  "listing pages 2–500|http://localhost:$APP_PORT/|paths.lua|$WORK/listing.txt"
  "random items|http://localhost:$APP_PORT/|paths.lua|$WORK/items.txt"
  "tag page|http://localhost:$APP_PORT/tags/mexico|gzip.lua|"
  "month archive|http://localhost:$APP_PORT/archive/$month|gzip.lua|"
  "/feed.xml|http://localhost:$APP_PORT/feed.xml|gzip.lua|"
  "/sitemap.xml|http://localhost:$APP_PORT/sitemap.xml|gzip.lua|"
  "month sitemap|http://localhost:$APP_PORT/sitemap-news-${month/\//-}.xml|gzip.lua|"
  "search|http://localhost:$APP_PORT/|paths.lua|$WORK/search.txt"
  "home 304 (If-None-Match)|http://localhost:$APP_PORT/|conditional.lua|"
)
# Run last, once every item leads with one of --pictures pictures (see pictures_seed below).
picture_scenarios=(
  "home with thumbnails|http://localhost:$APP_PORT/|gzip.lua|"
  "listing 2–500, thumbnails|http://localhost:$APP_PORT/|paths.lua|$WORK/listing.txt"
  "thumbnail files (/media)|http://localhost:$APP_PORT/|paths.lua|$WORK/thumbnails.txt"
  "thumbnail 304|http://localhost:$APP_PORT/media/|conditional.lua|"
)

# Runs wrk once; prints "rps p50_ms p99_ms errors".
run_wrk() {
  local url="$1" script="$2" paths="$3" duration="$4"
  PATHS="$paths" ETAG="${SCENARIO_ETAG:-$ETAG}" ACCEPT="${SCENARIO_ACCEPT:-text/html}" wrk -t1 -c$CONNECTIONS -d"$duration" --latency -s "bench/wrk/$script" "$url" > "$WORK/wrk.out" 2>&1 || true
  awk '
    function ms(v) { if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /s$/) return v*1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) }
    /Non-2xx or 3xx/ { errors += $NF }
    /Socket errors/ { gsub(",", ""); errors += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %.2f %d\n", rps, p50, p99, errors }' "$WORK/wrk.out"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# The JIT compiles the rendering code only after thousands of requests: without this, the first
# scenarios of a --cache off run would measure the interpreter.
if [ -n "$ONLY" ]; then
  kept=()
  for scenario in "${scenarios[@]}"; do
    case "$scenario" in "static baseline"*) kept+=("$scenario") ;; *) [[ "${scenario%%|*}" =~ $ONLY ]] && kept+=("$scenario") ;; esac
  done
  scenarios=("${kept[@]}")
  kept=()
  for scenario in "${picture_scenarios[@]}"; do
    [[ "${scenario%%|*}" =~ $ONLY ]] && kept+=("$scenario")
  done
  picture_scenarios=("${kept[@]}")
fi
[ "$PICTURES" -gt 0 ] || picture_scenarios=()
# CPU ticks of the app's JIT compiler threads, and of the whole JVM: "compiler jvm".
jit_ticks() {
  local task value compiler=0 jvm=0
  for task in /proc/$APP_PID/task/*; do
    value=$(awk '{print $14 + $15}' "$task/stat" 2>/dev/null) || continue
    jvm=$((jvm + value))
    grep -q 'Compiler' "$task/comm" 2>/dev/null && compiler=$((compiler + value))
  done
  echo "$compiler $jvm"
}
# Rounds of every scenario until the JIT is done: a server in use runs compiled code, and after a
# round of 10 s per scenario the compiler threads still took a fifth of the CPU (and the SpEL
# compiler's classes were still being compiled). Done when a round's compiler threads take under
# 3% of the JVM's CPU, or after --jit-warmup-max seconds.
warmup_start=$(date +%s)
echo "Warming up the JVM: rounds of every scenario ($JIT_WARMUP each) until the JIT compiler is quiet, not measured…"
while :; do
  before=$(jit_ticks)
  for scenario in "${scenarios[@]}"; do
    IFS='|' read -r name url script paths <<< "$scenario"
    case "$url" in *":$APP_PORT/"*) run_wrk "$url" "$script" "$paths" "$JIT_WARMUP" > /dev/null ;; esac
  done
  after=$(jit_ticks)
  share=$(awk -v b="$before" -v a="$after" 'BEGIN { split(b, x, " "); split(a, y, " "); printf "%.1f", 100 * (y[1] - x[1]) / (y[2] - x[2] + 1) }')
  elapsed=$(( $(date +%s) - warmup_start ))
  if awk -v s="$share" 'BEGIN { exit !(s < 3) }' || [ "$elapsed" -ge "$JIT_WARMUP_MAX" ]; then
    echo "Warm after ${elapsed} s: the JIT compiler took ${share}% of the JVM's CPU in the last round."
    break
  fi
done

echo "Load: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) before the runs; $(nproc) cores."
printf '\n%-28s %10s %9s %9s %7s %9s %12s %8s\n' "scenario" "req/s" "p50 ms" "p99 ms" "errors" "vs static" "nginx beside" "vs it"
baseline=""
static_url=""
static_script=""
# Measures one scenario ("name|url|script|paths") and prints its row of the table.
measure() {
  local name url script paths
  IFS='|' read -r name url script paths <<< "$1"
  if [ -n "$paths" ]; then
    # Every page once, as its first readers would: what follows measures a site in use, not the
    # minute after a restart (the --cache off run and the uncached deep page measure misses).
    sed "s#^#${url%/}#" "$paths" | xargs -P 4 -n 100 curl -s -H 'Accept-Encoding: gzip' > /dev/null || true
  fi
  run_wrk "$url" "$script" "$paths" "$WARMUP" > /dev/null
  : > "$WORK/runs.txt"
  : > "$WORK/static-runs.txt"
  for _ in $(seq "$RUNS"); do
    # nginx again before each run of the app's scenarios: on a shared machine nginx's rate moved by
    # a third between runs of this script, and every "vs static" with it. "vs it" is the scenario
    # against the static baseline measured in the same minutes, run for run.
    case "$url" in *":$APP_PORT/"*) [ -n "$static_url" ] && run_wrk "$static_url" "$static_script" "" "$DURATION" >> "$WORK/static-runs.txt" ;; esac
    run_wrk "$url" "$script" "$paths" "$DURATION" >> "$WORK/runs.txt"
  done
  rps=$(cut -d' ' -f1 "$WORK/runs.txt" | median)
  p50=$(cut -d' ' -f2 "$WORK/runs.txt" | median)
  p99=$(cut -d' ' -f3 "$WORK/runs.txt" | median)
  errors=$(awk '{ s += $4 } END { print s }' "$WORK/runs.txt")
  if [ -z "$baseline" ]; then baseline=$rps; static_url=$url; static_script=$script; fi
  ratio=$(awk -v a="$rps" -v b="$baseline" 'BEGIN { printf "%.0f%%", 100 * a / b }')
  beside="" beside_ratio=""
  if [ -s "$WORK/static-runs.txt" ]; then
    beside=$(cut -d' ' -f1 "$WORK/static-runs.txt" | median)
    beside_ratio=$(awk -v a="$rps" -v b="$beside" 'BEGIN { printf "%.0f%%", 100 * a / b }')
  fi
  printf '%-28s %10s %9s %9s %7s %9s %12s %8s\n' "$name" "$rps" "$p50" "$p99" "$errors" "$ratio" "$beside" "$beside_ratio"
}
for scenario in "${scenarios[@]}"; do
  measure "$scenario"
done

# A deep listing page, never cached: each request has a query string of its own (other query
# parameters change nothing on a page, so each is a miss that renders page N from the database).
deep=$(( (ITEMS + 9) / 10 * 9 / 10 ))
[ "$deep" -lt 2 ] && deep=2
for i in $(seq 11); do
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Accept-Encoding: gzip' "http://localhost:$APP_PORT/page/$deep?uncached=$i"
done | awk '{ printf "%.1f\n", $1 * 1000 }' > "$WORK/deep.txt"
deep_ms=$(median < "$WORK/deep.txt")
printf '%-28s %10s %9s\n' "page $deep, uncached" "" "$deep_ms"

# Search, uncached: each of the ten queries three times, one request at a time, each a miss
# (a query parameter of its own), median of the thirty.
for round in 1 2 3; do
  while read -r path; do
    curl -s -o /dev/null -w '%{time_total}\n' -H 'Accept-Encoding: gzip' "http://localhost:$APP_PORT$path&uncached=$round"
  done < "$WORK/search.txt"
done | awk '{ printf "%.1f\n", $1 * 1000 }' > "$WORK/search-times.txt"
search_ms=$(median < "$WORK/search-times.txt")
printf '%-28s %10s %9s\n' "search, uncached" "" "$search_ms"

# Pictures (issue 13): --pictures photo-like JPEGs uploaded through the media library as an editor
# would (sign-in, CSRF token, one multipart POST), their variants made by the app's background
# worker, then every item leads with one of them, so that each listing page shows ten thumbnails.
if [ ${#picture_scenarios[@]} -gt 0 ]; then
  echo
  echo "Uploading $PICTURES pictures and waiting for their variants…"
  java "$ROOT/bench/pictures/MakePictures.java" "$WORK/pictures" "$PICTURES"
  jar="$WORK/cookies.txt"
  token() { grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
  csrf=$(curl -s -c "$jar" -b "$jar" "http://localhost:$APP_PORT/login" | token)
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "email=$BENCH_EMAIL" --data-urlencode "password=$BENCH_PASSWORD" \
       --data-urlencode "_csrf=$csrf" "http://localhost:$APP_PORT/login"
  csrf=$(curl -s -c "$jar" -b "$jar" "http://localhost:$APP_PORT/admin/media" | token)
  [ -n "$csrf" ] || { echo "Could not sign in to upload the pictures."; exit 1; }
  files=()
  for f in "$WORK"/pictures/*.jpg; do files+=(-F "files=@$f;type=image/jpeg"); done
  upload_start=$(date +%s%N)
  curl -s -o /dev/null -c "$jar" -b "$jar" -F "_csrf=$csrf" "${files[@]}" "http://localhost:$APP_PORT/admin/media"
  for _ in $(seq 600); do
    ready=$("${PSQL[@]}" -At -c "select count(*) from pictures where variants_ready")
    [ "$ready" -ge "$PICTURES" ] && break
    sleep 0.5
  done
  [ "$ready" -ge "$PICTURES" ] || { echo "Only $ready of $PICTURES pictures got their variants in 5 minutes."; exit 1; }
  echo "Uploaded and variants made in $(( ($(date +%s%N) - upload_start) / 1000000 )) ms ($PICTURES pictures of 1600 × 1067 px)."
  "${PSQL[@]}" -c "update pictures set alt_text = 'Bench picture ' || id" \
               -c "update news_items set lead_picture_id = (select array_agg(id order by id) from pictures)[1 + id % $PICTURES]" \
               -c "vacuum analyze news_items" > /dev/null
  # What a browser fetches for a listing's thumbnails: the WebP at 320 and 640 px wide (1x and 2x screens).
  curl -s -H 'Accept: text/html' "http://localhost:$APP_PORT/" | grep -o '/media/[0-9a-f]*-\(320\|640\)\.webp' | sort -u > "$WORK/thumbnails.txt"
  echo "The home page shows $(curl -s "http://localhost:$APP_PORT/" | grep -c 'class="card-picture"') thumbnails; $(wc -l < "$WORK/thumbnails.txt") thumbnail files."
  first_thumbnail=$(head -1 "$WORK/thumbnails.txt")
  SCENARIO_ETAG=""
  SCENARIO_ACCEPT=""
  for scenario in "${picture_scenarios[@]}"; do
    case "$scenario" in
      "thumbnail 304"*)
        SCENARIO_ETAG=$(curl -sI "http://localhost:$APP_PORT$first_thumbnail" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
        scenario="${scenario/\/media\//$first_thumbnail}" ;;
      "thumbnail files"*) SCENARIO_ACCEPT="image/avif,image/webp,image/*,*/*;q=0.8" ;;
    esac
    measure "$scenario"
    SCENARIO_ETAG=""
    SCENARIO_ACCEPT=""
  done
fi

heap=$(jcmd "$APP_PID" GC.heap_info 2>/dev/null | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { print $(i+1); exit } }')
rss=$(awk '/VmRSS/ { printf "%.0f MB", $2 / 1024 }' /proc/$APP_PID/status)
echo
echo "Items: $ITEMS · cache: $CACHE · -Xmx$HEAP · heap used after the runs: ${heap:-n/a} · resident: $rss · start-up to ready: ${STARTUP_MS} ms"
echo "Load after the runs: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)."
echo "Medians of $RUNS runs of wrk -t1 -c$CONNECTIONS -d$DURATION each, after a $WARMUP warm-up per scenario;"
echo "nginx beside: the static baseline run again before each of a scenario's runs, median of those; vs it: the scenario against it."
echo "page $deep: median of 11 single requests (curl, gzip), each a miss."
echo "search, uncached: median of 30 single requests (the 10 queries 3 times, curl, gzip), each a miss."
