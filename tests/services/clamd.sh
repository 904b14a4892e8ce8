# Throwaway ClamAV daemon for the tests, sourced by test.sh (whose log function it uses).
#   clamd_start WORKDIR  starts clamd on 127.0.0.1 (first free port from $BOCAGE_CLAMD_PORT, default
#                        53310) and exports BOCAGE_TEST_CLAMAV=127.0.0.1:PORT;
#   clamd_stop           ends it (safe to call when it never started).
# freshclam cannot download anything here, so the signature database is written by this script: one
# MD5 signature for the EICAR test file, enough for clamd to start and to prove detection end to end.
clamd_pid=""

# Speaks clamd's own protocol with bash alone, so no client package is needed.
clamd_ping() {
  local reply
  reply=$(timeout 5 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0" && printf "zPING\0" >&3 && tr -d "\0" <&3' "$1" 2>/dev/null) || return 1
  [ "$reply" = PONG ]
}

clamd_port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

clamd_start() {
  local dir="$1/clamd" port=${BOCAGE_CLAMD_PORT:-53310} clamd_bin
  clamd_bin=$(command -v clamd || echo /usr/sbin/clamd)
  # Several worktrees may run their tests at once: never share (or fight over) another run's daemon.
  while clamd_port_in_use "$port"; do port=$((port + 1)); done
  mkdir -p "$dir/db" "$dir/tmp"
  local eicar='X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'
  printf '%s:%s:Eicar-Test-Signature\n' "$(printf '%s' "$eicar" | md5sum | cut -d' ' -f1)" "${#eicar}" >"$dir/db/eicar.hdb"
  # The same string anywhere in a file (a body signature), so that EICAR inside a large upload is found.
  printf 'Eicar-Test-Signature:0:*:%s\n' "$(printf '%s' "$eicar" | od -An -tx1 | tr -d ' \n')" >"$dir/db/eicar.ndb"
  # StreamMaxLength stays above the largest upload limit (Data's 200 MB); clamd answers ERROR beyond it.
  # MaxFileSize and MaxScanSize too: above them clamd would answer OK without reading the rest.
  cat >"$dir/clamd.conf" <<CONF
TCPSocket $port
TCPAddr 127.0.0.1
Foreground yes
DatabaseDirectory $dir/db
TemporaryDirectory $dir/tmp
LogFile $dir/clamd.log
LogTime yes
StreamMaxLength 210M
MaxFileSize 210M
MaxScanSize 210M
MaxThreads 4
SelfCheck 0
CONF
  # No "User" line: clamd keeps the identity of whoever runs the tests, so it can read this folder.
  "$clamd_bin" --config-file="$dir/clamd.conf" >"$dir/stdout.log" 2>&1 &
  clamd_pid=$!
  local waited=0
  until clamd_ping "$port"; do
    if ! kill -0 "$clamd_pid" 2>/dev/null || [ "$waited" -ge 60 ]; then
      log "clamd did not answer PING on 127.0.0.1:$port"
      cat "$dir/stdout.log" "$dir/clamd.log" >&2 2>/dev/null
      return 1
    fi
    sleep 1; waited=$((waited + 1))
  done
  export BOCAGE_TEST_CLAMAV="127.0.0.1:$port"
  log "clamd on 127.0.0.1:$port"
}

clamd_stop() {
  [ -n "$clamd_pid" ] || return 0
  kill "$clamd_pid" 2>/dev/null
  for _ in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$clamd_pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$clamd_pid" 2>/dev/null
  wait "$clamd_pid" 2>/dev/null
  clamd_pid=""
}
