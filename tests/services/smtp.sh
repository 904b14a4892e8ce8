#!/usr/bin/env bash
# The tests' SMTP server: Postfix's smtp-sink (Debian package postfix), which accepts every mail on
# a loopback port and dumps each one, envelope and message, to a file of its own. test.sh starts one
# for the whole run; a test that takes a server down and up again starts its own the same way.
#
#   smtp.sh install           install postfix when smtp-sink is missing (as root)
#   smtp.sh start PORT DIR    smtp-sink on 127.0.0.1:PORT, one file per mail in DIR; returns once it answers
#   smtp.sh stop DIR          stop the smtp-sink started for DIR; returns once it is gone
#   smtp.sh stop-all PARENT   stop every smtp-sink started for a folder inside PARENT
set -uo pipefail
sink=${BOCAGE_SMTP_SINK:-/usr/sbin/smtp-sink}
fail() { echo "smtp.sh: $*" >&2; exit 1; }
answers() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# A pid is ours only while it still runs smtp-sink for this folder (pids are reused).
ours() { [ -n "$1" ] && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -qF -- "-d $2/" ; }
# A killed sink lingers as a zombie until init reaps it, but its port is already free.
running() { local state; state=$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null) && [ "$state" != Z ]; }

install() {
  [ -x "$sink" ] && return 0
  [ "$(id -u)" = 0 ] || fail "$sink is missing: run as root to install postfix, or install it"
  export DEBIAN_FRONTEND=noninteractive
  # "No configuration" leaves Postfix without main.cf, so no system mail server starts on port 25.
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  apt-get update -qq && apt-get install -y -qq --no-install-recommends postfix || fail "installing postfix failed"
  [ -x "$sink" ] || fail "postfix is installed but $sink is not there"
}

start() {
  local port=$1 dir=$2 user=() pid i
  [ -x "$sink" ] || fail "$sink is missing: run 'smtp.sh install' as root"
  answers "$port" && fail "127.0.0.1:$port is already taken"
  mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then
    # smtp-sink refuses to run as root; it drops to nobody after binding, and nobody must write the dumps.
    user=(-u nobody); chmod 777 "$dir"
  fi
  "$sink" "${user[@]}" -d "$dir/%Y%m%d-%H%M%S." "127.0.0.1:$port" 100 </dev/null >"$dir.smtp-sink.log" 2>&1 &
  pid=$!
  echo "$pid" >"$dir.smtp-sink.pid"
  for i in $(seq 1 100); do
    answers "$port" && return 0
    running "$pid" || { cat "$dir.smtp-sink.log" >&2; fail "smtp-sink exited at start"; }
    sleep 0.1
  done
  kill "$pid" 2>/dev/null
  fail "smtp-sink did not answer on 127.0.0.1:$port within 10 s"
}

stop() {
  local dir=$1 pid i
  [ -f "$dir.smtp-sink.pid" ] || return 0
  pid=$(cat "$dir.smtp-sink.pid")
  rm -f "$dir.smtp-sink.pid"
  ours "$pid" "$dir" || return 0
  kill "$pid" 2>/dev/null
  for i in $(seq 1 50); do
    running "$pid" || return 0
    sleep 0.1
  done
  kill -9 "$pid" 2>/dev/null
}

case "${1:-}" in
  install) install ;;
  start) [ $# -eq 3 ] || fail "usage: smtp.sh start PORT DIR"; start "$2" "$3" ;;
  stop) [ $# -eq 2 ] || fail "usage: smtp.sh stop DIR"; stop "$2" ;;
  stop-all)
    [ $# -eq 2 ] || fail "usage: smtp.sh stop-all PARENT"
    for pidfile in "$2"/*.smtp-sink.pid; do [ -f "$pidfile" ] && stop "${pidfile%.smtp-sink.pid}"; done
    ;;
  *) fail "usage: smtp.sh install | start PORT DIR | stop DIR | stop-all PARENT" ;;
esac
