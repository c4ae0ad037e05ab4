#!/usr/bin/env bash
# Crash test of the packaged service on an embedded database of its own (a temporary data directory): placements with
# Idempotency-Keys are fired at it, and the service is killed with kill -9 in the middle of them; after the restart
# every key is sent again. Two rounds:
#   1. kill -9 of the service alone: its watchdog must stop the embedded PostgreSQL (no server left running);
#   2. kill -9 of the service and of its watchdog: the server is left running, and the next start must stop it and
#      start cleanly.
# Checks, each round: every acknowledged placement (201 before the kill) is replayed as the same reservation and
# exists once; every placement cut off by the kill succeeds on its retry and exists once; no 5xx after the restart.
#   bench/crash.sh        # REQUESTS per round (400), CONCURRENCY (8), KILL_AFTER answers (120); loopback only
set -uo pipefail
cd "$(dirname "$0")/.."
source scripts/lib.sh
REQUESTS=${REQUESTS:-400}; KILL_AFTER=${KILL_AFTER:-120}; export CONCURRENCY=${CONCURRENCY:-8}
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
PORT=$(free_port); DB_PORT=$(free_port); BASE="http://127.0.0.1:$PORT"
work=$(mktemp -d /tmp/reservation-crash.XXXXXX); data="$work/data"; pgdata="$data/postgres"
command -v psql >/dev/null || { echo "psql is required (postgresql-client)" >&2; exit 2; }
ensure_service_built
q() { PGPASSWORD=postgres psql -h 127.0.0.1 -p "$DB_PORT" -U postgres -d reservations -v ON_ERROR_STOP=1 -qAt -F$'\t' "$@"; }
results=(); fail=0
check() { # name, condition (0 = ok)
  if [ "$2" = 0 ]; then results+=("ok    $1"); echo "    ok    $1"; else results+=("FAIL  $1"); echo "    FAIL  $1"; fail=1; fi
}
pid=""
start() { # log file
  pid=$(start_service "$PORT" "$data" "$1" RESERVATION_EMBEDDED_DB_PORT="$DB_PORT" RESERVATION_EXPIRY_EVERY=off \
        RESERVATION_PRIVACY_EVERY=off QUARKUS_HTTP_HOST=127.0.0.1)
  if ! timeout 300 bash -c "until curl -fsS -o /dev/null $BASE/q/health/ready 2>/dev/null; do kill -0 $pid 2>/dev/null || exit 1; sleep 1; done"; then
    echo "The service did not become ready; the end of $1:" >&2; tail -40 "$1" >&2; return 1
  fi
}
postmaster() { head -n 1 "$pgdata/postmaster.pid" 2>/dev/null; }
alive() { [ -n "$1" ] && kill -0 "$1" 2>/dev/null; }
cleanup() {
  alive "$pid" && { kill "$pid"; timeout 60 tail --pid="$pid" -f /dev/null; }
  local pm; pm=$(postmaster); alive "$pm" && kill -INT "$pm"
  if [ "$fail" = 0 ] && [ -z "${KEEP:-}" ]; then rm -rf "$work"; else echo "Logs and answers kept in $work"; fi
}
trap cleanup EXIT

echo "==> Starting the service on :$PORT (embedded PostgreSQL on :$DB_PORT, data in $data)"
start "$work/service-0.log" || exit 1
grep -q "synchronous_commit=on" "$work/service-0.log"; check "the embedded database commits durably by default (synchronous_commit=on)" $?

echo "==> Preparing $((2 * REQUESTS)) placements (distinct student and title each, schools allow reserving at school)"
q -c "UPDATE school_policy SET reserve_at_school = true, school_only_checked_out = false, max_active_reservations = 50"
q -c "
WITH st AS (SELECT u.id AS user_id, u.username, p.id AS patron_id, p.school_id, s.organisation_id, l.id AS lib,
                   row_number() OVER (PARTITION BY l.id ORDER BY p.id) AS rn
              FROM app_user u JOIN patron p ON p.id = u.patron_id JOIN school s ON s.id = p.school_id
              JOIN location l ON l.school_id = s.id AND l.kind = 'SCHOOL_LIBRARY'
             WHERE u.role = 'STUDENT' AND p.active),
     ti AS (SELECT lib, title_id, row_number() OVER (PARTITION BY lib ORDER BY title_id) AS rn
              FROM (SELECT DISTINCT c.owner_location_id AS lib, c.title_id FROM copy c
                     WHERE c.reservation_block = 'NONE' AND NOT c.loan_blocked AND c.status <> 'MISSING') d),
     n AS (SELECT lib, count(*) AS titles FROM ti GROUP BY lib)
SELECT st.user_id, st.username, 'STUDENT', st.patron_id, st.school_id, st.organisation_id, '', ti.title_id, st.lib
  FROM st CROSS JOIN generate_series(0, 5) k JOIN n ON n.lib = st.lib
  JOIN ti ON ti.lib = st.lib AND ti.rn = 1 + (st.rn * 7 + k) % n.titles
 WHERE NOT EXISTS (SELECT 1 FROM reservation r WHERE r.patron_id = st.patron_id AND r.title_id = ti.title_id
                     AND r.status IN ('WAITING', 'IN_TRANSIT', 'READY'))
 ORDER BY k, st.rn, st.lib LIMIT $((2 * REQUESTS))" >"$work/placements.tsv"
[ "$(wc -l <"$work/placements.tsv")" -eq $((2 * REQUESTS)) ] || { echo "Not enough student/title pairs in the demo data" >&2; exit 1; }
cut -f1-7 "$work/placements.tsv" | node bench/mint-tokens.mjs "$data/keys/private-key.pem" >"$work/tokens.txt"
paste "$work/placements.tsv" "$work/tokens.txt" | awk -F'\t' '{printf "crash-%d-%s-%s\t%s\t{\"titleId\":%s,\"pickupLocationId\":%s}\n", NR, $4, $8, $10, $8, $9}' >"$work/all.req"
head -n "$REQUESTS" "$work/all.req" >"$work/round-1.req"; tail -n "$REQUESTS" "$work/all.req" >"$work/round-2.req"
paste "$work/placements.tsv" <(cut -f1 "$work/all.req") | awk -F'\t' '{print $10 "\t" $4 "\t" $8}' >"$work/pairs.tsv"

round() { # number, kill the watchdog too (0/1)
  local n=$1 harsh=$2 req="$work/round-$1.req" answers="$work/round-$1.jsonl"
  echo "==> Round $n: firing $REQUESTS placements, kill -9 of the service$([ "$harsh" = 1 ] && echo " and its watchdog") after $KILL_AFTER answers"
  local server; server=$(postmaster)
  local watchdog; watchdog=$(pgrep -f "embedded-postgres-watchdog $pgdata " | head -n 1)
  alive "$watchdog"; check "round $n: the embedded PostgreSQL (pid $server) has a watchdog" $?
  : >"$answers"
  timeout 120 node bench/crash.mjs fire "$BASE" "$req" "$answers" &
  local fire=$!
  timeout 60 bash -c "until [ \$(wc -l <'$answers') -ge $KILL_AFTER ]; do kill -0 $fire 2>/dev/null || exit 0; sleep 0.05; done"
  [ "$harsh" = 1 ] && kill -9 "$watchdog"
  kill -9 "$pid"; local killed_at; killed_at=$(date +%s.%N)
  if [ "$harsh" = 0 ]; then
    timeout 15 bash -c "while kill -0 $server 2>/dev/null; do sleep 0.05; done"
    ! alive "$server"; check "round $n: no PostgreSQL left running on the data directory after kill -9 (gone after $(python3 -c "import time; print(round(time.time() - $killed_at, 1))") s)" $?
  else
    sleep 2
    alive "$server"; check "round $n: with the watchdog killed too, the server (pid $server) is left running" $?
  fi
  wait "$fire"
  local acked cut; acked=$(grep -c '"status":201' "$answers"); cut=$(grep -c '"status":0' "$answers")
  echo "    killed with $(wc -l <"$answers") answers: $acked placed, $cut without an answer (in flight or sent while down)"
  [ "$cut" -gt 0 ]; check "round $n: the kill cut requests off (a real mid-run kill)" $?
  echo "==> Round $n: restarting on the same data directory"
  start "$work/service-$n.log"; check "round $n: the service starts again on the data directory" $?
  if [ "$harsh" = 1 ]; then
    grep -q "Stopped the PostgreSQL server (pid $server) left running" "$work/service-$n.log"
    check "round $n: the start stopped the server left running before starting its own" $?
  fi
  echo "==> Round $n: retrying every key"
  local summary; summary=$(timeout 120 node bench/crash.mjs retry "$BASE" "$req" "$answers"); local rc=$?
  echo "    $summary"
  check "round $n: acknowledged placements replayed as the same reservation, cut-off ones placed on retry, no 5xx" $rc
  local keys; keys=$(cut -f1 "$req" | paste -sd, | sed "s/,/','/g")
  local wrong; wrong=$(q -c "
    WITH p AS (SELECT patron, title FROM (VALUES $(awk -F'\t' -v r="$req" 'BEGIN { while ((getline l < r) > 0) { split(l, f, "\t"); want[f[1]] = 1 } }
                                                   want[$1] { printf "%s(%s, %s)", (n++ ? "," : ""), $2, $3 }' "$work/pairs.tsv")) v(patron, title))
    SELECT count(*) FROM p WHERE (SELECT count(*) FROM reservation r WHERE r.patron_id = p.patron AND r.title_id = p.title
                                    AND r.status IN ('WAITING', 'IN_TRANSIT', 'READY')) <> 1")
  [ "$wrong" = 0 ]; check "round $n: every placement of the round exists exactly once ($wrong not)" $?
  local acked_ids; acked_ids=$(grep '"status":201' "$answers" | sed -E 's/.*"id":([0-9]+).*/\1/' | paste -sd,)
  local missing; missing=$(q -c "SELECT $acked - count(*) FROM reservation WHERE id IN (${acked_ids:-0}) AND status = 'WAITING'")
  [ "$missing" = 0 ]; check "round $n: all $acked acknowledged reservations survived the kill ($missing missing)" $?
  local unfinished; unfinished=$(q -c "SELECT count(*) FROM idempotency_key WHERE key IN ('$keys') AND status IS NULL")
  [ "$unfinished" = 0 ]; check "round $n: no Idempotency-Key left unfinished" $?
}

round 1 0
round 2 1

echo "==> Stopping the service (SIGTERM): the embedded PostgreSQL stops with it"
server=$(postmaster); kill "$pid"; timeout 60 tail --pid="$pid" -f /dev/null
timeout 15 bash -c "while kill -0 $server 2>/dev/null; do sleep 0.1; done"
! alive "$server"; check "a normal stop leaves no PostgreSQL running" $?
errors=$(cat "$work"/service-*.log | grep -c " ERROR ")
[ "$errors" = 0 ]; check "no errors logged by the service ($errors)" $?
grep -h "WARN\|ERROR" "$work"/service-*.log | grep -v "embedded-postgres-watchdog\|left running\|Stopped the PostgreSQL" | sort | uniq -c | sort -rn | head -5 | sed 's/^/    log: /'
echo
echo "==> Summary"
printf '    %s\n' "${results[@]}"
if [ "$fail" = 0 ]; then echo "PASS: crash test ($(grep -c . <<<"$(printf '%s\n' "${results[@]}")") checks)"; else echo "FAIL: crash test"; exit 1; fi
