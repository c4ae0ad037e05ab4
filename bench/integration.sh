#!/usr/bin/env bash
# Integration API benchmark (issue 7): student import and the event feed, as another school system uses them.
#
#   bench/integration.sh                 # EVENTS=100000 STUDENTS=10000
#   EVENTS=5000 bench/integration.sh     # a smoke run
#
# Steps: drop and create its own database (BENCH_DB, default reservations_bench_api; role bench/bench) on the
# PostgreSQL at 127.0.0.1:5432; start the packaged service on it (Flyway; rebuilt first when a source is newer than
# the jar) and load the demo data; generate EVENTS domain events for school B (De Wegwijzer) by SQL; then, with a
# token of the demo client wegwijzer-sis, time (1) importing STUDENTS students as JSON in one request, (2) the same
# file again (must change nothing), (3) reading the generated events by cursor at the largest page (limit=1000),
# twice: first as a client catching up right after the start, then again with a warm service.
# Results go to stdout and to bench/results/integration-<date>.json. Method and numbers: docs/benchmarks.md.
#
# The events are inserted by SQL because producing 100,000 through real placements and check-ins would take longer
# than the benchmark itself; they have the shape the outbox (messaging/EventOutbox) writes: the same types,
# aggregates, tenant columns and payload keys, in id order, one school. The feed reads them like any others.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; DB=${BENCH_DB:-reservations_bench_api}
PORT=${BENCH_SERVICE_PORT:-18091}; EVENTS=${EVENTS:-100000}; STUDENTS=${STUDENTS:-10000}; LIMIT=1000
[ "$DB" != reservations_bench ] || { echo "This benchmark drops its database; use another name than reservations_bench" >&2; exit 1; }
command -v psql >/dev/null || { echo "psql is required (apt-get install postgresql-client)" >&2; exit 1; }
command -v node >/dev/null || { echo "Node.js 20 or newer is required" >&2; exit 1; }

psql_admin() { psql -h /var/run/postgresql -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
q() { PGPASSWORD=bench psql -h "$PGHOST" -p "$PGPORT" -U bench -d "$DB" -v ON_ERROR_STOP=1 -qAt "$@"; }

echo "==> Database $DB (fresh)"
psql_admin -c "DO \$\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bench') THEN CREATE ROLE bench LOGIN PASSWORD 'bench'; END IF; END \$\$;"
psql_admin -c "DROP DATABASE IF EXISTS $DB"
psql_admin -c "CREATE DATABASE $DB OWNER bench"
psql_admin -d "$DB" -c "CREATE EXTENSION IF NOT EXISTS unaccent; CREATE EXTENSION IF NOT EXISTS pg_trgm;"

jar=reservation-service/target/quarkus-app/quarkus-run.jar
if [ ! -f "$jar" ] || ! compgen -G 'reservation-service/target/demo/*.jar' >/dev/null \
    || [ -n "$(find reservation-service/src/main reservation-service/src/demo reservation-service/pom.xml -newer "$jar" -print -quit)" ]; then
  echo "==> Building the service"
  build_service
fi

echo "==> Starting the service with the demo data"
work=.data/bench-api; rm -rf "$work/run"; mkdir -p "$work/run" bench/results
log=$work/run/service.log
# The job schedules are off (nothing else should run while we measure); the rate limit is raised so that the feed
# read measures the service, not the limiter's waiting (the limiter itself still runs on every request).
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" QUARKUS_DATASOURCE_USERNAME=bench \
  QUARKUS_DATASOURCE_PASSWORD=bench RESERVATION_KEYS_DIR="$PWD/$work/keys" \
  RESERVATION_EXPIRY_EVERY=off RESERVATION_PRIVACY_EVERY=off RESERVATION_RATE_LIMIT_REQUESTS_PER_SECOND=100000 \
  RESERVATION_RATE_LIMIT_BURST=100000 QUARKUS_HTTP_PORT=$PORT java -jar "$jar" >"$log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
wait_for_url "http://127.0.0.1:$PORT/q/health/ready" 300 || { tail -40 "$log"; exit 1; }
demo_data seed "jdbc:postgresql://$PGHOST:$PGPORT/$DB" bench bench

read -r school org <<<"$(q -F' ' -c "SELECT c.school_id, s.organisation_id FROM integration_client c
  JOIN school s ON s.id = c.school_id WHERE c.client_id = 'wegwijzer-sis'")"
start_cursor=$(q -c "SELECT coalesce(max(id), 0) FROM domain_event")

echo "==> Generating $EVENTS domain events for school $school (the outbox's shape, by SQL)"
t0=$(date +%s%N)
q -v events="$EVENTS" -v school="$school" -v org="$org" <<'SQL'
WITH facts AS (
    SELECT (SELECT id FROM location WHERE school_id = :school) AS library,
           (SELECT min(id) FROM title) AS first_title, (SELECT count(*) FROM title) AS titles,
           (SELECT min(id) FROM copy) AS first_copy, (SELECT count(*) FROM copy) AS copies)
INSERT INTO domain_event (occurred_at, type, aggregate_type, aggregate_id, organisation_id, school_id, payload)
SELECT now() - (:events - g) * interval '20 seconds',
       (ARRAY['ReservationPlaced', 'ReservationReady', 'LoanCreated', 'ReservationFulfilled', 'LoanReturned',
              'ReservationCancelled'])[1 + g % 6],
       CASE WHEN g % 6 IN (2, 4) THEN 'LOAN' ELSE 'RESERVATION' END,
       1000000 + g / 6, :org, :school,
       CASE g % 6
           WHEN 0 THEN jsonb_build_object('titleId', f.first_title + g % f.titles, 'pickupLocationId', f.library,
                                          'placedBy', 'STUDENT')
           WHEN 1 THEN jsonb_build_object('copyId', f.first_copy + g % f.copies,
                                          'pickupBy', (current_date + 5)::text)
           WHEN 2 THEN jsonb_build_object('copyId', f.first_copy + g % f.copies,
                                          'dueDate', (current_date + 14)::text)
           WHEN 3 THEN jsonb_build_object('loanId', 1000000 + g / 6, 'copyId', f.first_copy + g % f.copies)
           WHEN 4 THEN jsonb_build_object('copyId', f.first_copy + g % f.copies, 'locationId', f.library,
                                          'overdue', g % 5 = 0)
           ELSE jsonb_build_object('previousStatus', 'WAITING', 'byStaff', false)
       END
  FROM generate_series(1, :events) g, facts f;
ANALYZE domain_event;
SQL
echo "    $(( ($(date +%s%N) - t0) / 1000000 )) ms"

echo "==> Import $STUDENTS students (JSON, one request), the same file again, then read the feed"
result=$(node bench/integration.mjs "http://127.0.0.1:$PORT" wegwijzer-sis demo1234 "$STUDENTS" "$start_cursor" "$LIMIT")
echo "$result"
node -e '
const r = JSON.parse(process.argv[1]);
console.log(`    import of ${r.students} students: ${r.importSeconds} s (created ${r.importCreated}); again: ${r.reimportSeconds} s (unchanged ${r.reimportUnchanged})`);
console.log(`    event feed: ${r.events} events in ${r.requests} requests of ${r.pageLimit}: ${r.feedSeconds} s = ${r.eventsPerSecond} events/s (again, warm: ${r.warmFeedSeconds} s = ${r.warmEventsPerSecond} events/s)`);
' "$result"
[ "$(node -e 'process.stdout.write(String(JSON.parse(process.argv[1]).events))' "$result")" -ge "$EVENTS" ] \
  || { echo "Fewer events read than generated" >&2; exit 1; }
out="bench/results/integration-$(date +%Y%m%d-%H%M%S).json"
echo "$result" >"$out"
echo "==> Results written to $out"
