#!/usr/bin/env bash
# Reservations benchmark on the 1M-copy catalogue (run bench/catalogue.sh once first: it creates the database).
#   bench/reservations.sh
# 1. pgbench -N (TPC-B-like, no branch updates) on the same PostgreSQL database, same run, as the yardstick.
# 2. POST /api/reservations throughput at 1, 8 and 32 connections (each request a new student/title pair, so each
#    is a real placement: the benchmark sets the schools' policy to allow school reservations, max 50 active).
# 3. POST /api/checkins latency at 1, 8 and 32 connections (copies on loan at branch Centrum; each check-in closes a
#    loan and offers the copy to the queue).
# SERVICE_JAVA_OPTS is passed to the service JVM (e.g. -XX:StartFlightRecording=filename=place.jfr to profile).
# Tokens are minted with the service's signing key (bench/mint-tokens.mjs). Results: stdout and bench/results/.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; DB=${BENCH_DB:-reservations_bench}
PORT=${BENCH_SERVICE_PORT:-18090}; DURATION=${DURATION:-15}; CONNECTIONS=${CONNECTIONS:-"1 8 32"}
export PGPASSWORD=bench
q() { psql -h "$PGHOST" -p "$PGPORT" -U bench -d "$DB" -v ON_ERROR_STOP=1 -qAt -F$'\t' "$@"; }
command -v wrk >/dev/null || apt-get install -y -qq wrk >/dev/null
command -v pgbench >/dev/null || { echo "pgbench is required (postgresql-contrib / postgresql-client)" >&2; exit 1; }
[ "$(q -c "SELECT count(*) FROM copy")" -ge 1000000 ] || { echo "Run bench/catalogue.sh first (1M copies)" >&2; exit 1; }
[ -f reservation-service/target/quarkus-app/quarkus-run.jar ] || build_service
work=.data/bench/run; rm -rf "$work"; mkdir -p "$work" bench/results

echo "==> Closing earlier benchmark reservations and opening the schools' policy"
analyse() { q -c "ANALYZE reservation" -c "ANALYZE loan" -c "ANALYZE copy" -c "ANALYZE domain_event" -c "ANALYZE message"; }
analyse
# Earlier runs' placements are cancelled, not deleted: they stay as history (the table grows like a real one and its
# statistics stay representative), and the same student/title pairs can be placed again.
q -c "UPDATE reservation SET status = 'CANCELLED', closed_at = now(), close_reason = 'benchmark reset', assigned_copy_id = NULL
       WHERE placed_by LIKE 'bench.%' AND status = 'WAITING'"
# Check-ins return copies: top branch Centrum up to CHECKINS copies on loan again (earlier runs' captures cancelled).
q -c "UPDATE reservation SET status = 'CANCELLED', closed_at = now(), close_reason = 'benchmark reset', assigned_copy_id = NULL
       WHERE placed_by LIKE 'bench.%' AND status IN ('IN_TRANSIT', 'READY')"
q -c "
WITH centrum AS (SELECT id FROM location WHERE code = 'BRL-CENTRUM'),
     students AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM patron WHERE kind = 'STUDENT' AND active),
     lend AS (SELECT c.id, row_number() OVER (ORDER BY c.id) AS n FROM copy c, centrum
               WHERE c.owner_location_id = centrum.id AND c.status IN ('ON_SHELF', 'ON_HOLD_SHELF', 'IN_TRANSIT')
                 AND NOT c.loan_blocked
                 AND NOT EXISTS (SELECT 1 FROM reservation r WHERE r.assigned_copy_id = c.id AND r.status IN ('IN_TRANSIT', 'READY'))
               ORDER BY c.id
               LIMIT greatest(0, ${CHECKINS:-150000} - (SELECT count(*) FROM copy c, centrum
                                                     WHERE c.owner_location_id = centrum.id AND c.status = 'ON_LOAN'))),
     lent AS (UPDATE copy c SET status = 'ON_LOAN', current_location_id = c.owner_location_id, transit_to_location_id = NULL,
                     version = c.version + 1 FROM lend WHERE c.id = lend.id RETURNING c.id, c.owner_location_id, lend.n)
INSERT INTO loan (copy_id, patron_id, location_id, checked_out_at, due_date)
SELECT lent.id, s.id, lent.owner_location_id, now() - interval '7 days', current_date + 14
  FROM lent JOIN students s ON s.n = 1 + lent.n % (SELECT count(*) FROM students)"
q -c "UPDATE school_policy SET reserve_at_school = true, school_only_checked_out = false, max_active_reservations = 50"
# What autovacuum would do (it is off on some machines, e.g. CI's): the reset above left dead row versions in the
# reservation and loan tables and their unique indexes (without VACUUM every run is slower than the one before).
# Statistics are taken before the reset (see the top), as the tables look while in use: analysed just after the reset,
# with no waiting reservation at all, the planner takes any partial index on active reservations for an empty one.
q -c "VACUUM reservation" -c "VACUUM loan" -c "VACUUM copy" -c "VACUUM domain_event"

echo "==> Starting the service on the benchmark database"
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" QUARKUS_DATASOURCE_USERNAME=bench QUARKUS_DATASOURCE_PASSWORD=bench
RESERVATION_KEYS_DIR="$PWD/.data/bench/keys" QUARKUS_HTTP_PORT=$PORT RESERVATION_EXPIRY_EVERY=off RESERVATION_PRIVACY_EVERY=off \
  java ${SERVICE_JAVA_OPTS:-} -jar "${SERVICE_JAR:-reservation-service/target/quarkus-app/quarkus-run.jar}" >"$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait 2>/dev/null || true' EXIT
wait_for_url "http://127.0.0.1:$PORT/q/health/ready" 300 || { tail -40 "$work/service.log"; exit 1; }

echo "==> Preparing requests"
# Placements: up to 12 distinct titles per benchmark student, at their own school library, interleaved over students.
q -c "
WITH st AS MATERIALIZED (
            SELECT u.id AS user_id, u.username, p.id AS patron_id, p.school_id, s.organisation_id, l.id AS lib,
                   row_number() OVER (PARTITION BY l.id ORDER BY p.id) AS rn
              FROM app_user u JOIN patron p ON p.id = u.patron_id JOIN school s ON s.id = p.school_id
              JOIN location l ON l.school_id = s.id WHERE u.username LIKE 'bench.%'),
     want AS MATERIALIZED (SELECT st.*, k, st.rn * 12 + k AS title_rn FROM st CROSS JOIN generate_series(0, 11) k),
     ti AS MATERIALIZED (
            SELECT lib, title_id, row_number() OVER (PARTITION BY lib ORDER BY title_id) AS rn
              FROM (SELECT DISTINCT c.owner_location_id AS lib, c.title_id FROM copy c
                      JOIN location l ON l.id = c.owner_location_id AND l.kind = 'SCHOOL_LIBRARY'
                     WHERE c.reservation_block = 'NONE' AND NOT c.loan_blocked) d)
SELECT w.user_id, w.username, 'STUDENT', w.patron_id, w.school_id, w.organisation_id, '', ti.title_id, w.lib, w.k
  FROM want w JOIN ti ON ti.lib = w.lib AND ti.rn = w.title_rn
 ORDER BY w.k, w.rn, w.lib" >"$work/placements.tsv"
cut -f1-7 "$work/placements.tsv" | node bench/mint-tokens.mjs .data/bench/keys/private-key.pem >"$work/placement-tokens.txt"
paste "$work/placements.tsv" "$work/placement-tokens.txt" | awk -F'\t' '{printf "POST\t/api/reservations\t%s\t{\"titleId\":%s,\"pickupLocationId\":%s}\n", $11, $8, $9}' >"$work/place.req"
# Check-ins: copies on loan at branch Centrum, by the Centrum desk.
staff=$(q -c "SELECT u.id, u.username, u.role, '', '', u.organisation_id, u.location_id FROM app_user u WHERE u.username = 'bieb.centrum'")
token=$(echo "$staff" | node bench/mint-tokens.mjs .data/bench/keys/private-key.pem)
q -c "SELECT c.barcode FROM copy c JOIN location l ON l.id = c.owner_location_id WHERE l.code = 'BRL-CENTRUM'
       AND c.current_location_id = l.id AND c.status = 'ON_LOAN' ORDER BY c.id" \
  | awk -v t="$token" '{printf "POST\t/api/checkins\t%s\t{\"barcode\":\"%s\"}\n", t, $1}' >"$work/checkin.req"
echo "    $(wc -l <"$work/place.req") placements, $(wc -l <"$work/checkin.req") check-ins prepared"

out="bench/results/reservations-$(date +%Y%m%d-%H%M%S).json"
echo "==> pgbench -N (same database, same run)"
pgbench -h "$PGHOST" -p "$PGPORT" -U bench -i -q -s 10 "$DB" >/dev/null 2>&1
pg_tps=$(pgbench -h "$PGHOST" -p "$PGPORT" -U bench -N -c 8 -j 2 -T "$DURATION" "$DB" 2>/dev/null | awk '/^tps/ {print int($3); exit}')
echo "    pgbench -N, 8 clients: $pg_tps TPS"
echo "{\"pgbench_N_tps\":$pg_tps,\"runs\":[" >"$out"
start=0; first=1
MODE_LIST=${MODES:-"place checkin"}
# CPU time (ms) used by the service JVM and by the database backends of the benchmark role, from /proc: what one
# request costs, independent of what else runs on the machine.
service_cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
db_cpu() { local t=0 p; for p in $(pgrep -f "bench $DB " || true); do
  t=$((t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0))); done; echo $t; }
tick_ms=$((1000 / $(getconf CLK_TCK)))
for mode in $MODE_LIST; do
  # Warm-up (JIT compilation of a large framework takes ~a minute on 2 cores; caches) on the last 40% of the prepared
  # lines, which the measured runs do not reach (a warm-up that wraps around starts again at its own first line, never
  # in the measured lines: that would turn measured placements into duplicates and check-ins into re-scans). Check-in
  # goes through Hibernate's load-change-flush code, which the JIT needs longer for: after 30 s the same build
  # measured a third slower per check-in than after 90 s.
  FILE="$work/$mode.req" START=$(($(wc -l <"$work/$mode.req") * 3 / 5)) \
    wrk -t1 -c8 -d"$([ "$mode" = place ] && echo "${WARMUP:-60}" || echo "${WARMUP_CHECKIN:-90}")s" --timeout 10s -s bench/requests.lua "http://127.0.0.1:$PORT" >/dev/null
  # What autovacuum would do after the warm-up's tens of thousands of rows (it is off on some machines): statistics
  # that see them, and the service's cached plans made again with them. On a fresh database the first run otherwise
  # measured plans made for a reservation table with only the demo rows (598/s instead of ~1,300/s on one machine).
  analyse
  for c in $CONNECTIONS; do
    s0=$(service_cpu); d0=$(db_cpu); [ -z "${THREAD_CPU:-}" ] || $THREAD_CPU $pid >"$work/threads-$mode-$c.0"
    line=$(FILE="$work/$mode.req" START=$start wrk -t1 -c"$c" -d"${DURATION}s" --timeout 10s -s bench/requests.lua "http://127.0.0.1:$PORT" | tail -1)
    s1=$(service_cpu); d1=$(db_cpu); [ -z "${THREAD_CPU:-}" ] || $THREAD_CPU $pid >"$work/threads-$mode-$c.1"
    n=$(echo "$line" | python3 -c "import json,sys; print(json.load(sys.stdin)['requests'])")
    start=$((start + n + 100))
    ratio=$(echo "$line" | python3 -c "import json,sys; d=json.load(sys.stdin); print(round(100*d['rps']/$pg_tps,1))")
    cpu=$(python3 -c "print(round(($s1 - $s0) * $tick_ms / max($n, 1), 3), round(($d1 - $d0) * $tick_ms / max($n, 1), 3))")
    line=${line%\}},\"mode\":\"$mode\",\"connections\":$c,\"percent_of_pgbench_N\":$ratio,\"service_cpu_ms_per_request\":${cpu% *},\"db_cpu_ms_per_request\":${cpu#* }}
    echo "$line"
    [ $first = 1 ] && first=0 || echo "," >>"$out"
    echo "$line" >>"$out"
  done
  start=0
done
echo "]}" >>"$out"
echo "==> Results written to $out"
