# Helpers shared by the benchmarks (sourced, not run).

log() { printf '[bench] %s\n' "$*" >&2; }

# Runs a PostgreSQL command as the postgres user when we are root (initdb refuses root).
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

# A loopback port nothing listens on (tries random ports; a tiny race with other programs remains).
free_port() {
  local port _
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

# "20s" / "2m" / "1h" / "30" -> seconds, for time bounds around the load generators.
seconds_of() {
  case $1 in
    *s) echo "${1%s}" ;; *m) echo $(( ${1%m} * 60 )) ;; *h) echo $(( ${1%h} * 3600 )) ;; *) echo "$1" ;;
  esac
}

# A throwaway PostgreSQL cluster in $work/pg on a free loopback port ($pgport), user postgres, password
# bench, with an empty database bocage. $1: extra server options ("-c fsync=off …"). stop_pg in the
# EXIT trap; psql_do runs SQL in bocage.
start_pg() {
  pgbin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
  pgport=$(free_port)
  mkdir -p "$work/pg"; [ "$(id -u)" = 0 ] && chown postgres "$work/pg" "$work"
  echo bench >"$work/pgpass"; chmod 644 "$work/pgpass"
  as_pg "$pgbin/initdb" -D "$work/pg" -U postgres --pwfile="$work/pgpass" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
    || { cat "$work/initdb.log" >&2; return 1; }
  as_pg "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg.log" -w -t 60 -o "-c listen_addresses=127.0.0.1 -p $pgport -k $work/pg $1" start >/dev/null
  export PGPASSWORD=bench
  psql -h 127.0.0.1 -p "$pgport" -U postgres -d postgres -qc "CREATE DATABASE bocage" >/dev/null
}
stop_pg() { if [ -n "${pgbin:-}" ] && [ -d "$work/pg" ]; then as_pg "$pgbin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true; fi; }
psql_do() { psql -h 127.0.0.1 -p "$pgport" -U postgres -d bocage -v ON_ERROR_STOP=1 -qAt "$@"; }
