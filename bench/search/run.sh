#!/usr/bin/env bash
# Full-text search benchmark (issues 5 and 14): a throwaway PostgreSQL, the app's migrations, 100,000
# seeded items (half English, half Spanish), then the search statements of eleven typical queries per
# language, each run many times; prints the median and 99th percentile per query. See README.md beside this file.
#
#   bench/search/run.sh                 # about 5 minutes on 2 cores, most of it seeding
#   RUNS=500 bench/search/run.sh        # more runs per query
#   ROUNDS=3 bench/search/run.sh        # measure everything three times on the same data, then the median of the rounds
#   LANGUAGES=es bench/search/run.sh    # one language's search page only (en: /search, es: /es/buscar)
#   KEEP=1 bench/search/run.sh          # keep the database running afterwards (prints how to reach it)
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
PG_BIN=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
RUNS=${RUNS:-200}
WARMUP=${WARMUP:-20}
PORT=${PORT:-55499}
RANKED_MATCHES=${RANKED_MATCHES:-500}   # newsdesk.search.ranked-matches
PAGE_SIZE=${PAGE_SIZE:-10}               # newsdesk.site.page-size
ZONE=${ZONE:-America/Costa_Rica}         # newsdesk.site.time-zone
LANGUAGES=${LANGUAGES:-en es}            # the search pages: en (/search, queries.tsv), es (/es/buscar, queries-es.tsv)
ROUNDS=${ROUNDS:-1}

for tool in initdb pg_ctl psql pgbench; do
    [ -x "$PG_BIN/$tool" ] || { echo "No $tool in $PG_BIN (set PG_BIN; Debian: apt-get install postgresql)" >&2; exit 1; }
done

work=$(mktemp -d /tmp/newsdesk-search-bench.XXXXXX)
# initdb refuses to run as root: the server then runs as the postgres user.
owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$work"

stop() {
    if [ "${KEEP:-0}" = 1 ]; then
        echo "Database kept: psql -h $work -p $PORT -U postgres newsdesk  (stop: $PG_BIN/pg_ctl -D $work/data stop)"
    else
        owner "$PG_BIN/pg_ctl" -D "$work/data" -m fast stop >/dev/null 2>&1 || true
        rm -rf "$work"
    fi
}
trap stop EXIT

echo "PostgreSQL: $("$PG_BIN/postgres" --version) in $work"
owner "$PG_BIN/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
# A throwaway cluster: no durability needed while seeding. shared_buffers holds the data set, as on
# a server sized for it (PostgreSQL's default of 128MB does not hold 100,000 items with bodies).
owner "$PG_BIN/pg_ctl" -D "$work/data" -l "$work/server.log" -w start -o "-p $PORT -k $work -c listen_addresses='' \
    -c shared_buffers=512MB -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_wal_size=4GB" >/dev/null

psql=("$PG_BIN/psql" -X -q -h "$work" -p "$PORT" -U postgres -v ON_ERROR_STOP=1)
"${psql[@]}" -d postgres -c "create database newsdesk"
psql+=(-d newsdesk)

echo "Applying the migrations in db/migration…"
while read -r migration; do
    "${psql[@]}" -f "$migration"
done < <(ls "$root"/db/migration/V*.sql | sort -V)

start=$(date +%s)
"${psql[@]}" -f "$here/seed.sql"
echo "Seeded in $(( $(date +%s) - start )) s: $("${psql[@]}" -At -c "select count(*) || ' items (' || count(*) filter (where status = 'PUBLISHED' and published_at <= now()) || ' visible), ' || pg_size_pretty(pg_total_relation_size('news_items')) || ' with TOAST and indexes, GIN indexes ' || pg_size_pretty(pg_relation_size('news_items_search_en_idx') + pg_relation_size('news_items_search_es_idx')) from news_items")"
stale=$("${psql[@]}" -At -c "select count(*) from news_items i
    where search_tags <> coalesce((select string_agg(t.name, ' ' order by lower(t.name)) from news_item_tags nit
                                   join tags t on t.id = nit.tag_id where nit.news_item_id = i.id), '')
       or search_tag_ids <> array(select tag_id from news_item_tags where news_item_id = i.id order by tag_id)")
[ "$stale" = 0 ] || { echo "search_tags or search_tag_ids disagree with the tags of $stale items" >&2; exit 1; }

headline() { grep "^$1	" "$here/headline.tsv" | cut -f2-; }
now=$(date -u +%Y-%m-%dT%H:%M:%SZ)
common=(-D "now=$now" -D "candidates=$((RANKED_MATCHES + 1))" -D "limit=$PAGE_SIZE" -D "offset=0" -D "zone=$ZONE"
        -D "markers=$(headline markers)" -D "start=$(headline start)" -D "options=$(headline options)")
# As the application does (NewsSearch): each search planned with its own words.
export PGOPTIONS="-c plan_cache_mode=force_custom_plan"

# run NAME SQL-FILE VARIABLES…: prints median and p99 in ms of RUNS runs after WARMUP runs.
run() {
    local name=$1 file=$2
    shift 2
    "$PG_BIN/pgbench" -h "$work" -p "$PORT" -U postgres -n -M prepared -c 1 -t "$WARMUP" -f "$file" "${common[@]}" "$@" newsdesk >/dev/null 2>&1
    rm -f "$work"/log.*
    "$PG_BIN/pgbench" -h "$work" -p "$PORT" -U postgres -n -M prepared -c 1 -t "$RUNS" -f "$file" "${common[@]}" "$@" \
        -l --log-prefix="$work/log" newsdesk >"$work/pgbench.out" 2>&1 || { cat "$work/pgbench.out" >&2; exit 1; }
    cut -d' ' -f3 "$work"/log.* | sort -n | awk -v name="$name" '
        { t[NR] = $1 }
        END { m = t[int((NR + 1) / 2)]; p = t[int(NR * 0.99 + 0.999)];
              printf "%-24s %9.1f %9.1f", name, m / 1000, p / 1000 }'
}

# psql wants :'name' where pgbench and Spring's JdbcClient write :name.
for_psql() { sed "s/:\([a-z]\+\)/:'\1'/g" "$1"; }

medians="$work/medians.txt"
: >"$medians"
for round in $(seq 1 "$ROUNDS"); do
for LANGUAGE in $LANGUAGES; do
queries="$here/queries.tsv"
[ "$LANGUAGE" = en ] || queries="$here/queries-$LANGUAGE.tsv"
echo
echo "PostgreSQL search ($LANGUAGE, round $round of $ROUNDS), $RUNS runs per query after $WARMUP warm-up runs, one client, ms"
echo "(machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs):"
printf "%-24s %9s %9s  %-9s %s\n" "query" "median" "p99" "matches" "q"
while IFS=$'\037' read -r name file q text rest prefix word tag year; do
    [[ "$name" == \#* ]] && continue
    from=""; until=""
    if [ -n "$year" ]; then from="$year-01-01 00:00 $ZONE"; until="$((year + 1))-01-01 00:00 $ZONE"; fi
    # pgbench refuses empty values: only the variables this statement uses are set.
    vars=(-D "language=$LANGUAGE")
    for variable in text rest prefix word tag from until; do
        [ -n "${!variable}" ] && vars+=(-D "$variable=${!variable}")
    done
    line=$(run "$name" "$here/sql/$file" "${vars[@]}")
    psql_vars=(-v "text=$text" -v "rest=$rest" -v "prefix=$prefix" -v "word=$word" -v "tag=$tag" -v "from=$from" -v "until=$until"
               -v "now=$now" -v "language=$LANGUAGE" -v "candidates=$((RANKED_MATCHES + 1))" -v "limit=$PAGE_SIZE" -v "offset=0"
               -v "markers=$(headline markers)" -v "start=$(headline start)" -v "options=$(headline options)")
    page=$(for_psql "$here/sql/$file" | "${psql[@]}" -At -F $'\t' "${psql_vars[@]}" -c "set client_min_messages = warning" -f -)
    total=$(awk -F'\t' 'NR == 1 { print $5 }' <<<"$page")
    matches=${total:-0}
    [ "$matches" -gt "$RANKED_MATCHES" ] && matches=">$RANKED_MATCHES"
    printf "%s  %-9s %s%s%s\n" "$line" "$matches" "$q" "${tag:+ (topic $tag)}" "${year:+ (year $year)}"
    printf "%s\t%s\t%s\t%s\n" "$LANGUAGE" "$name" "$(awk '{ print $(NF - 1) }' <<<"$line")" "$q" >>"$medians"
    # Keep each plan (first round), to check that the GIN index is used.
    if [ "$round" = 1 ]; then
        { echo "== $LANGUAGE $name: $q"; for_psql "$here/sql/$file" | sed '1s/^/explain (analyze, buffers) /' \
            | "${psql[@]}" "${psql_vars[@]}" -c "set client_min_messages = warning" -f -; } >>"$work/plans.txt"
    fi
# (Tabs are white space to read, which would merge empty columns: split on another character.)
done < <(tr '\t' '\037' <"$queries")
for filter in topics years; do
    line=$(run "filters: $filter" "$here/sql/$filter.sql" -D "language=$LANGUAGE")
    echo "$line"
    printf "%s\t%s\t%s\t%s\n" "$LANGUAGE" "filters: $filter" "$(awk '{ print $(NF - 1) }' <<<"$line")" "" >>"$medians"
done
echo "(load average $(cut -d' ' -f1-3 /proc/loadavg) after the runs)"
done
done

if [ "$ROUNDS" -gt 1 ]; then
    echo
    echo "Median of the $ROUNDS rounds' medians, ms:"
    printf "%-4s %-24s %9s  %s\n" "lang" "query" "median" "q"
    awk -F'\t' '{ key = $1 "\t" $2; if (!(key in seen)) { order[++n] = key; q[key] = $4 } seen[key] = seen[key] " " $3 }
        END { for (i = 1; i <= n; i++) { k = order[i]; m = split(substr(seen[k], 2), v, " ");
                  for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (v[b] + 0 < v[a] + 0) { t = v[a]; v[a] = v[b]; v[b] = t }
                  split(k, parts, "\t"); printf "%-4s %-24s %9.1f  %s\n", parts[1], parts[2], v[int((m + 1) / 2)], q[k] } }' "$medians"
fi

echo
echo "Plans (EXPLAIN ANALYZE), index use per query:"
awk '/^== /{ name = $0; print; next } /Index Scan|Bitmap Index Scan|Seq Scan|Execution Time/{ print "   " $0 }' "$work/plans.txt" \
    | sed -E 's/\(cost=[^)]*\) //'
cp "$work/plans.txt" "${PLANS:-/tmp/newsdesk-search-bench-plans.txt}"
echo "Full plans: ${PLANS:-/tmp/newsdesk-search-bench-plans.txt}"
