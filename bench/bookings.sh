#!/usr/bin/env bash
# bench/bookings.sh — a measurement, not a test: it always exits 0 once it has measured.
#
# The Bookings engine on PostgreSQL (published app, Production, demo seed):
#   1. the public page of the coworking (/reserver/coworking-fourmies, capacity 6, 240-min slots) with
#      BENCH_BOOKINGS (10,000) past and future bookings inserted by SQL: wrk against nginx serving the same
#      HTML bytes as a static file, same command; requests/s of both, ratio app/nginx (target >= 0.3),
#      the app's p95 and p99;
#   2. BENCH_PARALLEL (100) distinct signed-in accounts booking the same free slot of the studio (capacity 1)
#      at once: elapsed time, requests/s, answers 302 / 409 / other, and the bookings held in the database
#      for that slot (must be exactly 1).
#
# Everything runs on 127.0.0.1, bounded in time. Environment:
#   BENCH_DURATION     wrk duration of each measured run (default 20s)   BENCH_WARMUP  warm-up (5s)
#   BENCH_THREADS      wrk threads (2)                                   BENCH_CONNECTIONS  (32)
#   BENCH_BOOKINGS     bookings inserted for the coworking (10000)        BENCH_PARALLEL     (100)
#   BENCH_LOGS=dir     keeps the app's log there
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-5s}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-32}
bookings=${BENCH_BOOKINGS:-10000}
parallel=${BENCH_PARALLEL:-100}
accept='Accept-Encoding: br, gzip'
page=/reserver/coworking-fourmies
studio=/reserver/studio-son-image
target_ratio=0.3
source bench/common.sh  # the working directory is the repository root (cd above)

# --- Debian packages (only when missing, as root) ----------------------------------------------------
needed=()
command -v wrk >/dev/null 2>&1 || needed+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || needed+=(nginx)
command -v curl >/dev/null 2>&1 || needed+=(curl)
command -v psql >/dev/null 2>&1 || needed+=(postgresql-client)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || needed+=(postgresql)
if [ ${#needed[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || { log "missing packages: ${needed[*]} (run as root, or install them)"; exit 1; }
  log "installing ${needed[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null && apt-get install -y -qq "${needed[@]}" >/dev/null
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

# --- Work dir and clean-up ------------------------------------------------------------------------------
work=$(mktemp -d /tmp/bocage-bench-bookings.XXXXXX)
chmod 755 "$work"   # nginx workers run as an unprivileged user when started by root
app_pid="" nginx_pid="" wrk_pid=""
# shellcheck disable=SC2317  # called from the EXIT trap
stop_pid() {  # stop_pid PID SIGNAL: signal, wait up to 10 s, then SIGKILL
  local pid=$1 sig=$2 _
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill "-$sig" "$pid" 2>/dev/null || true
  for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null
  wait "$pid" 2>/dev/null || true
}
# shellcheck disable=SC2317  # called from the EXIT trap
cleanup() {
  stop_pid "$wrk_pid" TERM
  stop_pid "$nginx_pid" QUIT
  stop_pid "$app_pid" TERM
  if [ -n "${BENCH_LOGS:-}" ]; then { mkdir -p "$BENCH_LOGS" && cp "$work/app.log" "$BENCH_LOGS/"; } 2>/dev/null || true; fi
  stop_pg
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

wait_ready() {  # wait_ready URL SECONDS: until the URL answers 200
  local _
  for _ in $(seq 1 $(($2 * 4))); do [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$1" || true)" = 200 ] && return 0; sleep 0.25; done
  return 1
}
token_of() { sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1; }

# --- Throwaway PostgreSQL (fsync on, as in production) and the app --------------------------------------
start_pg "-c max_connections=300"
log "PostgreSQL on 127.0.0.1:$pgport"
log "publishing src/Bocage.Web (Release)"
dotnet publish "$root/src/Bocage.Web" -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }
app_port=$(free_port)
app_url="http://127.0.0.1:$app_port"
(
  cd "$work/app"
  exec env ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres Database__SeedDemo=true Database__AllowDemoAccountsInProduction=true \
    ConnectionStrings__Bocage="Host=127.0.0.1;Port=$pgport;Username=postgres;Password=bench;Database=bocage;Maximum Pool Size=200" \
    RateLimits__IdentityFormsPerMinute=1000000 Logging__LogLevel__Default=Warning \
    dotnet Bocage.Web.dll --urls "$app_url"
) >"$work/app.log" 2>&1 &
app_pid=$!
wait_ready "$app_url/health/ready" 120 || { log "the app did not become ready in 120 s; its log:"; tail -n 40 "$work/app.log" >&2; exit 1; }
log "app on $app_url"

# --- 1. The coworking's page with BENCH_BOOKINGS bookings ------------------------------------------------
# Weekdays at the grid's times (08:30 and 13:30 Paris, 240 min), six seats: every (seat, start) distinct, so
# the exclusion constraint holds. Past slots are full, the next 60 days hold 0 to 6 bookings a slot (full and
# free slots on the page); the most recent BENCH_BOOKINGS are kept. Bookings older than the 12 months of
# retention are already anonymised, as the sweep leaves them; reminders are due 48 h before, sent when past.
# Any other NOT NULL column without a default gets 0, false or '' (so the insert survives new columns).
log "inserting $bookings bookings for $page"
psql_do <<SQL
INSERT INTO bookings.bookings
SELECT c.* FROM (
  SELECT row_number() OVER (ORDER BY s.start_utc DESC, seat) AS n, r.id AS resource_id, s.start_utc, seat,
    s.start_utc + interval '240 minutes' < now() - interval '12 months' AS old
  FROM (SELECT (now() AT TIME ZONE 'Europe/Paris')::date AS today) t
  CROSS JOIN LATERAL (SELECT t.today + k AS day FROM generate_series(-2000, 60) AS k) d
  CROSS JOIN (VALUES (time '08:30', 0), (time '13:30', 3)) AS v(at, shift)
  CROSS JOIN LATERAL (SELECT (d.day + v.at) AT TIME ZONE 'Europe/Paris' AS start_utc) s
  CROSS JOIN generate_series(1, 6) AS seat
  CROSS JOIN (SELECT id FROM bookings.resources WHERE slug = 'coworking-fourmies') r
  WHERE extract(isodow FROM d.day) < 6 AND (s.start_utc < now() OR seat <= (d.day - t.today + v.shift) % 7)
) b
CROSS JOIN (SELECT coalesce(jsonb_object_agg(column_name, CASE WHEN data_type IN ('integer', 'bigint', 'smallint', 'numeric')
    THEN to_jsonb(0) WHEN data_type = 'boolean' THEN to_jsonb(false) ELSE to_jsonb(''::text) END), '{}') AS zeros
  FROM information_schema.columns WHERE table_schema = 'bookings' AND table_name = 'bookings' AND is_nullable = 'NO' AND column_default IS NULL) z
CROSS JOIN LATERAL jsonb_populate_record(null::bookings.bookings, z.zeros || jsonb_build_object('id', gen_random_uuid(),
  'reference', 'R-' || lpad(b.n::text, 8, '0'), 'resource_id', b.resource_id, 'start_utc', b.start_utc,
  'end_utc', b.start_utc + interval '240 minutes', 'seat', b.seat, 'account_id', CASE WHEN b.old THEN '' ELSE 'bench-account' END,
  'name', CASE WHEN b.old THEN '' ELSE 'Banc ' || b.n END, 'email', CASE WHEN b.old THEN '' ELSE 'banc' || b.n || '@exemple.fr' END,
  'language', 'fr', 'status', 0, 'created_at_utc', b.start_utc - interval '7 days', 'sequence', 0,
  'remind_at_utc', b.start_utc - interval '48 hours',
  'reminder_sent_at_utc', CASE WHEN b.start_utc - interval '48 hours' < now() THEN b.start_utc - interval '48 hours' END)) c
WHERE b.n <= $bookings;
ANALYZE bookings.bookings;
SQL
log "bookings of the coworking: $(psql_do -c "SELECT count(*) FILTER (WHERE start_utc < now()) || ' past, ' || count(*) FILTER (WHERE start_utc >= now()) || ' future'
  FROM bookings.bookings b JOIN bookings.resources r ON r.id = b.resource_id WHERE r.slug = 'coworking-fourmies'")"

# --- Accounts: copies of the demo inhabitant (same password hash, new id, address and stamps) ---------------
log "creating $parallel accounts and signing them in"
psql_do <<SQL
INSERT INTO accounts.users
SELECT c.* FROM accounts.users u
CROSS JOIN generate_series(1, $parallel) g
CROSS JOIN LATERAL (SELECT 'banc-' || lpad(g::text, 3, '0') || '@exemple.fr' AS e) x
CROSS JOIN LATERAL jsonb_populate_record(u, jsonb_build_object('id', gen_random_uuid()::text, 'email', x.e, 'user_name', x.e,
  'normalized_email', upper(x.e), 'normalized_user_name', upper(x.e), 'given_name', 'Banc', 'family_name', 'Essai ' || g,
  'security_stamp', upper(replace(gen_random_uuid()::text, '-', '')), 'concurrency_stamp', gen_random_uuid()::text)) c
WHERE u.normalized_email = 'HABITANT@DEMO.SUD-AVESNOIS.FR';
SQL
mkdir -p "$work/jars" "$work/tokens"
day=$(date -u -d '+8 days' +%F)  # a week ahead: the studio's slots there are all free
signed=0
for i in $(seq 1 "$parallel"); do
  jar="$work/jars/$i"
  token=$(curl -s --max-time 20 -c "$jar" "$app_url/connexion" | token_of)
  code=$(curl -s --max-time 20 -b "$jar" -c "$jar" -o /dev/null -w '%{http_code}' --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Email=banc-$(printf %03d "$i")@exemple.fr" --data-urlencode "Input.Password=Bocage-demo-2026" "$app_url/connexion" || true)
  [ "$code" = 302 ] && signed=$((signed + 1))
  curl -s --max-time 20 -b "$jar" -c "$jar" "$app_url$studio?du=$day" >"$work/studio.html" || true
  printf '%s' "$(token_of <"$work/studio.html")" >"$work/tokens/$i"
done
debut=$(grep -o 'button--secondary" type="submit" name="debut" value="[^"]*"' "$work/studio.html" | head -n 1 | sed 's/.*value="//; s/"$//' || true)
log "$signed of $parallel accounts signed in; slot to book: ${debut:-none found}"
curl -s --max-time 20 -b "$work/jars/1" "$app_url$page" >"$work/cowork-signed.html" || true
free_slots=$(grep -c 'button--secondary" type="submit" name="debut"' "$work/cowork-signed.html" || true)
full_slots=$(grep -c 'button--quiet" type="submit" name="debut"' "$work/cowork-signed.html" || true)

# --- nginx serving the anonymous page's bytes ----------------------------------------------------------------
mkdir -p "$work/nginx/www" "$work/nginx/tmp"
curl -s --fail --max-time 20 -o "$work/nginx/www/page.html" "$app_url$page"
chmod -R a+rX "$work/nginx"
nginx_port=$(free_port)
while [ "$nginx_port" = "$app_port" ] || [ "$nginx_port" = "$pgport" ]; do nginx_port=$(free_port); done
nginx_url="http://127.0.0.1:$nginx_port"
cat >"$work/nginx/nginx.conf" <<EOF
daemon off; worker_processes auto; pid $work/nginx/nginx.pid; error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off; default_type text/html; sendfile on; tcp_nopush on; keepalive_requests 100000;
    gzip on; gzip_vary on; gzip_comp_level 1;  # compressed on the fly, as the app does (home.sh)
    client_body_temp_path $work/nginx/tmp/body; proxy_temp_path $work/nginx/tmp/proxy; fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi; scgi_temp_path $work/nginx/tmp/scgi;
    server { listen 127.0.0.1:$nginx_port; root $work/nginx/www; location / { try_files /page.html =404; } }
}
EOF
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
nginx_pid=$!
wait_ready "$nginx_url$page" 15 || { log "nginx did not start; its log:"; cat "$work/nginx/error.log" >&2 || true; exit 1; }

# --- wrk: same command on both, p95 printed by a done hook ---------------------------------------------------
cat >"$work/p95.lua" <<'LUA'
done = function(summary, latency, requests)
  io.write(string.format("p95_ms %.2f\np99_ms %.2f\n", latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
LUA
wrk_bound=$(( $(seconds_of "$duration") + 60 ))
run_wrk() {  # run_wrk URL DURATION OUTFILE, in the background so that an interrupt stops it at once
  timeout "$wrk_bound" wrk -t"$threads" -c"$connections" -d"$2" --latency -H "$accept" -s "$work/p95.lua" "$1" >"$3" 2>&1 &
  wrk_pid=$!; wait "$wrk_pid" || true; wrk_pid=""
}
log "warming up both for $warmup"
run_wrk "$app_url$page" "$warmup" "$work/warm-app.txt"
run_wrk "$nginx_url$page" "$warmup" "$work/warm-nginx.txt"
log "measuring the app: wrk -t$threads -c$connections -d$duration --latency -H '$accept' $page"
run_wrk "$app_url$page" "$duration" "$work/app.txt"
log "measuring nginx (static copy): same command"
run_wrk "$nginx_url$page" "$duration" "$work/nginx.txt"
stop_pid "$nginx_pid" QUIT; nginx_pid=""
rps_of() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
app_rps=$(rps_of "$work/app.txt"); nginx_rps=$(rps_of "$work/nginx.txt")
ratio=$(awk -v a="${app_rps:-0}" -v n="${nginx_rps:-0}" 'BEGIN { if (n > 0) printf "%.2f", a / n; else print "n/a" }')
verdict=$(awk -v r="$ratio" -v t="$target_ratio" 'BEGIN { print (r != "n/a" && r + 0 >= t) ? "PASS" : "BELOW TARGET" }')

# --- 2. BENCH_PARALLEL accounts booking the same studio slot at once --------------------------------------------
if [ -n "$debut" ]; then
  log "$parallel bookings of $debut in parallel"
  errors_before=$(grep -c '"LogLevel":"Error"' "$work/app.log" || true)
  started=$(date +%s.%N)
  seq 1 "$parallel" | timeout 120 xargs -P "$parallel" -I{} curl -s --max-time 60 -o /dev/null -w '%{http_code} %{time_total}\n' \
    -b "$work/jars/{}" --data-urlencode "__RequestVerificationToken@$work/tokens/{}" --data-urlencode "debut=$debut" \
    "$app_url$studio" >"$work/posts.txt" || true
  ended=$(date +%s.%N)
  held=$(psql_do -c "SELECT count(*) FROM bookings.bookings b JOIN bookings.resources r ON r.id = b.resource_id
    WHERE r.slug = 'studio-son-image' AND b.start_utc = '$debut' AND b.status <> 1")
  errors_logged=$(( $(grep -c '"LogLevel":"Error"' "$work/app.log" || true) - errors_before ))
fi
elapsed=$(awk -v a="${started:-0}" -v b="${ended:-0}" 'BEGIN { printf "%.3f", b - a }')
count_of() { awk -v c="$1" '$1 == c { n++ } END { print n + 0 }' "$work/posts.txt" 2>/dev/null || echo 0; }

echo
echo "== 1. $page with $bookings bookings (wrk -t$threads -c$connections -d$duration --latency, $accept) =="
printf '%-24s %12s %10s %10s\n' "" "requests/s" "p95 (ms)" "p99 (ms)"
for side in app nginx; do
  label=$side; [ "$side" = app ] || label="nginx (same HTML)"
  printf '%-24s %12s %10s %10s\n' "$label" "$(rps_of "$work/$side.txt")" \
    "$(awk '$1 == "p95_ms" { print $2 }' "$work/$side.txt")" "$(awk '$1 == "p99_ms" { print $2 }' "$work/$side.txt")"
  errs=$(grep -E 'Non-2xx|Socket errors' "$work/$side.txt" | sed 's/^ *//' | paste -sd';' - || true)
  [ -z "$errs" ] || echo "warning: $side run reported: $errs"
done
printf 'ratio app/nginx: %s (target >= %s) %s\n' "$ratio" "$target_ratio" "$verdict"
printf 'page: %s bytes of HTML; this week, for a signed-in person: %s free slots, %s full\n' \
  "$(wc -c <"$work/nginx/www/page.html")" "$free_slots" "$full_slots"
echo
echo "== 2. $parallel distinct accounts booking $studio at ${debut:-?} at once =="
if [ -f "$work/posts.txt" ]; then
  total=$(grep -c . "$work/posts.txt" || true)
  printf 'elapsed %s s, %s answers, %s requests/s, slowest %s s\n' "$elapsed" "$total" \
    "$(awk -v n="$total" -v e="$elapsed" 'BEGIN { if (e > 0) printf "%.1f", n / e; else print "n/a" }')" \
    "$(sort -k2 -n "$work/posts.txt" | tail -n 1 | cut -d' ' -f2)"
  printf '302 (booked): %s   409 (créneau déjà pris): %s   other: %s\n' "$(count_of 302)" "$(count_of 409)" \
    "$(awk '$1 != 302 && $1 != 409 { n++; c[$1]++ } END { s = ""; for (k in c) s = s " " k "×" c[k]; print (n + 0) s }' "$work/posts.txt")"
  printf 'bookings held in the database for that slot: %s — %s\n' "$held" "$([ "$held" = 1 ] && echo 'exactly one, as it must be' || echo 'NOT ONE: double booking or none')"
  printf 'errors the app logged meanwhile: %s\n' "$errors_logged"
else
  echo "not measured: no free slot found on $studio?du=$day (signed in: $signed of $parallel)"
fi
printf 'load average (1 min) at the end, 2 cores: %s\n' "$(cut -d' ' -f1 /proc/loadavg)"
exit 0
