#!/usr/bin/env bash
# Delivery log retention: how long the hourly job (delivery/DeliveryRetention) takes on a large log. Adds N finished
# deliveries spread evenly over 100 days (one attempt each; 1 in 100 given up, the rest delivered) to the benchmark
# database, then runs the job's statement batch by batch as the job does (1,000 rows, each batch committed) twice:
# once with the 10 days past the 90-day retention to delete, once with nothing left to delete. Prints the totals and
# the slowest batch, then removes the rows it added.
#   bench/delivery-retention.sh        # after bench/catalogue.sh (the migrated benchmark database); N (1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; DB=${BENCH_DB:-reservations_bench}; N=${N:-1000000}
export PGPASSWORD=bench
q() { psql -h "$PGHOST" -p "$PGPORT" -U bench -d "$DB" -v ON_ERROR_STOP=1 -qAt "$@"; }
q -c "SELECT 1 FROM delivery LIMIT 1" >/dev/null 2>&1 || { echo "Run bench/catalogue.sh first" >&2; exit 1; }
# The statement of DeliveryRetention (FINISHED_BEFORE), read from the source so that the two cannot differ.
src=reservation-service/src/main/java/nl/schoollibrary/reservations/delivery/DeliveryRetention.java
statement=$(sed -n '/FINISHED_BEFORE = """/,/""";/p' "$src" | sed '1d; s/""";$//')
cutoff="now() - interval '90 days'"
statement=${statement/created_at < \?/created_at < $cutoff}
statement=${statement/LIMIT \?/LIMIT 1000}
[[ $statement == *"DELETE FROM delivery"* ]] || { echo "Could not read the statement from $src" >&2; exit 1; }

cleanup() { q -c "DELETE FROM delivery WHERE ordering_key = 'bench-retention'" >/dev/null; }
trap cleanup EXIT
cleanup
echo "==> $N finished deliveries over 100 days"
start=$(date +%s.%N)
q <<SQL
INSERT INTO delivery (event_id, channel, notification, organisation_id, ordering_key, status, attempts,
                      next_attempt_at, created_at, delivered_at)
SELECT -g, 'EMAIL', 'RESERVATION_READY', NULL, 'bench-retention', CASE WHEN g % 100 = 0 THEN 'FAILED' ELSE 'DELIVERED' END,
       1, now() - make_interval(secs => ($N - g) * 8640000.0 / $N), now() - make_interval(secs => ($N - g) * 8640000.0 / $N),
       now()
  FROM generate_series(1, $N) g;
INSERT INTO delivery_attempt (delivery_id, attempt, attempted_at, instance_id, duration_ms, succeeded)
SELECT id, 1, created_at, 1, 10, status = 'DELIVERED' FROM delivery WHERE ordering_key = 'bench-retention';
VACUUM ANALYZE delivery;
VACUUM ANALYZE delivery_attempt;
SQL
echo "    loaded in $(echo "$(date +%s.%N) - $start" | bc | cut -c1-5) s; the log holds $(q -c "SELECT count(*) FROM delivery") deliveries"
run() {
  q <<SQL
DO \$\$
DECLARE n bigint; total bigint := 0; batches int := 0; t0 timestamptz := clock_timestamp(); t1 timestamptz;
        slowest interval := '0';
BEGIN
  LOOP
    t1 := clock_timestamp();
    $statement INTO n;
    COMMIT;
    slowest := greatest(slowest, clock_timestamp() - t1);
    total := total + n; batches := batches + 1;
    EXIT WHEN n < 1000;
  END LOOP;
  RAISE NOTICE '$1: % deleted in % batches, % s in all, slowest batch % ms', total, batches,
    round(extract(epoch FROM clock_timestamp() - t0)::numeric, 3), round(extract(epoch FROM slowest)::numeric * 1000);
END \$\$;
SQL
}
run "past the retention" 2>&1 | sed 's/^.*NOTICE:  /    /'
run "nothing left      " 2>&1 | sed 's/^.*NOTICE:  /    /'
