#!/usr/bin/env bash
# Notifications on two service instances on one database, with a kill -9 of one of them mid-run. N students of one
# school (each with a parent address and consent) each wait for a title of the school library whose copies are all
# on loan; the desk then checks one copy of each title in, so N reservations become READY: N mails to parents and
# N webhook calls to one endpoint (ReservationReady) are due. Both instances dispatch; the check-ins go through the
# second; once a third of the deliveries has arrived, the first instance is killed (kill -9). A local receiver
# (bench/notification-receiver.mjs) takes the mails (SMTP) and the webhook calls (HTTP, each signature checked).
# Afterwards: every READY event must have arrived exactly once as a mail and as a webhook call (by Message-ID and
# webhook-id), and the rates and delays are printed (and written to bench/results/).
# BACKLOG=1 measures how fast a backlog drains: the two instances that take the check-ins send nothing; once all
# check-ins are done, two more instances start that only send (and the first of those is killed after a third).
#   bench/notifications.sh     # after bench/catalogue.sh; N (1000), KILL (1: kill -9 the first instance; 0: not),
#                              # BACKLOG (0)
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
PGHOST=${PGHOST:-127.0.0.1}; PGPORT=${PGPORT:-5432}; DB=${BENCH_DB:-reservations_bench}
N=${N:-1000}; KILL=${KILL:-1}; BACKLOG=${BACKLOG:-0}; PORTS="18093 18094"; HTTP_PORT=18199; SMTP_PORT=18125
export PGPASSWORD=bench
q() { psql -h "$PGHOST" -p "$PGPORT" -U bench -d "$DB" -v ON_ERROR_STOP=1 -qAt -F$'\t' "$@"; }
[ "$(q -c "SELECT count(*) FROM copy")" -ge 1000000 ] || { echo "Run bench/catalogue.sh first (1M copies)" >&2; exit 1; }
ensure_service_built
work=.data/bench/notifications; rm -rf "$work"; mkdir -p "$work" bench/results
lib=$(q -c "SELECT id FROM location WHERE code = 'SB-REGENBOOG'")
school=$(q -c "SELECT school_id FROM location WHERE id = $lib")

echo "==> Earlier benchmark reservations closed and endpoints deactivated; $N students with a parent address"
q -c "UPDATE reservation SET status = 'CANCELLED', closed_at = now(), close_reason = 'benchmark reset', assigned_copy_id = NULL
       WHERE placed_by LIKE 'bench.%' AND status IN ('WAITING', 'IN_TRANSIT', 'READY')"
q -c "UPDATE webhook_endpoint SET active = false WHERE url LIKE 'http://127.0.0.1:%'"
q -c "UPDATE delivery SET status = 'SKIPPED' WHERE status = 'PENDING'"
q -c "UPDATE school_policy SET reserve_at_school = true, school_only_checked_out = false, max_active_reservations = 50
       WHERE school_id = $school"
q -c "SELECT u.id, u.username, 'STUDENT', p.id, p.school_id, s.organisation_id, '' FROM app_user u
        JOIN patron p ON p.id = u.patron_id JOIN school s ON s.id = p.school_id
       WHERE u.username LIKE 'bench.%' AND p.school_id = $school AND p.active ORDER BY p.id LIMIT $N" >"$work/students.tsv"
[ "$(wc -l <"$work/students.tsv")" -eq "$N" ] || { echo "Fewer than $N benchmark students in the school" >&2; exit 1; }
q -c "UPDATE patron SET parent_email = 'ouder.' || id || '@example.org', parent_email_consent_by = 'benchmark',
             parent_email_consent_at = now(), language = CASE WHEN id % 5 = 0 THEN 'en' ELSE 'nl' END
       WHERE id IN ($(cut -f4 "$work/students.tsv" | paste -sd,))"
titles=$(q -c "SELECT string_agg(title_id::text, ',') FROM (SELECT c.title_id FROM copy c WHERE c.owner_location_id = $lib
                 GROUP BY c.title_id HAVING count(*) BETWEEN 1 AND 4
                   AND bool_and(c.reservation_block = 'NONE' AND NOT c.loan_blocked AND c.status IN ('ON_SHELF', 'ON_LOAN'))
                 ORDER BY md5(c.title_id::text) LIMIT $N) t")
[ "$(tr ',' '\n' <<<"$titles" | wc -l)" -eq "$N" ] || { echo "Fewer than $N titles in the school library" >&2; exit 1; }
q -c "$(lend_titles_sql "$lib" "$school" "$titles")"

echo "==> Receiver and two instances on one database"
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB" QUARKUS_DATASOURCE_USERNAME=bench QUARKUS_DATASOURCE_PASSWORD=bench
export RESERVATION_MAIL_MODE=smtp QUARKUS_MAILER_HOST=127.0.0.1 QUARKUS_MAILER_PORT=$SMTP_PORT RESERVATION_WEBHOOKS_ALLOW_HTTP_LOCALHOST=true
pids=""; urls=""; first=""
start_instances() { # ports, then extra environment (VAR=value …); sets first to the first of them
  local port; first=""
  for port in $1; do
    env ${2:-} RESERVATION_KEYS_DIR="$PWD/.data/bench/keys" QUARKUS_HTTP_PORT=$port RESERVATION_EXPIRY_EVERY=off \
      RESERVATION_PRIVACY_EVERY=off RESERVATION_NOTIFICATIONS_REMINDER_EVERY=off \
      java -jar reservation-service/target/quarkus-app/quarkus-run.jar >"$work/service-$port.log" 2>&1 &
    pids="$pids $!"; first=${first:-$!}
  done
  for port in $1; do wait_for_url "http://127.0.0.1:$port/q/health/ready" 300 || { tail -40 "$work/service-$port.log"; exit 1; }; done
}
receiver=""
trap 'kill $pids $receiver 2>/dev/null || true; wait 2>/dev/null || true' EXIT
start_instances "$PORTS" "$([ "$BACKLOG" = 1 ] && echo RESERVATION_NOTIFICATIONS_DISPATCHER=off)"
for port in $PORTS; do urls="${urls:+$urls,}http://127.0.0.1:$port"; done
second=http://127.0.0.1:${PORTS##* }

admin=$(q -c "SELECT id, username, role, '', '', coalesce(organisation_id, (SELECT organisation_id FROM school WHERE id = $school)), ''
                FROM app_user WHERE role = 'ADMIN' AND active ORDER BY id LIMIT 1" | node bench/mint-tokens.mjs .data/bench/keys/private-key.pem)
org=$(q -c "SELECT organisation_id FROM school WHERE id = $school")
client=$(curl -sf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' "$second/api/integration-clients" \
  -d "{\"clientId\":\"bench-sis-$(date +%s)\",\"name\":\"Benchmark SIS\",\"scopes\":[\"events:read\"],\"organisationId\":$org}" \
  | python3 -c "import json,sys; print(json.load(sys.stdin)['client']['id'])")
secret=$(curl -sf -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' "$second/api/webhook-endpoints" \
  -d "{\"clientId\":$client,\"url\":\"http://127.0.0.1:$HTTP_PORT/hook\",\"eventTypes\":[\"ReservationReady\"]}" \
  | python3 -c "import json,sys; print(json.load(sys.stdin)['secret'])")
SECRET=$secret OUT="$work/receipts.jsonl" node bench/notification-receiver.mjs $HTTP_PORT $SMTP_PORT >"$work/receiver.log" 2>&1 &
receiver=$!
sleep 1

echo "==> $N reservations placed (through both instances)"
cut -f1-7 "$work/students.tsv" | node bench/mint-tokens.mjs .data/bench/keys/private-key.pem >"$work/tokens.txt"
paste "$work/tokens.txt" <(tr ',' '\n' <<<"$titles") | awk -F'\t' -v lib="$lib" \
  '{ printf "POST\t/api/reservations\t%s\t{\"titleId\":%s,\"pickupLocationId\":%s}\n", $1, $2, lib }' >"$work/place.req"
placing=$(CONCURRENCY=4 node bench/multi-instance.mjs "$urls" "$work/place.req")
echo "    $placing"
placed=$(echo "$placing" | python3 -c "import json,sys; print(json.load(sys.stdin)['answers'].get('place 201', 0))")
desk=$(q -c "SELECT u.id, u.username, u.role, '', u.school_id, coalesce(u.organisation_id, s.organisation_id), u.location_id
              FROM app_user u LEFT JOIN school s ON s.id = u.school_id WHERE u.username = 'school.regenboog'" \
       | node bench/mint-tokens.mjs .data/bench/keys/private-key.pem)
q -c "SELECT DISTINCT ON (c.title_id) c.barcode FROM copy c WHERE c.owner_location_id = $lib AND c.title_id IN ($titles)
       AND c.status = 'ON_LOAN' ORDER BY c.title_id, c.barcode" \
  | awk -v t="$desk" '{printf "POST\t/api/checkins\t%s\t{\"barcode\":\"%s\"}\n", t, $1}' >"$work/checkin.req"
since=$(q -c "SELECT now()")

if [ "$BACKLOG" = 1 ]; then
  echo "==> $N check-ins through the second instance, nothing sent yet"
  CONCURRENCY=4 node bench/multi-instance.mjs "$second" "$work/checkin.req" >"$work/checkins.json"
  echo "    $(q -c "SELECT count(*) FROM delivery d JOIN domain_event e ON e.id = d.event_id WHERE e.occurred_at >= '$since'
                     AND d.status = 'PENDING'") deliveries waiting; two sending instances start$([ "$KILL" = 1 ] && echo "; kill -9 of the first after a third")"
  start_instances "18095 18096" ""
  checkins=""
else
  echo "==> $N check-ins through the second instance; both dispatch$([ "$KILL" = 1 ] && echo "; kill -9 of the first after a third")"
  CONCURRENCY=4 node bench/multi-instance.mjs "$second" "$work/checkin.req" >"$work/checkins.json" &
  checkins=$!
fi
killed=""
deadline=$((SECONDS + 300))
while :; do
  got=$(wc -l <"$work/receipts.jsonl")
  if [ "$KILL" = 1 ] && [ -z "$killed" ] && [ "$got" -ge $((2 * N / 3)) ]; then # a third of 2N deliveries
    kill -9 "$first"; killed="after $got receipts"; echo "    killed the first instance (kill -9) $killed"
  fi
  ready=$(q -c "SELECT count(*) FROM domain_event WHERE type = 'ReservationReady' AND occurred_at >= '$since'")
  if { [ -z "$checkins" ] || ! kill -0 $checkins 2>/dev/null; } && [ "$got" -ge $((2 * ready)) ]; then break; fi
  [ $SECONDS -lt $deadline ] || { echo "    timed out waiting for the deliveries" >&2; break; }
  sleep 0.2
done
[ -z "$checkins" ] || wait $checkins || true
sleep 2; kill $receiver; wait $receiver 2>/dev/null || true
echo "    check-ins: $(cat "$work/checkins.json")"

echo "==> Every READY event arrived once as a mail and once as a webhook call"
ready=$(q -c "SELECT count(*) FROM domain_event WHERE type = 'ReservationReady' AND occurred_at >= '$since'")
result=$(python3 - "$work/receipts.jsonl" "$ready" "$N" "${killed:-no kill}" "$BACKLOG" <<'PY'
import json, sys, datetime
rows = [json.loads(l) for l in open(sys.argv[1]) if l.strip()]
ready, n, killed = int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
mails = [r for r in rows if r['kind'] == 'mail']; hooks = [r for r in rows if r['kind'] == 'webhook']
def ms(iso): return datetime.datetime.fromisoformat(iso.replace('Z', '+00:00')).timestamp() * 1000
delays = sorted(r['at'] - ms(r['occurredAt']) for r in hooks if r.get('occurredAt'))
p = lambda q: round(delays[min(len(delays) - 1, int(q * len(delays)))], 1) if delays else None
span = (max(r['at'] for r in rows) - min(r['at'] for r in rows)) / 1000 if rows else 0
print(json.dumps({'ready_events': ready, 'mails': len(mails), 'mails_distinct': len({r['id'] for r in mails}),
  'webhooks': len(hooks), 'webhooks_distinct': len({r['id'] for r in hooks}),
  'signatures_valid': sum(1 for r in hooks if r.get('valid')), 'seconds': round(span, 2),
  'deliveries_per_s': round(len(rows) / span, 1) if span else None,
  'delay_ms_p50': p(0.5), 'delay_ms_p95': p(0.95), 'delay_ms_max': p(1.0), 'kill': killed,
  'mode': 'backlog' if sys.argv[5] == '1' else 'live'}))
PY
)
echo "    $result"
echo "$result" >"bench/results/notifications-$(date +%Y%m%d-%H%M%S).json"
fail=0
check() { local n; n=$(python3 -c "import json,sys; r=json.loads(sys.argv[1]); print($2)" "$result")
  if [ "$n" = True ]; then echo "    ok    $1"; else echo "    FAIL  $1"; fail=1; fi; }
check "$placed READY events (each placed reservation captured by its check-in)" "r['ready_events'] == $placed"
if [ -z "$killed" ]; then
  check "every READY event arrived as a mail, none twice" "r['mails'] == r['mails_distinct'] == r['ready_events']"
  check "every READY event arrived as a webhook call, none twice" "r['webhooks'] == r['webhooks_distinct'] == r['ready_events']"
else
  # kill -9 in the middle of sending: what the receiver had taken but the killed instance could not record yet is
  # sent again by the other instance with the same Message-ID / webhook-id (at most one per sender slot).
  check "every READY event arrived as a mail (by Message-ID), none lost" "r['mails_distinct'] == r['ready_events']"
  check "every READY event arrived as a webhook call (by webhook-id), none lost" "r['webhooks_distinct'] == r['ready_events']"
  check "a second send only of what was in flight at the kill, with the same id (mails $(python3 -c "import json,sys; r=json.loads(sys.argv[1]); print(r['mails'] - r['mails_distinct'])" "$result"), webhooks $(python3 -c "import json,sys; r=json.loads(sys.argv[1]); print(r['webhooks'] - r['webhooks_distinct'])" "$result"))" \
    "r['mails'] - r['mails_distinct'] + r['webhooks'] - r['webhooks_distinct'] <= ${PARALLEL:-8}"
fi
check "every webhook signature verifies with the endpoint's secret" "r['signatures_valid'] == r['webhooks']"
left=$(q -c "SELECT count(*) FROM delivery d JOIN domain_event e ON e.id = d.event_id
              WHERE e.occurred_at >= '$since' AND e.type = 'ReservationReady' AND d.status <> 'DELIVERED'")
[ "$left" = 0 ] && echo "    ok    every delivery row is DELIVERED" || { echo "    FAIL  $left delivery rows not DELIVERED"; fail=1; }
[ "$fail" = 0 ] && echo "==> All hold" || { echo "==> Something does not hold" >&2; exit 1; }
