#!/usr/bin/env bash
# bench/data.sh — a measurement, not a test: it always exits 0 once it has measured.
#
# On a throwaway PostgreSQL cluster, with a 1,000,000-row resource inserted by SQL:
#   1. the complete CSV export through the API (/api/donnees/bench/donnees/export.csv) against nginx
#      serving the same CSV bytes from disk, same run, median of nine downloads each, both to /dev/null (target:
#      app/nginx >= 0.5). The first download of
#      a published version writes its export file (timed and printed apart); the measured one is the
#      second, served from that file. The same export through the streaming path (a filter every row
#      passes, so nothing is cached) is timed too, and its bytes compared with the file's;
#   2. p95 of a filtered, sorted page of 50 rows (commune = Fourmies, sorted by amount descending;
#      target < 50 ms). The rows are inserted by SQL, not published through the app: the script waits
#      for the column indexes its first filtered read builds in the background (time printed apart);
#   3. the app's peak resident memory during the exports (target < 500 MB).
# Environment: BENCH_ROWS (default 1000000), BENCH_PAGES (requests for the p95, default 200).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
rows=${BENCH_ROWS:-1000000}
pages=${BENCH_PAGES:-200}
source bench/common.sh  # the working directory is the repository root (cd above)

pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
for tool in "$pg_bin/initdb" "$nginx_bin" curl; do
  command -v "$tool" >/dev/null 2>&1 || [ -x "$tool" ] || { log "missing $tool (install postgresql, nginx, curl)"; exit 1; }
done

work=$(mktemp -d /tmp/bocage-bench-data.XXXXXX)
chmod 755 "$work"
app_pid="" nginx_pid="" pg_started=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  [ -n "$nginx_pid" ] && kill -QUIT "$nginx_pid" 2>/dev/null || true
  [ -n "$pg_started" ] && "$pg_bin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# --- PostgreSQL -------------------------------------------------------------------------------------
pg_port=$(free_port)
[ "$(id -u)" = 0 ] && chown postgres "$work"
as_pg "$pg_bin/initdb" -D "$work/pg" -U bocage --auth=trust >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$work/pg" -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1" -l "$work/pg.log" start >/dev/null
pg_started=1
psql_() { "$pg_bin/psql" -h 127.0.0.1 -p "$pg_port" -U bocage -d bocage -v ON_ERROR_STOP=1 -q "$@"; }
"$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U bocage bocage

# --- The app ----------------------------------------------------------------------------------------
log "publishing src/Bocage.Web (Release)"
dotnet publish "$root/src/Bocage.Web" -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }
app_port=$(free_port)
app_url="http://127.0.0.1:$app_port"
( cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres Database__SeedDemo=true Database__AllowDemoAccountsInProduction=true \
    Data__ApiRequestsPerMinute=1000000 ConnectionStrings__Bocage="Host=127.0.0.1;Port=$pg_port;Username=bocage;Database=bocage" \
    dotnet Bocage.Web.dll --urls "$app_url" ) >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 240); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$app_url/donnees" || true)" = 200 ] && break; sleep 0.5; done

log "inserting $rows rows"
psql_ <<SQL
INSERT INTO data.datasets (id, slug, title, description, theme, organisation_slug, organisation_name, licence, frequency, producer, created_at, updated_at)
VALUES ('00000000-0000-0000-0000-00000000be01', 'bench', 'Banc d''essai', 'Un million de lignes', 'Territoire', 'ccsa-direction-generale', 'CCSA', 'Licence Ouverte 2.0', 'Ponctuelle', 'bench', now(), now());
INSERT INTO data.resources (id, dataset_id, slug, title, format, fields_json, batch_id, row_count, has_geometry, updated_at)
VALUES ('00000000-0000-0000-0000-00000000be02', '00000000-0000-0000-0000-00000000be01', 'donnees', 'Banc', 'CSV',
  '[{"name":"id","type":"integer"},{"name":"commune","type":"string"},{"name":"annee","type":"year"},{"name":"montant","type":"number"},{"name":"objet","type":"string"}]',
  '00000000-0000-0000-0000-00000000be03', $rows, false, now());
INSERT INTO data.rows (batch_id, number, data)
SELECT '00000000-0000-0000-0000-00000000be03', g, jsonb_build_object('id', g,
  'commune', (ARRAY['Anor','Baives','Eppe-Sauvage','Féron','Fourmies','Glageon','Moustier-en-Fagne','Ohain','Trélon','Wallers-en-Fagne','Wignehies','Willies'])[1 + g % 12],
  'annee', 2015 + g % 11, 'montant', round((g::bigint * 7919 % 100000) / 100.0, 2), 'objet', 'Ligne numéro ' || g)
FROM generate_series(1, $rows) g;
ANALYZE data.rows;
SQL

# The rows were inserted by SQL, not published through the app: its first filtered read starts building
# the batch's column indexes in the background, as for a batch published before they existed.
log "building the batch's column indexes"
index_start=$(date +%s.%N)
curl -s -o /dev/null "$app_url/api/donnees/bench/donnees/lignes?commune=Anor&taille=1"
for _ in $(seq 1 600); do
  busy=$(psql_ -At -c "select (select count(*) from pg_indexes where indexname like 'rows\\_%be03\\_%') < 10
    or exists (select 1 from pg_stat_activity where pid <> pg_backend_pid() and state = 'active' and (query ilike 'create index%' or query ilike 'analyze%'))")
  [ "$busy" = f ] && break
  sleep 1
done
index_time=$(awk -v s="$index_start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.0f", e - s }')

# --- 1 and 3: export vs nginx, peak memory ----------------------------------------------------------
peak=0
( while kill -0 "$app_pid" 2>/dev/null; do awk '/VmRSS/ { print $2 }' "/proc/$app_pid/status"; sleep 0.2; done ) >"$work/rss" &
sampler=$!
first_time=$(curl -s -o "$work/export.csv" -w '%{time_total}' "$app_url/api/donnees/bench/donnees/export.csv")
# One download is at the mercy of whatever else the machine does: the median of nine, for both servers,
# both written to /dev/null (writing 40 MB to a file would be counted against the server that does it).
median9() { for _ in 1 2 3 4 5 6 7 8 9; do curl -s -o /dev/null -w '%{time_total}\n' "$1"; done | sort -n | sed -n 5p; }
app_time=$(median9 "$app_url/api/donnees/bench/donnees/export.csv")
curl -s -o "$work/served.csv" "$app_url/api/donnees/bench/donnees/export.csv"
stream_time=$(curl -s -o "$work/streamed.csv" -w '%{time_total}' "$app_url/api/donnees/bench/donnees/export.csv?id__min=0")
kill "$sampler" 2>/dev/null || true
same=$(cmp -s "$work/export.csv" "$work/served.csv" && cmp -s "$work/export.csv" "$work/streamed.csv" && echo identical || echo DIFFERENT)
peak=$(sort -n "$work/rss" | tail -1)
mkdir -p "$work/www" && cp "$work/export.csv" "$work/www/export.csv"
nginx_port=$(free_port)
cat >"$work/nginx.conf" <<NGINX
worker_processes 1; daemon off; pid $work/nginx.pid; error_log $work/nginx.err;
events {}
http { access_log off; sendfile on; server { listen 127.0.0.1:$nginx_port; root $work/www; } }
NGINX
"$nginx_bin" -c "$work/nginx.conf" -p "$work" & nginx_pid=$!
sleep 1
nginx_time=$(median9 "http://127.0.0.1:$nginx_port/export.csv")
lines=$(wc -l <"$work/export.csv")

# --- 2: p95 of a filtered, sorted page --------------------------------------------------------------
url="$app_url/api/donnees/bench/donnees/lignes?commune=Fourmies&tri=-montant&taille=50"
for _ in $(seq 1 10); do curl -s -o /dev/null "$url"; done
for _ in $(seq 1 "$pages"); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n >"$work/times"
p95=$(awk -v n="$pages" 'NR == int(n * 0.95) { printf "%.1f", $1 * 1000 }' "$work/times")

ratio=$(awk -v a="$app_time" -v n="$nginx_time" 'BEGIN { printf "%.2f", n / a }')
printf 'export: %s lines in %ss (app) vs %ss (nginx): ratio app/nginx = %s (target >= 0.5)\n' "$lines" "$app_time" "$nginx_time" "$ratio"
printf 'first download of the version (writes the export file): %ss; streamed export (filter, not cached): %ss; bytes %s\n' "$first_time" "$stream_time" "$same"
printf 'filtered sorted page of 50: p95 = %s ms over %s requests (target < 50 ms); column indexes built in %s s\n' "$p95" "$pages" "$index_time"
printf 'app peak RSS during export: %s MB (target < 500 MB)\n' "$((peak / 1024))"
printf 'load average at the end (1, 5, 15 min; 2 cores): %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
