#!/usr/bin/env bash
# Forecourt on one instance, then on two instances behind a load balancer (HAProxy), on one
# PostgreSQL: throughput, latency and response statuses of the trivial baseline
# GET /api/v1/me and, when one is given, of a target request, measured with wrk in the same
# run, so the target is quoted as a ratio to the baseline of the same topology (the faster of
# the baseline measured before the target and the one measured again after it).
#
#   bench/scale-out.sh                                   # the baseline alone, one then two instances
#   TARGET_NAME='lead capture' TARGET_METHOD=POST TARGET_PATH=/api/v1/leads \
#     TARGET_BODY='{"channel": "autohome", "name": "压测", "phone": "{phone}", "cityCode": "310100"}' \
#     bench/scale-out.sh                                 # plus a POST with a new participant per request
#
# Settings (environment), defaults in brackets:
#   TOPOLOGIES     which set-ups, in order ["one two"]: one (an instance, wrk straight at it),
#                  one-lb (an instance behind HAProxy: the balancer's own cost), two (two
#                  instances behind HAProxy, round robin)
#   DURATION [20s] CONNECTIONS [16] THREADS [2] TIMEOUT [10s]: wrk's settings
#   WARMUP [30s]   per instance, before each measurement: two instances are warmed up twice as
#                  long, each JVM compiling the same code on its share of the requests
#   JAVA_OPTS [-Xms1g -Xmx1g]  each instance's JVM options, a fixed heap as in production (the
#                  README): with only a maximum, G1 kept a launch's instance at 256 MB and ran
#                  a concurrent marking every few seconds;  DB [forecourt_bench_scale], made afresh
#   KEY            the bearer key [the demo integrator key, seeded with the demo data]
#   TARGET_PATH    the target request's path and query; none: the baseline alone
#   TARGET_METHOD [POST]  TARGET_NAME [the method and path]
#   TARGET_BODY    the body template: {phone} is a distinct mobile per request (PHONE_BASE + n
#                  modulo PARTICIPANTS), {n} the request's number, {run} a name unique to the run
#   TARGET_HEADER  more headers, one per line, same placeholders ({ip}: a client address per
#                  participant), e.g. 'Idempotency-Key: bench-{run}-{n}'
#   PARTICIPANTS [200000]  PHONE_BASE [13800000000]
#   SETUP          a command run before each target run (its warm-up and its measurement), with
#                  BASE_URL, KEY, TOPOLOGY and PHASE (warmup or measure) in its environment; each
#                  NAME=value line it prints replaces {NAME} in TARGET_PATH, TARGET_BODY and
#                  TARGET_HEADER (e.g. a fresh launch's id, so that the warm-up does not use up
#                  the measured launch's quota)
#   CHECK          a command run after each target measurement, with BASE_URL, KEY, TOPOLOGY, DB
#                  and the SETUP values (as environment variables) in its environment; what it
#                  prints goes into the summary (e.g. a SQL count proving nothing was oversold)
#   SKIP_BUILD=1   use the jar in target/ as it is
#
# Needs: a JDK 21+ (JAVA_HOME), PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres);
# wrk and haproxy are installed with apt-get when missing (as root).
set -euo pipefail
cd "$(dirname "$0")/.."

TOPOLOGIES=${TOPOLOGIES:-one two}
DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-30s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
TIMEOUT=${TIMEOUT:-10s}
JAVA_OPTS=${JAVA_OPTS:--Xms1g -Xmx1g}
DB=${DB:-forecourt_bench_scale}
KEY=${KEY:-fc_demo_integrator_0000000000000000000000}
TARGET_PATH=${TARGET_PATH:-}
TARGET_METHOD=${TARGET_METHOD:-POST}
TARGET_NAME=${TARGET_NAME:-$TARGET_METHOD $TARGET_PATH}
TARGET_BODY=${TARGET_BODY:-}
TARGET_HEADER=${TARGET_HEADER:-}
PARTICIPANTS=${PARTICIPANTS:-200000}
PHONE_BASE=${PHONE_BASE:-13800000000}
SETUP=${SETUP:-}
CHECK=${CHECK:-}
LB_PORT=${LB_PORT:-8090}
STATS_PORT=${STATS_PORT:-8099}
PORTS=(8091 8092)
NAMES=(a b)
OUT=bench/results/scale-out-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v haproxy >/dev/null || missing+=(haproxy)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "missing: ${missing[*]}; install them: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
  echo "== Installing ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ -z "${JAVA_HOME:-}" ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="$JAVA_HOME/bin:$PATH"

if [ "${SKIP_BUILD:-}" != 1 ]; then
  echo "== Building the application jar"
  ./mvnw -B -q -ntp -DskipTests package
fi
JAR=$(ls target/forecourt-*.jar | grep -v plain | head -1)

echo "== Fresh database $DB (the first instance seeds the demo data)"
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" postgres
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB" postgres

# PostgreSQL as production runs it: with autovacuum, which keeps the statistics (and so the
# plans) of tables growing by hundreds of thousands of rows in step. A CI machine may have
# it off; it is turned on for the run and back off at the end.
AUTOVACUUM_WAS=$(psql -h 127.0.0.1 -U postgres -tAc "SHOW autovacuum" postgres)
if [ "$AUTOVACUUM_WAS" = off ]; then
  echo "== PostgreSQL's autovacuum is off on this machine: on for the run"
  psql -h 127.0.0.1 -U postgres -qtAc "ALTER SYSTEM SET autovacuum = on" -c "SELECT pg_reload_conf()" postgres >/dev/null
fi

APPS=()
LB=
cleanup() {
  [ -n "$LB" ] && kill "$LB" 2>/dev/null || true
  for pid in "${APPS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${APPS[@]}" $LB; do wait "$pid" 2>/dev/null || true; done
  if [ "${AUTOVACUUM_WAS:-}" = off ]; then
    psql -h 127.0.0.1 -U postgres -qtAc "ALTER SYSTEM RESET autovacuum" -c "SELECT pg_reload_conf()" postgres >/dev/null || true
  fi
}
trap cleanup EXIT

start_instance() { # index topology
  local name=${NAMES[$1]} port=${PORTS[$1]}
  # shellcheck disable=SC2086 # JAVA_OPTS holds several options
  java $JAVA_OPTS -jar "$JAR" --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
    --spring.datasource.username=postgres --spring.datasource.password= \
    --forecourt.demo.api-key="$KEY" --logging.level.root=WARN > "$OUT/$2-$name.log" 2>&1 &
  APPS+=($!)
}

await_ready() { # index topology
  local port=${PORTS[$1]}
  for _ in $(seq 180); do
    curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 1
  done
  tail -50 "$OUT/$2-${NAMES[$1]}.log"
  echo "instance ${NAMES[$1]} did not get ready" >&2
  exit 1
}

stop_all() {
  cleanup
  APPS=()
  LB=
}

start_balancer() { # topology instances
  local config=$OUT/$1-haproxy.cfg
  {
    cat <<EOF
global
  maxconn 4096
defaults
  mode http
  option http-keep-alive
  timeout connect 5s
  timeout client 60s
  timeout server 60s
frontend forecourt
  bind 127.0.0.1:$LB_PORT
  default_backend instances
backend instances
  balance roundrobin
  http-reuse always
  option httpchk GET /actuator/health/readiness
  http-check expect status 200
EOF
    for i in $(seq 0 $(($2 - 1))); do
      echo "  server ${NAMES[$i]} 127.0.0.1:${PORTS[$i]} check inter 2s"
    done
    cat <<EOF
listen stats
  bind 127.0.0.1:$STATS_PORT
  stats enable
  stats uri /stats
EOF
  } > "$config"
  haproxy -f "$config" -db > "$OUT/$1-haproxy.log" 2>&1 &
  LB=$!
  for _ in $(seq 30); do
    curl -fs "http://127.0.0.1:$LB_PORT/actuator/health/readiness" >/dev/null 2>&1 && return 0
    sleep 1
  done
  echo "HAProxy did not answer" >&2
  exit 1
}

# Responses each instance behind the balancer gave so far ("a=12 b=11"), from HAProxy's
# statistics (its hrsp_* columns); nothing without a balancer.
per_instance() {
  [ -z "$LB" ] && return 0
  curl -fs "http://127.0.0.1:$STATS_PORT/stats;csv" | awk -F, '
    NR == 1 { sub(/^# /, ""); for (i = 1; i <= NF; i++) col[$i] = i; next }
    $1 == "instances" && $2 != "BACKEND" {
      n = $col["hrsp_1xx"] + $col["hrsp_2xx"] + $col["hrsp_3xx"] + $col["hrsp_4xx"] + $col["hrsp_5xx"]
      printf "%s%s=%d", sep, $2, n; sep = " "
    }'
}

served_since() { # what per_instance printed before
  awk -v before="$1" -v now="$(per_instance)" 'BEGIN {
    n = split(before, b, " "); for (i = 1; i <= n; i++) { split(b[i], kv, "="); was[kv[1]] = kv[2] }
    n = split(now, c, " "); for (i = 1; i <= n; i++) { split(c[i], kv, "="); printf "%s%s=%d", sep, kv[1], kv[2] - was[kv[1]]; sep = " " }
  }'
}

wrk_run() { # file url duration method body header first-number
  METHOD=$4 BODY=$5 HEADER=$6 FIRST=${7:-0} PARTICIPANTS=$PARTICIPANTS PHONE_BASE=$PHONE_BASE WRK_THREADS=$THREADS \
    RUN="$(basename "$1" .txt)-$(date +%s)" \
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"$3" --timeout "$TIMEOUT" --latency -s bench/wrk/requests.lua \
    -H "Authorization: Bearer $KEY" "$2" > "$1"
  grep '^RESULT' "$1"
}

seconds() { # a wrk duration (45, 45s, 2m, 1h) in seconds
  case $1 in
    *h) echo $((${1%h} * 3600)) ;;
    *m) echo $((${1%m} * 60)) ;;
    *s) echo "${1%s}" ;;
    *) echo "$1" ;;
  esac
}

field() { # file name: a value of wrk's RESULT line
  sed -nE "s/^RESULT.* $2=([^ ]+).*/\1/p" "$1"
}

# The target's path, body and header with the values SETUP printed filled in.
fill_setup() { # base-url topology phase
  TPATH=$TARGET_PATH TBODY=$TARGET_BODY THEADER=$TARGET_HEADER SETUP_VALUES=()
  if [ -z "$SETUP" ]; then return 0; fi
  local line name value
  while IFS= read -r line; do
    [[ $line =~ ^([A-Za-z_][A-Za-z0-9_]*)=(.*)$ ]] || continue
    name=${BASH_REMATCH[1]} value=${BASH_REMATCH[2]}
    SETUP_VALUES+=("$name=$value")
    TPATH=${TPATH//\{$name\}/$value} TBODY=${TBODY//\{$name\}/$value} THEADER=${THEADER//\{$name\}/$value}
  done < <(BASE_URL=$1 KEY=$KEY TOPOLOGY=$2 PHASE=$3 bash -c "$SETUP")
}

run_check() { # base-url topology
  if [ -z "$CHECK" ]; then return 0; fi
  { env "${SETUP_VALUES[@]}" BASE_URL="$1" KEY="$KEY" TOPOLOGY="$2" DB="$DB" bash -c "$CHECK" 2>&1 \
    || echo "CHECK failed: exit status $?"; } | tee "$OUT/$2-check.txt"
}

next_number=0
for topology in $TOPOLOGIES; do
  case $topology in
    one) count=1 balanced= ;;
    one-lb) count=1 balanced=1 ;;
    two) count=2 balanced=1 ;;
    *) echo "unknown topology $topology (one, one-lb, two)" >&2; exit 1 ;;
  esac
  echo "== $topology: $count instance(s)${balanced:+ behind HAProxy on :$LB_PORT}"
  # The first instance alone (it migrates and seeds an empty database), then the others.
  start_instance 0 "$topology"
  await_ready 0 "$topology"
  for i in $(seq 1 $((count - 1))); do start_instance "$i" "$topology"; done
  for i in $(seq 1 $((count - 1))); do await_ready "$i" "$topology"; done
  if [ -n "$balanced" ]; then
    start_balancer "$topology" "$count"
    base=http://127.0.0.1:$LB_PORT
  else
    base=http://127.0.0.1:${PORTS[0]}
  fi
  echo "$topology load: $(uptime | sed 's/.*load average: //')" >> "$OUT/uptime.txt"

  warmup=$(($(seconds "$WARMUP") * count))s
  echo "-- baseline GET /api/v1/me"
  wrk_run "$OUT/$topology-baseline-warmup.txt" "$base/api/v1/me" "$warmup" GET "" "" > /dev/null
  before=$(per_instance)
  wrk_run "$OUT/$topology-baseline.txt" "$base/api/v1/me" "$DURATION" GET "" ""
  if [ -n "$balanced" ]; then
    echo "responses per instance: $(served_since "$before")" | tee "$OUT/$topology-baseline-instances.txt"
  fi

  if [ -n "$TARGET_PATH" ]; then
    echo "-- target $TARGET_NAME"
    fill_setup "$base" "$topology" warmup
    wrk_run "$OUT/$topology-target-warmup.txt" "$base$TPATH" "$warmup" "$TARGET_METHOD" "$TBODY" "$THEADER" \
      "$next_number" > /dev/null
    # Each run meets participants no earlier run met (the database is shared by the topologies).
    next_number=$(field "$OUT/$topology-target-warmup.txt" next)
    fill_setup "$base" "$topology" measure
    before=$(per_instance)
    wrk_run "$OUT/$topology-target.txt" "$base$TPATH" "$DURATION" "$TARGET_METHOD" "$TBODY" "$THEADER" "$next_number"
    next_number=$(field "$OUT/$topology-target.txt" next)
    if [ -n "$balanced" ]; then
      echo "responses per instance: $(served_since "$before")" | tee "$OUT/$topology-target-instances.txt"
    fi
    run_check "$base" "$topology"
    # The baseline once more, on a JVM that has now run far longer (on a slow machine the
    # first baseline can still be warming up): the ratio is taken to the faster of the two.
    echo "-- baseline GET /api/v1/me, again"
    wrk_run "$OUT/$topology-baseline-again.txt" "$base/api/v1/me" "$DURATION" GET "" ""
  fi
  echo "$topology load after: $(uptime | sed 's/.*load average: //')" >> "$OUT/uptime.txt"
  stop_all
done

row() { # topology label file
  printf '%-8s %-34s %10s %9s %9s  %s\n' "$1" "$2" "$(field "$3" rps)" "$(field "$3" p50_ms)" \
    "$(field "$3" p99_ms)" "$(field "$3" statuses) $(field "$3" socket_errors | sed 's/^connect:0,read:0,write:0,timeout:0$//')"
}
best_baseline() { # topology: the higher of the baseline's two measurements
  awk -v a="$(field "$OUT/$1-baseline.txt" rps)" -v b="$(field "$OUT/$1-baseline-again.txt" rps)" \
    'BEGIN { print (b + 0 > a + 0 ? b : a) }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }'; }

{
  echo "command: TOPOLOGIES='$TOPOLOGIES' DURATION=$DURATION WARMUP=$WARMUP CONNECTIONS=$CONNECTIONS THREADS=$THREADS JAVA_OPTS='$JAVA_OPTS'${TARGET_PATH:+ TARGET_METHOD=$TARGET_METHOD TARGET_PATH='$TARGET_PATH' TARGET_BODY='$TARGET_BODY'}${TARGET_HEADER:+ TARGET_HEADER='$TARGET_HEADER'}${SETUP:+ SETUP='$SETUP'}${CHECK:+ CHECK='$CHECK'} bench/scale-out.sh"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "java: $(java -version 2>&1 | head -1); postgresql: $(psql -h 127.0.0.1 -U postgres -tAc 'SHOW server_version' postgres); $(haproxy -v | head -1 | cut -d' ' -f1-3); wrk $(wrk -v 2>&1 | head -1 | cut -d' ' -f2)"
  sed 's/^/uptime /' "$OUT/uptime.txt"
  printf '%-8s %-34s %10s %9s %9s  %s\n' topology endpoint "requests/s" "p50 ms" "p99 ms" "statuses"
  for topology in $TOPOLOGIES; do
    row "$topology" "GET /api/v1/me (baseline)" "$OUT/$topology-baseline.txt"
    if [ -n "$TARGET_PATH" ]; then
      row "$topology" "$TARGET_NAME" "$OUT/$topology-target.txt"
      row "$topology" "GET /api/v1/me (baseline again)" "$OUT/$topology-baseline-again.txt"
    fi
  done
  for topology in $TOPOLOGIES; do
    for part in baseline target; do
      if [ -f "$OUT/$topology-$part-instances.txt" ]; then echo "$topology $part: $(cat "$OUT/$topology-$part-instances.txt")"; fi
    done
    if [ -f "$OUT/$topology-check.txt" ]; then sed "s/^/$topology check: /" "$OUT/$topology-check.txt"; fi
  done
  if [ -n "$TARGET_PATH" ]; then
    for topology in $TOPOLOGIES; do
      echo "ratio target/baseline ($topology): $(ratio "$(field "$OUT/$topology-target.txt" rps)" "$(best_baseline "$topology")") (to the faster baseline)"
    done
  fi
  set -- $TOPOLOGIES
  if [ $# -gt 1 ]; then
    first=$1
    shift
    for topology in "$@"; do
      echo "ratio $topology/$first, baseline: $(ratio "$(field "$OUT/$topology-baseline.txt" rps)" "$(field "$OUT/$first-baseline.txt" rps)")${TARGET_PATH:+, target: $(ratio "$(field "$OUT/$topology-target.txt" rps)" "$(field "$OUT/$first-target.txt" rps)")}"
    done
  fi
} | tee "$OUT/summary.txt"
