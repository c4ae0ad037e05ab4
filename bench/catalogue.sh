#!/usr/bin/env bash
# Catalogue benchmark: search and title-detail latency (p50/p95/p99) on the 1M-copy catalogue.
#
#   bench/catalogue.sh                 # uses PostgreSQL at 127.0.0.1:5432 (database reservations_bench)
#   BENCH_FRESH=1 bench/catalogue.sh   # drop and regenerate the benchmark database first
#
# Steps: create the database (role bench/bench) if missing; start the service on it (Flyway) and load the demo data;
# generate 200,000 titles / 1,000,000 copies once; warm up; then wrk at CONNECTIONS (default 1 and 8) for
# DURATION seconds each against GET /api/titles?q=… (30 Dutch words) and GET /api/titles/{random id}.
# Results go to stdout and to bench/results/catalogue-<date>.json. Method and numbers: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; DB=${BENCH_DB:-reservations_bench}
PORT=${BENCH_SERVICE_PORT:-18090}; DURATION=${DURATION:-20}; CONNECTIONS=${CONNECTIONS:-"1 8"}
command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null; }
command -v psql >/dev/null || { echo "psql is required (apt-get install postgresql-client)" >&2; exit 1; }

psql_admin() { psql -h /var/run/postgresql -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_admin -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bench') THEN CREATE ROLE bench LOGIN PASSWORD 'bench'; END IF; END \$\$;"
if [ "${BENCH_FRESH:-0}" = 1 ]; then psql_admin -c "DROP DATABASE IF EXISTS $DB"; fi
if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DB'")" ]; then
  psql_admin -c "CREATE DATABASE $DB OWNER bench"
  psql_admin -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm;"
fi

ensure_service_built
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" QUARKUS_DATASOURCE_USERNAME=bench QUARKUS_DATASOURCE_PASSWORD=bench
mkdir -p bench/results .data/bench
log=.data/bench/service.log
RESERVATION_KEYS_DIR="$PWD/.data/bench/keys" QUARKUS_HTTP_PORT=$PORT \
  java -jar reservation-service/target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait 2>/dev/null || true' EXIT
wait_for_url "http://127.0.0.1:$PORT/q/health/ready" 300 || { tail -40 "$log"; exit 1; }
demo_data seed

copies=$(PGPASSWORD=bench psql -h "$PGHOST" -p "$PGPORT" -U bench -d "$DB" -qAt -c "SELECT count(*) FROM copy")
if [ "$copies" -lt 1000000 ]; then
  echo "==> Generating the benchmark catalogue (200,000 titles, 1,000,000 copies)"
  demo_data generate-benchmark-data 200000 1000000
fi
stats=$(PGPASSWORD=bench psql -h "$PGHOST" -p "$PGPORT" -U bench -d "$DB" -qAt -F' ' -c "SELECT (SELECT count(*) FROM title), (SELECT count(*) FROM copy), (SELECT max(id) FROM title)")
read -r n_titles n_copies max_id <<<"$stats"
echo "==> Catalogue: $n_titles titles, $n_copies copies"

out="bench/results/catalogue-$(date +%Y%m%d-%H%M%S).json"
echo "[" >"$out"; first=1
for mode in search detail; do
  MODE=$mode MAX_TITLE_ID=$max_id wrk -t1 -c8 -d5s -s bench/catalogue.lua "http://127.0.0.1:$PORT" >/dev/null  # warm-up
  for c in $CONNECTIONS; do
    line=$(MODE=$mode MAX_TITLE_ID=$max_id wrk -t1 -c"$c" -d"${DURATION}s" -s bench/catalogue.lua "http://127.0.0.1:$PORT" | tail -1)
    line=${line%\}},\"connections\":$c,\"titles\":$n_titles,\"copies\":$n_copies}
    echo "$line"
    [ $first = 1 ] && first=0 || echo "," >>"$out"
    echo "$line" >>"$out"
  done
done
echo "]" >>"$out"
echo "==> Results written to $out"
