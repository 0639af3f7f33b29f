# Sourced by bench/run.sh and bench/profile.sh: a throw-away PostgreSQL server in a folder of the
# run, from Debian's server binaries (apt-get install -y postgresql), since the built jar has no
# embedded database. Runs as the postgres system user; trust authentication on localhost only;
# asynchronous commit, as the embedded database of development runs.
#   bench_postgres_start FOLDER PORT   initdb, start, create database newsdesk
#   bench_postgres_stop FOLDER
bench_postgres_bin() {
  local bin; bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -x "$bin/initdb" ] || { echo "needs Debian's PostgreSQL server (apt-get install -y postgresql) or --database-url" >&2; return 2; }
  echo "$bin"
}
bench_postgres_start() {
  local folder="$1" port="$2" bin; bin=$(bench_postgres_bin) || exit 2
  mkdir -p "$folder"; chown postgres "$folder"; chmod 700 "$folder"
  chmod o+x "$(dirname "$folder")"
  runuser -u postgres -- "$bin/initdb" -D "$folder" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > /dev/null
  runuser -u postgres -- "$bin/pg_ctl" -D "$folder" -l "$folder/server.log" -w -o "-p $port -k $folder -c listen_addresses=localhost -c synchronous_commit=off -c max_connections=50" start > /dev/null
  psql -q -h localhost -p "$port" -U postgres -c "create database newsdesk" postgres
}
bench_postgres_stop() {
  local bin; bin=$(bench_postgres_bin) || return 0
  [ -f "$1/postmaster.pid" ] && runuser -u postgres -- "$bin/pg_ctl" -D "$1" -m fast -w stop > /dev/null 2>&1 || true
}
