#!/usr/bin/env bash
# Forecourt HTTP baseline: throughput and latency of a trivial authenticated endpoint
# (GET /api/v1/me) and of a real read from PostgreSQL (GET /api/v1/dealers/{id}), measured
# in one run with wrk on this machine. Later benchmarks quote their figures as ratios to the
# trivial baseline printed here.
#
#   bench/http-baseline.sh                  # defaults: 20 s per measurement, 16 connections
#   DURATION=30s CONNECTIONS=32 JAVA_OPTS='-Xmx1g -XX:+UseZGC' bench/http-baseline.sh
#
# Needs: a JDK 21+ (JAVA_HOME), PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres), wrk.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-20s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-16}
THREADS=${THREADS:-2}
PORT=${PORT:-8090}
DB=${DB:-forecourt_bench}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
KEY=${FORECOURT_DEMO_API_KEY:-fc_demo_integrator_0000000000000000000000}
OUT=bench/results/http-baseline-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
if [ -z "${JAVA_HOME:-}" ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="$JAVA_HOME/bin:$PATH"

echo "== Building the application jar"
./mvnw -B -q -ntp -DskipTests package
JAR=$(ls target/forecourt-*.jar | grep -v plain | head -1)

echo "== Fresh database $DB with the demo network"
psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" postgres
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB" postgres

# shellcheck disable=SC2086 # JAVA_OPTS holds several options
java $JAVA_OPTS -jar "$JAR" --server.port="$PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
  --spring.datasource.username=postgres --spring.datasource.password= \
  --forecourt.demo.api-key="$KEY" --logging.level.root=WARN > "$OUT/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true; wait $APP 2>/dev/null || true' EXIT
for _ in $(seq 90); do
  curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$PORT/actuator/health/readiness" >/dev/null || { tail -50 "$OUT/app.log"; exit 1; }

AUTH="Authorization: Bearer $KEY"
DEALER=$(curl -fs -H "$AUTH" "http://127.0.0.1:$PORT/api/v1/dealers?q=SH-001" | sed -E 's/.*"id":"([0-9a-f-]{36})".*/\1/' | head -1)
echo "dealer SH-001 = $DEALER"

measure() { # name url
  local name=$1 url=$2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "$AUTH" "$url" > /dev/null
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "$AUTH" "$url" | tee "$OUT/$name.txt"
}

echo "== Trivial authenticated endpoint: GET /api/v1/me"
measure trivial "http://127.0.0.1:$PORT/api/v1/me"
echo "== Real read: GET /api/v1/dealers/$DEALER"
measure dealer "http://127.0.0.1:$PORT/api/v1/dealers/$DEALER"

rps() { awk '/Requests\/sec/ {print $2}' "$OUT/$1.txt"; }
pct() { awk -v p="$2%" '$1 == p {print $2}' "$OUT/$1.txt"; }
errors() { awk '/Non-2xx/ {print $5}' "$OUT/$1.txt"; }

{
  echo "command: DURATION=$DURATION CONNECTIONS=$CONNECTIONS THREADS=$THREADS JAVA_OPTS='$JAVA_OPTS' bench/http-baseline.sh"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "postgresql: $(psql -h 127.0.0.1 -U postgres -tAc 'SHOW server_version' postgres)"
  printf '%-34s %12s %10s %10s %10s\n' endpoint "requests/s" p50 p99 non-2xx
  printf '%-34s %12s %10s %10s %10s\n' "GET /api/v1/me (baseline)" "$(rps trivial)" "$(pct trivial 50)" "$(pct trivial 99)" "$(errors trivial || true)"
  printf '%-34s %12s %10s %10s %10s\n' "GET /api/v1/dealers/{id}" "$(rps dealer)" "$(pct dealer 50)" "$(pct dealer 99)" "$(errors dealer || true)"
  echo "ratio dealer/baseline: $(awk -v a="$(rps dealer)" -v b="$(rps trivial)" 'BEGIN {printf "%.2f", a/b}')"
} | tee "$OUT/summary.txt"
