#!/usr/bin/env bash
# Two service instances on one database (safe with several instances). Students of one school place title
# reservations for the same few titles through both instances at once, each asking for every title, with a limit of
# MAX active reservations; meanwhile the school's desk checks in the titles' copies through both, so captures run
# between the placements. Afterwards the invariants are checked in SQL, and the run fails if one does not hold.
#   bench/multi-instance.sh     # after bench/catalogue.sh; TITLES (40), STUDENTS (300), CONCURRENCY per instance (4)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; DB=${BENCH_DB:-reservations_bench}
TITLES=${TITLES:-40}; STUDENTS=${STUDENTS:-300}; MAX=3; PORTS="18091 18092"
export PGPASSWORD=bench
q() { psql -h "$PGHOST" -p "$PGPORT" -U bench -d "$DB" -v ON_ERROR_STOP=1 -qAt -F$'\t' "$@"; }
[ "$(q -c "SELECT count(*) FROM copy")" -ge 1000000 ] || { echo "Run bench/catalogue.sh first (1M copies)" >&2; exit 1; }
[ -f reservation-service/target/quarkus-app/quarkus-run.jar ] || build_service
work=.data/bench/multi; rm -rf "$work"; mkdir -p "$work"
lib=$(q -c "SELECT id FROM location WHERE code = 'SB-REGENBOOG'")
school=$(q -c "SELECT school_id FROM location WHERE id = $lib")

echo "==> Earlier benchmark reservations closed; $TITLES titles of the school library, all their copies on loan"
q -c "UPDATE reservation SET status = 'CANCELLED', closed_at = now(), close_reason = 'benchmark reset', assigned_copy_id = NULL
       WHERE placed_by LIKE 'bench.%' AND status IN ('WAITING', 'IN_TRANSIT', 'READY')"
q -c "UPDATE school_policy SET reserve_at_school = true, school_only_checked_out = false, max_active_reservations = $MAX
       WHERE school_id = $school"
titles=$(q -c "SELECT string_agg(title_id::text, ',') FROM (SELECT c.title_id FROM copy c WHERE c.owner_location_id = $lib
                 GROUP BY c.title_id HAVING count(*) BETWEEN 2 AND 4 AND bool_and(c.reservation_block = 'NONE' AND NOT c.loan_blocked)
                 ORDER BY c.title_id LIMIT $TITLES) t")
q -c "$(lend_titles_sql "$lib" "$school" "$titles")"

echo "==> Starting two instances on one database"
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" QUARKUS_DATASOURCE_USERNAME=bench QUARKUS_DATASOURCE_PASSWORD=bench
pids=""; urls=""
for port in $PORTS; do
  RESERVATION_KEYS_DIR="$PWD/.data/bench/keys" QUARKUS_HTTP_PORT=$port RESERVATION_EXPIRY_EVERY=off RESERVATION_PRIVACY_EVERY=off \
    java -jar reservation-service/target/quarkus-app/quarkus-run.jar >"$work/service-$port.log" 2>&1 &
  pids="$pids $!"; urls="${urls:+$urls,}http://127.0.0.1:$port"
done
trap 'kill $pids 2>/dev/null || true; wait 2>/dev/null || true' EXIT
for port in $PORTS; do wait_for_url "http://127.0.0.1:$port/q/health/ready" 300 || { tail -40 "$work/service-$port.log"; exit 1; }; done

echo "==> Preparing requests"
q -c "SELECT u.id, u.username, 'STUDENT', p.id, p.school_id, s.organisation_id, '' FROM app_user u
        JOIN patron p ON p.id = u.patron_id JOIN school s ON s.id = p.school_id
       WHERE u.username LIKE 'bench.%' AND p.school_id = $school ORDER BY p.id LIMIT $STUDENTS" >"$work/students.tsv"
cut -f1-7 "$work/students.tsv" | node bench/mint-tokens.mjs .data/bench/keys/private-key.pem >"$work/tokens.txt"
paste <(cut -f4 "$work/students.tsv") "$work/tokens.txt" >"$work/student-tokens.tsv"
# Every student asks for every title, in an order of its own, one student after the other: consecutive lines go to
# the two instances, so each student's requests race each other on both at once (the limit) while the desk's
# check-ins, spread over the run, race the placements for the titles (captures).
tr ',' '\n' <<<"$titles" | awk -F'\t' -v lib="$lib" 'BEGIN { srand(7) } NR == FNR { t[NR] = $1; n = NR; next }
  { for (i = 1; i <= n; i++) printf "%d\t%f\tPOST\t/api/reservations\t%s\t{\"titleId\":%s,\"pickupLocationId\":%s}\n", FNR, rand(), $2, t[i], lib }' \
  - "$work/student-tokens.tsv" | sort -t$'\t' -k1,1n -k2,2n | cut -f3- >"$work/place.req"
desk=$(q -c "SELECT u.id, u.username, u.role, '', u.school_id, coalesce(u.organisation_id, s.organisation_id), u.location_id
              FROM app_user u LEFT JOIN school s ON s.id = u.school_id WHERE u.username = 'school.regenboog'" \
       | node bench/mint-tokens.mjs .data/bench/keys/private-key.pem)  # the organisation as a login names it
q -c "SELECT c.barcode FROM copy c WHERE c.owner_location_id = $lib AND c.title_id IN ($titles) AND c.status = 'ON_LOAN'
       ORDER BY md5(c.barcode)" | awk -v t="$desk" '{printf "POST\t/api/checkins\t%s\t{\"barcode\":\"%s\"}\n", t, $1}' >"$work/checkin.req"
echo "    $(wc -l <"$work/place.req") placements, $(wc -l <"$work/checkin.req") check-ins, over $(echo $PORTS | wc -w) instances"

echo "==> Placing and checking in through both instances at once"
since=$(q -c "SELECT now()")
result=$(CONCURRENCY=${CONCURRENCY:-4} node bench/multi-instance.mjs "$urls" "$work/place.req" "$work/checkin.req")
echo "    $result"

echo "==> Invariants"
placed=$(echo "$result" | python3 -c "import json,sys; print(json.load(sys.stdin)['answers'].get('place 201', 0))")
fail=0
check() { # name, SQL giving the number of violations
  local n; n=$(q -c "$2")
  if [ "$n" = 0 ]; then echo "    ok    $1"; else echo "    FAIL  $1: $n"; fail=1; fi
}
students="SELECT p.id FROM patron p JOIN app_user u ON u.patron_id = p.id WHERE u.username LIKE 'bench.%' AND p.school_id = $school ORDER BY p.id LIMIT $STUDENTS"
check "no copy fills two reservations" "SELECT count(*) FROM (SELECT assigned_copy_id FROM reservation
       WHERE status IN ('IN_TRANSIT', 'READY') GROUP BY assigned_copy_id HAVING count(*) > 1) d"
check "no student holds two reservations of one title" "SELECT count(*) FROM (SELECT patron_id, title_id FROM reservation
       WHERE kind = 'TITLE' AND status IN ('WAITING', 'IN_TRANSIT', 'READY') GROUP BY patron_id, title_id HAVING count(*) > 1) d"
check "every student holds exactly $MAX active reservations (the limit, not more, none lost)" "SELECT count(*) FROM ($students) s
       WHERE (SELECT count(*) FROM reservation r WHERE r.patron_id = s.id AND r.kind = 'TITLE'
                AND r.status IN ('WAITING', 'IN_TRANSIT', 'READY')) <> $MAX"
check "every 201 is one stored reservation ($placed)" "SELECT abs(count(*) - $placed) FROM reservation
       WHERE title_id IN ($titles) AND placed_at >= '$since'"
check "every capture took the first eligible reservation" "SELECT count(*) FROM reservation r JOIN reservation earlier
         ON earlier.title_id = r.title_id AND earlier.id <> r.id AND earlier.queue_seq < r.queue_seq
      WHERE r.captured_at IS NOT NULL AND r.captured_at >= '$since' AND r.title_id IN ($titles)
        AND earlier.placed_at < r.captured_at AND earlier.suspended_until IS NULL
        AND (earlier.captured_at IS NULL OR earlier.captured_at > r.captured_at)
        AND (earlier.closed_at IS NULL OR earlier.closed_at > r.captured_at)"
check "no copy on the hold shelf without its reservation" "SELECT count(*) FROM copy c WHERE c.status = 'ON_HOLD_SHELF'
       AND c.title_id IN ($titles) AND NOT EXISTS (SELECT 1 FROM reservation r WHERE r.assigned_copy_id = c.id
                                                   AND r.status IN ('IN_TRANSIT', 'READY'))"
captures=$(q -c "SELECT count(*) FROM reservation WHERE title_id IN ($titles) AND captured_at >= '$since'")
unexpected=$(echo "$result" | python3 -c "
import json, sys
ok = {'place 201', 'place 422 RESERVATION_LIMIT_REACHED', 'place 422 AVAILABLE_ON_SHELF', 'checkin 200'}
print(sum(v for k, v in json.load(sys.stdin)['answers'].items() if k not in ok))")
if [ "$unexpected" = 0 ]; then echo "    ok    no other answers (no 5xx, no CONFLICT, no DUPLICATE)"; else echo "    FAIL  other answers: $unexpected"; fail=1; fi
echo "    ($captures captures during the run)"
[ "$fail" = 0 ] && echo "==> All invariants hold" || { echo "==> An invariant does not hold" >&2; exit 1; }
