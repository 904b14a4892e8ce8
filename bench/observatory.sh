#!/usr/bin/env bash
# bench/observatory.sh — a measurement, not a test (test.sh does not run it): it exits 0 once it has measured.
#
# An observatory indicator with 10,000,000 values on PostgreSQL (35,000 commune codes x 286 months, the
# size of a national indicator), then the time series of one commune through the app's indicator page
# (/observatoire/{indicator}?communes=59249), p95 of sequential requests (target < 50 ms), and the SQL of
# that series alone (EXPLAIN ANALYZE: it must be an index range scan on (indicator_id, commune_insee, period)).
#
# Everything runs on 127.0.0.1 with a throwaway PostgreSQL cluster. Environment:
#   BENCH_VALUES    number of values to insert (default 10000000)
#   BENCH_REQUESTS  number of measured requests (default 300)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
values=${BENCH_VALUES:-10000000}
requests=${BENCH_REQUESTS:-300}
target_ms=50
source bench/common.sh  # the working directory is the repository root (cd above)

work=$(mktemp -d /tmp/bocage-observatory.XXXXXX)
chmod 755 "$work"
app_pid=""
cleanup() {
  [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
  stop_pg
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

start_pg "-c fsync=off -c shared_buffers=256MB"

log "publishing src/Bocage.Web (Release)"
dotnet publish "$root/src/Bocage.Web" -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 || { cat "$work/publish.log" >&2; exit 1; }
app_port=$(free_port)
app_url="http://127.0.0.1:$app_port"
(cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres Database__SeedDemo=true Database__AllowDemoAccountsInProduction=true \
  ConnectionStrings__Bocage="Host=127.0.0.1;Port=$pgport;Username=postgres;Password=bench;Database=bocage" \
  dotnet Bocage.Web.dll --urls "$app_url") >"$work/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 360); do [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$app_url/health/ready" || true)" = 200 ] && break; sleep 0.25; done
curl -sf -o /dev/null "$app_url/observatoire" || { tail -n 40 "$work/app.log" >&2; exit 1; }

log "inserting $values values of the indicator bench-national"
per_commune=286
communes=$(( (values + per_commune - 1) / per_commune ))
psql_do <<SQL
insert into data.indicators (slug, title, unit, source, method, theme, scale, visibility, shared_with, producer_organisation)
values ('bench-national','Indicateur de mesure (10 millions de valeurs)','unités','bench','bench','Mesure',0,0,'','ccsa-direction-generale');
insert into data.indicator_values (indicator_id, commune_insee, period, scaled, status, submitted_by, submitted_at)
select i.id,
       case when c = 1 then '59249' else lpad(c::text, 5, '0') end,
       (2001 + m / 12) * 100 + (m % 12) + 1, (c * 7 + m) % 10000, 1, 'bench', now()
from data.indicators i, generate_series(1, $communes) c, generate_series(0, $per_commune - 1) m
where i.slug = 'bench-national' limit $values;
analyze data.indicator_values;
SQL
log "$(psql_do -c "select count(*) from data.indicator_values v join data.indicators i on i.id = v.indicator_id where i.slug = 'bench-national'") values stored"

url="$app_url/observatoire/bench-national?communes=59249"
for _ in $(seq 1 20); do curl -s -o /dev/null "$url"; done
for _ in $(seq 1 "$requests"); do curl -s -o /dev/null -w '%{time_total}\n' "$url"; done | sort -n >"$work/times"
p50=$(awk '{ a[NR] = $1 } END { printf "%.1f", a[int(NR * 0.50)] * 1000 }' "$work/times")
p95=$(awk '{ a[NR] = $1 } END { printf "%.1f", a[int(NR * 0.95)] * 1000 }' "$work/times")
points=$(curl -s "$url" | grep -o 'class="chart__point"' | wc -l)
plan=$(psql_do -c "explain analyze select period, scaled from data.indicator_values where indicator_id = (select id from data.indicators where slug = 'bench-national') and commune_insee = '59249' and status = 1 order by period")
echo "$plan" | grep -E "Index|Execution Time" | sed 's/^/[bench]   /' >&2
verdict=$([ "$(awk -v p="$p95" -v t="$target_ms" 'BEGIN { print (p < t) ? 1 : 0 }')" = 1 ] && echo met || echo "NOT met")
echo "observatory: $values values; series of one commune through the page ($points chart points): p50 ${p50} ms, p95 ${p95} ms (target < ${target_ms} ms: $verdict)"
