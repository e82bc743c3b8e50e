#!/usr/bin/env bash
# One ID benchmark (issue 3): identity resolution in-process against PostgreSQL holding
# 1,000,000 customers and 3,000,000 identities. Prints resolve latency (one call at a time)
# and bulk throughput (100,000 identifier sets on several threads).
#
#   bench/one-id.sh                         # loads the data on first run into forecourt_bench_oneid
#   FRESH=1 bench/one-id.sh                 # drop and reload the database first
#   THREADS=8 BULK_SETS=50000 bench/one-id.sh
#
# Needs: a JDK 21+ (JAVA_HOME) and PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-forecourt_bench_oneid}
THREADS=${THREADS:-4}
BULK_SETS=${BULK_SETS:-100000}
LATENCY_CALLS=${LATENCY_CALLS:-20000}
if [ -z "${JAVA_HOME:-}" ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="$JAVA_HOME/bin:$PATH"

if [ -n "${FRESH:-}" ]; then
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" postgres
fi
psql -h 127.0.0.1 -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB'" postgres | grep -q 1 \
  || psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB" postgres

./mvnw -B -q -ntp test-compile
CP_FILE=$(mktemp)
./mvnw -B -q -ntp dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
echo "command: THREADS=$THREADS BULK_SETS=$BULK_SETS LATENCY_CALLS=$LATENCY_CALLS bench/one-id.sh"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(java -version 2>&1 | head -1); PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'SHOW server_version' postgres)"
java -Xmx2g -Dthreads="$THREADS" -DbulkSets="$BULK_SETS" -DlatencyCalls="$LATENCY_CALLS" \
  -Durl="jdbc:postgresql://127.0.0.1:5432/$DB" \
  -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" io.forecourt.bench.OneIdBenchmark
rm -f "$CP_FILE"
