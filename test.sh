#!/usr/bin/env bash
# The one test command: installs what the tests need (Debian packages, when run as root and missing),
# starts a throwaway PostgreSQL, ClamAV daemon and SMTP server on loopback, builds, runs every test project (unit, HTTP integration on
# SQLite and PostgreSQL, browser tests), stops what it started and prints "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
work=$(mktemp -d /tmp/bocage-test.XXXXXX)
chmod 755 "$work"
log() { printf '[test.sh] %s\n' "$*" >&2; }
source tests/services/clamd.sh
source tests/services/validators.sh

# --- Debian packages ------------------------------------------------------------------------------
needed=()
command -v pdftotext >/dev/null 2>&1 || needed+=(poppler-utils)
command -v qpdf >/dev/null 2>&1 || needed+=(qpdf)
command -v chromium >/dev/null 2>&1 || needed+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || needed+=(postgresql)
ls /usr/share/postgresql/*/extension/postgis.control >/dev/null 2>&1 || needed+=(postgis)
# Not « | grep -q »: under pipefail, grep leaving early makes fc-list fail, and the fonts were installed every run.
[ -n "$(fc-list 2>/dev/null | grep -i dejavu)" ] || needed+=(fonts-dejavu-core)
[ -x /usr/sbin/clamd ] || needed+=(clamav-daemon)
command -v java >/dev/null 2>&1 || needed+=(default-jre-headless)
command -v npm >/dev/null 2>&1 || needed+=(npm)
command -v xmllint >/dev/null 2>&1 || needed+=(libxml2-utils)
if [ ${#needed[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    log "installing ${needed[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >"$work/apt.log" 2>&1
    apt-get install -y -qq "${needed[@]}" >>"$work/apt.log" 2>&1 || { cat "$work/apt.log" >&2; echo "0 passed, 1 failed"; exit 1; }
  else
    log "missing packages: ${needed[*]} (run as root, or install them)"; echo "0 passed, 1 failed"; exit 1
  fi
fi

# --- Throwaway PostgreSQL on 127.0.0.1 ---------------------------------------------------------------
pgbin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -n 1)")
pgport=${BOCAGE_PG_PORT:-55432}
# Another run (another checkout) may hold the port: take the next free one.
while (exec 3<>"/dev/tcp/127.0.0.1/$pgport") 2>/dev/null; do pgport=$((pgport + 1)); done
pgdata="$work/pg"
pgpass=bocage-test
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  bash "$root/tests/services/smtp.sh" stop-all "$work" >/dev/null 2>&1
  [ -d "$pgdata" ] && as_pg "$pgbin/pg_ctl" -D "$pgdata" -m immediate stop >/dev/null 2>&1
  clamd_stop
  rm -rf "$work"
}
trap cleanup EXIT
mkdir -p "$pgdata" "$work/pglog"
[ "$(id -u)" = 0 ] && chown postgres "$pgdata" "$work/pglog"
echo "$pgpass" >"$work/pgpass" && chmod 644 "$work/pgpass"
as_pg "$pgbin/initdb" -D "$pgdata" -U postgres --pwfile="$work/pgpass" -A scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$work/initdb.log" 2>&1 \
  || { cat "$work/initdb.log" >&2; echo "0 passed, 1 failed"; exit 1; }
as_pg "$pgbin/pg_ctl" -D "$pgdata" -l "$work/pglog/pg.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $pgport -k $pgdata -c fsync=off -c full_page_writes=off -c max_connections=300" start >/dev/null \
  || { cat "$work/pglog/pg.log" >&2; echo "0 passed, 1 failed"; exit 1; }
export BOCAGE_TEST_POSTGRES="Host=127.0.0.1;Port=$pgport;Username=postgres;Password=$pgpass;Database=postgres;Include Error Detail=true"
log "PostgreSQL on 127.0.0.1:$pgport"

# --- Throwaway ClamAV daemon on 127.0.0.1 (tests/services/clamd.sh) -------------------------------
clamd_start "$work" || { echo "0 passed, 1 failed"; exit 1; }
# --- SMTP test server on 127.0.0.1 (Postfix's smtp-sink; tests/services/smtp.sh) ---------------------
smtpport=${BOCAGE_SMTP_PORT:-52525}
while (exec 3<>"/dev/tcp/127.0.0.1/$smtpport") 2>/dev/null; do smtpport=$((smtpport + 1)); done
{ bash tests/services/smtp.sh install && bash tests/services/smtp.sh start "$smtpport" "$work/smtp"; } >"$work/smtp.log" 2>&1 \
  || { cat "$work/smtp.log" >&2; echo "0 passed, 1 failed"; exit 1; }
export BOCAGE_TEST_SMTP="127.0.0.1:$smtpport" BOCAGE_TEST_SMTP_DIR="$work/smtp"
log "SMTP test server on $BOCAGE_TEST_SMTP"

# --- Build and run every test project ---------------------------------------------------------------
export BOCAGE_CHROMIUM=${BOCAGE_CHROMIUM:-/usr/bin/chromium}
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# npm ci mostly waits on the registry while the build keeps the cores busy: both at once.
validators_install >"$work/validators.log" 2>&1 &
validators_pid=$!
if ! dotnet build Bocage.slnx -c Release -nologo -v q >"$work/build.log" 2>&1; then
  grep -E 'error' "$work/build.log" | sort -u | head -40 >&2
  echo "0 passed, 1 failed"; exit 1
fi

passed=0; failed=0; status=0
# The browser tests keep the HTML of every page they receive here, for the HTML validator at the end.
export BOCAGE_HTML_DIR="$work/html"
export BOCAGE_SERVER_ERRORS="$work/server-errors.log"
if ! wait "$validators_pid"; then
  log "could not install the validators of tests/validators (npm ci)"; failed=$((failed + 1)); status=1
fi
# Every C# file is laid out by CSharpier (.csharpierrc.yaml); a file it would change is one failed check.
if dotnet tool restore >"$work/tools.log" 2>&1 && dotnet csharpier check . >"$work/csharpier.log" 2>&1; then
  passed=$((passed + 1))
else
  log "CSharpier would reformat (run: dotnet csharpier format .):"; head -40 "$work/tools.log" "$work/csharpier.log" >&2
  failed=$((failed + 1)); status=1
fi
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  grep -q 'Microsoft.NET.Test.Sdk' "$project" || continue
  # While developing: BOCAGE_TEST_ONLY='Procedures|EndToEnd' runs only the matching projects,
  # BOCAGE_TEST_FILTER passes a dotnet test --filter expression. CI sets neither.
  [ -n "${BOCAGE_TEST_ONLY:-}" ] && ! grep -qE "$BOCAGE_TEST_ONLY" <<<"$name" && continue
  log "running $name"
  dotnet test "$project" -c Release --no-build --nologo ${BOCAGE_TEST_FILTER:+--filter "$BOCAGE_TEST_FILTER"} \
    --logger "trx;LogFileName=$work/$name.trx" --logger "console;verbosity=minimal" || status=1
  if [ -f "$work/$name.trx" ]; then
    counters=$(grep -o '<Counters [^>]*>' "$work/$name.trx" | head -n 1)
    p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters"); f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  else
    log "$name produced no result file"; failed=$((failed + 1))
  fi
done
# Every page the browser tests received, through the W3C's Nu HTML Checker: one check per page.
if [ -d "$BOCAGE_HTML_DIR" ]; then
  read -r p f < <(validate_html "$BOCAGE_HTML_DIR")
  log "Nu HTML Checker: $p pages without error, $f with errors"
  passed=$((passed + p)); failed=$((failed + f))
fi
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
# A failed browser test sees only an error page: the unhandled exceptions the test hosts logged tell why.
if [ "$failed" -ne 0 ] && [ -s "$BOCAGE_SERVER_ERRORS" ]; then
  log "unhandled exceptions logged by the test hosts (last 150 lines):"; tail -n 150 "$BOCAGE_SERVER_ERRORS" >&2
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
