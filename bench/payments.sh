#!/usr/bin/env bash
# bench/payments.sh — a measurement, not a test: it always exits 0 once it has measured.
#
# Throughput of the PayFiP notification endpoint (POST /api/paiements/payfip/notification) on
# PostgreSQL, with a mix of new and duplicate notifications for real payment attempts, against a bare
# `INSERT … ON CONFLICT DO NOTHING` loop (pgbench) on the same PostgreSQL in the same run.
# Prints the ratio app / bare insert (target: >= 0.3).
#
# Everything runs on 127.0.0.1, bounded in time. Environment:
#   BENCH_DURATION     duration of each measured run (default 20s)
#   BENCH_CONNECTIONS  concurrent clients for both runs (default 16)
#   BENCH_ATTEMPTS     payment attempts prepared before the run (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
duration=${BENCH_DURATION:-20s}
connections=${BENCH_CONNECTIONS:-16}
attempts=${BENCH_ATTEMPTS:-300}
target_ratio=0.3
source bench/common.sh  # the working directory is the repository root (cd above)

for tool in wrk curl psql; do command -v "$tool" >/dev/null || { log "missing $tool (apt-get install wrk curl postgresql-client)"; exit 1; }; done

work=$(mktemp -d /tmp/bocage-bench-payments.XXXXXX)
chmod 755 "$work"
app_pid=""
# shellcheck disable=SC2317  # called from the EXIT trap
cleanup() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; fi
  stop_pg
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# --- Throwaway PostgreSQL (durable settings: fsync on, as in production) -------------------------------
start_pg "-c max_connections=200"
log "PostgreSQL on 127.0.0.1:$pgport"

# --- The app (Release, Production, embedded PayFiP simulator so that the detail calls stay local) ------
log "publishing src/Bocage.Web (Release)"
dotnet publish "$root/src/Bocage.Web" -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }
app_port=$(free_port)
app_url="http://127.0.0.1:$app_port"
(
  cd "$work/app"
  exec env ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres Database__SeedDemo=true Database__AllowDemoAccountsInProduction=true \
    ConnectionStrings__Bocage="Host=127.0.0.1;Port=$pgport;Username=postgres;Password=bench;Database=bocage" \
    Payments__PayFiP__EmbeddedSimulator=true Payments__PayFiP__PollInterval=01:00:00 RateLimits__PayByReferencePerMinute=1000000 RateLimits__PaymentNotificationsPerMinute=1000000 Logging__LogLevel__Default=Warning \
    dotnet Bocage.Web.dll --urls "$app_url"
) >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 360); do [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$app_url/health/ready" || true)" = 200 ] && break; sleep 0.25; done
log "app on $app_url"

# --- Payment attempts: invoices inserted, each paid through the real flow, no notification sent -------
regie=$(psql_do -c "SELECT id FROM payments.regies WHERE code = 'FOU-EAU'")
psql_do -c "INSERT INTO payments.invoices (id, reference, regie_id, payer_email, payer_name, label, amount_cents, due_date_utc, issued_at_utc, status, version)
  SELECT gen_random_uuid(), 'BENCH-' || g, '$regie', 'bench@example.fr', 'Bench', 'Banc d''essai', 1000 + g, now(), now(), 0, gen_random_uuid()
  FROM generate_series(1, $attempts) g"
log "preparing $attempts payment attempts through /factures/payer and the simulator"
: >"$work/idops"
for i in $(seq 1 "$attempts"); do
  jar="$work/jar"; rm -f "$jar"
  token=$(curl -s -c "$jar" "$app_url/factures/payer" | sed -n 's/.*name="__RequestVerificationToken" type="hidden" value="\([^"]*\)".*/\1/p' | head -n 1)
  amount=$(printf '%d,%02d' $(( (1000 + i) / 100 )) $(( (1000 + i) % 100 )))
  location=$(curl -s -b "$jar" -o /dev/null -w '%{redirect_url}' --data-urlencode "__RequestVerificationToken=$token" \
    --data-urlencode "Input.Reference=BENCH-$i" --data-urlencode "Input.Amount=$amount" --data-urlencode "Input.Email=bench@example.fr" "$app_url/factures/payer")
  idop=${location##*idop=}
  curl -s -o /dev/null -d "idop=$idop&resultat=P&notification=Never" "$app_url/simulateur-payfip/tpa/paiementws.web"
  echo "$idop" >>"$work/idops"
done
log "$(grep -c . "$work/idops") attempts ready, paid at PayFiP, not yet notified"

# --- The notification endpoint: random idOps, so first notifications and duplicates mix ---------------
{
  echo 'local ids = {}'
  echo "for line in io.lines(\"$work/idops\") do ids[#ids + 1] = line end"
  echo 'request = function()'
  echo '  return wrk.format("POST", "/api/paiements/payfip/notification", { ["Content-Type"] = "application/x-www-form-urlencoded" }, "idop=" .. ids[math.random(#ids)])'
  echo 'end'
} >"$work/notify.lua"
bound=$(( $(seconds_of "$duration") + 60 ))
log "measuring the notification endpoint: wrk -t2 -c$connections -d$duration"
timeout "$bound" wrk -t2 -c"$connections" -d"$duration" --latency -s "$work/notify.lua" "$app_url" >"$work/app.txt" 2>&1 || true
app_rps=$(awk '/^Requests\/sec:/ { print $2 }' "$work/app.txt")
app_p99=$(awk '$1 == "99%" { print $2 }' "$work/app.txt")
applied=$(psql_do -c "SELECT count(*) FROM payments.attempts WHERE status = 2 AND id_op NOT LIKE 'demo-%'")
kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=""

# --- The bare insert loop on the same PostgreSQL -------------------------------------------------------
psql_do -c "CREATE TABLE bench_notifications (idop text PRIMARY KEY, received_at timestamptz NOT NULL DEFAULT now())"
cat >"$work/insert.sql" <<'SQL'
\set id random(1, 100000)
INSERT INTO bench_notifications (idop) VALUES (:id) ON CONFLICT DO NOTHING;
SQL
log "measuring INSERT … ON CONFLICT DO NOTHING: pgbench -c$connections -T$(seconds_of "$duration")"
timeout "$bound" "$pgbin/pgbench" -h 127.0.0.1 -p "$pgport" -U postgres -n -c "$connections" -j 2 -T "$(seconds_of "$duration")" -f "$work/insert.sql" bocage >"$work/pgbench.txt" 2>&1 || true
insert_tps=$(awk '/^tps = / { print $3; exit }' "$work/pgbench.txt")

ratio=$(awk -v a="${app_rps:-0}" -v b="${insert_tps:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }')
printf '\n%-48s %12s\n' "measure" "per second"
printf '%-48s %12s\n' "notification endpoint (new + duplicate)" "${app_rps:-n/a}"
printf '%-48s %12s\n' "bare INSERT … ON CONFLICT DO NOTHING (pgbench)" "${insert_tps:-n/a}"
printf '%-48s %12s   target >= %s\n' "ratio app / bare insert" "$ratio" "$target_ratio"
printf '%-48s %12s of %s\n' "attempts recorded paid (each exactly once)" "$applied" "$attempts"
printf '%-48s %12s\n' "notification p99 latency" "${app_p99:-n/a}"
printf '%-48s %12s\n' "load average (1 min) at the end, 2 cores" "$(cut -d' ' -f1 /proc/loadavg)"
errors=$(grep -E 'Non-2xx|Socket errors' "$work/app.txt" | sed 's/^ *//' | paste -sd';' - || true)
[ -n "$errors" ] && printf 'wrk reported: %s\n' "$errors"
exit 0
