# Shared helpers for scripts/setup, scripts/run and scripts/test. Source it; do not run it.
# shellcheck shell=bash

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOG_DIR="$REPO_ROOT/artifacts/logs"
BIN="$REPO_ROOT/node_modules/.bin"
AZURITE_ACCOUNT_KEY='Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

say()  { printf '[%s] %s\n' "${SCRIPT_NAME:-script}" "$*"; }
warn() { printf '[%s] WARNING: %s\n' "${SCRIPT_NAME:-script}" "$*" >&2; }
die()  { printf '[%s] ERROR: %s\n' "${SCRIPT_NAME:-script}" "$*" >&2; exit 1; }

azurite_connection_string() { # table_port [queue_port]
  printf 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=%s;TableEndpoint=http://127.0.0.1:%s/devstoreaccount1;' \
    "$AZURITE_ACCOUNT_KEY" "$1"
  if [[ -n "${2:-}" ]]; then printf 'QueueEndpoint=http://127.0.0.1:%s/devstoreaccount1;' "$2"; fi
}

# Azurite's queue service (the bot's inbox of accepted activities), beside azurite-table.
start_azurite_queue() { # logfile port [location]
  local log="$1" port="$2" location="${3:-}"
  if [[ -n "$location" ]]; then
    start_bg "$log" "$BIN/azurite-queue" --disableTelemetry --skipApiVersionCheck --location "$location" --queueHost 127.0.0.1 --queuePort "$port"
  else
    start_bg "$log" "$BIN/azurite-queue" --inMemoryPersistence --disableTelemetry --skipApiVersionCheck --queueHost 127.0.0.1 --queuePort "$port"
  fi
  wait_for_port "$port" "$LAST_PID" "Azurite (Queue)" 30 "$log"
}

# A TCP port that is free right now (the OS picks it).
free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

port_open() { # port [host]
  (exec 3<>"/dev/tcp/${2:-127.0.0.1}/$1") 2>/dev/null
}

# Processes started with start_bg run in their own process group (setsid), so stopping one
# stops its children too (dotnet run -> the app). Their pids are kept in STARTED_PIDS.
STARTED_PIDS=()
start_bg() { # logfile cmd args...   (runs in $START_CWD when set)
  local log="$1"; shift
  mkdir -p "$(dirname "$log")"
  ( if [[ -n "${START_CWD:-}" ]]; then cd "$START_CWD"; fi; exec setsid "$@" ) >"$log" 2>&1 < /dev/null &
  STARTED_PIDS+=("$!")
  LAST_PID=$!
}

alive() { kill -0 "$1" 2>/dev/null; }

stop_started() {
  local pid
  for pid in "${STARTED_PIDS[@]}"; do
    alive "$pid" && kill -TERM -- "-$pid" 2>/dev/null || true
  done
  local waited=0
  for pid in "${STARTED_PIDS[@]}"; do
    while alive "$pid" && (( waited < 50 )); do sleep 0.1; waited=$((waited + 1)); done
    alive "$pid" && kill -KILL -- "-$pid" 2>/dev/null || true
  done
  STARTED_PIDS=()
}

wait_for_port() { # port pid label timeout_s log
  local port="$1" pid="$2" label="$3" timeout="$4" log="$5" i=0
  until port_open "$port"; do
    alive "$pid" || { tail -n 40 "$log" >&2; die "$label exited before listening on port $port (log: $log)"; }
    (( i++ < timeout * 5 )) || { tail -n 40 "$log" >&2; die "$label does not listen on port $port after ${timeout}s (log: $log)"; }
    sleep 0.2
  done
}

# Waits for url to answer 2xx; a 404 also counts as "up" (for a bot without /healthz yet).
wait_for_http() { # url pid label timeout_s log
  local url="$1" pid="$2" label="$3" timeout="$4" log="$5" i=0 code
  while :; do
    code="$(curl -s -o /dev/null -m 2 -w '%{http_code}' "$url" || true)"
    [[ "$code" =~ ^2 || "$code" == 404 ]] && return 0
    alive "$pid" || { tail -n 40 "$log" >&2; die "$label exited (log: $log)"; }
    (( i++ < timeout * 2 )) || { tail -n 40 "$log" >&2; die "$label not up at $url after ${timeout}s (last HTTP ${code:-none}; log: $log)"; }
    sleep 0.5
  done
}

# The Agents Playground falls back to a random port when its port is taken: read the real one.
playground_port_from_log() { # log pid timeout_s
  local log="$1" pid="$2" timeout="$3" i=0 port
  while :; do
    port="$(grep -oE 'Listening on [0-9]+' "$log" 2>/dev/null | head -n1 | grep -oE '[0-9]+' || true)"
    [[ -n "$port" ]] && { echo "$port"; return 0; }
    alive "$pid" || { tail -n 40 "$log" >&2; die "Agents Playground exited (log: $log)"; }
    (( i++ < timeout * 5 )) || die "Agents Playground did not report its port after ${timeout}s (log: $log)"
    sleep 0.2
  done
}
