#!/usr/bin/env bash
# Lead funnel benchmark: GET /api/v1/lead-funnel against PostgreSQL holding 1,000,000 leads
# (bench/lead-funnel-seed.sql), for a month and for a whole year, per breakdown and period,
# as HQ (every lead) and as a dealer's consultant (one dealer). Each request runs REPEAT
# times one after another; the median and the slowest are printed, with the trivial
# GET /api/v1/me measured the same way as the baseline.
#
#   bench/lead-funnel.sh
#   REPEAT=9 bench/lead-funnel.sh
#
# Needs: a JDK 21+ (JAVA_HOME), PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres), curl.
set -euo pipefail
cd "$(dirname "$0")/.."

REPEAT=${REPEAT:-5}
PORT=${PORT:-8091}
DB=${DB:-forecourt_bench_funnel}
JAVA_OPTS=${JAVA_OPTS:--Xmx1g}
KEY=${FORECOURT_DEMO_API_KEY:-fc_demo_integrator_0000000000000000000000}
OUT=bench/results/lead-funnel-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$OUT"
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

echo "== Seeding 1,000,000 leads"
time psql -h 127.0.0.1 -U postgres -d "$DB" -q -f bench/lead-funnel-seed.sql

HQ="Authorization: Bearer $KEY"
CONSULTANT="Authorization: Bearer $(curl -fs -X POST "http://127.0.0.1:$PORT/api/v1/auth/tokens" \
  -H 'Content-Type: application/json' \
  -d '{"username": "sh001.sales", "password": "forecourt-demo", "label": "bench"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')"

measure() { # label auth path [accept]
  local label=$1 auth=$2 path=$3 accept=${4:-application/json} times
  curl -fs -o /dev/null -H "$auth" -H "Accept: $accept" "http://127.0.0.1:$PORT$path" # warm-up
  times=$(for _ in $(seq "$REPEAT"); do
    curl -fs -o /dev/null -w '%{time_total}\n' -H "$auth" -H "Accept: $accept" "http://127.0.0.1:$PORT$path"
  done | sort -n)
  printf '%-58s %10.0f %10.0f\n' "$label" \
    "$(echo "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)] * 1000}')" \
    "$(echo "$times" | tail -1 | awk '{print $1 * 1000}')"
}

F=/api/v1/lead-funnel
{
  echo "command: REPEAT=$REPEAT JAVA_OPTS='$JAVA_OPTS' bench/lead-funnel.sh"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "postgresql: $(psql -h 127.0.0.1 -U postgres -tAc 'SHOW server_version' postgres)"
  echo "leads: $(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc 'SELECT count(*) FROM leads'), sources: $(psql -h 127.0.0.1 -U postgres -d "$DB" -tAc 'SELECT count(*) FROM lead_sources')"
  printf '%-58s %10s %10s\n' request "median ms" "max ms"
  measure "GET /api/v1/me (baseline)" "$HQ" /api/v1/me
  measure "HQ, November (84,000 leads)" "$HQ" "$F?from=2026-11-01&to=2026-11-30"
  measure "HQ, November by dealer" "$HQ" "$F?from=2026-11-01&to=2026-11-30&groupBy=dealer"
  measure "HQ, November by consultant by day" "$HQ" "$F?from=2026-11-01&to=2026-11-30&groupBy=consultant&period=day"
  measure "HQ, November by channel, CSV" "$HQ" "$F?from=2026-11-01&to=2026-11-30&groupBy=channel" text/csv
  measure "HQ, 2026 (1,000,000 leads) by dealer" "$HQ" "$F?from=2026-01-01&to=2026-12-31&groupBy=dealer"
  measure "HQ, 2026 by channel by week" "$HQ" "$F?from=2026-01-01&to=2026-12-31&groupBy=channel&period=week"
  measure "HQ, 2026 by day" "$HQ" "$F?from=2026-01-01&to=2026-12-31&period=day"
  measure "consultant of SH-001, November by consultant" "$CONSULTANT" "$F?from=2026-11-01&to=2026-11-30&groupBy=consultant"
  measure "consultant of SH-001, 2026 by model by month" "$CONSULTANT" "$F?from=2026-01-01&to=2026-12-31&groupBy=model&period=month"
} | tee "$OUT/summary.txt"
