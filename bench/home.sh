#!/usr/bin/env bash
# bench/home.sh — a measurement, not a test: it always exits 0 once it has measured.
#
#   1. throughput and p99 latency of the home page `/` served by the app (Release, Production),
#      against nginx serving the same HTML bytes as a static file (target: app/nginx >= 0.5);
#   2. the home page's weight on the wire: the HTML plus every asset it links, as a browser asking
#      for `br, gzip` receives them (target: < 60 KB).
#
# Everything runs on 127.0.0.1 and is bounded in time. Environment:
#   BENCH_DURATION     wrk duration of each measured run (default 20s; e.g. 5s for a quick trial)
#   BENCH_WARMUP       wrk duration of the warm-up runs (default 5s)
#   BENCH_THREADS      wrk threads (default 2)
#   BENCH_CONNECTIONS  wrk connections (default 32)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

duration=${BENCH_DURATION:-20s}
warmup=${BENCH_WARMUP:-5s}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-32}
accept='Accept-Encoding: br, gzip'
target_ratio=0.5
target_kb=60

source bench/common.sh  # the working directory is the repository root (cd above)

# --- Debian packages (only when missing) --------------------------------------------------------------
needed=()
command -v wrk >/dev/null 2>&1 || needed+=(wrk)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || needed+=(nginx)
command -v curl >/dev/null 2>&1 || needed+=(curl)
if [ ${#needed[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    log "installing ${needed[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${needed[@]}" >/dev/null
  else
    log "missing packages: ${needed[*]} (run as root, or install them)"
    exit 1
  fi
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)

# --- Work dir and clean-up ----------------------------------------------------------------------------
work=$(mktemp -d /tmp/bocage-bench.XXXXXX)
chmod 755 "$work"   # nginx workers run as an unprivileged user when started by root
app_pid=""
nginx_pid=""
wrk_pid=""
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
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM


# wait_ready URL SECONDS: until the URL answers 200.
wait_ready() {
  local url=$1 limit=$2 _
  for _ in $(seq 1 $((limit * 4))); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true)" = 200 ] && return 0
    sleep 0.25
  done
  return 1
}

wrk_bound=$(( $(seconds_of "$duration") + 60 ))

# In the background and waited for, so that an interrupt stops the bench at once (see cleanup).
run_wrk() {  # run_wrk URL DURATION OUTFILE
  timeout "$wrk_bound" wrk -t"$threads" -c"$connections" -d"$2" --latency -H "$accept" "$1" >"$3" 2>&1 &
  wrk_pid=$!
  wait "$wrk_pid"
  wrk_pid=""
}
rps_of() { awk '/^Requests\/sec:/ { print $2 }' "$1"; }
p99_ms_of() {  # wrk prints e.g. "99%  12.34ms" (units us, ms, s)
  awk '$1 == "99%" {
         v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[a-z]+$/, "", v)
         if (u == "us") v /= 1000; else if (u == "s") v *= 1000; else if (u == "m") v *= 60000
         printf "%.2f", v }' "$1"
}
kb_per_request_of() {  # "Transfer/sec: 47.12MB" / requests/s: what one response weighs, headers included
  awk '/^Requests\/sec:/ { r = $2 }
       /^Transfer\/sec:/ { v = $2; u = v; sub(/[0-9.]+/, "", u); sub(/[A-Z]+$/, "", v)
                           m = (u == "KB") ? 1 : (u == "MB") ? 1024 : (u == "GB") ? 1048576 : 1 / 1024; t = v * m }
       END { if (r > 0) printf "%.2f", t / r }' "$1"
}
errors_of() {  # non-2xx/3xx responses and socket errors, if wrk reported any
  grep -E 'Non-2xx|Socket errors' "$1" | sed 's/^ *//' | paste -sd';' - || true
}

# --- The app: published in Release, run in Production on a throwaway SQLite database -----------------
# Published rather than run from bin/: a plain build run outside Development has no static web assets
# manifest for its compressed files, so the fingerprinted CSS/JS would be answered "200, 0 bytes" to a
# browser that accepts gzip — neither realistic nor measurable.
log "publishing src/Bocage.Web (Release)"
dotnet publish "$root/src/Bocage.Web" -c Release -o "$work/app" --nologo -v quiet >"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log" >&2; exit 1; }

app_port=$(free_port)
app_url="http://127.0.0.1:$app_port"
log "starting the app on $app_url"
(
  cd "$work/app"
  exec env ASPNETCORE_ENVIRONMENT=Production Database__SeedDemo=true Database__AllowDemoAccountsInProduction=true \
    ConnectionStrings__Bocage="Data Source=$work/bench.db" \
    dotnet Bocage.Web.dll --urls "$app_url"
) >"$work/app.log" 2>&1 &
app_pid=$!
if ! wait_ready "$app_url/health/ready" 90; then
  log "the app did not become ready in 90 s; its log:"; tail -n 40 "$work/app.log" >&2; exit 1
fi

# --- The same HTML bytes, served static by nginx --------------------------------------------------------
mkdir -p "$work/nginx/www" "$work/nginx/tmp"
curl -s --fail --max-time 10 -o "$work/nginx/www/index.html" "$app_url/"
chmod -R a+rX "$work/nginx"
nginx_port=$(free_port)
while [ "$nginx_port" = "$app_port" ]; do nginx_port=$(free_port); done
nginx_url="http://127.0.0.1:$nginx_port"
cat >"$work/nginx/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    # Compress on the fly like the app does (text/html is always in gzip_types).
    gzip on;
    gzip_vary on;
    gzip_comp_level 1;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/nginx/www;
        location = / { try_files /index.html =404; }
    }
}
EOF
log "starting nginx on $nginx_url"
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" -e "$work/nginx/error.log" &
nginx_pid=$!
if ! wait_ready "$nginx_url/" 15; then
  log "nginx did not start; its log:"; cat "$work/nginx/error.log" >&2 || true; exit 1
fi

encoding_of() { curl -s --max-time 10 -o /dev/null -H "$accept" -w '%header{content-encoding}' "$1" || true; }
log "home page: app answers with Content-Encoding '$(encoding_of "$app_url/")', nginx with '$(encoding_of "$nginx_url/")'"

# --- Throughput -------------------------------------------------------------------------------------------
log "warming up both for $warmup"
run_wrk "$app_url/" "$warmup" "$work/warm-app.txt"
run_wrk "$nginx_url/" "$warmup" "$work/warm-nginx.txt"
log "measuring the app: wrk -t$threads -c$connections -d$duration --latency -H '$accept' /"
run_wrk "$app_url/" "$duration" "$work/app.txt"
log "measuring nginx (static copy): same command"
run_wrk "$nginx_url/" "$duration" "$work/nginx.txt"

app_rps=$(rps_of "$work/app.txt"); nginx_rps=$(rps_of "$work/nginx.txt")
app_p99=$(p99_ms_of "$work/app.txt"); nginx_p99=$(p99_ms_of "$work/nginx.txt")
ratio=$(awk -v a="${app_rps:-0}" -v n="${nginx_rps:-0}" 'BEGIN { if (n > 0) printf "%.2f", a / n; else print "n/a" }')
verdict=$(awk -v r="$ratio" -v t="$target_ratio" 'BEGIN { print (r != "n/a" && r + 0 >= t) ? "PASS" : "BELOW TARGET" }')

echo
echo "== Home page throughput (wrk -t$threads -c$connections -d$duration --latency, $accept) =="
printf '%-22s %14s %12s %14s\n' "" "requests/s" "p99 (ms)" "KB/response"
printf '%-22s %14s %12s %14s\n' "app (Kestrel, /)" "${app_rps:-?}" "${app_p99:-?}" "$(kb_per_request_of "$work/app.txt")"
printf '%-22s %14s %12s %14s\n' "nginx (same HTML)" "${nginx_rps:-?}" "${nginx_p99:-?}" "$(kb_per_request_of "$work/nginx.txt")"
printf 'ratio app/nginx: %s (target >= %s) %s\n' "$ratio" "$target_ratio" "$verdict"
for side in app nginx; do
  errs=$(errors_of "$work/$side.txt")
  [ -z "$errs" ] || echo "warning: $side run reported: $errs"
done

# --- Weight on the wire -------------------------------------------------------------------------------------
# Fetched with the browser's Accept-Encoding but without --compressed, so size_download is the bytes that
# travel (the body as encoded; headers not counted).
html="$work/nginx/www/index.html"
assets=$(
  {
    # <link ...> tags that make the browser fetch something (stylesheet, icons, preloads, manifest).
    grep -oiE '<link[^>]*>' "$html" \
      | grep -iE 'rel="?[^"]*(stylesheet|icon|preload|modulepreload|manifest)' \
      | grep -oiE 'href="[^"]*"' | sed -E 's/^href="//I; s/"$//' || true
    grep -oiE '<script[^>]*src="[^"]*"' "$html" | grep -oiE 'src="[^"]*"' | sed -E 's/^src="//I; s/"$//' || true
    grep -oiE '<img[^>]*src="[^"]*"' "$html" | grep -oiE 'src="[^"]*"' | sed -E 's/^src="//I; s/"$//' || true
  } | sed 's/&amp;/\&/g' | awk '!seen[$0]++'
)

echo
echo "== Home page weight on the wire ($accept; body bytes, 1 KB = 1024 bytes) =="
printf '%10s  %-5s %-8s %s\n' "bytes" "code" "encoding" "resource"
total=0
headers=0
measure() {  # measure URL LABEL
  local out code size enc hsize
  out=$(curl -s --max-time 10 -o /dev/null -H "$accept" \
    -w '%{http_code} %{size_download} %{size_header} %header{content-encoding}' "$1" || true)
  read -r code size hsize enc <<<"$out"
  code=${code:-000}; size=${size:-0}; hsize=${hsize:-0}
  printf '%10s  %-5s %-8s %s\n' "$size" "$code" "${enc:--}" "$2"
  [ "$code" = 200 ] && [ "$size" -gt 0 ] || echo "warning: $2 answered $code with $size bytes"
  total=$((total + size))
  headers=$((headers + hsize))
}
measure "$app_url/" "/ (HTML)"
while IFS= read -r ref; do
  [ -n "$ref" ] || continue
  case $ref in
    data:*) continue ;;
    "$app_url"/*) url=$ref ;;
    http://* | https://* | //*) echo "note: $ref is on another host, not counted"; continue ;;
    /*) url="$app_url$ref" ;;
    *) url="$app_url/$ref" ;;
  esac
  measure "$url" "$ref"
done <<<"$assets"
total_kb=$(awk -v b="$total" 'BEGIN { printf "%.1f", b / 1024 }')
weight_verdict=$(awk -v b="$total" -v t="$target_kb" 'BEGIN { print (b / 1024 < t) ? "PASS" : "ABOVE TARGET" }')
printf 'total: %s KB (target < %s KB) %s\n' "$total_kb" "$target_kb" "$weight_verdict"
printf '(response headers, not counted above: %s KB)\n' "$(awk -v b="$headers" 'BEGIN { printf "%.1f", b / 1024 }')"
exit 0
