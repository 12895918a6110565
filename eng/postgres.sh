#!/usr/bin/env bash
# Sourced by test.sh and bench/run.sh: start_postgres installs PostgreSQL from Debian's packages when missing,
# starts a private server (own data folder, socket folder and port) and exports DOCKET_TEST_PG;
# stop_postgres stops it and removes its folder.
pgdir=""
pgbin=""

# PostgreSQL refuses to run as root: as root, run its tools as the postgres user.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start_postgres() {
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    if [ "$(id -u)" -eq 0 ]; then
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) >/dev/null 2>&1
    fi
  fi
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$pgbin" ] && [ -x "$pgbin/initdb" ] || return 1
  pgdir=$(mktemp -d)
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$pgdir"
  local port=$((40000 + RANDOM % 20000))
  as_postgres "$pgbin/initdb" -D "$pgdir/data" -A trust -U postgres >/dev/null 2>&1 || return 1
  as_postgres "$pgbin/pg_ctl" -D "$pgdir/data" -l "$pgdir/log" -w \
    -o "-p $port -k $pgdir -c listen_addresses=''" start >/dev/null 2>&1 || return 1
  export DOCKET_TEST_PG="Host=$pgdir;Port=$port;Username=postgres;Database=postgres"
}

stop_postgres() {
  if [ -n "$pgdir" ]; then
    as_postgres "$pgbin/pg_ctl" -D "$pgdir/data" -m fast -w stop >/dev/null 2>&1
    rm -rf "$pgdir"
    pgdir=""
  fi
}
