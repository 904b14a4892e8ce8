#!/usr/bin/env bash
# bench/procedures.sh — a measurement, not a test: it always exits 0 once it has measured.
#
# The agents' inbox (/gestion/demarches, HTTP, signed in as agent.fourmies) at 10,000 and at 1,000,000
# files spread over 50 procedures, on PostgreSQL and on SQLite: p95 of the first page with a filter and
# words searched in the answers, and the ratio 1M / 10k (targets: p95 < 100 ms at 1M, ratio < 3).
# Also the public statistics page /demarches/statistiques at 1M (first request, which builds the
# summary from the files inserted by SQL, then p95).
#
# Files are inserted by SQL into the schema created by the app's migrations (generate_series on
# PostgreSQL, a recursive CTE on SQLite): 10,000 first, measured, then the rest up to 1,000,000.
# Environment: BENCH_FILES (default 1000000), BENCH_SMALL (10000), BENCH_REQUESTS (per measure, 100);
# BENCH_LOGS=dir keeps the app's logs there, with every SQL command and its duration; BENCH_PROVIDERS
# ("Postgres Sqlite") chooses the databases.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
files=${BENCH_FILES:-1000000}
small=${BENCH_SMALL:-10000}
requests=${BENCH_REQUESTS:-100}
source bench/common.sh  # the working directory is the repository root (cd above)

# --- Tools (Debian packages, installed when run as root) ---------------------------------------------
needed=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || needed+=(postgresql)
command -v psql >/dev/null || needed+=(postgresql-client)
command -v sqlite3 >/dev/null || needed+=(sqlite3)
command -v curl >/dev/null || needed+=(curl)
command -v python3 >/dev/null || needed+=(python3)
if [ ${#needed[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { log "missing packages: ${needed[*]}"; exit 1; }
  log "installing ${needed[*]}"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${needed[@]}" >/dev/null
fi

work=$(mktemp -d /tmp/bocage-bench-procedures.XXXXXX)
chmod 755 "$work"
app_pid="" watchdog=""
stop_app() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; fi
  app_pid=""
  if [ -n "${BENCH_LOGS:-}" ]; then mkdir -p "$BENCH_LOGS" && cp "$work"/app-*.log "$BENCH_LOGS"/ 2>/dev/null || true; fi
}
# shellcheck disable=SC2317  # called from the EXIT trap
cleanup() {
  if [ -n "$watchdog" ]; then pkill -P "$watchdog" sleep 2>/dev/null || true; kill "$watchdog" 2>/dev/null || true; fi
  stop_app
  stop_pg
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- Throwaway PostgreSQL ----------------------------------------------------------------------------
start_pg "-c shared_buffers=256MB -c maintenance_work_mem=256MB -c max_wal_size=4GB"
log "PostgreSQL on 127.0.0.1:$pgport"

log "publishing src/Bocage.Web (Release)"
dotnet publish "$root/src/Bocage.Web" -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }

# --- The app, demo seed (procedures, agents) on the given database -----------------------------------
start_app() { # provider connection-string
  local port sql_level=Warning; port=$(free_port)
  [ -n "${BENCH_LOGS:-}" ] && sql_level=Information
  app_url="http://127.0.0.1:$port"
  (
    cd "$work/app"
    exec env ASPNETCORE_ENVIRONMENT=Production Database__Provider="$1" Database__SeedDemo=true Database__AllowDemoAccountsInProduction=true ConnectionStrings__Bocage="$2" \
      Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command="$sql_level" \
      dotnet Bocage.Web.dll --urls "$app_url"
  ) >"$work/app-$1.log" 2>&1 &
  app_pid=$!
  for _ in $(seq 1 480); do [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$app_url/health/ready" || true)" = 200 ] && return 0; sleep 0.25; done
  log "the app did not start"; tail -20 "$work/app-$1.log" >&2; exit 1
}

# Signs agent.fourmies in (password, then the authenticator enrolment staff accounts must pass) into $jar.
sign_in() {
  jar="$work/jar"; rm -f "$jar"
  local token key
  token=$(curl -s -c "$jar" "$app_url/connexion" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Email=agent.fourmies@demo.sud-avesnois.fr" --data-urlencode "Input.Password=Bocage-demo-2026" "$app_url/connexion"
  curl -s -b "$jar" -c "$jar" "$app_url/compte/double-authentification" >"$work/enrol.html"
  token=$(sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' "$work/enrol.html" | head -n 1)
  key=$(sed -n 's/.*id="cle-partagee">\([a-z0-9 ]*\)<.*/\1/p' "$work/enrol.html" | head -n 1)
  curl -s -b "$jar" -c "$jar" -o /dev/null --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Code=$(totp "$key")" "$app_url/compte/double-authentification"
  [ "$(curl -s -b "$jar" -o /dev/null -w '%{http_code}' "$app_url/gestion/demarches")" = 200 ] || { log "agent sign-in failed"; exit 1; }
}
totp() {
  python3 - "$1" <<'PY'
import base64, hmac, struct, sys, time
key = base64.b32decode(sys.argv[1].replace(" ", "").upper() + "=" * (-len(sys.argv[1].replace(" ", "")) % 8))
digest = hmac.new(key, struct.pack(">Q", int(time.time()) // 30), "sha1").digest()
offset = digest[-1] & 15
print("%06d" % ((struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7fffffff) % 1000000))
PY
}

# p95 in ms of $requests GETs of a path (after 5 warm-up requests), with the agent's cookie.
p95() {
  local _
  for _ in 1 2 3 4 5; do curl -s -b "$jar" -o /dev/null "$app_url$1"; done
  for _ in $(seq 1 "$requests"); do curl -s -b "$jar" -o /dev/null -w '%{time_total}\n' "$app_url$1"; done | sort -n >"$work/times"
  awk -v n="$requests" 'NR == int(n * 0.95 + 0.999) { printf "%.1f", $1 * 1000 }' "$work/times"
}
rows_on_page() { curl -s -b "$jar" "$app_url$1" | grep -c 'href="/gestion/demarches/dossier/' || true; }

# --- The data: 50 procedures (copies of the demo bin procedure), files by SQL ----------------------------
# Procedure k (1..50) belongs to commune k mod 12 of the territory, every fifth one to the intercommunality
# (its files then to any commune). Applicants' names come from 100 surnames, so a surname is in 1 % of files.
communes="'59012','59046','59201','59228','59249','59261','59417','59437','59601','59631','59659','59660'"
surnames="'martin','bernard','dubois','thomas','robert','richard','petit','durand','leroy','moreau','simon','laurent','lefebvre','michel','garcia','david','bertrand','roux','vincent','fournier','morel','girard','andre','lefevre','mercier','dupont','lambert','bonnet','francois','martinez','legrand','garnier','faure','rousseau','blanc','guerin','muller','henry','roussel','nicolas','perrin','morin','mathieu','clement','gauthier','dumont','lopez','fontaine','chevalier','robin','masson','sanchez','gerard','nguyen','boyer','denis','lemaire','duval','joly','gautier','roger','roche','roy','noel','meyer','lucas','meunier','jean','perez','marchand','dufour','blanchard','marie','barbier','brun','dumas','brunet','schmitt','leroux','colin','fernandez','pierre','renard','arnaud','rolland','caron','aubert','giraud','leclerc','vidal','bourgeois','renaud','lemoine','picard','gaillard','philippe','leclercq','lacroix','fabre','dupuis'"
states="'depose','en-instruction','en-attente','accepte','refuse','sans-suite'"

pg_procedures() {
  psql_do <<SQL
INSERT INTO procedures.procedures (id, slug, title, description, theme, commune_insee, service_id, audience, opens_at, closes_at, published_version, created_at)
SELECT ('00000000-0000-0000-0000-' || lpad(k::text, 12, '0'))::uuid, 'bench-' || k, 'Démarche de banc d''essai ' || k, description, theme,
  CASE WHEN k % 5 = 0 THEN NULL ELSE (ARRAY[$communes])[1 + k % 12] END, NULL, audience, NULL, NULL, published_version, now()
FROM procedures.procedures, generate_series(1, 50) k WHERE slug = 'demande-bac-ordures-menageres';
SQL
}
# Files g in [from, to]: procedure 1 + g mod 50, submitted at a distinct minute of 2025-2026, state by g mod 6,
# the decided ones (accepted, refused, closed) within 0-60 days. The summary is emptied: the app rebuilds it.
pg_files() { # from to
  psql_do <<SQL
INSERT INTO procedures.files (id, number, procedure_id, version_id, commune_insee, applicant_email, answers_json, search_text, state_key, state_kind,
  reopened_json, payment_settled, created_at, updated_at, submitted_at, decided_at, stamp)
SELECT gen_random_uuid(), 'BENCH-' || lpad(g::text, 9, '0'), ('00000000-0000-0000-0000-' || lpad((1 + g % 50)::text, 12, '0'))::uuid, v.id,
  CASE WHEN (1 + g % 50) % 5 = 0 THEN (ARRAY[$communes])[1 + (g / 50) % 12] ELSE (ARRAY[$communes])[1 + (1 + g % 50) % 12] END,
  'demandeur' || g || '@exemple.fr', '{"nom":["' || n.surname || '"]}',
  'bench-' || lpad(g::text, 9, '0') || ' camille ' || n.surname || ' ' || (g % 97) || ' rue des tilleuls tri nouveau',
  (ARRAY[$states])[1 + g % 6], 1 + g % 6, '[]', false, t.at, t.at, t.at,
  CASE WHEN g % 6 >= 3 THEN t.at + ((g * 37) % 1440) * interval '1 hour' END, gen_random_uuid()
FROM generate_series($1, $2) g
CROSS JOIN LATERAL (SELECT (ARRAY[$surnames])[1 + (g + (g / 50) * 7) % 100] AS surname) n
CROSS JOIN LATERAL (SELECT timestamptz '2025-01-01 00:00:00+00' + ((g::bigint * 7919) % 1051200) * interval '1 minute' AS at) t
CROSS JOIN (SELECT id FROM procedures.procedure_versions WHERE procedure_id = (SELECT id FROM procedures.procedures WHERE slug = 'demande-bac-ordures-menageres') LIMIT 1) v;
DELETE FROM procedures.statistics_months; DELETE FROM procedures.statistics_durations;
VACUUM ANALYZE procedures.files;
SQL
}

sqlite_do() { sqlite3 -bail "$db_file" "$@" >/dev/null; }
sqlite_procedures() {
  sqlite_do <<SQL
WITH RECURSIVE k(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM k WHERE k < 50)
INSERT INTO procedures_procedures (id, slug, title, description, theme, commune_insee, service_id, audience, opens_at, closes_at, published_version, created_at)
SELECT '00000000-0000-0000-0000-' || printf('%012d', k), 'bench-' || k, 'Démarche de banc d''essai ' || k, description, theme,
  CASE WHEN k % 5 = 0 THEN NULL ELSE json_extract(json_array($communes), '\$[' || (k % 12) || ']') END, NULL, audience, NULL, NULL, published_version, created_at
FROM procedures_procedures, k WHERE slug = 'demande-bac-ordures-menageres';
SQL
}
sqlite_files() { # from to
  sqlite_do <<SQL
PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;
BEGIN;
WITH RECURSIVE g(g) AS (SELECT $1 UNION ALL SELECT g + 1 FROM g WHERE g < $2),
  c(list) AS (SELECT json_array($communes)), s(list) AS (SELECT json_array($surnames)), st(list) AS (SELECT json_array($states)),
  v(id) AS (SELECT id FROM procedures_procedure_versions WHERE procedure_id = (SELECT id FROM procedures_procedures WHERE slug = 'demande-bac-ordures-menageres') LIMIT 1),
  f AS (SELECT g, 1 + g % 50 AS p, json_extract(s.list, '\$[' || ((g + (g / 50) * 7) % 100) || ']') AS surname,
          strftime('%Y-%m-%d %H:%M:%S', '2025-01-01', '+' || ((g * 7919) % 1051200) || ' minutes') AS at FROM g, s)
INSERT INTO procedures_files (id, number, procedure_id, version_id, commune_insee, applicant_email, answers_json, search_text, state_key, state_kind,
  reopened_json, payment_settled, created_at, updated_at, submitted_at, decided_at, stamp)
SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
  'BENCH-' || printf('%09d', f.g), '00000000-0000-0000-0000-' || printf('%012d', f.p), v.id,
  json_extract(c.list, '\$[' || (CASE WHEN f.p % 5 = 0 THEN (f.g / 50) % 12 ELSE f.p % 12 END) || ']'),
  'demandeur' || f.g || '@exemple.fr', '{"nom":["' || f.surname || '"]}',
  'bench-' || printf('%09d', f.g) || ' camille ' || f.surname || ' ' || (f.g % 97) || ' rue des tilleuls tri nouveau',
  json_extract(st.list, '\$[' || (f.g % 6) || ']'), 1 + f.g % 6, '[]', 0, f.at, f.at, f.at,
  CASE WHEN f.g % 6 >= 3 THEN strftime('%Y-%m-%d %H:%M:%S', f.at, '+' || ((f.g * 37) % 1440) || ' hours') END,
  upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-a' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))
FROM f, c, st, v;
DELETE FROM procedures_statistics_months; DELETE FROM procedures_statistics_durations;
COMMIT;
ANALYZE;
SQL
}

# --- One provider: 10k files, measure, up to 1M, measure -----------------------------------------------
results=()
measure() { # provider size
  local procedure inbox state
  procedure=00000000-0000-0000-0000-000000000004   # Fourmies' (59249)
  inbox="/gestion/demarches?demarche=$procedure&q=lefebvre"
  state="/gestion/demarches?etat=en-instruction&q=lefebvre"
  local a b
  a=$(p95 "$inbox"); b=$(p95 "$state")
  results+=("$1 $2 procedure $a $(rows_on_page "$inbox")" "$1 $2 state $b $(rows_on_page "$state")")
  log "$1 at $2 files: procedure + words p95 $a ms, state + words p95 $b ms"
}
stats() { # provider
  local first
  first=$(curl -s -o /dev/null -w '%{time_total}' "$app_url/demarches/statistiques")
  local rows; rows=$(curl -s "$app_url/demarches/statistiques" | grep -c '<th scope="row">' || true)
  results+=("$1 stats-first $(awk -v t="$first" 'BEGIN { printf "%.0f", t * 1000 }') $rows" "$1 stats $(p95 /demarches/statistiques)")
}
run_provider() { # provider connection-string insert-procedures insert-files
  start_app "$1" "$2"
  sign_in
  log "$1: 50 procedures, $small files"
  "$3"; "$4" 1 "$small"
  measure "$1" "$small"
  log "$1: up to $files files"
  local t0=$SECONDS
  "$4" $((small + 1)) "$files"
  log "$1: inserted in $((SECONDS - t0)) s"
  measure "$1" "$files"
  stats "$1"
  stop_app
}

bound=${BENCH_TIMEOUT:-1500}
( sleep "$bound"; log "time bound of $bound s reached"; kill -TERM $$ ) & watchdog=$!
providers=${BENCH_PROVIDERS:-Postgres Sqlite}
case " $providers " in *" Postgres "*)
  run_provider Postgres "Host=127.0.0.1;Port=$pgport;Username=postgres;Password=bench;Database=bocage" pg_procedures pg_files ;;
esac
db_file="$work/bench.db"
case " $providers " in *" Sqlite "*) run_provider Sqlite "Data Source=$db_file" sqlite_procedures sqlite_files ;; esac

# --- Report -------------------------------------------------------------------------------------------
printf '\n%-10s %-28s %12s %12s %8s %6s\n' "database" "first page of the inbox" "p95 at $small" "p95 at $files" "ratio" "rows"
for provider in $providers; do
  for kind in procedure state; do
    smallp=$(printf '%s\n' "${results[@]}" | awk -v p="$provider" -v s="$small" -v k="$kind" '$1 == p && $2 == s && $3 == k { print $4 }')
    bigp=$(printf '%s\n' "${results[@]}" | awk -v p="$provider" -v s="$files" -v k="$kind" '$1 == p && $2 == s && $3 == k { print $4 }')
    bigrows=$(printf '%s\n' "${results[@]}" | awk -v p="$provider" -v s="$files" -v k="$kind" '$1 == p && $2 == s && $3 == k { print $5 }')
    ratio=$(awk -v a="$bigp" -v b="$smallp" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
    label=$([ "$kind" = procedure ] && echo "procedure + words" || echo "state + words")
    printf '%-10s %-28s %9s ms %9s ms %8s %6s\n' "$provider" "$label" "$smallp" "$bigp" "$ratio" "$bigrows"
  done
done
printf 'targets: p95 < 100 ms at %s files; ratio %s / %s < 3\n\n' "$files" "$files" "$small"
for provider in $providers; do
  first=$(printf '%s\n' "${results[@]}" | awk -v p="$provider" '$1 == p && $2 == "stats-first" { print $3 " ms, " $4 " rows" }')
  p=$(printf '%s\n' "${results[@]}" | awk -v p="$provider" '$1 == p && $2 == "stats" { print $3 }')
  printf '%-10s /demarches/statistiques at %s files: first request (builds the summary) %s; then p95 %s ms\n' "$provider" "$files" "$first" "$p"
done
exit 0
