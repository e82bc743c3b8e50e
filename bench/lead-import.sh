#!/usr/bin/env bash
# Lead import benchmark (issue 4): a realistic CSV of 1,000,000 leads loaded side by side in
# one run into PostgreSQL raw with COPY (the baseline) and through the full import (cleansing,
# junk rules, dedup, One ID, grading, bulk writes, timeline). Prints rows/s of both, the
# ratio and the peak heap. The database is created afresh each run.
#
#   bench/lead-import.sh
#   ROWS=200000 bench/lead-import.sh        # a smaller file
#   HEAP=512m bench/lead-import.sh          # the import's JVM heap (-Xmx), 1g by default
#   ROUTING=false bench/lead-import.sh      # without routing the imported leads
#
# Needs: a JDK 21+ (JAVA_HOME) and PostgreSQL on 127.0.0.1:5432 (trust auth, user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."

DB=${DB:-forecourt_bench_import}
ROWS=${ROWS:-1000000}
SEEDED=${SEEDED:-100000}
HEAP=${HEAP:-1g}
ROUTING=${ROUTING:-true}
if [ -z "${JAVA_HOME:-}" ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="$JAVA_HOME/bin:$PATH"

psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $DB" postgres
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $DB" postgres

./mvnw -B -q -ntp test-compile
CP_FILE=$(mktemp)
./mvnw -B -q -ntp dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test
echo "command: ROWS=$ROWS SEEDED=$SEEDED HEAP=$HEAP ROUTING=$ROUTING bench/lead-import.sh"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo); $(java -version 2>&1 | head -1); PostgreSQL $(psql -h 127.0.0.1 -U postgres -tAc 'SHOW server_version' postgres); JVM -Xmx$HEAP"
java -Xmx"$HEAP" -Drows="$ROWS" -Dseeded="$SEEDED" -Drouting="$ROUTING" \
  -Durl="jdbc:postgresql://127.0.0.1:5432/$DB" ${JAVA_OPTS:-} \
  -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" io.forecourt.bench.LeadImportBenchmark
rm -f "$CP_FILE"
