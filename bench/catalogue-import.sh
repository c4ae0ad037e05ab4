#!/usr/bin/env bash
# Catalogue import benchmark (issue 19): wall time and the service's peak heap for a CSV import of 20,000 and
# 100,000 copies (one title per 5 copies), as a dry run, applied, and applied again (everything unchanged).
#
#   bench/catalogue-import.sh                      # PostgreSQL at 127.0.0.1:5432, database catalogue_import_bench
#   SIZES="20000 100000" HEAP=1g bench/catalogue-import.sh
#   BENCH_BUILD=1 bench/catalogue-import.sh        # package the service first (else only when it is missing)
#   LOG_MS=300 bench/catalogue-import.sh           # log the import's statements slower than 300 ms (server log)
#
# Steps: drop and create the database (role bench/bench); start the packaged service on it with -Xmx$HEAP (Flyway) and
# load the demo data (organisation BRL with its locations and collections); for each size generate a CSV (title
# columns on a title's first line, only isbn and the copy columns on the others, copies spread over the demo
# locations); import it as the demo administrator: dryRun=true, then applied, then applied again. The heap is sampled
# with jstat every 200 ms during each import (used = survivor + eden + old, after a GC before the import); the peak is
# reported. Results go to stdout and to bench/results/catalogue-import-<date>.json. Numbers: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; DB=${BENCH_DB:-catalogue_import_bench}
PORT=${BENCH_SERVICE_PORT:-18190}; SIZES=${SIZES:-"20000 100000"}; HEAP=${HEAP:-1g}
command -v psql >/dev/null || { echo "psql is required (apt-get install postgresql-client)" >&2; exit 1; }
command -v jstat >/dev/null || { echo "jstat (a JDK) is required" >&2; exit 1; }

psql_admin() { psql -h /var/run/postgresql -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_admin -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bench') THEN CREATE ROLE bench LOGIN PASSWORD 'bench'; END IF; END \$\$;"
psql_admin -c "DROP DATABASE IF EXISTS $DB"
psql_admin -c "CREATE DATABASE $DB OWNER bench"
psql_admin -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm;"
# LOG_MS=300: statements slower than that go to the server log (a profile of the import's statements)
if [ -n "${LOG_MS:-}" ]; then psql_admin -c "ALTER DATABASE $DB SET log_min_duration_statement = $LOG_MS"; fi

if [ "${BENCH_BUILD:-0}" = 1 ]; then build_service; else ensure_service_built; fi
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" QUARKUS_DATASOURCE_USERNAME=bench QUARKUS_DATASOURCE_PASSWORD=bench
work=.data/bench-import
mkdir -p bench/results "$work"
log=$work/service.log
RESERVATION_KEYS_DIR="$PWD/$work/keys" QUARKUS_HTTP_PORT=$PORT RESERVATION_RATE_LIMIT_ENABLED=false \
  java "-Xmx$HEAP" -jar reservation-service/target/quarkus-app/quarkus-run.jar >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait 2>/dev/null || true' EXIT
wait_for_url "http://127.0.0.1:$PORT/q/health/ready" 300 || { tail -40 "$log"; exit 1; }
demo_data seed >/dev/null
base="http://127.0.0.1:$PORT/api"
token=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"admin","password":"demo1234"}' "$base/auth/login" \
  | sed -E 's/.*"accessToken":"([^"]+)".*/\1/')

# gen SIZE PREFIX FILE: a CSV of SIZE copies, SIZE/5 titles; ISBNs 979<PREFIX>…, barcodes 7<PREFIX>…
gen() {
  awk -v n="$1" -v p="$2" 'BEGIN {
    split("BRL-CENTRUM BRL-NOORD BRL-OOST SB-REGENBOOG SB-WEGWIJZER SB-PALET", loc, " ");
    print "isbn,title,authors,publicationYear,ageGroup,themes,barcode,location,shelfMark";
    for (i = 0; i < n; i++) {
      t = int(i / 5);
      twelve = sprintf("979%01d%08d", p, t); s = 0;
      for (k = 1; k <= 12; k++) { d = substr(twelve, k, 1) + 0; s += (k % 2 == 1) ? d : 3 * d }
      isbn = twelve ((10 - s % 10) % 10);
      code = sprintf("7%01d%010d", p, i);
      if (i % 5 == 0) {
        printf "%s,Benchmarktitel %d,Auteur %d,%d,9-12,avontuur|humor,%s,%s,JEUGD B%03d\n", isbn, t, t % 997, 1980 + t % 40, code, loc[i % 6 + 1], t % 1000
      } else {
        printf "%s,,,,,,%s,%s,JEUGD B%03d\n", isbn, code, loc[i % 6 + 1], t % 1000
      }
    }
  }' >"$3"
}

heap_used_kb() { jstat -gc "$pid" | awk 'NR==2 { printf "%d", $3 + $4 + $6 + $8 }'; }

# run FILE LABEL QUERY: one import; prints "seconds peak_heap_mb http_status" and keeps the answer in $work/LABEL.json
run() {
  local file=$1 label=$2 query=$3 peak=0 sampler
  jcmd "$pid" GC.run >/dev/null
  ( while true; do heap_used_kb; echo; sleep 0.2; done ) >"$work/$label.heap" 2>/dev/null &
  sampler=$!
  local result
  result=$(curl -s -o "$work/$label.json" -w '%{time_total} %{http_code}' -H "Authorization: Bearer $token" \
    -H 'Content-Type: text/csv' --data-binary "@$file" "$base/catalogue/imports?$query")
  kill $sampler 2>/dev/null || true; wait $sampler 2>/dev/null || true
  peak=$(sort -n "$work/$label.heap" | tail -1)
  read -r seconds status <<<"$result"
  echo "$seconds $((peak / 1024)) $status"
}

out="bench/results/catalogue-import-$(date +%Y%m%d-%H%M%S).json"
echo "[" >"$out"; first=1; prefix=1
for size in $SIZES; do
  file="$work/import-$size.csv"
  gen "$size" "$prefix" "$file"; prefix=$((prefix + 1))
  bytes=$(stat -c %s "$file")
  for step in "dry-run dryRun=true" "apply dryRun=false" "again dryRun=false"; do
    read -r label query <<<"$step"
    read -r seconds heap status <<<"$(run "$file" "$label-$size" "$query")"
    answer=$(tr -d '\n' <"$work/$label-$size.json")
    line="{\"copies\":$size,\"bytes\":$bytes,\"step\":\"$label\",\"status\":$status,\"seconds\":$seconds,\"peakHeapMb\":$heap,\"maxHeap\":\"$HEAP\",\"answer\":$answer}"
    echo "$line"
    [ $first = 1 ] && first=0 || echo "," >>"$out"
    echo "$line" >>"$out"
  done
done
echo "]" >>"$out"
echo "==> Results written to $out"
